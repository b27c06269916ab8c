// Decimal: construction, exact arithmetic, comparisons across scales, rounding, text.
// The bulk oracle is tests/decimal_golden_test.cpp (vectors from Python's decimal).
#include <jixiao/decimal.hpp>

#include <gtest/gtest.h>

#include <unordered_set>

using jixiao::Decimal;
using jixiao::RoundingMode;

namespace {
Decimal d(const char* text) { return Decimal::parse(text).value(); }
}  // namespace

TEST(Decimal, SeedIdentityIsExact) {
  EXPECT_EQ(d("966.36") + d("1,025.93"), d("1,992.29"));
  EXPECT_EQ((d("966.36") + d("1,025.93")).to_string(), "1992.29");
  EXPECT_EQ(d("1025.93") - d("895.93"), d("130"));
}

TEST(Decimal, ComparesAcrossScales) {
  EXPECT_EQ(d("1.50"), d("1.5"));
  EXPECT_FALSE(d("1.50").identical(d("1.5")));
  EXPECT_LT(d("0.999"), d("1"));
  EXPECT_GT(d("-0.5"), d("-0.51"));
  EXPECT_EQ(std::hash<Decimal>{}(d("1.50")), std::hash<Decimal>{}(d("1.5")));
  std::unordered_set<Decimal> set{d("2.0"), d("2"), d("2.00")};
  EXPECT_EQ(set.size(), 1u);
}

TEST(Decimal, KeepsScaleInText) {
  EXPECT_EQ(d("0.00").to_string(), "0.00");
  EXPECT_EQ(d("-0.50").to_string(), "-0.50");
  EXPECT_EQ(d("+3").to_string(), "3");
  EXPECT_EQ(d(".5").to_string(), "0.5");
  EXPECT_EQ(d("-0").to_string(), "0");
  EXPECT_EQ(Decimal::from_parts(-5, 3).to_string(), "-0.005");
  EXPECT_EQ(d("1992.285").format(true, 2), "1,992.29");
  EXPECT_EQ(d("-1234567.5").format(true, 0, RoundingMode::half_even), "-1,234,568");
  EXPECT_EQ(d("123").format(true, 2), "123.00");
}

TEST(Decimal, SignAbsNegate) {
  EXPECT_EQ(d("-2.5").sign(), -1);
  EXPECT_EQ(d("0.000").sign(), 0);
  EXPECT_TRUE(d("0.000").is_zero());
  EXPECT_EQ(d("-2.5").abs(), d("2.5"));
  EXPECT_EQ(d("2.5").negate(), d("-2.5"));
  EXPECT_EQ(-d("2.5"), d("-2.5"));
}

TEST(Decimal, ExactMultiplyAddsScales) {
  const Decimal p = d("0.00894") * Decimal(7);
  EXPECT_EQ(p.to_string(), "0.06258");
  EXPECT_EQ((d("1.10") * d("1.1")).to_string(), "1.210");
}

TEST(Decimal, RoundingModesOnTies) {
  struct Row {
    const char* in;
    RoundingMode mode;
    const char* out;
  };
  const Row rows[] = {
      {"2.5", RoundingMode::half_up, "3"},        {"-2.5", RoundingMode::half_up, "-3"},
      {"2.5", RoundingMode::half_even, "2"},      {"3.5", RoundingMode::half_even, "4"},
      {"2.5", RoundingMode::half_down, "2"},      {"2.51", RoundingMode::half_down, "3"},
      {"2.1", RoundingMode::up, "3"},             {"-2.1", RoundingMode::up, "-3"},
      {"2.9", RoundingMode::down, "2"},           {"-2.9", RoundingMode::down, "-2"},
      {"-2.1", RoundingMode::ceiling, "-2"},      {"2.1", RoundingMode::ceiling, "3"},
      {"-2.1", RoundingMode::floor, "-3"},        {"2.9", RoundingMode::floor, "2"},
      {"2.1", RoundingMode::zero_five_up, "2"},   {"0.1", RoundingMode::zero_five_up, "1"},
      {"5.4", RoundingMode::zero_five_up, "6"},   {"-10.2", RoundingMode::zero_five_up, "-11"},
  };
  for (const Row& r : rows) {
    EXPECT_EQ(d(r.in).round_to(0, r.mode).to_string(), r.out) << r.in << ' ' << jixiao::to_string(r.mode);
  }
  EXPECT_EQ(d("9.91").round_to(0, RoundingMode::down).to_string(), "9");
  EXPECT_EQ(d("1.5").round_to(3, RoundingMode::half_up).to_string(), "1.500");
}

