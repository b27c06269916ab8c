// Shared by the libFuzzer targets in fuzz/: the checks every reader's output must pass.
// A failed check prints what failed and aborts, so libFuzzer saves the input as a crash.
// Nothing here catches exceptions: one escaping a reader must reach libFuzzer as a crash.
#pragma once

#include <jixiao/finding.hpp>
#include <jixiao/io/finding_json.hpp>
#include <jixiao/io/form_io.hpp>

#include "utf8.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::fuzz {

/// Prints `what`, the input (escaped, at most 400 bytes) and `detail`, then aborts.
[[noreturn]] inline void fail(const char* what, std::string_view input, std::string_view detail = {}) {
  std::string shown;
  for (std::size_t i = 0; i < input.size() && i < 400; ++i) {
    const auto b = static_cast<unsigned char>(input[i]);
    if (b >= 0x20 && b != 0x7f) {
      shown += static_cast<char>(b);
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", b);
      shown += buf;
    }
  }
  std::fprintf(stderr, "FUZZ CHECK FAILED: %s\n  input (%zu bytes): %s\n  %.*s\n", what, input.size(), shown.c_str(),
               static_cast<int>(detail.size() < 2000 ? detail.size() : 2000), detail.data());
  std::abort();
}

/// Aborts unless `output` (named `what`) is well-formed UTF-8. (Control characters and
/// NUL are allowed here: JSON escapes them; that a written document is valid for its
/// format is checked by reading it back.)
inline void check_output(const char* what, std::string_view output, std::string_view input) {
  for (std::size_t i = 0; i < output.size();) {
    const std::size_t n = utf8_sequence(output, i);
    if (n == 0) {
      const std::size_t from = i < 200 ? 0 : i - 200;
      fail(what, input, "at byte " + std::to_string(i) + ": " + std::string(output.substr(from, 260)));
    }
    i += n;
  }
}

/// The findings of a read, one JSON object a line, for failure messages.
template <class Result>
std::string why(const Result& r) {
  std::string out;
  for (const Finding& f : r.findings) out += io::finding_json(f) + "\n";
  return out;
}

/// The checks every reader's findings pass: each has a rule id, and its JSON (the
/// shape every result file uses) is valid UTF-8; a reader that gives no value says why.
template <class Result>
void check_read(const Result& r, std::string_view input) {
  for (const Finding& f : r.findings) {
    if (f.rule_id.empty()) fail("finding without a rule id", input, f.message(Lang::en));
    check_output("finding JSON is not valid UTF-8", io::finding_json(f), input);
  }
  if (!r.value && r.count(Severity::error) == 0) fail("no value and no error finding", input);
}

/// The whole of a file the fuzzer needs as context (a form to score against); aborts
/// when it cannot be read, since every input would then test nothing.
inline std::string read_file(const char* path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) fail("cannot read a context file", path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

/// The form the fuzzers score, monitor and review against (JIXIAO_FUZZ_FORM, a
/// self-evaluation form of the test data, set by fuzz/CMakeLists.txt).
inline const PerformanceForm& context_form() {
  static const PerformanceForm form = [] {
    auto r = io::load_form_from_string(read_file(JIXIAO_FUZZ_FORM), io::Format::json);
    if (!r.value) fail("the context form does not load", JIXIAO_FUZZ_FORM);
    return *r.value;
  }();
  return form;
}

}  // namespace jixiao::fuzz
