// Target::parse: the accepted spellings of DOMAIN.md §3 / domain-sources.md §3.3, split
// cells and unit columns, and every rejection class of issue 3 with its position.
#include <jixiao/target.hpp>

#include <gtest/gtest.h>

#include <string>

namespace {

using jixiao::Comparator;
using jixiao::Decimal;
using jixiao::Deadline;
using jixiao::Parsed;
using jixiao::QualitativeCategory;
using jixiao::Target;
using jixiao::TargetKind;

Decimal dec(const char* text) { return Decimal::parse(text).value(); }

std::string first_message(const Parsed<Target>& p) {
  return p.diagnostics().empty() ? std::string("(none)") : p.diagnostics().front().message;
}

void expect_comparison(const char* text, Comparator op, const char* value, const char* unit_symbol) {
  const Parsed<Target> p = Target::parse(text);
  ASSERT_TRUE(p.ok()) << text << ": " << first_message(p);
  const Target& t = p.value();
  EXPECT_EQ(t.kind(), TargetKind::comparison) << text;
  EXPECT_EQ(t.op(), op) << text << " gave " << jixiao::to_string(t.op());
  EXPECT_TRUE(t.quantity().value.identical(dec(value))) << text << " gave " << t.quantity().value;
  EXPECT_EQ(t.quantity().unit.symbol(), unit_symbol) << text;
  EXPECT_EQ(t.raw(), text);
}

TEST(TargetParse, ComparatorSymbols) {
  expect_comparison("≥95%", Comparator::ge, "95", "%");
  expect_comparison("≧300人", Comparator::ge, "300", "人");
  expect_comparison(">=21933人", Comparator::ge, "21933", "人");
  expect_comparison("＞＝１", Comparator::ge, "1", "");
  expect_comparison("≤90万元", Comparator::le, "90", "万元");
  expect_comparison("≦1000元/人", Comparator::le, "1000", "元/人");
  expect_comparison("<=475元/亩", Comparator::le, "475", "元/亩");
  expect_comparison(">92%", Comparator::gt, "92", "%");
  expect_comparison("<5%", Comparator::lt, "5", "%");
  expect_comparison("=100%", Comparator::eq, "100", "%");
  expect_comparison("＝１００％", Comparator::eq, "100", "%");
}

TEST(TargetParse, ComparatorWords) {
  // 以上/以下/以内 include the number, 超过/不满 exclude it (民法典 第1259条).
  expect_comparison("95%以上", Comparator::ge, "95", "%");
  expect_comparison("60%及以上", Comparator::ge, "60", "%");
  expect_comparison("10%以下", Comparator::le, "10", "%");
  expect_comparison("5%以内", Comparator::le, "5", "%");
  expect_comparison("不超过90万元", Comparator::le, "90", "万元");
  expect_comparison("不高于5%", Comparator::le, "5", "%");
  expect_comparison("最多3次", Comparator::le, "3", "次");
  expect_comparison("超过5次", Comparator::gt, "5", "次");
  expect_comparison("高于80%", Comparator::gt, "80", "%");
  expect_comparison("大于3", Comparator::gt, "3", "");
  expect_comparison("不满18周岁", Comparator::lt, "18", "周岁");
  expect_comparison("低于5%", Comparator::lt, "5", "%");
  expect_comparison("少于3次", Comparator::lt, "3", "次");
  expect_comparison("小于2%", Comparator::lt, "2", "%");
  expect_comparison("不低于95%", Comparator::ge, "95", "%");
  expect_comparison("不少于10次", Comparator::ge, "10", "次");
  expect_comparison("达到100%", Comparator::ge, "100", "%");
  expect_comparison("大于等于90%", Comparator::ge, "90", "%");
  expect_comparison("至少2场", Comparator::ge, "2", "场");
  expect_comparison("为100%", Comparator::eq, "100", "%");
  expect_comparison("≥95%以上", Comparator::ge, "95", "%");  // the same bound twice agrees
}

TEST(TargetParse, BareValuesAreEquality) {
  expect_comparison("100%", Comparator::eq, "100", "%");
  expect_comparison("4次", Comparator::eq, "4", "次");
  expect_comparison("0起", Comparator::eq, "0", "起");
  expect_comparison("28.40万元", Comparator::eq, "28.40", "万元");
  expect_comparison("1,000人", Comparator::eq, "1000", "人");
  expect_comparison("10萬元", Comparator::eq, "10", "万元");
  expect_comparison("2km", Comparator::eq, "2", "公里");
  expect_comparison("375万平方米", Comparator::eq, "375", "万平方米");
  expect_comparison("88100", Comparator::eq, "88100", "");  // context: parsed literally
  expect_comparison("290%", Comparator::eq, "290", "%");    // context: a rule judges it
}

TEST(TargetParse, SpacesAndFullWidthAnywhere) {
  expect_comparison("≥ 95 %", Comparator::ge, "95", "%");
  expect_comparison("> = 5", Comparator::ge, "5", "");
  expect_comparison("　≥９５％　", Comparator::ge, "95", "%");
  expect_comparison("不低于 95 %", Comparator::ge, "95", "%");
}

TEST(TargetParse, NotesAndQualifiersAroundAValue) {
  expect_comparison("100%(历史标准)", Comparator::eq, "100", "%");
  expect_comparison("90%（计划标准）", Comparator::eq, "90", "%");
  expect_comparison("100%達(dá)標(biāo)", Comparator::eq, "100", "%");
  expect_comparison("3天内完成", Comparator::le, "3", "天");
  expect_comparison("平均每生每年3300元", Comparator::eq, "3300", "元");
  expect_comparison("人均1200元", Comparator::eq, "1200", "元");
}

// A whole number of 年 in 1900..2100 that reaches the number grammar is in doubt: its
// canonical spelling (≤2021年) is a deadline (fuzz finding: +2021年内).
TEST(TargetParse, CalendarYearsOutsideTheDateGrammarAreInDoubt) {
  for (const char* text : {"+2021年内", "≥2021年", "2000-2100年"}) {
    const auto p = Target::parse(text);
    ASSERT_FALSE(p.ok()) << text;
    EXPECT_EQ(p.diagnostics().front().code, "jixiao.target.year_or_years") << text;
  }
  EXPECT_FALSE(Target::parse_cells("2021 | 年").ok());
  expect_comparison("+20年内", Comparator::le, "20", "年");
  expect_comparison("≥5年", Comparator::ge, "5", "年");
  EXPECT_EQ(Target::parse("2021年").value().kind(), TargetKind::deadline);
}

// A unit in parentheses right after the number is the unit, not a note to drop
// (found by running the parser over common table spellings: ≥90（%） read as ≥90).
TEST(TargetParse, UnitInParenthesesAfterTheNumber) {
  expect_comparison("≥90（%）", Comparator::ge, "90", "%");
  expect_comparison("≥90(%)", Comparator::ge, "90", "%");
  expect_comparison("100(万元)", Comparator::eq, "100", "万元");
  expect_comparison("5 ( 个 )", Comparator::eq, "5", "个");
  expect_comparison("90(%)以上", Comparator::ge, "90", "%");
  expect_comparison("3(次/年)", Comparator::eq, "3", "次/年");
  // After a unit, or holding no unit, parentheses stay a note.
  expect_comparison("90%(%)", Comparator::eq, "90", "%");
  expect_comparison("100%(计划标准)", Comparator::eq, "100", "%");
}

TEST(TargetParse, Ranges) {
  auto range = [](const char* text, const char* lo, const char* hi, const char* unit) {
    const Parsed<Target> p = Target::parse(text);
    ASSERT_TRUE(p.ok()) << text << ": " << first_message(p);
    EXPECT_EQ(p.value().kind(), TargetKind::range) << text;
    EXPECT_EQ(p.value().lo().value, dec(lo)) << text;
    EXPECT_EQ(p.value().hi().value, dec(hi)) << text;
    EXPECT_EQ(p.value().lo().unit.symbol(), unit) << text;
    EXPECT_EQ(p.value().hi().unit.symbol(), unit) << text;
    EXPECT_FALSE(p.value().is_date_range());
  };
  range("90%-95%", "90", "95", "%");
  range("90-95%", "90", "95", "%");
  range("90%～95%", "90", "95", "%");
  range("90%至95%", "90", "95", "%");
  range("18—54周岁", "18", "54", "周岁");
  range("±3%以内", "-3", "3", "%");
  range("±3%", "-3", "3", "%");
}

TEST(TargetParse, Deadlines) {
  auto deadline = [](const char* text, const char* iso, bool every_year = false) {
    const Parsed<Target> p = Target::parse(text);
    ASSERT_TRUE(p.ok()) << text << ": " << first_message(p);
    ASSERT_EQ(p.value().kind(), TargetKind::deadline) << text;
    EXPECT_EQ(p.value().op(), Comparator::le);
    EXPECT_EQ(p.value().deadline().iso(), iso) << text;
    EXPECT_EQ(p.value().deadline().every_year, every_year) << text;
  };
  deadline("2021年12月31日", "2021-12-31");
  deadline("12月底前", "--12-31");
  deadline("2025年10月底前", "2025-10-31");
  deadline("每年12月底前", "--12-31", true);
  deadline("2021.12", "2021-12-31");
  deadline("11月底完成", "--11-30");
  deadline("2023年12月前", "2023-12-31");
  deadline("2019年12月(计划标准)", "2019-12-31");
  deadline("2024年2月底", "2024-02-29");
  deadline("2023年2月底", "2023-02-28");
  deadline("2月底前", "--02-28");
  deadline("2021年底前", "2021-12-31");
  deadline("2025年年底前", "2025-12-31");  // the year written twice (a 2025 project form)
  deadline("年底前", "--12-31");
  deadline("2022年6月30日之前完成", "2022-06-30");
  deadline("2021-12-31", "2021-12-31");
}

TEST(TargetParse, DateRanges) {
  const Parsed<Target> p = Target::parse("2021年1月-12月");
  ASSERT_TRUE(p.ok()) << first_message(p);
  EXPECT_EQ(p.value().kind(), TargetKind::range);
  ASSERT_TRUE(p.value().is_date_range());
  EXPECT_EQ(p.value().start().iso(), "2021-01-01");
  EXPECT_EQ(p.value().deadline().iso(), "2021-12-31");
  const Parsed<Target> q = Target::parse("2021年1-6月");
  ASSERT_TRUE(q.ok()) << first_message(q);
  EXPECT_EQ(q.value().deadline().iso(), "2021-06-30");
  EXPECT_FALSE(Target::parse("2021年12月-2021年1月").ok());  // ends before it starts
}

TEST(TargetParse, Compound) {
  const Parsed<Target> p = Target::parse("工业90%以上，商贸服务业80%以上");
  ASSERT_TRUE(p.ok()) << first_message(p);
  const Target& t = p.value();
  ASSERT_EQ(t.kind(), TargetKind::compound);
  ASSERT_EQ(t.parts().size(), 2u);
  EXPECT_EQ(t.parts()[0].label, "工业");
  EXPECT_EQ(t.parts()[0].op, Comparator::ge);
  EXPECT_EQ(t.parts()[0].quantity.value, Decimal(90));
  EXPECT_EQ(t.parts()[1].label, "商贸服务业");
  EXPECT_EQ(t.parts()[1].quantity.unit.symbol(), "%");
  EXPECT_EQ(t.to_string(), "工业≥90%，商贸服务业≥80%");
  const Parsed<Target> q = Target::parse("城镇≥95%；农村≥90%");
  ASSERT_TRUE(q.ok()) << first_message(q);
  EXPECT_EQ(q.value().parts().size(), 2u);
}

TEST(TargetParse, Qualitative) {
  struct Case {
    const char* text;
    QualitativeCategory category;
  } const cases[] = {
      {"是", QualitativeCategory::yes_no},
      {"否", QualitativeCategory::yes_no},
      {"达成年度指标", QualitativeCategory::achievement},
      {"部分达成", QualitativeCategory::achievement},
      {"优", QualitativeCategory::scale_word},
      {"较好", QualitativeCategory::scale_word},
      {"提高", QualitativeCategory::direction_up},
      {"有所提升", QualitativeCategory::direction_up},
      {"下降", QualitativeCategory::direction_down},
      {"减少", QualitativeCategory::direction_down},
      {"符合相关文件要求", QualitativeCategory::compliance},
      {"严格执行相关制度规定", QualitativeCategory::compliance},
      {"效果明显", QualitativeCategory::effect},
      {"有效", QualitativeCategory::effect},
      {"长期", QualitativeCategory::free_text},
  };
  for (const Case& c : cases) {
    const Parsed<Target> p = Target::parse(c.text);
    ASSERT_TRUE(p.ok()) << c.text << ": " << first_message(p);
    EXPECT_EQ(p.value().kind(), TargetKind::qualitative) << c.text;
    EXPECT_EQ(p.value().category(), c.category) << c.text << " gave " << jixiao::to_string(p.value().category());
    EXPECT_EQ(p.value().text(), c.text);
  }
  const Parsed<Target> marked = Target::parse("定性有效");
  ASSERT_TRUE(marked.ok());
  EXPECT_EQ(marked.value().text(), "有效");
  EXPECT_EQ(marked.value().category(), QualitativeCategory::effect);
}

TEST(TargetParse, SplitCells) {
  const Parsed<Target> a = Target::parse_cells("≥", "95", "%");
  ASSERT_TRUE(a.ok()) << first_message(a);
  EXPECT_EQ(a.value(), Target::parse("≥95%").value());
  const Parsed<Target> b = Target::parse_cells("≥ | 95 | %");
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b.value(), a.value());
  const Parsed<Target> c = Target::parse_cells("100 | %");
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c.value(), Target::parse("100%").value());
  const Parsed<Target> d = Target::parse_cells("% | ≥95%");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d.value(), a.value());
  const Parsed<Target> e = Target::parse_cells("定性 | 减少");
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(e.value().kind(), TargetKind::qualitative);
  EXPECT_EQ(e.value().category(), QualitativeCategory::direction_down);
  const Parsed<Target> f = Target::parse_cells("≤", "30", "万元");
  ASSERT_TRUE(f.ok());
  EXPECT_EQ(f.value().to_string(), "≤30万元");
  // A comparator cell that contradicts the value is an error, not a choice.
  EXPECT_FALSE(Target::parse_cells("≤", "≥30", "万元").ok());
  EXPECT_FALSE(Target::parse_cells("大约", "30", "万元").ok());
}

