// libFuzzer target for the form readers (io::load_form_from_string), built three times:
// form_json_fuzzer, form_xml_fuzzer and form_info_fuzzer (JIXIAO_FUZZ_FORMAT names the
// format of the input). Any bytes must load or be refused without a crash, an exception
// or a sanitizer report. A form that loads (complete or partial) must survive the
// writers: saved in each of the three formats the output is valid UTF-8, loads again,
// and saving what was loaded gives the same bytes; a complete form loads back equal
// (operator==) and complete. Every form that loads is also reviewed by the built-in
// rules (RuleSet::check, Report::score) and the report JSON must be valid UTF-8. A JSON
// input is also read by the property_tree reference reader: the simdjson reader must
// give the same form and the same findings (tests/json_reader_differential_test.cpp).
#include <jixiao/io/form_io.hpp>
#include <jixiao/io/report_io.hpp>
#include <jixiao/rules.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_support.hpp"
#include "io/form_reader.hpp"
#include "reading_text.hpp"

namespace {

using jixiao::fuzz::fail;
namespace io = jixiao::io;

void round_trip(const jixiao::PerformanceForm& form, bool complete, io::Format format, std::string_view input) {
  const std::string first = io::save_form_to_string(form, format);
  jixiao::fuzz::check_output("written form is not valid UTF-8", first, input);
  const auto again = io::load_form_from_string(first, format);
  if (!again.value) fail("written form does not load", input, jixiao::fuzz::why(again) + "\n" + first);
  if (complete && !again.ok()) fail("complete form loads back with errors", input, jixiao::fuzz::why(again) + "\n" + first);
  if (complete && !(*again.value == form)) fail("form loads back different", input, io::first_difference(form, *again.value));
  const std::string second = io::save_form_to_string(*again.value, format);
  if (second != first) fail("second write differs from the first", input, first + "\n----\n" + second);
}

}  // namespace

// The format of this build's inputs (a constant, so not compared in the macro's place).
constexpr io::Format kFormat = io::Format::JIXIAO_FUZZ_FORMAT;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const auto r = io::load_form_from_string(input, kFormat);
  if (kFormat == io::Format::json) {
    const std::string fast = jixiao::test::reading_text(r);
    const std::string reference = jixiao::test::reading_text(io::detail::load_form_reference(input, io::Format::json, {}));
    if (fast != reference) fail("the simdjson and property_tree readers differ", input, fast + "\n----\n" + reference);
  }
  for (const auto& f : r.findings) {
    jixiao::fuzz::check_output("finding JSON is not valid UTF-8", io::finding_json(f), input);
  }
  if (!r.value) {
    if (r.count(jixiao::Severity::error) == 0) fail("no form and no error finding", input);
    return 0;
  }
  for (const io::Format format : {io::Format::json, io::Format::xml, io::Format::info}) {
    round_trip(*r.value, r.ok(), format, input);
  }
  static const jixiao::RuleSet rules = jixiao::RuleSet::builtin();
  const jixiao::Report report = rules.check(*r.value);
  (void)report.score();
  jixiao::fuzz::check_output("report JSON is not valid UTF-8", io::report_json(report), input);
  return 0;
}
