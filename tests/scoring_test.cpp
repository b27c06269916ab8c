// Scoring: the worked example of domain-sources.md §4.7, the edge cases docs/scoring.md
// decides, actuals files, and property tests over generated rows.
#include <jixiao/io/observations_io.hpp>
#include <jixiao/io/profile_io.hpp>
#include <jixiao/scoring.hpp>

#include <gtest/gtest.h>

#include <random>
#include <utility>

namespace jixiao {
namespace {

Decimal dec(const char* text) { return Decimal::parse(text).value(); }

Indicator row(Level1 l1, Level2 l2, std::string name, const std::string& target, std::optional<Decimal> weight) {
  Indicator ind;
  ind.level1 = l1;
  ind.level2 = l2;
  ind.name = std::move(name);
  ind.annual_target = TargetValue(target);
  ind.weight = weight;
  return ind;
}

Observation actual(std::string name, const std::string& text) {
  Observation a;
  a.name = std::move(name);
  auto diags = read_observation(text, a);
  EXPECT_TRUE(diags.empty()) << text << ": " << (diags.empty() ? "" : diags.front().message);
  return a;
}

BudgetActuals budget(const char* a, const char* b) {
  BudgetActuals x;
  x.full_year_budget = dec(a);
  x.executed = dec(b);
  return x;
}

bool has_finding(const Scorecard& card, const std::string& id, std::size_t row = static_cast<std::size_t>(-1)) {
  for (const auto& f : card.findings) {
    if (f.rule_id != id) continue;
    if (row == static_cast<std::size_t>(-1) || f.location.path == "/indicators/" + std::to_string(row)) return true;
  }
  return false;
}

// domain-sources.md §4.7
struct WorkedExample {
  PerformanceForm form;
  Actuals actuals;
  WorkedExample() {
    form.indicators = {
        row(Level1::output, Level2::quantity, "培训人次", "≥500人次", Decimal(20)),
        row(Level1::output, Level2::quality, "合格率", "≥95%", Decimal(15)),
        row(Level1::output, Level2::cost, "总成本", "≤90万元", Decimal(15)),
        row(Level1::benefit, Level2::social_benefit, "社会效益", "效果明显", Decimal(30)),
        row(Level1::satisfaction, Level2::satisfaction, "满意度", "≥90%", Decimal(10)),
    };
    actuals.indicators = {actual("培训人次", "487人次"), actual("合格率", "98%"), actual("总成本", "92万元"),
                          actual("社会效益", "部分达成"), actual("满意度", "93%")};
    actuals.indicators[3].chosen_score = Decimal(21);
    actuals.indicators[0].reason = "部分学员因故未能参训";
    actuals.indicators[2].reason = "材料涨价";
    actuals.indicators[3].reason = "项目周期较长";
    actuals.budget = budget("100", "96");
  }
};

TEST(WorkedExample, NationalGivesEightyNineSeventyFiveAndLiang) {
  WorkedExample ex;
  const Scorecard card = score(ex.form, ex.actuals, io::builtin_profile("national"));
  ASSERT_EQ(card.rows.size(), 5u);
  EXPECT_EQ(*card.rows[0].points, dec("19.48"));
  EXPECT_EQ(card.rows[0].arithmetic, "20 × 487/500 = 19.48");
  EXPECT_EQ(card.rows[0].method, ScoreMethod::positive);
  EXPECT_FALSE(card.rows[0].capped);
  EXPECT_EQ(*card.rows[1].points, Decimal(15));
  EXPECT_TRUE(card.rows[1].capped);
  EXPECT_EQ(*card.rows[2].points, dec("14.67"));
  EXPECT_EQ(card.rows[2].method, ScoreMethod::reverse_ratio);
  EXPECT_EQ(card.rows[2].arithmetic, "15 × 90/92 = 14.67");
  EXPECT_EQ(*card.rows[3].points, Decimal(21));
  EXPECT_EQ(*card.rows[3].band_min, Decimal(18));
  EXPECT_EQ(*card.rows[3].band_max, Decimal(24));
  EXPECT_EQ(*card.rows[4].points, Decimal(10));
  ASSERT_TRUE(card.budget && card.budget->points);
  EXPECT_EQ(*card.budget->points, dec("9.6"));
  EXPECT_EQ(card.budget->arithmetic, "10 × 96/100 = 9.60");
  EXPECT_EQ(card.total, dec("89.75"));
  EXPECT_EQ(card.rating, "良");
  EXPECT_TRUE(card.weights_ok);
  EXPECT_TRUE(card.complete());
  EXPECT_TRUE(card.missing_reasons.empty());
  ASSERT_EQ(card.level1_totals.size(), 3u);
  EXPECT_EQ(card.level1_totals[0].points, dec("49.15"));
}

TEST(WorkedExample, VendorGradesItYou) {
  WorkedExample ex;
  const Scorecard card = score(ex.form, ex.actuals, io::builtin_profile("vendor-80-70-60"));
  EXPECT_EQ(card.rows[2].method, ScoreMethod::reverse_linear);
  EXPECT_EQ(*card.rows[2].points, dec("14.67"));  // 15 × (1 − 2/90)
  EXPECT_EQ(card.total, dec("89.75"));
  EXPECT_EQ(card.rating, "优");
}

TEST(WorkedExample, MissingReasonIsListed) {
  WorkedExample ex;
  ex.actuals.indicators[0].reason.clear();
  const Scorecard card = score(ex.form, ex.actuals, io::builtin_profile("national"));
  ASSERT_EQ(card.missing_reasons.size(), 1u);
  EXPECT_EQ(card.missing_reasons[0], 0u);
  EXPECT_TRUE(has_finding(card, "JX-S003", 0));
}

// --- edge cases (docs/scoring.md) ------------------------------------------------------

Scorecard one(const std::string& target, const std::string& value, const Profile& p = io::builtin_profile("national"),
              Decimal weight = Decimal(10)) {
  PerformanceForm f;
  f.indicators = {row(Level1::output, Level2::quantity, "x", target, weight)};
  Actuals a;
  a.indicators = {actual("x", value)};
  a.indicators[0].reason = "r";
  return score(f, a, p);
}

TEST(EdgeCases, ZeroTargetPositive) {
  auto c = one("≥0次", "3次");
  EXPECT_EQ(c.rows[0].method, ScoreMethod::zero_target);
  EXPECT_EQ(*c.rows[0].points, Decimal(10));
  auto d = one(">0次", "0次");
  EXPECT_EQ(*d.rows[0].points, Decimal(0));
}

TEST(EdgeCases, ZeroTargetEqual) {
  EXPECT_EQ(*one("0起", "0起").rows[0].points, Decimal(10));
  EXPECT_EQ(*one("0起", "2起").rows[0].points, Decimal(0));
  Profile p = io::builtin_profile("national");
  p.zero_target = ZeroTargetRule::finding;
  auto c = one("0起", "0起", p);
  EXPECT_FALSE(c.rows[0].points.has_value());
  EXPECT_TRUE(has_finding(c, "JX-S012", 0));
  EXPECT_FALSE(c.complete());
}

TEST(EdgeCases, ZeroActualOnReverse) {
  auto c = one("≤5起", "0起");
  EXPECT_EQ(*c.rows[0].points, Decimal(10));
  Profile lin = io::builtin_profile("vendor-80-70-60");
  EXPECT_EQ(*one("≤5起", "0起", lin).rows[0].points, Decimal(10));
  EXPECT_EQ(*one("≤10起", "12起", lin).rows[0].points, Decimal(8));          // R2: 0.8w
  EXPECT_EQ(*one("≤10起", "12起").rows[0].points, dec("8.33"));              // R1: 0.833w
  EXPECT_EQ(*one("≤10起", "20起", lin).rows[0].points, Decimal(0));          // B ≥ 2A
}

TEST(EdgeCases, QualitativeScoreOutsideBandIsAnErrorNotClamped) {
  PerformanceForm f;
  f.indicators = {row(Level1::benefit, Level2::social_benefit, "q", "效果明显", Decimal(30))};
  Actuals a;
  a.indicators = {actual("q", "部分达成")};
  a.indicators[0].chosen_score = Decimal(25);  // band [18, 24)
  a.indicators[0].reason = "r";
  auto c = score(f, a, io::builtin_profile("national"));
  EXPECT_FALSE(c.rows[0].points.has_value());
  EXPECT_TRUE(has_finding(c, "JX-S004", 0));
  EXPECT_FALSE(c.complete());
  a.indicators[0].chosen_score = Decimal(24);  // the band's top is exclusive
  EXPECT_TRUE(has_finding(score(f, a, io::builtin_profile("national")), "JX-S004", 0));
  a.indicators[0].chosen_score = Decimal(18);
  EXPECT_EQ(*score(f, a, io::builtin_profile("national")).rows[0].points, Decimal(18));
  // municipal bands: 部分达成 [15, 24)
  a.indicators[0].chosen_score = Decimal(16);
  EXPECT_TRUE(has_finding(score(f, a, io::builtin_profile("national")), "JX-S004", 0));
  EXPECT_EQ(*score(f, a, io::builtin_profile("municipal-20")).rows[0].points, Decimal(16));
  // 达成 without a picked score takes the top; 未达成 without one needs a score
  a.indicators[0].chosen_score.reset();
  a.indicators[0].achievement = Achievement::achieved;
  EXPECT_EQ(*score(f, a, io::builtin_profile("national")).rows[0].points, Decimal(30));
  a.indicators[0].achievement = Achievement::not_achieved;
  EXPECT_TRUE(has_finding(score(f, a, io::builtin_profile("national")), "JX-S015", 0));
}

TEST(EdgeCases, UnitsConvertWithinADimension) {
  auto c = one("≤90万元", "920000元");
  EXPECT_EQ(*c.rows[0].points, dec("9.78"));  // 10 × 90/92
  auto m = one("≥95%", "980‰");
  EXPECT_EQ(*m.rows[0].points, Decimal(10));
}

TEST(EdgeCases, UnitsOfDifferentDimensionsAreAFinding) {
  auto c = one("≥500人", "500次");
  EXPECT_FALSE(c.rows[0].points.has_value());
  EXPECT_TRUE(has_finding(c, "JX-S005", 0));
  auto d = one("≥95%", "95人");
  EXPECT_TRUE(has_finding(d, "JX-S005", 0));
}

TEST(EdgeCases, FractionAgainstPercentIsAmbiguous) {
  auto c = one("≥95%", "0.95");
  EXPECT_FALSE(c.rows[0].points.has_value());
  ASSERT_TRUE(has_finding(c, "JX-S006", 0));
  auto written = one("≥95%", "95%");
  EXPECT_EQ(*written.rows[0].points, Decimal(10));
  auto bare = one("≥95%", "93");  // a bare number above 1 is read in the target's unit
  EXPECT_EQ(*bare.rows[0].points, dec("9.79"));
}

TEST(EdgeCases, NotApplicableRowsRescaleTheRest) {
  PerformanceForm f;
  f.indicators = {row(Level1::output, Level2::quantity, "a", "≥100次", Decimal(50)),
                  row(Level1::benefit, Level2::social_benefit, "b", "≥10次", Decimal(30)),
                  row(Level1::satisfaction, Level2::satisfaction, "c", "≥90%", Decimal(10))};
  Actuals a;
  a.indicators = {actual("a", "80次"), actual("b", "10次"), actual("c", "95%")};
  a.indicators[0].reason = "r";
  a.indicators[1].not_applicable = true;
  a.budget = budget("10", "10");
  auto c = score(f, a, io::builtin_profile("national"));
  EXPECT_EQ(c.rows[1].method, ScoreMethod::not_applicable);
  EXPECT_FALSE(c.rows[1].points.has_value());
  EXPECT_EQ(c.indicator_points, Decimal(50));                // 40 + 10
  EXPECT_EQ(c.indicator_part, dec("75"));                  // 50 × 90/60
  EXPECT_EQ(c.total, Decimal(85));
  EXPECT_EQ(c.indicator_arithmetic, "50.00 × 90/60 = 75.00");
  EXPECT_TRUE(c.complete());
}

TEST(EdgeCases, ManualAdjustmentNeedsJustification) {
  PerformanceForm f;
  f.indicators = {row(Level1::output, Level2::quantity, "a", "≥100次", Decimal(10))};
  Actuals a;
  a.indicators = {actual("a", "100次")};
  a.indicators[0].adjustment = Decimal(-2);
  auto c = score(f, a, io::builtin_profile("national"));
  EXPECT_EQ(*c.rows[0].points, Decimal(10));
  EXPECT_TRUE(has_finding(c, "JX-S007", 0));
  a.indicators[0].adjustment_justification = "目标设定明显偏低";
  c = score(f, a, io::builtin_profile("national"));
  EXPECT_EQ(*c.rows[0].points, Decimal(8));
  EXPECT_EQ(*c.rows[0].adjustment, Decimal(-2));
  EXPECT_EQ(*c.rows[0].formula_points, Decimal(10));
  a.indicators[0].adjustment = Decimal(5);  // would exceed the weight
  c = score(f, a, io::builtin_profile("national"));
  EXPECT_TRUE(has_finding(c, "JX-S018", 0));
  EXPECT_EQ(*c.rows[0].points, Decimal(10));
}

TEST(EdgeCases, OverAchievementNeedsAReasonAndCanBeUncapped) {
  auto c = one("≥100次", "140次");
  EXPECT_TRUE(c.rows[0].met);
  EXPECT_TRUE(c.rows[0].needs_reason);  // +40% ≥ 30%
  EXPECT_EQ(*c.rows[0].deviation, Decimal(40));
  Profile p = io::builtin_profile("national");
  p.cap_over_achievement = false;
  auto u = one("≥100次", "140次", p);
  EXPECT_EQ(*u.rows[0].points, Decimal(14));
  EXPECT_FALSE(one("≥100次", "129次").rows[0].needs_reason);
}

TEST(EdgeCases, MissingActualsAndWeights) {
  PerformanceForm f;
  f.indicators = {row(Level1::output, Level2::quantity, "a", "≥100次", Decimal(40)),
                  row(Level1::output, Level2::quality, "b", "≥90%", std::nullopt),
                  row(Level1::benefit, Level2::social_benefit, "c", "≥1项", Decimal(30))};
  Actuals a;
  a.indicators = {actual("a", "100次"), actual("c", "1项"), actual("nonexistent", "1项")};
  auto c = score(f, a, io::builtin_profile("national"));
  ASSERT_EQ(c.without_actuals.size(), 1u);
  EXPECT_EQ(c.without_actuals[0], 1u);
  EXPECT_TRUE(c.rows[1].weight_derived);
  EXPECT_EQ(c.rows[1].weight, Decimal(10));  // 50 − 40
  EXPECT_TRUE(has_finding(c, "JX-S014"));
  EXPECT_FALSE(c.weights_ok);                // no 满意度 rows: 80 ≠ 90
  EXPECT_TRUE(has_finding(c, "JX-S002"));
  EXPECT_TRUE(has_finding(c, "JX-S017"));    // no budget figures
}

// Issue 15 (046): an aggregate row (★, a 分值 and no target or actual) over rows with
// targets and no 分值. The sub-items share its 分值 (10 over 3: 3.34 + 3.33 + 3.33), its
// points are their sum and its published 得分 is compared with it; only it counts in the
// block, so the weights still add up to the profile's 50, and it raises no JX-S011.
TEST(EdgeCases, AnAggregateRowIsScoredThroughItsSubItems) {
  PerformanceForm f;
  f.indicators = {row(Level1::output, Level2::quantity, "★种植面积", "", Decimal(10)),
                  row(Level1::output, Level2::quantity, "红薯", "5.5亩", std::nullopt),
                  row(Level1::output, Level2::quantity, "梨树", "6亩", std::nullopt),
                  row(Level1::output, Level2::quantity, "桃", "2亩", std::nullopt),
                  row(Level1::output, Level2::quality, "合格率", "≥90%", Decimal(40))};
  Actuals a;
  a.indicators = {actual("红薯", "5.5亩"), actual("梨树", "6亩"), actual("桃", "1亩"), actual("合格率", "95%")};
  a.indicators[2].reason = "受灾";
  Observation aggregate;
  aggregate.name = "★种植面积";
  aggregate.published_score = Decimal(9);
  a.indicators.push_back(aggregate);
  const Scorecard c = score(f, a, io::builtin_profile("national"));
  ASSERT_EQ(c.rows.size(), 5u);
  EXPECT_EQ(c.rows[0].method, ScoreMethod::sub_items);
  EXPECT_EQ(c.rows[1].part_of, std::optional<std::size_t>(0));
  EXPECT_EQ(c.rows[3].part_of, std::optional<std::size_t>(0));
  EXPECT_FALSE(c.rows[4].part_of);
  EXPECT_EQ(c.rows[1].weight, dec("3.34"));
  EXPECT_EQ(c.rows[2].weight, dec("3.33"));
  EXPECT_EQ(c.rows[3].weight, dec("3.33"));
  EXPECT_EQ(*c.rows[3].points, dec("1.67"));  // 3.33 × 1/2, half-up
  EXPECT_EQ(*c.rows[0].points, dec("8.34"));  // 3.34 + 3.33 + 1.67
  EXPECT_EQ(c.rows[0].arithmetic, "3.34 + 3.33 + 1.67 = 8.34");
  EXPECT_FALSE(c.rows[0].met);
  EXPECT_EQ(c.indicator_weight, Decimal(50));
  EXPECT_EQ(c.indicator_points, dec("48.34"));
  EXPECT_TRUE(has_finding(c, "JX-S024"));
  EXPECT_FALSE(has_finding(c, "JX-S011"));
  EXPECT_TRUE(has_finding(c, "JX-S009"));  // published 9, computed 8.34
  for (const auto& finding : c.findings) {
    EXPECT_FALSE(finding.rule_id == "JX-S002" && finding.message(Lang::en).find("产出") != std::string::npos)
        << finding.message(Lang::en);
  }
}

// Issue 15: equal shares of a block add up to the block exactly (largest remainder, the
// first rows take the leftover cents) and raise no JX-S002 about weights the library chose.
Scorecard derived_shares(int outputs, int satisfactions) {
  PerformanceForm f;
  Actuals a;
  for (int k = 0; k < outputs; ++k) {
    f.indicators.push_back(row(Level1::output, Level2::quantity, "o" + std::to_string(k), "≥100次", std::nullopt));
    a.indicators.push_back(actual("o" + std::to_string(k), "100次"));
  }
  f.indicators.push_back(row(Level1::benefit, Level2::social_benefit, "b", "≥1项", Decimal(30)));
  a.indicators.push_back(actual("b", "1项"));
  for (int k = 0; k < satisfactions; ++k) {
    f.indicators.push_back(row(Level1::satisfaction, Level2::satisfaction, "s" + std::to_string(k), "≥90%", std::nullopt));
    a.indicators.push_back(actual("s" + std::to_string(k), "95%"));
  }
  a.budget = budget("100", "100");
  return score(f, a, io::builtin_profile("national"));
}

Decimal weight_sum(const Scorecard& c, Level1 l1) {
  Decimal sum;
  for (const auto& r : c.rows) {
    if (r.level1 == l1) sum += r.weight;
  }
  return sum;
}

TEST(EdgeCases, DerivedSharesAddUpToTheBlock) {
  const Scorecard six = derived_shares(6, 3);
  EXPECT_EQ(weight_sum(six, Level1::output), Decimal(50));
  EXPECT_EQ(six.rows[0].weight, dec("8.34"));
  EXPECT_EQ(six.rows[1].weight, dec("8.34"));
  EXPECT_EQ(six.rows[2].weight, dec("8.33"));
  EXPECT_EQ(six.rows[5].weight, dec("8.33"));
  EXPECT_EQ(weight_sum(six, Level1::satisfaction), Decimal(10));  // 3.34 + 3.33 + 3.33
  EXPECT_EQ(six.rows[7].weight, dec("3.34"));
  EXPECT_EQ(six.rows[8].weight, dec("3.33"));
  EXPECT_TRUE(six.weights_ok);
  EXPECT_FALSE(has_finding(six, "JX-S002"));
  EXPECT_EQ(six.total, Decimal(100));

  const Scorecard seven = derived_shares(7, 3);
  EXPECT_EQ(weight_sum(seven, Level1::output), Decimal(50));  // 7.15 × 2 + 7.14 × 5
  EXPECT_EQ(seven.rows[1].weight, dec("7.15"));
  EXPECT_EQ(seven.rows[2].weight, dec("7.14"));
  EXPECT_TRUE(seven.weights_ok);
  EXPECT_FALSE(has_finding(seven, "JX-S002"));
  EXPECT_EQ(seven.total, Decimal(100));
}

// Issue 15: a bare value under `equal as_positive` is met when the actual reaches it;
// over-achievement is measured as for 正向, not as a shortfall.
TEST(EdgeCases, BareValueAsPositiveIsMetWhenReached) {
  auto over = one("20000元", "23333.56元");
  EXPECT_TRUE(over.rows[0].met);
  EXPECT_EQ(*over.rows[0].points, Decimal(10));
  EXPECT_EQ(*over.rows[0].deviation, dec("16.67"));
  EXPECT_FALSE(over.rows[0].needs_reason);
  auto near = one("100%", "101.28%");
  EXPECT_TRUE(near.rows[0].met);
  EXPECT_FALSE(near.rows[0].needs_reason);
  auto under = one("100次", "90次");
  EXPECT_FALSE(under.rows[0].met);
  EXPECT_TRUE(under.rows[0].needs_reason);
  Profile sym = io::builtin_profile("national");
  sym.equal = EqualFormula::symmetric;
  EXPECT_FALSE(one("100次", "101次", sym).rows[0].met);  // symmetric: = means equal
  EXPECT_TRUE(one("100次", "100次", sym).rows[0].met);
}

TEST(EdgeCases, BudgetRowRules) {
  PerformanceForm f;
  Actuals a;
  a.budget = budget("65.66", "65.07");
  a.budget->printed_rate = "99%";
  auto c = score(f, a, io::builtin_profile("national"));
  EXPECT_EQ(*c.budget->points, dec("9.91"));
  EXPECT_FALSE(has_finding(c, "JX-S008"));
  EXPECT_EQ(*score(f, a, io::builtin_profile("jishan-2020")).budget->points, Decimal(9));
  a.budget->printed_rate = "0.1";  // contradicts the amounts
  EXPECT_TRUE(has_finding(score(f, a, io::builtin_profile("national")), "JX-S008"));
  a.budget = budget("100", "85");
  c = score(f, a, io::builtin_profile("national"));
  EXPECT_TRUE(c.budget->needs_reason);
  EXPECT_TRUE(c.budget_missing_reason);
  a.budget = budget("100", "120");
  c = score(f, a, io::builtin_profile("municipal-20"));
  EXPECT_EQ(*c.budget->points, Decimal(20));
  EXPECT_TRUE(c.budget->capped);
  Profile steps = io::builtin_profile("national");
  steps.budget_rule = BudgetRule::steps;
  steps.budget_steps = {{Decimal(90), Decimal(1)}, {Decimal(60), dec("0.5")}, {Decimal(0), Decimal(0)}};
  a.budget = budget("100", "89.99");
  EXPECT_EQ(*score(f, a, steps).budget->points, Decimal(5));
  a.budget = budget("100", "90");
  EXPECT_EQ(*score(f, a, steps).budget->points, Decimal(10));
}

TEST(EdgeCases, BudgetWeightFromTheTableCountsInTheTotalCheck) {
  WorkedExample ex;
  EXPECT_TRUE(score(ex.form, ex.actuals, io::builtin_profile("national")).weights_ok);
  ex.actuals.budget->weight = Decimal(20);  // 90 + 20 ≠ 100
  const Scorecard c = score(ex.form, ex.actuals, io::builtin_profile("national"));
  EXPECT_FALSE(c.weights_ok);
  EXPECT_TRUE(has_finding(c, "JX-S002"));
  EXPECT_EQ(*c.budget->points, dec("19.2"));
  EXPECT_EQ(c.max_total, Decimal(110));
}

TEST(EdgeCases, BlockRescaling) {
  PerformanceForm f;
  f.indicators = {row(Level1::output, Level2::quantity, "a", "≥10次", Decimal(60)),
                  row(Level1::benefit, Level2::social_benefit, "b", "≥10次", Decimal(40))};
  Actuals a;
  a.indicators = {actual("a", "5次"), actual("b", "10次")};
  a.indicators[0].reason = "r";
  a.budget = budget("100", "100");
  auto c = score(f, a, io::builtin_profile("municipal-20"));
  EXPECT_EQ(c.indicator_points, Decimal(70));
  EXPECT_EQ(c.indicator_part, Decimal(56));  // 70 × 80/100
  EXPECT_EQ(c.total, Decimal(76));
  EXPECT_EQ(c.max_total, Decimal(100));
  EXPECT_TRUE(c.weights_ok);
}

TEST(EdgeCases, RangeAndDeadline) {
  EXPECT_EQ(*one("90%-95%", "92%").rows[0].points, Decimal(10));
  EXPECT_EQ(*one("90%-95%", "45%").rows[0].points, Decimal(5));
  EXPECT_EQ(*one("2021年12月31日前", "2021年12月20日").rows[0].points, Decimal(10));
  auto late = one("2021年12月31日前", "2022年1月5日");
  EXPECT_EQ(*late.rows[0].points, Decimal(0));
  EXPECT_FALSE(late.rows[0].met);
}

// --- actuals files ----------------------------------------------------------------------

TEST(ActualsFiles, JsonInfoAndXmlReadTheSame) {
  const char* json = R"({"indicators": [
      {"name": "培训人次", "actual": "487人次", "reason": "r"},
      {"index": "3", "grade": "部分达成", "score": "21"},
      {"name": "x", "not_applicable": "true"},
      {"name": "y", "actual": "100%", "adjustment": {"points": "-2", "justification": "j"}, "published": "8"}],
    "budget": {"initial": "100", "full_year": "100", "executed": "96", "rate": "96%"},
    "published": {"total": "89.75", "grade": "良"}})";
  const char* info = R"(indicators
{
    row
    {
        name 培训人次
        actual 487人次
        reason r
    }
    row
    {
        index 3
        grade 部分达成
        score 21
    }
    row
    {
        name x
        not_applicable true
    }
    row
    {
        name y
        actual 100%
        adjustment
        {
            points -2
            justification j
        }
        published 8
    }
}
budget
{
    initial 100
    full_year 100
    executed 96
    rate 96%
}
published
{
    total 89.75
    grade 良
}
)";
  const char* xml = R"(<actuals><indicators><row><name>培训人次</name><actual>487人次</actual><reason>r</reason></row>
    <row><index>3</index><grade>部分达成</grade><score>21</score></row><row><name>x</name><not_applicable>true</not_applicable></row>
    <row><name>y</name><actual>100%</actual><adjustment><points>-2</points><justification>j</justification></adjustment><published>8</published></row></indicators>
    <budget><initial>100</initial><full_year>100</full_year><executed>96</executed><rate>96%</rate></budget>
    <published><total>89.75</total><grade>良</grade></published></actuals>)";
  for (const char* text : {json, info, xml}) {
    auto p = io::read_actuals(text);
    ASSERT_TRUE(p.ok()) << p.findings.front().render(Lang::en);
    const Actuals& a = *p.value;
    ASSERT_EQ(a.indicators.size(), 4u);
    EXPECT_EQ(a.indicators[0].value()->value, Decimal(487));
    EXPECT_EQ(a.indicators[0].value()->unit.symbol(), "人次");
    EXPECT_EQ(*a.indicators[1].index, 3u);
    EXPECT_EQ(*a.indicators[1].achievement, Achievement::partially_achieved);
    EXPECT_EQ(*a.indicators[1].chosen_score, Decimal(21));
    EXPECT_TRUE(a.indicators[2].not_applicable);
    EXPECT_EQ(*a.indicators[3].adjustment, Decimal(-2));
    EXPECT_EQ(*a.indicators[3].published_score, Decimal(8));
    EXPECT_EQ(*a.budget->executed, Decimal(96));
    EXPECT_EQ(a.budget->printed_rate, "96%");
    EXPECT_EQ(*a.published_total, dec("89.75"));
    EXPECT_EQ(a.published_rating, "良");
  }
}