TEST(TargetParse, UnitColumn) {
  const Parsed<Target> a = Target::parse("95", "%");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a.value(), Target::parse("95%").value());
  const Parsed<Target> b = Target::parse("30", "万元");
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b.value().quantity().unit.symbol(), "万元");
  const Parsed<Target> c = Target::parse("90%", "％");  // the same unit twice agrees
  ASSERT_TRUE(c.ok());
  const Parsed<Target> d = Target::parse("28.8萬元", "%");
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.diagnostics().front().code, "jixiao.target.conflicting_units");
  EXPECT_FALSE(Target::parse_cells("28.8萬元 | %").ok());
}

struct Rejection {
  const char* text;
  const char* code;
  const char* offending;  // the diagnostic's text
  std::size_t column;
};

class TargetRejects : public ::testing::TestWithParam<Rejection> {};

TEST_P(TargetRejects, WithPositionAndOffendingText) {
  const Rejection& r = GetParam();
  const Parsed<Target> p = Target::parse(r.text);
  ASSERT_FALSE(p.ok()) << r.text << " parsed as " << p.value().to_string();
  ASSERT_FALSE(p.diagnostics().empty());
  const auto& d = p.diagnostics().front();
  EXPECT_EQ(d.code, r.code) << r.text << ": " << d.message;
  EXPECT_EQ(d.text, r.offending) << r.text << ": " << d.message;
  EXPECT_EQ(d.column, r.column) << r.text << ": " << d.message;
  EXPECT_EQ(std::string(r.text).substr(d.offset, d.text.size()), d.text);
  EXPECT_NE(d.message.find(d.text), std::string::npos) << "the message names the offending text";
}

