// Issue 18: values that cannot disagree with their text, money with its unit, and forms
// built in code checked as the loader checks files.
#include <jixiao/io/form_io.hpp>
#include <jixiao/rules.hpp>

#include <gtest/gtest.h>

#include <algorithm>

namespace jixiao {
namespace {

Decimal dec(const char* text) { return Decimal::parse(text).value(); }

std::vector<std::string> ids(const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  for (const auto& f : findings) out.push_back(f.rule_id + " " + f.location.path);
  return out;
}

bool has(const std::vector<Finding>& findings, const std::string& id, const std::string& path) {
  return std::any_of(findings.begin(), findings.end(),
                     [&](const Finding& f) { return f.rule_id == id && f.location.path == path; });
}

// The reading always follows the text: a host cannot hold `≥99%` read as 95%.
TEST(TargetValue, ReadingFollowsTheText) {
  const TargetValue v("≥99%");
  ASSERT_TRUE(v.target());
  EXPECT_EQ(v.target()->quantity().value, Decimal(99));
  EXPECT_EQ(v.target()->op(), Comparator::ge);
  TargetValue changed = v;
  changed = TargetValue("≥95%");
  EXPECT_EQ(changed.text(), "≥95%");
  EXPECT_EQ(changed.target()->quantity().value, Decimal(95));
  // From a Target, the text is its canonical spelling, which reads back as the same target.
  const TargetValue from_target(Target::parse("不低于95%").value());
  EXPECT_EQ(from_target.text(), Target::parse("不低于95%")->to_string());
  EXPECT_EQ(TargetValue(from_target.text()), from_target);
}

TEST(TargetValue, UnparseableTextIsKeptWithoutAReadingAndWithItsReason) {
  std::vector<Diagnostic> why;
  const TargetValue v = TargetValue::read("≥**%", "", why);
  EXPECT_EQ(v.text(), "≥**%");
  EXPECT_TRUE(v.present());
  EXPECT_FALSE(v.target());
  EXPECT_FALSE(why.empty());
  EXPECT_FALSE(TargetValue().present());
}

TEST(TargetValue, UnitColumnIsPartOfTheReading) {
  Indicator ind = Indicator::make("产出指标", "数量指标", "培训人数", "≥100", "人");
  ASSERT_TRUE(ind.annual_target.target());
  EXPECT_EQ(ind.annual_target.target()->quantity().unit.symbol(), "人");
  ind.set_unit("人次");  // the targets are read again with the new column
  EXPECT_EQ(ind.annual_target.target()->quantity().unit.symbol(), "人次");
}

TEST(ExpectedResult, OnlyAMeasurableReadingIsKept) {
  EXPECT_TRUE(ExpectedResult("≥10次").target());
  EXPECT_FALSE(ExpectedResult("及时反馈企业提出的问题").target());
  EXPECT_EQ(ExpectedResult("≥10次").text(), "≥10次");
  const KeyTask t = KeyTask::make("走访", "经费", dec("30.00"), "≥10次");
  EXPECT_EQ(t.expected_result.target()->quantity().value, Decimal(10));
}

TEST(MoneyUnit, KeysNamesAndExactConversion) {
  EXPECT_EQ(from_string<MoneyUnit>("万元"), MoneyUnit::wan_yuan);
  EXPECT_EQ(from_string<MoneyUnit>(" 元 "), MoneyUnit::yuan);
  EXPECT_EQ(from_string<MoneyUnit>("yi_yuan"), MoneyUnit::yi_yuan);
  EXPECT_FALSE(from_string<MoneyUnit>("千元"));
  EXPECT_STREQ(to_string(MoneyUnit::wan_yuan), "wan_yuan");
  EXPECT_STREQ(chinese_name(MoneyUnit::yi_yuan), "亿元");
  // 3,000,000 元 is 300 万元 with every digit kept; 500 万元 is 5,000,000 元.
  EXPECT_TRUE(convert(dec("3000000"), MoneyUnit::yuan, MoneyUnit::wan_yuan)->identical(dec("300.0000")));
  EXPECT_TRUE(convert(dec("500.00"), MoneyUnit::wan_yuan, MoneyUnit::yuan)->identical(dec("5000000.00")));
  EXPECT_EQ(*convert(dec("1.5"), MoneyUnit::yi_yuan, MoneyUnit::wan_yuan), Decimal(15000));
  EXPECT_EQ(*convert(dec("0.01"), MoneyUnit::yuan, MoneyUnit::yi_yuan), dec("0.0000000001"));
  // Beyond 18 digits there is no exact answer: nothing, never a rounded one.
  EXPECT_FALSE(convert(dec("0.000000000000000001"), MoneyUnit::yuan, MoneyUnit::wan_yuan));
  EXPECT_FALSE(convert(dec("999999999999999999"), MoneyUnit::yi_yuan, MoneyUnit::yuan));
}

TEST(MoneyUnit, MixedLinesAddUpConvertedNeverMislabelled) {
  BudgetBreakdown b;
  b.lines = {BudgetLine::make("基本支出", dec("3000000"), "元"), BudgetLine::make("项目支出", dec("500"), "万元")};
  EXPECT_TRUE(b.mixes_units());
  ASSERT_TRUE(b.lines_total());
  EXPECT_EQ(*b.lines_total(), Decimal(800));  // was 3000500 "万元"
  b.unit = MoneyUnit::yuan;
  EXPECT_EQ(*b.lines_total(), Decimal(8000000));
  b.lines.push_back(BudgetLine::make("其他", dec("1"), "美元"));
  EXPECT_FALSE(b.lines_total());  // an unknown unit is never added in
  EXPECT_EQ(b.lines.back().unit.text(), "美元");
  EXPECT_FALSE(b.lines.back().unit.known());
}

TEST(Builders, ClassifyAsTheLoaderDoes) {
  const BudgetLine line = BudgetLine::make("其中：财政拨款", dec("800.00"));
  EXPECT_EQ(line.category, BudgetCategory::fiscal_appropriation);
  EXPECT_EQ(line.unit, AmountUnit(MoneyUnit::wan_yuan));
  const Indicator ind = Indicator::make("效益指标", "社会效益指标", "营商环境", "显著提升");
  EXPECT_EQ(ind.level1, Level1::benefit);
  EXPECT_EQ(ind.level2, Level2::social_benefit);
  EXPECT_EQ(ind.annual_target.target()->kind(), TargetKind::qualitative);
  EXPECT_EQ(Indicator::make("产出指示", "数量", "x", "1次").level1, Level1::unknown);
}

PerformanceForm built() {
  PerformanceForm f;
  f.unit_name = "示例单位";
  BudgetBreakdown e;
  e.kind = BreakdownKind::expenditure;
  e.title = "部门预算支出";
  e.lines = {BudgetLine::make("基本支出", dec("500.00")), BudgetLine::make("项目支出", dec("300.00"))};
  e.declared_total = dec("800.00");
  f.budget.breakdowns = {e};
  f.key_tasks = {KeyTask::make("走访", "经费", dec("100.00"), "≥10次")};
  f.indicators = {Indicator::make("产出指标", "数量指标", "走访次数", "≥60次"),
                  Indicator::make("满意度指标", "服务对象满意度指标", "满意度", "≥95%")};
  return f;
}

TEST(ValidateForm, ACleanBuiltFormHasNothingToReport) {
  EXPECT_TRUE(io::validate_form(built()).empty()) << ::testing::PrintToString(ids(io::validate_form(built())));
}

// A bad target and an unknown unit are reported as the loader reports the same file.
TEST(ValidateForm, ReportsWhatTheLoaderReports) {
  PerformanceForm f = built();
  f.indicators[1] = Indicator::make("满意度指标", "服务对象满意度指标", "满意度", "≥**%");
  f.budget.breakdowns[0].lines[1] = BudgetLine::make("项目支出", dec("300.00"), "千元");
  const auto built_findings = io::validate_form(f);
  const auto loaded = io::load_form_from_string(io::save_form_to_string(f, io::Format::json), io::Format::json);
  ASSERT_TRUE(loaded.value);
  EXPECT_EQ(ids(built_findings), ids(loaded.findings));
  EXPECT_TRUE(has(built_findings, "JX-IO016", "/indicators/1/annual_target"));
  EXPECT_TRUE(has(built_findings, "JX-IO025", "/budget/breakdowns/0/lines/1/unit"));
  for (const auto& x : built_findings) EXPECT_FALSE(x.location.source) << x.render(Lang::en);
  // The unknown unit is kept as written, not dropped or guessed.
  EXPECT_EQ(loaded.value->budget.breakdowns[0].lines[1].unit.text(), "千元");
  EXPECT_EQ(*loaded.value, f);
  // And the review reports it for both alike.
  const Report review = RuleSet::builtin().check(f);
  EXPECT_TRUE(has(review.findings(), "JX-B011", "/budget/breakdowns/0/lines/1/unit"));
  EXPECT_TRUE(has(review.findings(), "JX-C004", "/indicators/1/annual_target"));
}

TEST(ValidateForm, ReportsAReadingMadeWithAnotherUnitColumn) {
  PerformanceForm f = built();
  f.indicators[0] = Indicator::make("产出指标", "数量指标", "走访次数", "≥60", "次");
  f.indicators[0].unit = "人";  // bypasses set_unit: the file would read ≥60人
  const auto findings = io::validate_form(f);
  EXPECT_TRUE(has(findings, "JX-IO026", "/indicators/0/annual_target")) << ::testing::PrintToString(ids(findings));
}

TEST(FormFile, MoneyUnitsRoundTripAndOldFilesLoad) {
  PerformanceForm f = built();
  f.budget.breakdowns[0].unit = MoneyUnit::yuan;
  f.budget.breakdowns[0].lines[0].unit = MoneyUnit::yuan;
  f.budget.breakdowns[0].declared_total = dec("5000000.00");
  for (const auto format : {io::Format::json, io::Format::xml, io::Format::info}) {
    const auto back = io::load_form_from_string(io::save_form_to_string(f, format), format);
    ASSERT_TRUE(back.ok()) << format;
    EXPECT_EQ(*back.value, f) << io::first_difference(*back.value, f);
  }
  const auto old = io::load_form_from_string(
      R"({"schema": "jixiao.form/1", "kind": "department", "unit_name": "x", "budget": {"breakdowns": [
          {"kind": "expenditure", "title": "t", "declared_total": "1", "lines": [
          {"name": "基本支出", "amount": "1", "unit": "万元"}]}]}})",
      io::Format::json);
  ASSERT_TRUE(old.ok());
  EXPECT_EQ(old.value->budget.breakdowns[0].unit, MoneyUnit::wan_yuan);
  EXPECT_EQ(old.value->budget.breakdowns[0].lines[0].unit, AmountUnit(MoneyUnit::wan_yuan));
}

}  // namespace
}  // namespace jixiao
