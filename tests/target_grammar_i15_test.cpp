// Issue 15: spellings seen in real forms that the target grammar rejected or misread,
// one regression test per class (the class, not the string), each with the round trip
// parse(t.to_string()) == t.
#include <jixiao/target.hpp>

#include <gtest/gtest.h>

#include <string>

namespace {

using jixiao::Comparator;
using jixiao::Decimal;
using jixiao::Parsed;
using jixiao::Target;
using jixiao::TargetKind;

Decimal dec(const char* text) { return Decimal::parse(text).value(); }

std::string first_message(const Parsed<Target>& p) {
  return p.diagnostics().empty() ? std::string("(none)") : p.diagnostics().front().message;
}

// Parses `text`, checks the canonical spelling reads back as the same target, returns it.
Target read(const char* text) {
  const Parsed<Target> p = Target::parse(text);
  EXPECT_TRUE(p.ok()) << text << ": " << first_message(p);
  if (!p.ok()) return Target();
  const std::string canonical = p.value().to_string();
  const Parsed<Target> back = Target::parse(canonical);
  EXPECT_TRUE(back.ok()) << text << " -> " << canonical << ": " << first_message(back);
  if (back.ok()) {
    EXPECT_EQ(back.value(), p.value()) << text << " -> " << canonical;
  }
  return p.value();
}

void expect_date_range(const char* text, const char* from, const char* to) {
  const Target t = read(text);
  ASSERT_EQ(t.kind(), TargetKind::range) << text;
  ASSERT_TRUE(t.is_date_range()) << text;
  EXPECT_EQ(t.start().iso(), from) << text;
  EXPECT_EQ(t.deadline().iso(), to) << text;
}

void expect_value(const char* text, Comparator op, const char* value, const char* unit) {
  const Target t = read(text);
  ASSERT_EQ(t.kind(), TargetKind::comparison) << text;
  EXPECT_EQ(t.op(), op) << text;
  EXPECT_TRUE(t.quantity().value.identical(dec(value))) << text << " gave " << t.quantity().value;
  EXPECT_EQ(t.quantity().unit.symbol(), unit) << text;
}

bool has_code(const Parsed<Target>& p, const std::string& code) {
  for (const auto& d : p.diagnostics()) {
    if (d.code == code) return true;
  }
  return false;
}

TEST(TargetGrammarI15, DateRangesWithTheYearOnBothEnds) {
  expect_date_range("2023年1月--2023年12月", "2023-01-01", "2023-12-31");
  expect_date_range("2023年3月——2024年6月", "2023-03-01", "2024-06-30");
  expect_date_range("2023年1月至2023年12月", "2023-01-01", "2023-12-31");
  expect_date_range("2023年7月~2024年6月", "2023-07-01", "2024-06-30");
  EXPECT_FALSE(Target::parse("2024年6月--2023年1月").ok());  // ends before it starts
}

TEST(TargetGrammarI15, DottedDayPreciseRanges) {
  expect_date_range("2024.1.1-12.31", "2024-01-01", "2024-12-31");
  expect_date_range("2024.3.15-6.30", "2024-03-15", "2024-06-30");
  expect_date_range("2024.3.1-2024.6.30", "2024-03-01", "2024-06-30");
  EXPECT_FALSE(Target::parse("2024.1.1-2.30").ok());  // no 30 February
  EXPECT_FALSE(read("1.5-2.5").is_date_range());  // not a date: a number range
}

TEST(TargetGrammarI15, RatesWithTwoDivisors) {
  expect_value("≥300元/人/年", Comparator::ge, "300", "元/人/年");
  expect_value("200元/户/月", Comparator::eq, "200", "元/户/月");
  expect_value("1500元/人·月", Comparator::eq, "1500", "元/人*月");
}

TEST(TargetGrammarI15, AUnitThatIsOnlyADivisor) {
  expect_value("≥1000/亩", Comparator::ge, "1000", "/亩");
  expect_value("50/株", Comparator::eq, "50", "/株");
  EXPECT_EQ(read("≥1000/亩").quantity().unit.dimension(), jixiao::Dimension::rate);
  EXPECT_FALSE(Target::parse("1/2").ok());      // a fraction is not a unit
  EXPECT_FALSE(Target::parse("50/乡镇").ok());  // only a catalogue unit divides
}

TEST(TargetGrammarI15, AQuantityStatedInASentence) {
  const Parsed<Target> p = Target::parse("每人每月补助标准为300元");
  ASSERT_TRUE(p.ok()) << first_message(p);
  EXPECT_EQ(p.value().to_string(), "=300元");
  EXPECT_EQ(p.value().raw(), "每人每月补助标准为300元");  // the sentence is kept
  ASSERT_TRUE(has_code(p, "jixiao.target.sentence"));
  EXPECT_EQ(p.diagnostics().front().text, "每人每月补助标准");
  expect_value("补助标准为每人每年3300元", Comparator::eq, "3300", "元");
  expect_value("人均补贴标准不低于1500元", Comparator::ge, "1500", "元");
  // A sentence that states no per-head standard is still reported, never guessed.
  EXPECT_FALSE(Target::parse("完成率达到95%").ok());
  EXPECT_FALSE(Target::parse("完成率≥95%").ok());
}

TEST(TargetGrammarI15, TheEqualsSignFamilyWithSpaces) {
  expect_value("＝ 100%", Comparator::eq, "100", "%");
  expect_value("﹦ 100%", Comparator::eq, "100", "%");
  expect_value("═ 95 %", Comparator::eq, "95", "%");
  expect_value("﹦100人", Comparator::eq, "100", "人");
}

TEST(TargetGrammarI15, TwoBoundsJoinedByQieAreARange) {
  const Target t = read("≥20%且≤30%");
  ASSERT_EQ(t.kind(), TargetKind::range);
  EXPECT_EQ(t.lo().value, Decimal(20));
  EXPECT_EQ(t.hi().value, Decimal(30));
  EXPECT_EQ(t.to_string(), "20%–30%");
  EXPECT_EQ(read("≤30%并且≥20%"), t);
  EXPECT_EQ(read("不低于20%，且不高于30%"), t);
  EXPECT_EQ(read("≥20且≤30%"), t);
  EXPECT_FALSE(Target::parse(">20%且<30%").ok());    // open bounds are not a range
  EXPECT_FALSE(Target::parse("≥30%且≤20%").ok());    // upside down
  EXPECT_FALSE(Target::parse("≥20%且≤30万元").ok());  // two units
  EXPECT_FALSE(Target::parse("≥20%且≥30%").ok());    // two lower bounds
}

TEST(TargetGrammarI15, ADeclaredYear) {
  const Target t = read("2024年度");
  ASSERT_EQ(t.kind(), TargetKind::deadline);
  EXPECT_EQ(t.deadline().iso(), "2024-12-31");
  EXPECT_EQ(read("2024年度内完成"), t);
  EXPECT_EQ(read("2024年全年"), t);  // held-out 104: `2021年全年`, the whole year
}

TEST(TargetGrammarI15, ApproximateNumbersAreFlaggedLowerBounds) {
  for (const char* text : {"100余人", "100多人", "≥100余人"}) {
    const Parsed<Target> p = Target::parse(text);
    ASSERT_TRUE(p.ok()) << text << ": " << first_message(p);
    EXPECT_EQ(p.value().op(), Comparator::ge) << text;
    EXPECT_EQ(p.value().quantity().unit.symbol(), "人") << text;  // not a unit 余人
    EXPECT_EQ(p.value().to_string(), "≥100人") << text;
    ASSERT_TRUE(has_code(p, "jixiao.target.approximate")) << text;
    EXPECT_NE(p.diagnostics().front().message.find("≥ 100"), std::string::npos);
    read(text);
  }
  expect_value("30余万元", Comparator::ge, "30", "万元");
  const Parsed<Target> split = Target::parse("100余", "人");  // a unit column keeps the flag
  ASSERT_TRUE(split.ok()) << first_message(split);
  EXPECT_TRUE(has_code(split, "jixiao.target.approximate"));
  EXPECT_FALSE(Target::parse("≤100余人").ok());       // an upper bound cannot be approximate
  EXPECT_FALSE(Target::parse("100余-200人").ok());    // nor a range end
  // nor marked twice, nor a range end: a unit `多` would write `≥20多` (or `20多–40多`)
  // and read back as the marker
  for (const char* text : {"20多多", "20余多人", "20多余", "20~40多", "20-40余人"}) {
    const Parsed<Target> twice = Target::parse(text);
    EXPECT_FALSE(twice.ok()) << text;
    EXPECT_TRUE(has_code(twice, "jixiao.target.bad_unit")) << text;
  }
  // A unit ending in `*` joins nothing (`2以*内`: `以*` before 内 read as a unit, whose
  // canonical `≤2以*` reads as a placeholder); `元/人*月` keeps its `*`.
  EXPECT_FALSE(Target::parse("2以*内").ok());
  EXPECT_EQ(Target::parse("≤30元/人*月").value().to_string(), "≤30元/人*月");
  EXPECT_TRUE(Target::parse("≥100人").value().to_string() == "≥100人");
  EXPECT_TRUE(Target::parse("≥100人").diagnostics().empty());
}

}  // namespace