INSTANTIATE_TEST_SUITE_P(
    IssueClasses, TargetRejects,
    ::testing::Values(
        // template placeholders
        Rejection{"≥**%", "jixiao.target.placeholder", "**", 2},
        Rejection{"(≤**万元)", "jixiao.target.placeholder", "**", 3},
        Rejection{"≥X%", "jixiao.target.placeholder", "X", 2},
        // OCR garbage and fused cells whose shape is impossible as written
        Rejection{"290$290%", "jixiao.target.bad_character", "$", 4},
        Rejection{"80%^80%", "jixiao.target.bad_character", "^", 4},
        Rejection{"工5%", "jixiao.target.unexpected_text", "工", 1},
        Rejection{"M.8万元", "jixiao.target.bad_character", "M", 1},
        Rejection{"100%90%85%85%", "jixiao.target.fused_values", "90%85%85%", 5},
        Rejection{"250%5=50%", "jixiao.target.fused_values", "5=50%", 5},
        // a comparator or unit with no number
        Rejection{"≧ %", "jixiao.target.no_number", "≧", 1},
        Rejection{"公里", "jixiao.target.unit_only", "公里", 1},
        Rejection{"万亩", "jixiao.target.unit_only", "万亩", 1},
        // two numbers without a range separator
        Rejection{"= 44,561 44,561", "jixiao.target.two_numbers", "44,561 44,561", 3},
        Rejection{"44561 44561", "jixiao.target.two_numbers", "44561 44561", 1},
        // an indicator name in the value column
        Rejection{"发放时间达标率", "jixiao.target.indicator_name", "发放时间达标率", 1},
        // contradictions
        Rejection{"≥95%以下", "jixiao.target.conflicting_comparators", "≥95%以下", 1},
        Rejection{"95%-90%", "jixiao.target.bad_range", "95%-90%", 1},
        Rejection{"90%-95", "jixiao.target.bad_range", "%-95", 3},
        Rejection{"90%-95万元", "jixiao.target.conflicting_units", "%-95万元", 3},
        Rejection{"2021年13月", "jixiao.target.bad_date", "2021年13月", 1},
        Rejection{"2021年2月30日", "jixiao.target.bad_date", "2021年2月30日", 1},
        // shape in doubt
        Rejection{"5个乡镇", "jixiao.target.unexpected_text", "乡镇", 3},
        Rejection{"≥95%，≥90%", "jixiao.target.unlabelled_part", "≥95%", 1},
        Rejection{"", "jixiao.target.empty", "", 1}));