TEST(Decimal, DivideNamesItsRounding) {
  EXPECT_EQ(jixiao::divide(d("487"), d("500"), 4, RoundingMode::half_up).to_string(), "0.9740");
  EXPECT_EQ(jixiao::divide(d("2"), d("3"), 2, RoundingMode::half_up).to_string(), "0.67");
  EXPECT_EQ(jixiao::divide(d("2"), d("3"), 2, RoundingMode::down).to_string(), "0.66");
  EXPECT_EQ(jixiao::divide(d("-2"), d("3"), 2, RoundingMode::floor).to_string(), "-0.67");
  // a × b / c with wide intermediates: 15 × 90 / 92 = 14.6739… → 14.67
  EXPECT_EQ(jixiao::divide(d("15") * d("90"), d("92"), 2, RoundingMode::half_up).to_string(), "14.67");
  // quotient digits beyond 10^38 intermediates take the 256-bit path
  EXPECT_EQ(jixiao::divide(d("0.000000000000000001"), d("0.000000000000000003"), 18, RoundingMode::half_up).to_string(),
            "0.333333333333333333");
  EXPECT_EQ(jixiao::percent_of(d("89.974"), d("90"), 2, RoundingMode::half_up).to_string(), "99.97");
  EXPECT_EQ(jixiao::multiply(d("0.13"), d("0.0675"), 2, RoundingMode::down).to_string(), "0.00");
}

TEST(Decimal, YuanWan) {
  EXPECT_EQ(jixiao::yuan_to_wan(d("300000")), d("30"));
  EXPECT_EQ(jixiao::yuan_to_wan(d("12345")).to_string(), "1.2345");
  EXPECT_EQ(jixiao::wan_to_yuan(d("1,992.29")), d("19922900"));
}

TEST(Decimal, MisuseThrowsWithStableCodes) {
  auto code_of = [](auto&& f) {
    try {
      f();
    } catch (const jixiao::decimal_error& e) {
      return e.code();
    }
    return std::string("none");
  };
  EXPECT_EQ(code_of([] { (void)jixiao::divide(Decimal(1), Decimal(0), 2, RoundingMode::half_up); }),
            "jixiao.decimal.division_by_zero");
  EXPECT_EQ(code_of([] { (void)(Decimal(Decimal::max_coefficient) + Decimal(1)); }), "jixiao.decimal.overflow");
  EXPECT_EQ(code_of([] { (void)Decimal(1'000'000'000'000'000'000LL); }), "jixiao.decimal.overflow");
  EXPECT_EQ(code_of([] { (void)d("1").round_to(19, RoundingMode::half_up); }), "jixiao.decimal.scale");
  EXPECT_EQ(code_of([] { (void)(d("123456789012") * d("12345678.9")); }), "jixiao.decimal.overflow");
  EXPECT_EQ(code_of([] { (void)(d("0.000000001") * d("0.0000000001")); }), "jixiao.decimal.scale");
}

TEST(Decimal, ParseAcceptsRealSpellings) {
  EXPECT_EQ(d("１，９９２．２９"), d("1992.29"));
  EXPECT_EQ(d("  1,992.29 "), d("1992.29"));
  EXPECT_EQ(d("\xE3\x80\x80" "12"), d("12"));
  EXPECT_EQ(d("－3.5"), d("-3.5"));
  EXPECT_EQ(d("0001.20").to_string(), "1.20");
  EXPECT_EQ(d("999999999999999999"), Decimal(Decimal::max_coefficient));
}

TEST(Decimal, ParseRejectsWithPosition) {
  struct Row {
    const char* text;
    const char* code;
    std::size_t column;
  };
  const Row rows[] = {
      {"", "jixiao.decimal.empty", 1},
      {"   ", "jixiao.decimal.empty", 4},
      {"1,99,2.29", "jixiao.decimal.bad_grouping", 5},
      {"1e5", "jixiao.decimal.bad_character", 2},
      {"NaN", "jixiao.decimal.bad_character", 1},
      {"--1", "jixiao.decimal.bad_character", 2},
      {"5.", "jixiao.decimal.missing_digits", 3},
      {"1.2.3", "jixiao.decimal.bad_character", 4},
      {"1234,567", "jixiao.decimal.bad_grouping", 5},
      {"12,34", "jixiao.decimal.bad_grouping", 6},
      {"1234567890123456789", "jixiao.decimal.too_many_digits", 19},
      {"0.0000000000000000001", "jixiao.decimal.scale", 21},
      {"９９％", "jixiao.decimal.bad_character", 3},
      {"+", "jixiao.decimal.missing_digits", 2},
  };
  for (const Row& r : rows) {
    const auto p = Decimal::parse(r.text);
    ASSERT_FALSE(p.ok()) << r.text;
    ASSERT_EQ(p.diagnostics().size(), 1u);
    EXPECT_EQ(p.diagnostics()[0].code, r.code) << r.text;
    EXPECT_EQ(p.diagnostics()[0].column, r.column) << r.text << ": " << p.diagnostics()[0].message;
  }
  const std::string huge(10000, '7');
  const auto p = Decimal::parse(huge);
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.diagnostics()[0].column, 19u);
  EXPECT_THROW((void)p.value(), jixiao::error);
}

