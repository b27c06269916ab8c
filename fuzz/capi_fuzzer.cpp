// libFuzzer target for the C ABI (include/jixiao/jixiao.h): the entry points a host
// language hands untrusted text to. The first byte of the input picks the entry point,
// the rest is its text (pointer + length, not NUL-terminated):
//   form load in JSON, XML, INFO or a published table, profile load, rule
//   configuration, score with an actuals document, monitor with a progress document,
//   target parse.
// Every call must return a documented status for its case (never JIXIAO_INTERNAL, never
// JIXIAO_INVALID_ARGUMENT for valid arguments), every text it returns must be strict
// JSON in valid UTF-8, and a failed call must leave a last-error message in valid UTF-8.
// A form that loads is checked, scored and saved in each format; the saved text loads
// again. LeakSanitizer catches anything the library hands out and does not let go.
#include <jixiao/jixiao.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_support.hpp"
#include "json_value.hpp"

namespace {

using jixiao::fuzz::fail;

// Aborts unless `text` (returned by the library) is strict JSON in valid UTF-8; frees it.
void check_json(const char* what, char* text, std::string_view input) {
  if (text == nullptr) fail(what, input, "no text returned");
  const std::string copy(text);
  jixiao_free(text);
  jixiao::fuzz::check_output(what, copy, input);
  std::string error;
  if (!jixiao::test::parse_json(copy, error)) fail(what, input, error + "\n" + copy);
}

// Whether the library takes `text` as text at all: not empty and valid UTF-8
// (anything else is JIXIAO_INVALID_ARGUMENT, docs/c-api.md).
bool is_text(std::string_view text) {
  if (text.empty()) return false;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t n = jixiao::fuzz::utf8_sequence(text, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

// Aborts unless `status` is one of `allowed` and, when it is not OK, the thread's last
// error describes it in valid UTF-8.
void check_status(const char* call, jixiao_status status, std::initializer_list<jixiao_status> allowed,
                  std::string_view input) {
  bool ok = false;
  for (const jixiao_status a : allowed) ok = ok || status == a;
  if (!ok) fail(call, input, "unexpected status " + std::to_string(status) + ": " + jixiao_last_error_message());
  if (status == JIXIAO_OK) return;
  if (jixiao_last_error_code() != status) fail(call, input, "last error code differs from the status");
  const std::string message = jixiao_last_error_message();
  if (message.empty()) fail(call, input, "no last error message");
  jixiao::fuzz::check_output("last error message is not valid UTF-8", message, input);
}

// For a call that reads `text`: what a reader may answer, or JIXIAO_INVALID_ARGUMENT
// alone when `text` is not text.
void check_read_status(const char* call, jixiao_status status, std::string_view text, std::string_view input) {
  if (is_text(text)) check_status(call, status, {JIXIAO_OK, JIXIAO_PARSE_ERROR, JIXIAO_LIMIT}, input);
  else check_status(call, status, {JIXIAO_INVALID_ARGUMENT}, input);
}

// The context form (the one the other fuzzers score against), loaded through the C ABI.
const jixiao_form* context_form() {
  static const jixiao_form* const form = [] {
    const std::string text = jixiao::fuzz::read_file(JIXIAO_FUZZ_FORM);
    jixiao_form* f = nullptr;
    if (jixiao_form_load(text.data(), text.size(), "json", nullptr, &f, nullptr) != JIXIAO_OK) {
      fail("the context form does not load", JIXIAO_FUZZ_FORM);
    }
    return f;
  }();
  return form;
}

// Saved in `format`, the form loads again, and saving that gives the same bytes.
void round_trip(const jixiao_form* form, const char* format, std::string_view input) {
  char* first = nullptr;
  check_status("jixiao_form_save", jixiao_form_save(form, format, &first), {JIXIAO_OK}, input);
  const std::string written(first);
  jixiao_free(first);
  jixiao::fuzz::check_output("saved form is not valid UTF-8", written, input);
  jixiao_form* again = nullptr;
  const jixiao_status status = jixiao_form_load(written.data(), written.size(), format, nullptr, &again, nullptr);
  if (again == nullptr) fail("saved form does not load", input, written);
  check_status("jixiao_form_load (saved form)", status, {JIXIAO_OK, JIXIAO_PARSE_ERROR}, input);
  char* second = nullptr;
  check_status("jixiao_form_save (again)", jixiao_form_save(again, format, &second), {JIXIAO_OK}, input);
  const std::string rewritten(second);
  jixiao_free(second);
  jixiao_form_free(again);
  if (rewritten != written) fail("saving a reloaded form gives other bytes", input, written + "\n----\n" + rewritten);
}

// What a host does with a form it loaded: check, score, save.
void use_form(const jixiao_form* form, std::string_view input) {
  static jixiao_ruleset* const rules = [] {
    jixiao_ruleset* r = nullptr;
    if (jixiao_ruleset_new(nullptr, &r) != JIXIAO_OK) fail("no built-in rule set", "");
    return r;
  }();
  char* out = nullptr;
  check_status("jixiao_check", jixiao_check(rules, form, &out), {JIXIAO_OK}, input);
  check_json("jixiao_check report", out, input);
  out = nullptr;
  check_status("jixiao_score", jixiao_score(form, nullptr, 0, nullptr, &out), {JIXIAO_OK}, input);
  check_json("jixiao_score scorecard", out, input);
  for (const char* format : {"json", "xml", "info"}) round_trip(form, format, input);
}

void load_form(const char* format, std::string_view text, std::string_view input) {
  jixiao_form* form = nullptr;
  char* findings = nullptr;
  const jixiao_status status = jixiao_form_load(text.data(), text.size(), format, "fuzz.txt", &form, &findings);
  check_read_status("jixiao_form_load", status, text, input);
  if (status == JIXIAO_LIMIT && form != nullptr) fail("a form past a limit", input);
  if (status == JIXIAO_OK && form == nullptr) fail("JIXIAO_OK without a form", input);
  if (findings != nullptr) check_json("jixiao_form_load findings", findings, input);
  if (form != nullptr) use_form(form, input);
  jixiao_form_free(form);
}

void load_profile(std::string_view text, std::string_view input) {
  jixiao_profile* profile = nullptr;
  char* findings = nullptr;
  const jixiao_status status = jixiao_profile_load(text.data(), text.size(), &profile, &findings);
  check_read_status("jixiao_profile_load", status, text, input);
  if ((status == JIXIAO_OK) != (profile != nullptr)) fail("a profile exactly when OK", input);
  if (findings != nullptr) check_json("jixiao_profile_load findings", findings, input);
  if (profile != nullptr) {
    char* out = nullptr;
    check_status("jixiao_score (profile)", jixiao_score(context_form(), nullptr, 0, profile, &out), {JIXIAO_OK}, input);
    check_json("jixiao_score scorecard (profile)", out, input);
  }
  jixiao_profile_free(profile);
}

void configure_rules(std::string_view text, std::string_view input) {
  jixiao_ruleset* rules = nullptr;
  check_status("jixiao_ruleset_new", jixiao_ruleset_new(nullptr, &rules), {JIXIAO_OK}, input);
  char* findings = nullptr;
  const jixiao_status status = jixiao_ruleset_configure(rules, text.data(), text.size(), &findings);
  check_read_status("jixiao_ruleset_configure", status, text, input);
  if (findings != nullptr) check_json("jixiao_ruleset_configure findings", findings, input);
  char* out = nullptr;
  check_status("jixiao_check (configured)", jixiao_check(rules, context_form(), &out), {JIXIAO_OK}, input);
  check_json("jixiao_check report (configured)", out, input);
  jixiao_ruleset_free(rules);
}

void observe(bool actuals, int month, std::string_view text, std::string_view input) {
  char* out = nullptr;
  const jixiao_status status = actuals ? jixiao_score(context_form(), text.data(), text.size(), nullptr, &out)
                                       : jixiao_monitor(context_form(), text.data(), text.size(), month, nullptr, &out);
  check_read_status(actuals ? "jixiao_score" : "jixiao_monitor", status, text, input);
  if (out != nullptr) check_json(actuals ? "jixiao_score result" : "jixiao_monitor result", out, input);
}

void parse_target(std::string_view text, std::string_view input) {
  char* out = nullptr;
  const jixiao_status status = jixiao_parse_target(text.data(), text.size(), &out);
  check_read_status("jixiao_parse_target", status, text, input);
  if (status == JIXIAO_OK || status == JIXIAO_PARSE_ERROR) check_json("jixiao_parse_target result", out, input);
  else if (out != nullptr) fail("jixiao_parse_target wrote a result past its input check", input);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  if (input.empty()) return 0;
  const std::string_view text = input.substr(1);
  switch (static_cast<unsigned char>(input[0]) % 9) {
    case 0: load_form("json", text, input); break;
    case 1: load_form("xml", text, input); break;
    case 2: load_form("info", text, input); break;
    case 3: load_form("table", text, input); break;
    case 4: load_profile(text, input); break;
    case 5: configure_rules(text, input); break;
    case 6: observe(true, 12, text, input); break;
    case 7: observe(false, 1 + static_cast<unsigned char>(input[0]) / 9 % 12, text, input); break;
    default: parse_target(text, input); break;
  }
  return 0;
}
