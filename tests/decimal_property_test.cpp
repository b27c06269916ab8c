// Property test: Decimal against plain __int128 arithmetic (tests/decimal_oracle.hpp),
// over thousands of seeded random cases per operation. The seed is fixed, so a run is
// reproducible; it is printed with every failure, and JIXIAO_PROPERTY_SEED=<n> runs
// another sequence. Also built into decimal_portable_test (every fallback forced).
#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <string>

#include "decimal_oracle.hpp"
#include "property_cases.hpp"

namespace {

using jixiao::Decimal;
using jixiao::RoundingMode;

constexpr int kCases = 4000;

// Random decimals whose digit count is uniform in 0..18 (so that small values, exact
// fits and overflows all occur) with a uniform scale 0..18.
class Gen : public jixiao::test::SeededRandom {
 public:
  using SeededRandom::SeededRandom;
  Decimal decimal() {
    const int digits = pick(0, 18);
    const std::int64_t bound = digits == 0 ? 0 : jixiao::detail::pow10_i64(digits) - 1;
    std::int64_t c = std::uniform_int_distribution<std::int64_t>(0, bound)(engine());
    if (pick(0, 1) == 1) c = -c;
    return Decimal::from_parts(c, pick(0, Decimal::max_scale));
  }
  RoundingMode mode() { return static_cast<RoundingMode>(pick(0, 7)); }
};

// Runs `body(gen)` kCases times; the first disagreement fails with the seed and case.
template <class Body>
void for_cases(const char* name, Body body) {
  jixiao::test::for_seeded_cases<Gen>(name, kCases, body);
}

TEST(DecimalProperty, AddAndSubtractMatchInt128) {
  for_cases("add/sub", [](Gen& g) { return jixiao::oracle::check_add_sub(g.decimal(), g.decimal()); });
}

TEST(DecimalProperty, MultiplyMatchesInt128) {
  for_cases("mul", [](Gen& g) {
    const Decimal a = g.decimal(), b = g.decimal();
    return jixiao::oracle::check_mul(a, b, g.pick(0, 18), g.mode());
  });
}

TEST(DecimalProperty, DivideWithEachRoundingMatchesInt128) {
  for_cases("div", [](Gen& g) {
    const Decimal a = g.decimal(), b = g.decimal();
    return jixiao::oracle::check_div(a, b, g.pick(0, 18), g.mode());
  });
}

TEST(DecimalProperty, RoundToMatchesInt128) {
  for_cases("round_to", [](Gen& g) {
    const Decimal a = g.decimal();
    return jixiao::oracle::check_round(a, g.pick(0, 18), g.mode());
  });
}

TEST(DecimalProperty, CompareMatchesInt128) {
  for_cases("compare", [](Gen& g) {
    const Decimal a = g.decimal();
    if (g.pick(0, 1) == 0) return jixiao::oracle::check_compare(a, g.decimal());
    // The same value at a wider scale (when it fits), so equality is exercised.
    const int k = g.pick(0, 18 - a.scale());
    const jixiao::oracle::i128 c = static_cast<jixiao::oracle::i128>(a.coefficient()) * jixiao::oracle::pow10(k);
    const bool fits = c <= jixiao::oracle::max_coefficient && c >= -jixiao::oracle::max_coefficient;
    const Decimal b = fits ? Decimal::from_parts(static_cast<std::int64_t>(c), a.scale() + k) : a;
    return jixiao::oracle::check_compare(a, b);
  });
}

TEST(DecimalProperty, TextRoundTrips) {
  for_cases("text", [](Gen& g) { return jixiao::oracle::check_text(g.decimal()); });
}

// The oracle itself must notice a wrong answer, or the properties above prove nothing.
TEST(DecimalProperty, OracleRejectsWrongResults) {
  using jixiao::oracle::agree;
  using jixiao::oracle::Expected;
  EXPECT_NE(agree("x", Expected{151, 2}, [] { return Decimal::from_parts(150, 2); }), "");
  EXPECT_NE(agree("x", Expected{15, 1}, [] { return Decimal::from_parts(150, 2); }), "");  // same value, other scale
  EXPECT_NE(agree("x", std::nullopt, [] { return Decimal(1); }), "");
  EXPECT_EQ(jixiao::oracle::round_div(-25, 10, RoundingMode::half_even), -2);
  EXPECT_EQ(jixiao::oracle::round_div(-25, 10, RoundingMode::half_up), -3);
  EXPECT_EQ(jixiao::oracle::round_div(51, 10, RoundingMode::zero_five_up), 6);
  EXPECT_EQ(jixiao::oracle::round_div(-11, 10, RoundingMode::floor), -2);
  EXPECT_EQ(jixiao::oracle::expected_text(-5, 3), "-0.005");
}

}  // namespace