TEST(Decimal, ConstexprArithmetic) {
  constexpr Decimal a = Decimal::from_parts(150, 2);
  constexpr Decimal b = Decimal(3);
  static_assert((a + b).coefficient() == 450, "constexpr add");
  static_assert(a == Decimal::from_parts(15, 1), "constexpr compare");
  static_assert(Decimal::from_parts(125, 2).round_to(1, RoundingMode::half_even).coefficient() == 12, "constexpr round");
  SUCCEED();
}

// The examples docs/decimal.md gives for exact results that shed trailing zeros.
TEST(Decimal, ExactResultsDropTrailingZerosOnlyToFit) {
  EXPECT_EQ((d("99999999999999999.9") + d("0.1")).to_string(), "100000000000000000");
  EXPECT_EQ((d("0.5") * d("0.000000000000000002")).to_string(), "0.000000000000000001");
  EXPECT_EQ((d("0.10") + d("0.2")).to_string(), "0.30");  // no room needed: scale kept
  EXPECT_THROW((void)(d("0.5") * d("0.000000000000000003")), jixiao::decimal_error);
}

// The rounding table of docs/decimal.md, row by row.
TEST(Decimal, DocumentedRoundingTable) {
  const char* inputs[] = {"2.5", "3.5", "-2.5", "2.1", "-2.1"};
  struct Row {
    RoundingMode mode;
    const char* out[5];
  };
  const Row rows[] = {
      {RoundingMode::half_up, {"3", "4", "-3", "2", "-2"}},    {RoundingMode::half_even, {"2", "4", "-2", "2", "-2"}},
      {RoundingMode::half_down, {"2", "3", "-2", "2", "-2"}},  {RoundingMode::up, {"3", "4", "-3", "3", "-3"}},
      {RoundingMode::down, {"2", "3", "-2", "2", "-2"}},       {RoundingMode::ceiling, {"3", "4", "-2", "3", "-2"}},
      {RoundingMode::floor, {"2", "3", "-3", "2", "-3"}},      {RoundingMode::zero_five_up, {"2", "3", "-2", "2", "-2"}},
  };
  for (const Row& r : rows) {
    for (int i = 0; i < 5; ++i) {
      EXPECT_EQ(d(inputs[i]).round_to(0, r.mode).to_string(), r.out[i]) << inputs[i] << ' ' << jixiao::to_string(r.mode);
    }
  }
}

// One definition of valid text (text.hpp) serves the readers, the writers and the
// Decimal parser's quotes: a control character is quoted as its byte, not raw, so a
// message never carries it into a report (decimal.cpp had a check of its own).
TEST(Decimal, DiagnosticQuotesAControlCharacterAsItsByte) {
  const auto p = Decimal::parse("1\x01");
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.diagnostics().front().text, "\\x01");
  EXPECT_TRUE(jixiao::is_valid_text(p.diagnostics().front().message)) << p.diagnostics().front().message;
}

TEST(Text, Utf8ValidityIsOneDefinition) {
  EXPECT_EQ(jixiao::utf8_length_at("\xE5\x90\x8D", 0), 3u);  // 名
  EXPECT_EQ(jixiao::utf8_length_at("\xED\xA0\x80", 0), 0u);  // a surrogate
  EXPECT_EQ(jixiao::utf8_length_at("\xC0\x80", 0), 0u);      // overlong
  EXPECT_EQ(jixiao::utf8_length_at("\xF4\x90\x80\x80", 0), 0u);  // past U+10FFFF
  EXPECT_TRUE(jixiao::is_valid_text("名\t\r\n"));
  EXPECT_FALSE(jixiao::is_valid_text(std::string_view("a\0b", 3)));
  EXPECT_FALSE(jixiao::is_valid_text("\xE5\x90"));
}