TEST(ActualsFiles, BadEntriesNameTheirPath) {
  io::LoadOptions options;
  options.file_name = "a.json";
  auto p = io::read_actuals(R"({"indicators": [{"name": "a", "actual": "很多"}, {"score": "x1"}], "budgte": {}})", options);
  ASSERT_FALSE(p.ok());
  EXPECT_FALSE(p.value);
  std::string all;
  for (const auto& f : p.findings) all += f.location.path + " " + f.rule_id + " " + f.render(Lang::en) + "\n";
  EXPECT_NE(all.find("/indicators/0/actual JX-IO020 a.json:1:"), std::string::npos) << all;
  EXPECT_NE(all.find("/indicators/1/score JX-IO014"), std::string::npos) << all;
  EXPECT_NE(all.find("/indicators/1 JX-IO012"), std::string::npos) << all;
  EXPECT_NE(all.find("/budgte JX-IO011"), std::string::npos) << all;
  EXPECT_FALSE(io::read_actuals("{\"indicators\": [").ok());
  EXPECT_FALSE(io::load_actuals("/nonexistent.json").ok());
}

TEST(ActualsFiles, ReadActualCells) {
  Observation a;
  EXPECT_TRUE(read_observation("2021年12月", a).empty());
  ASSERT_TRUE(a.date().has_value());
  EXPECT_EQ(a.date()->day, 31);
  a = {};
  // Dates are read by the target grammar (one date reader): a year-month is its last day.
  EXPECT_TRUE(read_observation("2024-02", a).empty());
  ASSERT_TRUE(a.date().has_value());
  EXPECT_EQ(a.date()->iso(), "2024-02-29");
  a = {};
  EXPECT_TRUE(read_observation("2021年12月完成", a).empty());
  EXPECT_EQ(a.date()->iso(), "2021-12-31");
  a = {};
  EXPECT_EQ(read_observation("2024-13", a).size(), 1u);  // no such month: not a date, not a number
  EXPECT_FALSE(a.date().has_value());
  a = {};
  EXPECT_TRUE(read_observation("12月底", a).empty());
  EXPECT_FALSE(a.date()->year.has_value());
  a = {};
  auto d = read_observation("≥90%", a);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].code, "jixiao.actual.comparator_dropped");
  EXPECT_EQ(a.value()->value, Decimal(90));
  a = {};
  EXPECT_TRUE(read_observation("达成预期指标", a).empty());
  EXPECT_EQ(*a.achievement, Achievement::achieved);
  a = {};
  EXPECT_TRUE(read_observation("１４．８万元", a).empty());
  EXPECT_EQ(a.value()->value, dec("14.8"));
  EXPECT_EQ(a.value()->unit.symbol(), "万元");
  a = {};
  d = read_observation("约100人", a);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].code, "jixiao.actual.unreadable");
  EXPECT_FALSE(a.value().has_value());
}

