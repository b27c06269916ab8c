// libFuzzer target for the actuals reader (io::read_actuals). Any bytes must read or be
// refused without a crash, an exception or a sanitizer report; findings are valid
// UTF-8. Actuals that read are scored against the context form under the national
// profile: score() must not throw (overflow is a JX-S021 finding) and the scorecard
// JSON and text must be valid UTF-8. There is no actuals writer, so no round trip.
#include <jixiao/io/observations_io.hpp>
#include <jixiao/io/profile_io.hpp>
#include <jixiao/io/scorecard_io.hpp>
#include <jixiao/scoring.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  namespace io = jixiao::io;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const auto r = io::read_actuals(input);
  jixiao::fuzz::check_read(r, input);
  if (!r.value) return 0;
  static const jixiao::Profile profile = io::builtin_profile("national");
  const jixiao::Scorecard card = jixiao::score(jixiao::fuzz::context_form(), *r.value, profile);
  jixiao::fuzz::check_output("scorecard JSON is not valid UTF-8", io::scorecard_json(card), input);
  jixiao::fuzz::check_output("scorecard text is not valid UTF-8", io::scorecard_text(card, jixiao::Lang::zh), input);
  return 0;
}
