// libFuzzer target for the rule configuration reader (io::read_rule_config, applied to
// the built-in catalogue). Any bytes must read or be refused without a crash, an
// exception or a sanitizer report; findings are valid UTF-8. A configuration that
// reads is used: the context form is reviewed with the configured set (check,
// Report::score) and the report JSON and SARIF must be valid UTF-8. There is no
// writer for configurations, so no round trip.
#include <jixiao/io/report_io.hpp>
#include <jixiao/io/rule_config_io.hpp>
#include <jixiao/rules.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  namespace io = jixiao::io;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  static const jixiao::RuleSet base = jixiao::RuleSet::builtin();
  const auto r = io::read_rule_config(input, base);
  jixiao::fuzz::check_read(r, input);
  if (!r.value) return 0;
  const jixiao::Report report = r.value->check(jixiao::fuzz::context_form());
  (void)report.score();
  jixiao::fuzz::check_output("report JSON is not valid UTF-8", io::report_json(report), input);
  jixiao::fuzz::check_output("SARIF is not valid UTF-8", io::report_sarif(report, jixiao::Lang::en, r.value->rules()),
                             input);
  return 0;
}
