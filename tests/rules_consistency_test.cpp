// JX-Q013–JX-Q022 (issue 20): each rule fires on a row built to break it and stays quiet
// on the near misses a sound form has (a cost ceiling in 万元, a rate at =100%, a measured
// actual, a reason given, totals that add up within rounding).
#include <gtest/gtest.h>

#include "rules_support.hpp"

namespace jixiao {
namespace {

using test::block;
using test::d;
using test::indicator;
using test::line;
using test::of;
using test::task;

// A project form spending 100 万元 with the given indicator rows.
PerformanceForm project(std::vector<Indicator> rows) {
  PerformanceForm f;
  f.kind = FormKind::project;
  f.unit_name = "测试单位";
  f.budget.breakdowns = {
      block(BreakdownKind::project_funds, "资金总额", {line(BudgetCategory::fiscal_appropriation, "财政拨款", "100")})};
  f.indicators = std::move(rows);
  return f;
}

Indicator cost(const std::string& name, const std::string& target) {
  return indicator(Level1::output, Level2::cost, name, "", target);
}

Indicator row(Level2 l2, const std::string& name, const std::string& target) {
  const Level1 l1 = l2 == Level2::satisfaction                                         ? Level1::satisfaction
                    : (l2 == Level2::social_benefit || l2 == Level2::economic_benefit) ? Level1::benefit
                                                                                       : Level1::output;
  return indicator(l1, l2, name, "", target);
}

// A self-evaluation row with its actual, weight, score and reason.
Indicator evaluated(const std::string& name, const std::string& target, const std::string& actual,
                    const char* weight = nullptr, const char* score = nullptr, const std::string& reason = "") {
  Indicator i = row(Level2::quantity, name, target);
  i.actual = actual;
  if (weight != nullptr) i.weight = d(weight);
  if (score != nullptr) i.score = d(score);
  i.deviation_reason = reason;
  return i;
}

std::vector<Finding> run(const PerformanceForm& f, const std::string& id) {
  return of(RuleSet::builtin().check(f), id);
}

bool has_path(const std::vector<Finding>& findings, const std::string& path) {
  for (const auto& f : findings) {
    if (f.location.path == path) return true;
  }
  return false;
}

TEST(CostRules, CostWithoutMoneyIsReportedAndAMoneyCeilingIsNot) {
  auto f =
      project({cost("项目成本超支率", "≤0%"), cost("种薯采购价格不高于市场价", "是"), cost("项目总成本", "≤100万元"),
               cost("人均培训成本", "≤1000元/人"), cost("硬化水泥路补助标准", "≤120万元"),
               indicator(Level1::cost, Level2::social_cost, "对周边环境的影响", "", "无")});
  const auto q013 = run(f, "JX-Q013");
  ASSERT_EQ(q013.size(), 3u);
  EXPECT_EQ(q013[0].location.path, "/indicators/0/annual_target");
  EXPECT_EQ(q013[1].location.path, "/indicators/1/annual_target");
  EXPECT_EQ(q013[2].location.path, "/indicators/4/annual_target");  // a 标准 without 每…
  // A category the importer read as cost but that is written as 预算控制 is not judged.
  auto budget_control = cost("年度预算执行率", "≥90%");
  budget_control.level2_text = "预算(或投资规模)控制指标";
  EXPECT_TRUE(run(project({budget_control}), "JX-Q013").empty());
  // A lone comparator (its amount and unit went to other cells) is not a cost in words;
  // a fused cell that still says what it measures (`100%20`) is judged.
  const auto split = run(project({cost("网络宣传成本预算", "≤"), cost("资助标准达标率", "100%20")}), "JX-Q013");
  ASSERT_EQ(split.size(), 1u);
  EXPECT_EQ(split[0].location.path, "/indicators/1/annual_target");
}

TEST(CostRules, MoneyWithout元OrStatedInTheNameIsMoney) {
  // `250万`, `≤620万/月`: 万元 written without 元 (JX-Q011 reports the unit); a name
  // whose format hint states 万元 makes its bare number an amount. `≤10万人次` is a count.
  auto f = project({cost("控制在预算成本内", "250万"), cost("人工成本", "≤620万/月"), cost("项目总投入(≥**万元)", "6070"),
                    cost("服务人次", "≤10万人次")});
  const auto q013 = run(f, "JX-Q013");
  ASSERT_EQ(q013.size(), 1u);
  EXPECT_EQ(q013[0].location.path, "/indicators/3/annual_target");
}

TEST(CostRules, FloorAndZeroCostAreReported) {
  auto f = project({cost("人均培训成本", "≥1000元/人"), cost("项目资金投入", "0万元"), cost("项目总成本", "≤90万元")});
  const auto q014 = run(f, "JX-Q014");
  ASSERT_EQ(q014.size(), 2u);
  EXPECT_EQ(q014[0].location.path, "/indicators/0/annual_target");
  EXPECT_EQ(q014[1].location.path, "/indicators/1/annual_target");
  EXPECT_EQ(q014[1].argument("budget")->text(), "100");
  // A self-evaluation cost of 0 against a planned amount; a saving is not judged, nor
  // a cost whose plan was a floor (reported above) or zero.
  auto spent = project({cost("项目资金投入", "10万元"), cost("人均培训成本", "≤1000元/人"), cost("办公费", "0万元")});
  spent.indicators[0].actual = "0万元";
  spent.indicators[1].actual = "800元/人";
  spent.indicators[2].actual = "0万元";
  const auto zero = run(spent, "JX-Q014");
  ASSERT_EQ(zero.size(), 2u);  // the actual of row 0, the zero target of row 2
  EXPECT_EQ(zero[0].location.path, "/indicators/0/actual");
  EXPECT_EQ(zero[1].location.path, "/indicators/2/annual_target");
  spent.stage = FormStage::self_evaluation;
  EXPECT_TRUE(run(spent, "JX-Q019").empty());  // below plan: a saving, not a shortfall
  // Under a ceiling an actual of 0 is the best result; a cost category's rate is a rate.
  auto ceiling = project({cost("超预算支出金额", "≤5万元"), cost("预算执行率", "≥95%")});
  ceiling.indicators[0].actual = "0万元";
  ceiling.indicators[1].actual = "60%";
  ceiling.stage = FormStage::self_evaluation;
  EXPECT_TRUE(run(ceiling, "JX-Q014").empty());
  const auto rate = run(ceiling, "JX-Q019");
  ASSERT_EQ(rate.size(), 1u);
  EXPECT_EQ(rate[0].location.path, "/indicators/1/actual");
}

TEST(CostRules, UnitAmountTimesItsCountAboveTheBudget) {
  auto over = project({row(Level2::quantity, "入股合作社个数", "=10个"), cost("补助合作社平均标准", "=23万元/个")});
  over.budget.breakdowns[0].lines[0].amount = d("214.06");
  const auto q015 = run(over, "JX-Q015");
  ASSERT_EQ(q015.size(), 1u);
  EXPECT_EQ(q015[0].argument("least")->text(), "230");
  EXPECT_EQ(q015[0].argument("count_path")->text(), "/indicators/0");
  // Within the budget, or a ceiling (≤): nothing.
  EXPECT_TRUE(run(project({row(Level2::quantity, "入股合作社个数", "=4个"), cost("补助合作社平均标准", "=23万元/个")}),
                  "JX-Q015")
                  .empty());
  EXPECT_TRUE(run(project({row(Level2::quantity, "入股合作社个数", "=10个"), cost("补助合作社平均标准", "≤23万元/个")}),
                  "JX-Q015")
                  .empty());
  // A budget computed from the unrounded standard (71.86 may be 71.855元/平方米): 71.86 ×
  // 26970.7 = 193.811 万元 against 193.8 万元 is rounding, not an excess; 72 × 26970.7 is one.
  auto rounded = project({row(Level2::quantity, "租赁面积", "=26970.7平方米"), cost("租金标准", "=71.86元/平方米")});
  rounded.budget.breakdowns[0].lines[0].amount = d("193.8");
  EXPECT_TRUE(run(rounded, "JX-Q015").empty());
  rounded.indicators[1].annual_target = test::tv("=72元/平方米");
  EXPECT_EQ(run(rounded, "JX-Q015").size(), 1u);
  // Several counts of people: the one whose name matches is taken (530元 × 21933人 ≫ 100万元).
  auto standards = project({row(Level2::quantity, "农村低保发放人数(按月平均)(≥**人)", "≥21933人"),
                            row(Level2::quantity, "扶贫临时救助人数", "≥7人"),
                            row(Level2::quality, "农村低保标准(≥**元/人·月)", "≥530元/人*月")});
  const auto matched = run(standards, "JX-Q015");
  ASSERT_EQ(matched.size(), 1u);
  EXPECT_EQ(matched[0].argument("count_path")->text(), "/indicators/0");
}

// The budget compared with is in 万元 whatever unit the form writes it in: a block in 元
// was once taken as 万元 (2,140,600 "万元"), and an execution row's unit was re-read as a
// unit of measure (so `千元`, which no money rule reads, was converted here alone).
TEST(CostRules, TheBudgetIsComparedIn10kYuan) {
  auto over = project({row(Level2::quantity, "入股合作社个数", "=10个"), cost("补助合作社平均标准", "=23万元/个")});
  over.budget.breakdowns[0].unit = MoneyUnit::yuan;
  over.budget.breakdowns[0].lines[0].unit = MoneyUnit::yuan;
  over.budget.breakdowns[0].lines[0].amount = d("2140600");
  auto q015 = run(over, "JX-Q015");
  ASSERT_EQ(q015.size(), 1u);
  EXPECT_EQ(q015[0].argument("budget")->text(), "214.0600");
  over.budget.breakdowns[0].declared_total = d("2140600");
  q015 = run(over, "JX-Q015");
  ASSERT_EQ(q015.size(), 1u);
  EXPECT_EQ(q015[0].argument("budget")->text(), "214.0600");

  auto executed = over;
  executed.budget.breakdowns.clear();
  ExecutionLine total;
  total.name = "年度资金总额";
  total.full_year_budget = d("2140600");
  total.unit = MoneyUnit::yuan;
  executed.budget.execution = {total};
  q015 = run(executed, "JX-Q015");
  ASSERT_EQ(q015.size(), 1u);
  EXPECT_EQ(q015[0].argument("budget")->text(), "214.0600");
  executed.budget.execution[0].unit = AmountUnit::parse("千元");
  EXPECT_TRUE(run(executed, "JX-Q015").empty()) << "an amount in a unit the money rules do not read is not compared";
}

TEST(TargetRules, TargetsContradictingTheirIndicator) {
  auto f =
      project({row(Level2::timeliness, "项目完成时间", "100%"), row(Level2::quantity, "保障村干部人数", "=42个"),
               row(Level2::quantity, "村组干部230人", "≥230个"), row(Level2::quality, "按时发放", "≥1人/年"),
               row(Level2::social_benefit, "是否解决看病难问题", "95%"),
               // (appended below: 资金是否全部纳入 at 100%, a plain yes)
               row(Level2::quantity, "受益人口数", "≥95%"),
               // Near misses: a deadline, a rate, people in 人, an on-time rate, 1 = 100%.
               row(Level2::timeliness, "项目完成时间", "2025年12月底前"), row(Level2::quality, "按时发放率", "100%"),
               row(Level2::quantity, "培训人数", "≥300人"), row(Level2::quantity, "培训人次", "≥300人次")});
  auto explained = row(Level2::quality, "县区覆盖率", "1");
  explained.note = "90%(计划标准)";
  auto fraction = row(Level2::quality, "书籍审稿率", "1");
  fraction.note = "100%(计划标准)";
  f.indicators.push_back(explained);
  f.indicators.push_back(fraction);
  f.indicators.push_back(row(Level2::quality, "资金是否全部纳入医保统筹", "100%"));
  const auto q016 = run(f, "JX-Q016");
  std::vector<std::string> paths;
  for (const auto& x : q016) paths.push_back(x.location.path);
  EXPECT_EQ(paths, (std::vector<std::string>{"/indicators/0/annual_target", "/indicators/1/annual_target",
                                             "/indicators/2/annual_target", "/indicators/3/annual_target",
                                             "/indicators/4/annual_target", "/indicators/5/annual_target",
                                             "/indicators/10/annual_target"}));
}

TEST(TargetRules, RateAtOrAbove100AndSlogans) {
  auto f =
      project({row(Level2::quality, "参训人员结业率", "≥100%"), row(Level2::quality, "验收合格率", "=100%"),
               row(Level2::quality, "收入增长率", "≥100%"), row(Level2::quality, "设备合格率", "≥98%"),
               row(Level2::social_benefit, "维护社会稳定", "≥95%"),
               row(Level2::quality, "确保日常工作正常运行", "100%"), row(Level2::quantity, "孤儿助学人数", "应助尽助"),
               row(Level2::satisfaction, "群众满意", "≥95%"), row(Level2::quality, "保障贫困孤儿完成学业", "100%")});
  f.indicators[0].period_target = test::tv("≥100%");  // both columns: reported once
  const auto q017 = run(f, "JX-Q017");
  ASSERT_EQ(q017.size(), 1u);
  EXPECT_EQ(q017[0].location.path, "/indicators/0/annual_target");
  const auto q018 = run(f, "JX-Q018");
  ASSERT_EQ(q018.size(), 3u);
  EXPECT_EQ(q018[0].location.path, "/indicators/4/annual_target");
  EXPECT_EQ(q018[1].location.path, "/indicators/5/annual_target");
  EXPECT_EQ(q018[2].location.path, "/indicators/6/annual_target");
  // A name whose format hint states a percentage is a rate, whatever its words.
  auto hinted = project({row(Level2::quantity, "指标1:清算8个安置小区本年度物业费和历史的遗留物业费(≥**%)。", "≥95%")});
  EXPECT_TRUE(run(hinted, "JX-Q018").empty());
  // A timeliness target in words is a schedule, not an adjective (held-out 201: 定量, 按月安排).
  auto schedule = project({row(Level2::timeliness, "工作安排时间", "按月安排")});
  schedule.indicators[0].nature = Nature::quantitative;
  EXPECT_TRUE(run(schedule, "JX-Q018").empty());
  schedule.indicators[0].level2 = Level2::quality;
  EXPECT_EQ(run(schedule, "JX-Q018").size(), 1u);
  auto promptly = project({row(Level2::timeliness, "资金拨付及时率", "及时")});  // an adjective, no schedule
  promptly.indicators[0].nature = Nature::quantitative;
  EXPECT_EQ(run(promptly, "JX-Q018").size(), 1u);
  // An accuracy (准确性) is measured as a rate, though its name ends in 性 (held-out 1401).
  EXPECT_TRUE(run(project({row(Level2::quality, "审核准确性", "100%")}), "JX-Q018").empty());
  // A key task named by a slogan with a percentage as its expected result.
  f.key_tasks = {task("保障正常工作环境", "物业费", "10", "100%"), task("系统正常运行率", "运维费", "10", "≥95%")};
  const auto tasks = run(f, "JX-Q018");
  ASSERT_EQ(tasks.size(), 4u);
  EXPECT_TRUE(has_path(tasks, "/key_tasks/0/expected_result"));
  EXPECT_FALSE(has_path(tasks, "/key_tasks/1/expected_result"));
}

TEST(SelfEvaluationRules, ShortfallOrDeductionNeedsAReason) {
  auto f = project({evaluated("人才驿站数量", "≥2个", "0个"), evaluated("临时救助标准", "≤5300元/户", "5830元/户"),
                    evaluated("种植作物成活率", "≥90%", "", "10", "9"),
                    evaluated("特困人员人数", "≥4754人", "4604人", "5", "5", "特困人员实行动态管理"),
                    evaluated("合作社个数", "=10个", "12个"), evaluated("培训人数", "≥300人", "310人", "10", "10")});
  f.stage = FormStage::self_evaluation;
  const auto q019 = run(f, "JX-Q019");
  ASSERT_EQ(q019.size(), 3u);
  EXPECT_EQ(q019[0].location.path, "/indicators/0/actual");
  EXPECT_EQ(q019[1].location.path, "/indicators/1/actual");
  EXPECT_EQ(q019[2].location.path, "/indicators/2/score");
  // A 分值 above the whole scale is a misread cell (held-out 302: 学生受资助人数 735 | 10).
  auto misread = project({evaluated("学生受资助人数", "735人", "", "735", "10")});
  misread.stage = FormStage::self_evaluation;
  EXPECT_TRUE(run(misread, "JX-Q019").empty());
}

TEST(SelfEvaluationRules, CopiedActualsAndLowTargets) {
  auto f = project({evaluated("政策知晓率", "≥90%", "≥90%"), evaluated("成本控制数", "≤30万元", "完成"),
                    evaluated("办学条件", "符合相关文件要求", "符合相关文件要求"), evaluated("资格合规性", "是", "是"),
                    evaluated("验收合格率", "100%", "100%"), evaluated("服务人次", "≥500人", "1700人"),
                    evaluated("活动数量", "≥28次", "36次"), evaluated("知晓率", "≥60%", "98%"),
                    evaluated("培训任务完成及时", "2021.1.1-12.31", "2021.1.1-12.31")});  // a period done
  const auto q020 = run(f, "JX-Q020");
  ASSERT_EQ(q020.size(), 3u);
  EXPECT_EQ(q020[0].location.path, "/indicators/0/actual");
  EXPECT_EQ(q020[1].location.path, "/indicators/1/actual");
  EXPECT_EQ(q020[2].location.path, "/indicators/2/actual");
  const auto q021 = run(f, "JX-Q021");
  ASSERT_EQ(q021.size(), 1u);  // 36/28 = 129% is below the default 1.3; percentages are not judged
  EXPECT_EQ(q021[0].argument("achieved")->text(), "340");
  const auto lower = RuleSet::builtin().with_parameter("JX-Q021", "ratio", "1.2").check(f);
  EXPECT_EQ(of(lower, "JX-Q021").size(), 2u);
  // Bare numbers (published without a unit column): a count its name announces is judged,
  // a rate or an unnamed figure is not, nor a bare target against an actual with a unit.
  auto bare = project({evaluated("药品监管企业数", "≥124", "253"), evaluated("调整系数", "≥0.5", "0.9"),
                       evaluated("考核分数", "≥60", "98"), evaluated("违法行为责停率", "≥50", "95"),
                       evaluated("开展精品示范村建设", "≥2", "9"), evaluated("户用卫生厕所改造数量", "≥2000", "3061个"),
                       evaluated("化妆品监管企业数", "≥290", "311")});
  const auto bare_q021 = run(bare, "JX-Q021");
  ASSERT_EQ(bare_q021.size(), 1u);
  EXPECT_EQ(bare_q021[0].location.path, "/indicators/0/annual_target");
  EXPECT_EQ(bare_q021[0].argument("achieved")->text(), "204");
  // Every count equal to its target over five rows: one form-level finding.
  auto same = project({});
  for (const char* n : {"红薯种植面积", "梨树种植面积", "桃种植面积", "猪养殖数量", "鸡养殖数量"}) {
    same.indicators.push_back(evaluated(n, "5.5亩", "5.5亩"));
  }
  same.indicators[3] = evaluated("猪养殖数量", "80头", "80头");
  const auto all_equal = run(same, "JX-Q020");
  ASSERT_EQ(all_equal.size(), 1u);
  EXPECT_EQ(all_equal[0].location.path, "/indicators");
  same.indicators[4].actual = "450只";
  same.indicators[4].annual_target = test::tv("500只");
  EXPECT_TRUE(run(same, "JX-Q020").empty());
}

// One stock phrase as the actual of rows whose descriptive targets differ: one finding;
// the same answer to the same target, yes/no answers and fewer rows are left alone.
TEST(SelfEvaluationRules, StockPhraseActuals) {
  auto f = project({evaluated("补助资格合规性", "合规", "达成预期指标"), evaluated("经费审批流程规范性", "严格执行相关制度规定", "达成预期指标"),
                    evaluated("补助经费到位及时性", "及时", "达成预期指标"), evaluated("资格审核", "是", "是"),
                    evaluated("信息公开", "是", "是"), evaluated("档案管理", "是", "是")});
  const auto q020 = run(f, "JX-Q020");
  ASSERT_EQ(q020.size(), 1u);
  EXPECT_EQ(q020[0].location.path, "/indicators");
  EXPECT_EQ(q020[0].argument("actual")->text(), "达成预期指标");
  EXPECT_EQ(q020[0].argument("rows")->text(), "3");
  f.indicators[2].actual = "到位及时";
  EXPECT_TRUE(run(f, "JX-Q020").empty());  // two rows: below same_rows = 3
  f.indicators[2].actual = "达成预期指标";
  for (auto& ind : f.indicators) ind.annual_target = test::tv("效果明显");
  f.indicators.resize(3);
  EXPECT_TRUE(run(f, "JX-Q020").empty());  // one target answered the same way
}

ExecutionLine execution(const char* name, const char* initial, const char* full, const char* executed) {
  ExecutionLine l;
  l.name = name;
  if (initial != nullptr) l.initial_budget = d(initial);
  if (full != nullptr) l.full_year_budget = d(full);
  if (executed != nullptr) l.executed = d(executed);
  return l;
}

TEST(SelfEvaluationRules, TotalsThatDoNotAddUp) {
  auto f = project({evaluated("补助村数量", "=8个", "8个", "50", "50"),
                    evaluated("村干部人数", "=42人", "42人", "40", "38", "调整")});
  f.stage = FormStage::self_evaluation;
  f.budget.execution = {execution("年度资金总额:", "0", "0", "0"),
                        execution("其中:本年财政拨款", "202.64", "132.912", "132.912"),
                        execution("上年结转资金", nullptr, nullptr, nullptr)};
  f.budget.execution[0].weight = d("10");
  f.budget.execution[0].score = d("10");
  f.total_score = d("100");
  const auto q022 = run(f, "JX-Q022");
  ASSERT_EQ(q022.size(), 2u);  // one per total: the execution row (three columns) and 总分
  EXPECT_TRUE(has_path(q022, "/budget/execution/0"));
  EXPECT_TRUE(has_path(q022, "/total_score"));
  for (const auto& x : q022) {
    if (x.location.path == "/budget/execution/0") {
      EXPECT_EQ(x.argument("columns")->text(), "年初预算数、全年预算数、全年执行数");
    }
    if (x.location.path == "/total_score") {
      EXPECT_EQ(x.argument("low")->text(), "98");
    }
  }
  // Parts that add up within the rounding of their decimals, and a total that does: nothing.
  f.budget.execution = {execution("年度资金总额", "30.00", "30.00", "29.99"),
                        execution("其中:财政拨款", "20.004", "20.00", "20.00"),
                        execution("其他资金", "10.00", "10.00", "9.99")};
  f.budget.execution[0].weight = d("10");
  f.budget.execution[0].score = d("10");
  f.total_score = d("98");
  EXPECT_TRUE(run(f, "JX-Q022").empty());
  f.total_score = d("88");  // the layout whose 100 points leave the budget row out
  EXPECT_TRUE(run(f, "JX-Q022").empty());
  // Weights that do not add up to 100: rows may be missing, the total is not judged.
  f.indicators[0].weight = d("40");
  f.total_score = d("95");
  EXPECT_TRUE(run(f, "JX-Q022").empty());
  f.indicators[0].weight = d("50");
  EXPECT_EQ(run(f, "JX-Q022").size(), 1u);
}

// Held-out 1201: the budget row's score was lost by the import (read out of place), so
// the rows gave 80 against 总分 100. With a cell that could hold a score lost, the total
// is one "not reliably read" info finding, not the form's error.
TEST(SelfEvaluationRules, TotalScoreIsNotJudgedWhenTheImportLostAScore) {
  auto f = project({evaluated("办结信访案件", "168起", "168起", nullptr, "40"),
                    evaluated("拆除活人墓", "32座", "32座", nullptr, "40")});
  f.stage = FormStage::self_evaluation;
  f.total_score = d("100");
  ASSERT_EQ(run(f, "JX-Q022").size(), 1u);
  Finding lost;
  lost.rule_id = "JX-I007";
  lost.location.path = "/budget/execution/0";
  lost.location.source = SourcePosition{"form.txt", 9, 20};
  const auto q022 = of(RuleSet::builtin().check(f, Locator(), {lost}), "JX-Q022");
  ASSERT_EQ(q022.size(), 1u);
  EXPECT_EQ(q022[0].severity, Severity::info);
  EXPECT_EQ(q022[0].location.path, "/total_score");
  EXPECT_NE(q022[0].render(Lang::en).find("not reliably read"), std::string::npos) << q022[0].render(Lang::en);
  // A lost cell without a digit cannot be a score.
  Finding label = lost;
  label.rule_id = "JX-I001";
  label.location.path = "";
  label.arg("text", std::string("改进措施及结果应用方案"));
  EXPECT_EQ(of(RuleSet::builtin().check(f, Locator(), {label}), "JX-Q022")[0].severity, Severity::warning);
}

TEST(ConsistencyRules, AmountsBeyond18DigitsAreNotJudgedAndDoNotStopARule) {
  auto f = project({row(Level2::quantity, "入股合作社个数", "=999999999999999999个"),
                    cost("补助合作社平均标准", "=999999999999999999万元/个"),
                    evaluated("服务人次", "≥999999999999999999人", "999999999999999999人"),
                    evaluated("活动次数", "≥0.000000000000000001次", "999999999999999999次")});
  f.budget.breakdowns[0].lines.push_back(line(BudgetCategory::other_funds, "其他资金", "999999999999999999"));
  f.budget.execution = {execution("年度资金总额", "999999999999999999", nullptr, nullptr),
                        execution("其中:财政拨款", "999999999999999999", nullptr, nullptr),
                        execution("其他资金", "999999999999999999", nullptr, nullptr)};
  const Report report = RuleSet::builtin().check(f);
  for (const auto& x : report.findings()) {
    const Argument* rule = x.argument("rule");
    if (rule == nullptr || x.message(Lang::en).find("could not finish") == std::string::npos) continue;
    const std::string id = rule->text();  // the failing rule (JX-B009 fails here: not one of these rules)
    EXPECT_FALSE(id >= "JX-Q013" && id <= "JX-Q022") << x.render(Lang::en);
  }
}

}  // namespace
}  // namespace jixiao
