// Monitoring: budget vs time progress lights, cumulative vs rate indicators,
// 完成可能性 and the rows needing a reason; progress files.
#include <jixiao/io/observations_io.hpp>
#include <jixiao/io/profile_io.hpp>
#include <jixiao/monitoring.hpp>
#include <jixiao/scoring.hpp>

#include <gtest/gtest.h>

#include <algorithm>

namespace jixiao {
namespace {

Decimal dec(const char* text) { return Decimal::parse(text).value(); }

Indicator row(std::string name, const std::string& target) {
  Indicator ind;
  ind.level1 = Level1::output;
  ind.name = std::move(name);
  ind.annual_target = TargetValue(target);
  return ind;
}

Observation at(std::string name, const std::string& text) {
  Observation p;
  p.name = std::move(name);
  EXPECT_TRUE(read_observation(text, p).empty()) << text;
  EXPECT_EQ(p.text(), text);
  return p;
}

Progress budget_only(const char* budget, const char* executed) {
  Progress p;
  p.budget = dec(budget);
  p.executed = dec(executed);
  return p;
}

TEST(Monitoring, BudgetLightFollowsTheProfileBands) {
  const Profile p = io::builtin_profile("national");
  PerformanceForm f;
  // July: time progress 58.33%. 执行 35/100 → 35/58.33 = 60% of time progress: yellow.
  auto r = monitor(f, budget_only("100", "35"), 7, p);
  EXPECT_EQ(r.time_progress, dec("58.33"));
  EXPECT_EQ(*r.budget_progress, Decimal(35));
  EXPECT_EQ(*r.budget_ratio, Decimal(60));
  EXPECT_EQ(r.budget_colour, Colour::yellow);
  EXPECT_TRUE(r.budget_missing_reason);
  EXPECT_EQ(monitor(f, budget_only("100", "34.99"), 7, p).budget_colour, Colour::red);
  EXPECT_EQ(monitor(f, budget_only("100", "46.67"), 7, p).budget_colour, Colour::green);  // 80.006%
  EXPECT_EQ(monitor(f, budget_only("100", "46.66"), 7, p).budget_colour, Colour::yellow);  // 79.99%
  Progress explained = budget_only("100", "10");
  explained.budget_reason = "项目招标尚未完成";
  auto e = monitor(f, explained, 7, p);
  EXPECT_EQ(e.budget_colour, Colour::red);
  EXPECT_FALSE(e.budget_missing_reason);
  Profile custom = p;
  custom.monitoring_bands = {Decimal(50), Decimal(70)};
  EXPECT_EQ(monitor(f, budget_only("100", "35"), 7, custom).budget_colour, Colour::yellow);
  EXPECT_EQ(monitor(f, budget_only("100", "41"), 7, custom).budget_colour, Colour::green);
}

TEST(Monitoring, CumulativeAgainstTimeRateAgainstTarget) {
  PerformanceForm f;
  f.indicators = {row("培训人次", "≥1200人次"), row("合格率", "≥95%"), row("成本", "≤120万元"), row("满意度", "≥90%")};
  Progress p = budget_only("100", "50");
  p.indicators = {at("培训人次", "500人次"), at("合格率", "80%"), at("成本", "80万元"), at("满意度", "达成")};
  p.indicators[1].reason = "质检滞后";
  const auto r = monitor(f, p, 6, io::builtin_profile("national"));
  ASSERT_EQ(r.rows.size(), 4u);
  // 500/1200 = 41.67% done at half-year: 83.33% of time progress → green, 确定能
  EXPECT_TRUE(r.rows[0].cumulative);
  EXPECT_EQ(*r.rows[0].ratio, dec("83.33"));
  EXPECT_EQ(r.rows[0].colour, Colour::green);
  EXPECT_EQ(*r.rows[0].likelihood, Likelihood::certain);
  EXPECT_FALSE(r.rows[0].likelihood_given);
  // a rate is compared with its target directly: 80/95 = 84.21% → green
  EXPECT_FALSE(r.rows[1].cumulative);
  EXPECT_EQ(*r.rows[1].ratio, dec("84.21"));
  EXPECT_EQ(r.rows[1].colour, Colour::green);
  // a ceiling spent ahead of time: (120 × 6/12)/80 = 75% → yellow
  EXPECT_EQ(*r.rows[2].ratio, Decimal(75));
  EXPECT_EQ(r.rows[2].colour, Colour::yellow);
  EXPECT_EQ(*r.rows[2].likelihood, Likelihood::possible);
  EXPECT_EQ(r.rows[3].colour, Colour::green);
}

TEST(Monitoring, ReasonsAndLikelihood) {
  PerformanceForm f;
  f.indicators = {row("a", "≥100次"), row("b", "≥100次"), row("c", "效果明显"), row("d", "≥100次")};
  Progress p = budget_only("100", "80");
  p.indicators = {at("a", "20次"), at("b", "80次"), at("c", "未达成"), at("d", "90次")};
  p.indicators[3].likelihood = Likelihood::impossible;
  const auto r = monitor(f, p, 12, io::builtin_profile("national"));
  EXPECT_EQ(r.rows[0].colour, Colour::red);  // 20%
  EXPECT_TRUE(r.rows[0].needs_reason);
  EXPECT_EQ(*r.rows[0].deviation, Decimal(-80));
  EXPECT_EQ(r.rows[1].colour, Colour::green);  // 80% at year end: −20% < 30%
  EXPECT_FALSE(r.rows[1].needs_reason);
  EXPECT_EQ(r.rows[2].colour, Colour::red);
  EXPECT_TRUE(r.rows[2].needs_reason);
  EXPECT_TRUE(r.rows[3].likelihood_given);
  EXPECT_TRUE(r.rows[3].needs_reason);  // 完全不可能 always needs a reason
  EXPECT_EQ(r.missing_reasons, (std::vector<std::size_t>{0, 2, 3}));
}

TEST(Monitoring, MissingDataAreFindingsAndBadMonthThrows) {
  PerformanceForm f;
  f.indicators = {row("a", "≥100次"), row("b", "≥100人")};
  Progress p;
  p.indicators = {at("b", "50次")};
  const auto r = monitor(f, p, 6, io::builtin_profile("national"));
  bool no_progress = false;
  bool unit = false;
  bool no_budget = false;
  for (const auto& x : r.findings) {
    no_progress = no_progress || (x.rule_id == "JX-M001" && x.location.path == "/indicators/0");
    unit = unit || (x.rule_id == "JX-M002" && x.location.path == "/indicators/1");
    no_budget = no_budget || x.rule_id == "JX-M004";
  }
  EXPECT_TRUE(no_progress);
  EXPECT_TRUE(unit);
  EXPECT_TRUE(no_budget);
  EXPECT_THROW(monitor(f, p, 13, io::builtin_profile("national")), error);
  EXPECT_THROW(monitor(f, p, 0, io::builtin_profile("national")), error);
}

TEST(Monitoring, ProgressFiles) {
  auto j = io::read_progress(R"({"budget": "100", "executed": "35", "budget_reason": "r",
    "indicators": [{"name": "a", "progress": "20次", "likelihood": "有可能", "reason": "x"},
                   {"index": "1", "grade": "部分达成", "cumulative": "false"}]})");
  ASSERT_TRUE(j.ok()) << j.findings.front().render(Lang::en);
  EXPECT_EQ(*j.value->executed, Decimal(35));
  ASSERT_EQ(j.value->indicators.size(), 2u);
  EXPECT_EQ(*j.value->indicators[0].likelihood, Likelihood::possible);
  EXPECT_EQ(j.value->indicators[0].value()->value, Decimal(20));
  EXPECT_EQ(*j.value->indicators[1].achievement, Achievement::partially_achieved);
  EXPECT_FALSE(*j.value->indicators[1].cumulative);
  auto x = io::read_progress("<progress><budget>100</budget><executed>35</executed><indicators><row><name>a</name>"
                          "<progress>20次</progress></row></indicators></progress>");
  ASSERT_TRUE(x.ok());
  EXPECT_EQ(x.value->indicators[0].value()->value, Decimal(20));
  auto bad = io::read_progress(R"({"indicators": [{"name": "a", "likelihood": "maybe"}], "budgt": "1"})");
  ASSERT_FALSE(bad.ok());
  ASSERT_EQ(bad.findings.size(), 2u);
  EXPECT_EQ(bad.findings[0].location.path, "/budgt");  // the top level is checked first
  EXPECT_EQ(bad.findings[0].rule_id, "JX-IO011");
  EXPECT_EQ(bad.findings[1].location.path, "/indicators/0/likelihood");
  EXPECT_EQ(bad.findings[1].rule_id, "JX-IO015");
  EXPECT_FALSE(io::load_progress("/nonexistent").ok());
  EXPECT_EQ(from_string<Likelihood>("确定能"), Likelihood::certain);
  EXPECT_STREQ(chinese_name(Likelihood::impossible), "完全不可能");
}

// Issue 17/18: a negative 预算数 or 执行数 is its own finding, not "missing".
TEST(Monitoring, NegativeBudgetIsReportedNotMissing) {
  const Profile p = io::builtin_profile("national");
  for (const auto& [a, b] : {std::pair{"-100", "-50"}, std::pair{"100", "-1"}}) {
    const MonitorReport r = monitor(PerformanceForm{}, budget_only(a, b), 7, p);
    EXPECT_FALSE(r.budget_ratio);
    EXPECT_EQ(r.budget_colour, Colour::none);
    const auto has = [&](const char* id) {
      return std::any_of(r.findings.begin(), r.findings.end(), [&](const Finding& f) { return f.rule_id == id; });
    };
    EXPECT_TRUE(has("JX-M009")) << a << " " << b;
    EXPECT_FALSE(has("JX-M004")) << a << " " << b;
    EXPECT_FALSE(has("JX-M003")) << a << " " << b;
  }
}

TEST(Monitoring, MixedMoneyUnitsInTheFormAreReported) {
  PerformanceForm f;
  BudgetBreakdown b;
  b.lines = {BudgetLine::make("基本支出", dec("3000000"), "元"), BudgetLine::make("项目支出", dec("500"), "万元")};
  f.budget.breakdowns = {b};
  const MonitorReport r = monitor(f, budget_only("100", "50"), 6, io::builtin_profile("national"));
  const auto it = std::find_if(r.findings.begin(), r.findings.end(), [](const Finding& x) { return x.rule_id == "JX-M008"; });
  ASSERT_NE(it, r.findings.end());
  EXPECT_EQ(it->location.path, "/budget/breakdowns/0");
  EXPECT_NE(it->render(Lang::en).find("元、万元"), std::string::npos) << it->render(Lang::en);
}

}  // namespace
}  // namespace jixiao
