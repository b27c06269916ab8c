// libFuzzer target for the observation readers, built twice: actuals_fuzzer
// (io::read_actuals) and progress_fuzzer (io::read_progress); JIXIAO_FUZZ_OBSERVATIONS
// names the reader (read_actuals or read_progress). Any bytes must read or be refused without a crash, an exception or
// a sanitizer report; findings are valid UTF-8. What reads is used against the context
// form under the national profile: actuals are scored (score() must not throw: overflow
// is a JX-S021 finding), progress is monitored at month 6 and 12 (monitor() must not
// throw: overflow is a JX-M007 finding); the result's JSON and text must be valid UTF-8.
// Neither has a writer, so there is no round trip.
#include <jixiao/io/monitor_io.hpp>
#include <jixiao/io/observations_io.hpp>
#include <jixiao/io/profile_io.hpp>
#include <jixiao/io/scorecard_io.hpp>
#include <jixiao/monitoring.hpp>
#include <jixiao/scoring.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_support.hpp"

namespace {

namespace io = jixiao::io;

// One of these runs, by the type JIXIAO_FUZZ_OBSERVATIONS reads; the other is unused.
[[maybe_unused]] void use(const jixiao::Actuals& actuals, const jixiao::Profile& profile, std::string_view input) {
  const jixiao::Scorecard card = jixiao::score(jixiao::fuzz::context_form(), actuals, profile);
  jixiao::fuzz::check_output("scorecard JSON is not valid UTF-8", io::scorecard_json(card), input);
  jixiao::fuzz::check_output("scorecard text is not valid UTF-8", io::scorecard_text(card, jixiao::Lang::zh), input);
}

[[maybe_unused]] void use(const jixiao::Progress& progress, const jixiao::Profile& profile, std::string_view input) {
  for (const int month : {6, 12}) {
    const jixiao::MonitorReport report = jixiao::monitor(jixiao::fuzz::context_form(), progress, month, profile);
    jixiao::fuzz::check_output("monitor JSON is not valid UTF-8", io::monitor_json(report), input);
    jixiao::fuzz::check_output("monitor text is not valid UTF-8", io::monitor_text(report, jixiao::Lang::zh), input);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const auto r = io::JIXIAO_FUZZ_OBSERVATIONS(input);
  jixiao::fuzz::check_read(r, input);
  if (!r.value) return 0;
  static const jixiao::Profile profile = io::builtin_profile("national");
  use(*r.value, profile, input);
  return 0;
}
