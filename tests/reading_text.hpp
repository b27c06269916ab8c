// What a form reader made of a text, as one string: the form in canonical JSON (or
// "no form") and every finding as its JSON line. Two readers agree exactly when these
// strings are equal (tests/json_reader_differential_test.cpp, fuzz/form_fuzzer.cpp).
#pragma once

#include <jixiao/io/finding_json.hpp>
#include <jixiao/io/form_io.hpp>

#include <string>

namespace jixiao::test {

/// The canonical JSON of `r`'s form, then one line per finding (`finding_json`).
inline std::string reading_text(const io::ReadResult<PerformanceForm>& r) {
  std::string out = r.value ? io::save_form_to_string(*r.value, io::Format::json) : std::string("no form\n");
  for (const Finding& f : r.findings) out += io::finding_json(f) + "\n";
  return out;
}

}  // namespace jixiao::test
