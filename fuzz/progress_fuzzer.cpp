// libFuzzer target for the progress reader (io::read_progress). Any bytes must read or
// be refused without a crash, an exception or a sanitizer report; findings are valid
// UTF-8. Progress that reads is monitored against the context form at month 6 and 12
// under the national profile: monitor() must not throw (overflow is a JX-M007 finding)
// and the monitor JSON and text must be valid UTF-8. No progress writer, no round trip.
#include <jixiao/io/monitor_io.hpp>
#include <jixiao/io/observations_io.hpp>
#include <jixiao/io/profile_io.hpp>
#include <jixiao/monitoring.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  namespace io = jixiao::io;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const auto r = io::read_progress(input);
  jixiao::fuzz::check_read(r, input);
  if (!r.value) return 0;
  static const jixiao::Profile profile = io::builtin_profile("national");
  for (const int month : {6, 12}) {
    const jixiao::MonitorReport report = jixiao::monitor(jixiao::fuzz::context_form(), *r.value, month, profile);
    jixiao::fuzz::check_output("monitor JSON is not valid UTF-8", io::monitor_json(report), input);
    jixiao::fuzz::check_output("monitor text is not valid UTF-8", io::monitor_text(report, jixiao::Lang::zh), input);
  }
  return 0;
}