TEST(TargetParse, NeverThrowsOnOddBytes) {
  const std::string odd[] = {std::string("\xff\xfe", 2), std::string("95\x00%", 4), "≥", "%", "(", ")", "()", "--",
                             "9999999999999999999999", "0.0000000000000000001", "≥-", "±", "1,", ",1", "1.",
                             "每年", "至", "1至", "2021年1-", std::string(1000, '9'), std::string(600, '(')};
  for (const std::string& s : odd) {
    EXPECT_NO_THROW({
      const auto p = Target::parse(s);
      if (!p.ok()) {
        EXPECT_FALSE(p.diagnostics().empty());
      }
    }) << s;
  }
}

TEST(TargetParse, EnumerationCommaInsideAPerUnitAmount) {
  // `400元/人、天` is 400 元 per person and day (a 四川 transfer form), not two parts; the
  // same comma between two targets still separates them.
  const Parsed<Target> p = Target::parse("400元/人、天");
  ASSERT_TRUE(p.ok()) << first_message(p);
  EXPECT_EQ(p.value().kind(), TargetKind::comparison);
  EXPECT_EQ(p.value().quantity().value, Decimal(400));
  EXPECT_EQ(p.value().quantity().unit.dimension(), jixiao::Dimension::rate);
  EXPECT_EQ(p.value().to_string(), "=400元/人*天");
  EXPECT_FALSE(Target::parse("≥5次、≥3次").ok());  // two unlabelled parts, as before
  EXPECT_EQ(Target::parse("工业90%以上、商贸80%以上").value().kind(), TargetKind::compound);
}