// --- properties ------------------------------------------------------------------------

struct Gen {
  std::mt19937 rng{20240527u};
  Decimal number(int max_cents) {
    std::uniform_int_distribution<int> d(0, max_cents);
    return Decimal::from_parts(d(rng), 2);
  }
};

TEST(Properties, ScoreWithinZeroAndWeightAndTotalIsTheSum) {
  Gen g;
  for (const char* profile : {"national", "vendor-80-70-60", "yongde-2022", "municipal-20"}) {
    const Profile p = io::builtin_profile(profile);
    for (int round = 0; round < 200; ++round) {
      PerformanceForm f;
      Actuals a;
      const char* ops[] = {"≥", "≤", ""};
      for (int i = 0; i < 6; ++i) {
        const Decimal target = g.number(100000);
        const std::string t = std::string(ops[i % 3]) + target.to_string() + "次";
        f.indicators.push_back(row(Level1::output, Level2::quantity, "r" + std::to_string(i), t, g.number(3000)));
        a.indicators.push_back(actual("r" + std::to_string(i), g.number(200000).to_string() + "次"));
      }
      a.budget = budget("100", g.number(15000).to_string().c_str());
      const Scorecard c = score(f, a, p);
      Decimal sum;
      for (const auto& r : c.rows) {
        if (!r.points) continue;  // A = 0 handled by the zero-target rule; never absent here
        EXPECT_GE(*r.points, Decimal(0)) << r.arithmetic;
        EXPECT_LE(*r.points, r.weight.round_to(p.round_quantitative.scale, RoundingMode::up)) << r.arithmetic;
        sum += *r.points;
      }
      for (const auto& r : c.rows) ASSERT_TRUE(r.points.has_value()) << r.target_text << " " << r.actual_text;
      EXPECT_EQ(c.indicator_points, sum);
      ASSERT_TRUE(c.budget && c.budget->points);
      EXPECT_LE(*c.budget->points, c.budget->weight);
      const Decimal expected_total =
          (p.indicator_block_points ? divide(sum * *p.indicator_block_points, c.indicator_weight, p.round_total.scale, p.round_total.mode)
                                    : sum) +
          *c.budget->points;
      if (!c.indicator_weight.is_zero()) {
        EXPECT_EQ(c.total, expected_total.round_to(p.round_total.scale, p.round_total.mode));
      }
    }
  }
}

