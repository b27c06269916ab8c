// libFuzzer target for Decimal. The first bytes choose two decimals (coefficient and
// scale), a scale and a rounding mode; every operation is checked against plain
// __int128 arithmetic (tests/decimal_oracle.hpp): + - × multiply divide round_to compare
// to_string and parse(to_string(d)). The remaining bytes are given to Decimal::parse,
// which must not throw; a success must survive its own spelling (parse(to_string(d))
// identical to d) and format(); a rejection carries a coded diagnostic inside the text.
// Arithmetic throws decimal_error by contract when a result does not fit; the oracle
// says when it must, and any other exception reaches libFuzzer as a crash.
#include <fuzzer/FuzzedDataProvider.h>
#include <jixiao/decimal.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "decimal_oracle.hpp"
#include "fuzz_support.hpp"

namespace {

using jixiao::Decimal;
using jixiao::fuzz::fail;

Decimal any_decimal(FuzzedDataProvider& in) {
  const auto c = in.ConsumeIntegralInRange<std::int64_t>(-Decimal::max_coefficient, Decimal::max_coefficient);
  const int digits = in.ConsumeIntegralInRange<int>(0, 18);  // shorten: small values matter most
  const std::int64_t cut = digits == 18 ? c : c % jixiao::detail::pow10_i64(digits);
  return Decimal::from_parts(cut, in.ConsumeIntegralInRange<int>(0, Decimal::max_scale));
}

void must_agree(const std::string& problem, std::string_view input) {
  if (!problem.empty()) fail("Decimal disagrees with __int128", input, problem);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  namespace oracle = jixiao::oracle;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  FuzzedDataProvider in(data, size);
  const Decimal a = any_decimal(in);
  const Decimal b = any_decimal(in);
  const int scale = in.ConsumeIntegralInRange<int>(0, Decimal::max_scale);
  const auto mode = static_cast<jixiao::RoundingMode>(in.ConsumeIntegralInRange<int>(0, 7));
  must_agree(oracle::check_add_sub(a, b), input);
  must_agree(oracle::check_mul(a, b, scale, mode), input);
  must_agree(oracle::check_div(a, b, scale, mode), input);
  must_agree(oracle::check_round(a, scale, mode), input);
  must_agree(oracle::check_compare(a, b), input);
  must_agree(oracle::check_text(a), input);

  const std::string text = in.ConsumeRemainingBytesAsString();
  const auto parsed = Decimal::parse(text);
  if (!parsed.ok()) {
    if (parsed.diagnostics().empty()) fail("rejection without a diagnostic", text);
    for (const auto& d : parsed.diagnostics()) {
      if (d.code.empty()) fail("diagnostic without a code", text, d.message);
      if (d.offset > text.size()) fail("diagnostic offset past the input", text, d.message);
      jixiao::fuzz::check_output("diagnostic is not valid UTF-8", d.message, text);
      jixiao::fuzz::check_output("diagnostic text is not valid UTF-8", d.text, text);
    }
    return 0;
  }
  must_agree(oracle::check_text(parsed.value()), text);
  const std::string grouped = parsed.value().format(true, parsed.value().scale());
  const auto again = Decimal::parse(grouped);
  if (!again.ok() || !again.value().identical(parsed.value())) fail("format(true, scale) does not read back", text, grouped);
  return 0;
}