TEST(TargetParse, CanonicalSpellingRoundTrips) {
  for (const char* text : {"≥95%", "≤90万元", "90%-95%", "±3%以内", "12月底前", "2021年12月31日", "每年12月底前",
                           "工业90%以上，商贸服务业80%以上", "效果明显", "2021年1月-12月", "≤12月", "1-12个月",
                           "28.40万元", "≥500元/人·月", "1.5万人次", "400元/人、天"}) {
    const Parsed<Target> p = Target::parse(text);
    ASSERT_TRUE(p.ok()) << text << ": " << first_message(p);
    const Parsed<Target> q = Target::parse(p.value().to_string());
    ASSERT_TRUE(q.ok()) << text << " -> " << p.value().to_string();
    EXPECT_EQ(q.value(), p.value()) << text << " -> " << p.value().to_string();
  }
  EXPECT_EQ(Target::parse("≥95％").value().to_string(), "≥95%");
  EXPECT_EQ(Target::parse("90%-95%").value().to_string(), "90%–95%");
  EXPECT_EQ(Target::parse("不超过90萬元").value().to_string(), "≤90万元");
}

TEST(TargetParse, Direction) {
  EXPECT_EQ(Target::parse("≥95%").value().direction(), jixiao::Direction::positive);
  EXPECT_EQ(Target::parse("超过5次").value().direction(), jixiao::Direction::positive);
  EXPECT_EQ(Target::parse("≤90万元").value().direction(), jixiao::Direction::negative);
  EXPECT_EQ(Target::parse("12月底前").value().direction(), jixiao::Direction::negative);
  EXPECT_EQ(Target::parse("100%").value().direction(), jixiao::Direction::equal);
  EXPECT_EQ(Target::parse("90%-95%").value().direction(), jixiao::Direction::equal);
  EXPECT_EQ(Target::parse("有效").value().direction(), jixiao::Direction::none);
}

TEST(Deadline, Iso) {
  Deadline d;
  d.year = 2021;
  d.month = 3;
  d.day = 5;
  EXPECT_EQ(d.iso(), "2021-03-05");
  d.year.reset();
  EXPECT_EQ(d.iso(), "--03-05");
}

}  // namespace