TEST(Properties, MonotoneForPositiveAntitoneForReverse) {
  Gen g;
  for (const char* profile : {"national", "vendor-80-70-60", "yongde-2022"}) {
    const Profile p = io::builtin_profile(profile);
    for (int round = 0; round < 300; ++round) {
      const Decimal target = g.number(50000) + dec("0.01");
      const Decimal w = g.number(3000);
      Decimal b1 = g.number(100000);
      Decimal b2 = g.number(100000);
      if (b2 < b1) std::swap(b1, b2);
      for (const char* op : {"≥", "≤"}) {
        const std::string t = std::string(op) + target.to_string() + "次";
        auto s1 = one(t, b1.to_string() + "次", p, w);
        auto s2 = one(t, b2.to_string() + "次", p, w);
        ASSERT_TRUE(s1.rows[0].points && s2.rows[0].points);
        if (std::string(op) == "≥") {
          EXPECT_LE(*s1.rows[0].points, *s2.rows[0].points) << t << " " << b1 << " " << b2;
        } else {
          EXPECT_GE(*s1.rows[0].points, *s2.rows[0].points) << t << " " << b1 << " " << b2;
        }
      }
    }
  }
}

// Issue 17/18: a negative budget is not a budget. Before, A = −100, B = −50 scored full
// marks, A = B = −100 was "100% is below 90%", and a negative A was called missing.
TEST(BudgetRow, NegativeBudgetIsReportedAndNotScored) {
  const Profile p = io::builtin_profile("national");
  for (const auto& [a, b] : {std::pair{"-100", "-50"}, std::pair{"-100", "-100"}, std::pair{"100", "-5"},
                             std::pair{"-100", "50"}}) {
    Actuals x;
    x.budget = budget(a, b);
    const Scorecard c = score(PerformanceForm{}, x, p);
    ASSERT_TRUE(c.budget) << a << " " << b;
    EXPECT_FALSE(c.budget->points) << a << " " << b;
    EXPECT_FALSE(c.budget->rate) << a << " " << b;
    EXPECT_TRUE(has_finding(c, "JX-S023")) << a << " " << b;
    EXPECT_FALSE(has_finding(c, "JX-S017")) << a << " " << b;  // not "missing"
    EXPECT_FALSE(has_finding(c, "JX-S003")) << a << " " << b;  // no rate to be below 90%
  }
  Actuals zero;
  zero.budget = budget("0", "10");
  EXPECT_TRUE(has_finding(score(PerformanceForm{}, zero, p), "JX-S017"));
}

TEST(BudgetRow, MixedOrUnknownMoneyUnitsAreReported) {
  const Profile p = io::builtin_profile("national");
  PerformanceForm f;
  ExecutionLine total;
  total.name = "年度资金总额";
  total.full_year_budget = dec("100");
  total.executed = dec("96");
  ExecutionLine fiscal = total;
  fiscal.name = "财政拨款";
  fiscal.unit = MoneyUnit::yuan;
  f.budget.execution = {total, fiscal};
  Actuals a = actuals_from_form(f);
  Scorecard c = score(f, a, p);
  EXPECT_TRUE(has_finding(c, "JX-S022"));
  EXPECT_EQ(*c.budget->rate, Decimal(96));  // the rate is taken within one row
  f.budget.execution = {total};
  EXPECT_FALSE(has_finding(score(f, a, p), "JX-S022"));
  f.budget.execution[0].unit = AmountUnit::parse("千元");
  c = score(f, a, p);
  ASSERT_TRUE(has_finding(c, "JX-S022"));
}

}  // namespace
}  // namespace jixiao
