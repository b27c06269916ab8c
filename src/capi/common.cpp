// What every entry point shares: the per-thread last error, jixiao_free, the argument
// checks and the findings array. The guard itself is the template in handles.hpp.
#include <jixiao/io/finding_json.hpp>
#include <jixiao/io/limits.hpp>
#include <jixiao/io/utf8_text.hpp>
#include <jixiao/version.hpp>

#include <cstdlib>
#include <cstring>

#include "handles.hpp"

namespace jixiao::capi {
namespace {

// Per thread, so that a host's threads each see their own last call (as sqlite3_errmsg
// per connection, errno per thread).
thread_local jixiao_status last_code = JIXIAO_OK;
thread_local std::string last_message;

bool is_limit(const Finding& f) {
  return f.rule_id == "JX-IO003" || f.rule_id == "JX-IO004" || f.rule_id == "JX-IO021" || f.rule_id == "JX-I016";
}

}  // namespace

jixiao_status set_last_error(jixiao_status status, std::initializer_list<std::string_view> message) noexcept {
  last_code = status;
  try {
    last_message.clear();
    for (std::string_view part : message) last_message += part;
  } catch (...) {
    last_message.clear();  // out of memory while writing the message: the code still tells
  }
  return status;
}

void require(const void* pointer, const char* entry, const char* name) {
  if (pointer == nullptr)
    throw Failure{JIXIAO_INVALID_ARGUMENT, std::string(entry) + ": " + name + " is NULL"};
}

std::string_view checked_text(const char* text, std::size_t length, const char* entry, const char* name) {
  require(text, entry, name);
  if (length == 0) throw Failure{JIXIAO_INVALID_ARGUMENT, std::string(entry) + ": " + name + " is empty"};
  const io::Limits limits;
  if (length > limits.max_bytes)
    throw Failure{JIXIAO_LIMIT, std::string(entry) + ": " + name + " has " + std::to_string(length) +
                                    " bytes, more than the limit of " + std::to_string(limits.max_bytes) +
                                    " (docs/reliability.md)"};
  const std::string_view view(text, length);
  for (std::size_t i = 0; i < view.size();) {
    const std::size_t n = io::utf8_length_at(view, i);
    if (n == 0)
      throw Failure{JIXIAO_INVALID_ARGUMENT,
                    std::string(entry) + ": " + name + " is not UTF-8 (byte " + std::to_string(i) + ")"};
    i += n;
  }
  return view;
}

char* copy_out(std::string_view text) {
  auto* memory = static_cast<char*>(std::malloc(text.size() + 1));
  if (memory == nullptr) throw std::bad_alloc();
  if (!text.empty()) std::memcpy(memory, text.data(), text.size());
  memory[text.size()] = '\0';
  return memory;
}

void put(char** out, std::string_view text) {
  if (out != nullptr) *out = copy_out(text);
}

std::string findings_json(const std::vector<Finding>& findings) {
  std::string out = "[";
  for (std::size_t i = 0; i < findings.size(); ++i) {
    out += i == 0 ? "\n  " : ",\n  ";
    io::append_finding_json(out, findings[i]);
  }
  out += findings.empty() ? "]\n" : "\n]\n";
  return out;
}

Failure read_status(const std::vector<Finding>& findings, const char* entry) {
  for (const Finding& f : findings) {
    if (f.severity != Severity::error) continue;
    return Failure{is_limit(f) ? JIXIAO_LIMIT : JIXIAO_PARSE_ERROR, std::string(entry) + ": " + f.render(Lang::en)};
  }
  return success();
}

#ifdef JIXIAO_CAPI_TEST_HOOKS
void test_hook(const char* entry) {
  // Test-hook build only: proves that the guard turns an exception inside any entry
  // point into a status. "other" throws a non-std exception.
  const char* mode = std::getenv("JIXIAO_CAPI_FORCE_THROW");
  if (mode == nullptr || *mode == '\0') return;
  if (std::strcmp(mode, "other") == 0) throw 42;
  throw std::runtime_error(std::string("forced in ") + entry);
}
#else
void test_hook(const char* /*entry*/) {}
#endif

}  // namespace jixiao::capi

extern "C" {

const char* jixiao_version(void) { return JIXIAO_VERSION_STRING; }

void jixiao_free(void* memory) { std::free(memory); }

jixiao_status jixiao_last_error_code(void) { return jixiao::capi::last_code; }

const char* jixiao_last_error_message(void) { return jixiao::capi::last_message.c_str(); }

}  // extern "C"
