// The model's value semantics: equality, lookups, totals and printing.
#include <jixiao/form.hpp>

#include <gtest/gtest.h>

#include <sstream>

namespace jixiao {
namespace {

Decimal dec(const char* text) { return Decimal::parse(text).value(); }

PerformanceForm small_form() {
  PerformanceForm form;
  form.unit_name = "测试单位";
  BudgetBreakdown expenditure{BreakdownKind::expenditure, "部门预算支出", std::nullopt, {}};
  expenditure.lines.push_back({BudgetCategory::basic_expenditure, "基本支出", dec("966.36"), MoneyUnit::wan_yuan, std::nullopt});
  expenditure.lines.push_back({BudgetCategory::project_expenditure, "项目支出", dec("1025.93"), MoneyUnit::wan_yuan, std::nullopt});
  form.budget.breakdowns.push_back(expenditure);
  form.key_tasks.push_back(KeyTask::make("甲", "经费", dec("30.00"), "≥10次"));
  form.key_tasks.push_back(KeyTask::make("乙", "经费", std::nullopt, "文字"));
  form.key_tasks.push_back(KeyTask::make("丙", "经费", dec("0.5"), "文字"));
  form.other_tasks.push_back({"拟投入资金：4（万元）", dec("4"), "万元"});
  Indicator ind;
  ind.level1 = Level1::output;
  ind.level1_text = "产出指标";
  ind.name = "走访次数";
  ind.annual_target = TargetValue("≥50次");
  form.indicators.push_back(ind);
  form.metadata.emplace_back("source", "test");
  return form;
}

TEST(Model, LookupsAndTotals) {
  const PerformanceForm form = small_form();
  EXPECT_EQ(form.budget.amount_of(BudgetCategory::project_expenditure), dec("1025.93"));
  EXPECT_EQ(form.budget.amount_of(BudgetCategory::fiscal_appropriation), std::nullopt);
  ASSERT_NE(find_breakdown(form.budget, BreakdownKind::expenditure), nullptr);
  EXPECT_EQ(find_breakdown(form.budget, BreakdownKind::income), nullptr);
  EXPECT_EQ(form.budget.find(BreakdownKind::expenditure)->lines_total(), dec("1992.29"));
  EXPECT_TRUE(form.key_tasks_total().identical(dec("30.50")));
  EXPECT_EQ(form.other_tasks_total(), dec("4"));
  ASSERT_NE(form.metadata_value("source"), nullptr);
  EXPECT_EQ(*form.metadata_value("source"), "test");
  EXPECT_EQ(form.metadata_value("missing"), nullptr);
}

TEST(Model, EqualityNoticesEveryKindOfChange) {
  const PerformanceForm a = small_form();
  EXPECT_EQ(a, small_form());
  PerformanceForm b = a;
  b.budget.breakdowns[0].lines[1].amount = dec("1025.94");
  EXPECT_NE(a, b);
  b = a;
  b.indicators[0].annual_target = TargetValue("≥51次");
  EXPECT_NE(a, b);
  b = a;
  b.indicators[0].level2 = Level2::quantity;
  EXPECT_NE(a, b);
  b = a;
  b.stage = FormStage::self_evaluation;
  EXPECT_NE(a, b);
  b = a;
  b.metadata.emplace_back("x", "y");
  EXPECT_NE(a, b);
  b = a;
  b.key_tasks[1].planned_funds = Decimal(0);
  EXPECT_NE(a, b);
  b = a;  // same value, other scale: equal by value
  b.budget.breakdowns[0].lines[0].amount = dec("966.360");
  EXPECT_EQ(a, b);
}

TEST(Model, CategoryNamesAndKeys) {
  EXPECT_EQ(from_string<BudgetCategory>("基本支出"), BudgetCategory::basic_expenditure);
  EXPECT_EQ(from_string<BudgetCategory>("其中：财政拨款"), BudgetCategory::fiscal_appropriation);
  EXPECT_EQ(from_string<BudgetCategory>("其中:本年财政拨款"), BudgetCategory::fiscal_appropriation);
  EXPECT_EQ(from_string<BudgetCategory>("上年结转 资金"), BudgetCategory::carryover);
  EXPECT_EQ(from_string<BudgetCategory>("carryover"), BudgetCategory::carryover);
  EXPECT_EQ(from_string<BudgetCategory>("年度资金总额"), std::nullopt);
  EXPECT_EQ(from_string<BudgetCategory>(""), std::nullopt);
  EXPECT_STREQ(chinese_name(BudgetCategory::transfer_to_lower_level), "拟用于对下转移支付资金");
  EXPECT_EQ(from_string<BreakdownKind>(to_string(BreakdownKind::level)), BreakdownKind::level);
  EXPECT_EQ(from_string<Nature>("定量"), Nature::quantitative);
  EXPECT_EQ(from_string<Basis>("行业标准"), Basis::industry);
  EXPECT_EQ(from_string<Basis>("industry"), Basis::industry);
  EXPECT_EQ(from_string<Basis>("好标准"), std::nullopt);
  EXPECT_EQ(from_string<FormStage>("self_evaluation"), FormStage::self_evaluation);
  EXPECT_EQ(from_string<FormKind>("Project"), std::nullopt);
}

TEST(Model, PrintsEnoughToSeeADifference) {
  std::ostringstream out;
  out << small_form();
  const std::string text = out.str();
  EXPECT_NE(text.find("1025.93"), std::string::npos);
  EXPECT_NE(text.find("走访次数"), std::string::npos);
  EXPECT_NE(text.find("output/unknown"), std::string::npos);
  EXPECT_NE(text.find("metadata source = test"), std::string::npos);
  Indicator unparsed = small_form().indicators[0];
  unparsed.annual_target = TargetValue("≥**次");
  std::ostringstream none;
  none << unparsed;
  EXPECT_NE(none.str().find("\"≥**次\" (unparsed)"), std::string::npos) << none.str();
  const Indicator parsed = small_form().indicators[0];
  std::ostringstream one;
  one << parsed;
  EXPECT_NE(one.str().find("annual=\"≥50次\" = ≥50次"), std::string::npos) << one.str();
}

// A target cell keeps why its text did not parse (JX-C002 and JX-C005 read it there
// instead of parsing the text again).
TEST(TargetValueTest, KeepsItsFirstDiagnostic) {
  const TargetValue unit_only("公里");
  ASSERT_NE(unit_only.first_diagnostic(), nullptr);
  EXPECT_EQ(unit_only.first_diagnostic()->code, "jixiao.target.unit_only");
  std::vector<Diagnostic> all;
  const TargetValue read = TargetValue::read("≥**次", "", all);
  ASSERT_NE(read.first_diagnostic(), nullptr);
  ASSERT_FALSE(all.empty());
  EXPECT_EQ(*read.first_diagnostic(), all.front());
  const TargetValue copy = read;
  EXPECT_EQ(copy.first_diagnostic(), read.first_diagnostic());
  EXPECT_EQ(TargetValue("≥95%").first_diagnostic(), nullptr);
  EXPECT_EQ(TargetValue("95", "%").first_diagnostic(), nullptr);
  EXPECT_EQ(TargetValue().first_diagnostic(), nullptr);
  EXPECT_EQ(TargetValue(Target::parse("≥95%").value()).first_diagnostic(), nullptr);
}

}  // namespace
}  // namespace jixiao
