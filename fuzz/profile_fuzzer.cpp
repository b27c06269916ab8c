// libFuzzer target for the profile reader (io::read_profile). Any bytes must read or be
// refused without a crash, an exception or a sanitizer report; findings are valid
// UTF-8. A profile that reads is written back (io::write_profile), the text is valid
// UTF-8 and reads back without an error, and writing that gives the same bytes. The
// profile is then used: the context form is scored under it (score, scorecard JSON)
// and reviewed under it (RuleSet::builtin(profile).check, Report::score), so a valid
// profile cannot make scoring or review throw.
#include <jixiao/io/profile_io.hpp>
#include <jixiao/io/report_io.hpp>
#include <jixiao/io/scorecard_io.hpp>
#include <jixiao/rules.hpp>
#include <jixiao/scoring.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using jixiao::fuzz::fail;
  namespace io = jixiao::io;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const auto r = io::read_profile(input);
  jixiao::fuzz::check_read(r, input);
  if (!r.value) return 0;
  const std::string first = io::write_profile(*r.value);
  jixiao::fuzz::check_output("written profile is not valid UTF-8", first, input);
  const auto again = io::read_profile(first);
  if (!again.ok()) {
    fail("written profile does not read back", input,
         first + "\n----\n" + (again.findings.empty() ? std::string() : again.findings.front().message(jixiao::Lang::en)));
  }
  const std::string second = io::write_profile(*again.value);
  if (second != first) fail("second write differs from the first", input, first + "\n----\n" + second);

  const jixiao::PerformanceForm& form = jixiao::fuzz::context_form();
  static const jixiao::Actuals actuals = jixiao::actuals_from_form(form);
  const jixiao::Scorecard card = jixiao::score(form, actuals, *r.value);
  jixiao::fuzz::check_output("scorecard JSON is not valid UTF-8", io::scorecard_json(card), input);
  const jixiao::Report report = jixiao::RuleSet::builtin(*r.value).check(form);
  (void)report.score();
  jixiao::fuzz::check_output("report JSON is not valid UTF-8", io::report_json(report), input);
  return 0;
}
