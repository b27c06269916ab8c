// Target::evaluate: met / not met and the exact completion ratio.
#include <jixiao/target.hpp>

#include <gtest/gtest.h>

namespace {

using jixiao::Achievement;
using jixiao::Decimal;
using jixiao::Deadline;
using jixiao::Evaluation;
using jixiao::Quantity;
using jixiao::Target;
using jixiao::Unit;

Decimal dec(const char* text) { return Decimal::parse(text).value(); }
Quantity q(const char* value, const char* unit = "") { return Quantity{dec(value), Unit::parse(unit)}; }
Target t(const char* text) { return Target::parse(text).value(); }

TEST(TargetEvaluate, PositiveTargets) {
  const Evaluation e = t("≥500人").evaluate(q("487", "人"));
  EXPECT_FALSE(e.met);
  ASSERT_TRUE(e.ratio);
  EXPECT_TRUE(e.ratio->identical(dec("0.974000")));
  EXPECT_TRUE(e.ratio_exact);

  const Evaluation f = t("≥95%").evaluate(q("95", "%"));
  EXPECT_TRUE(f.met);
  EXPECT_EQ(*f.ratio, Decimal(1));

  EXPECT_FALSE(t(">95%").evaluate(q("95", "%")).met);  // strict: 超过 excludes the number
  EXPECT_TRUE(t(">95%").evaluate(q("95.1", "%")).met);
}

TEST(TargetEvaluate, RatioIsRoundedHalfUpAndFlagged) {
  const Evaluation e = t("≥3次").evaluate(q("2", "次"));
  ASSERT_TRUE(e.ratio);
  EXPECT_TRUE(e.ratio->identical(dec("0.666667")));
  EXPECT_FALSE(e.ratio_exact);
}

TEST(TargetEvaluate, NegativeTargets) {
  const Evaluation e = t("≤90万元").evaluate(q("100", "万元"));
  EXPECT_FALSE(e.met);
  ASSERT_TRUE(e.ratio);
  EXPECT_EQ(*e.ratio, dec("0.9"));  // target / actual
  EXPECT_TRUE(t("≤90万元").evaluate(q("90", "万元")).met);
  EXPECT_FALSE(t("<90万元").evaluate(q("90", "万元")).met);  // 不满 excludes the number
}

TEST(TargetEvaluate, ConvertsUnits) {
  const Evaluation e = t("≤90万元").evaluate(q("850000", "元"));
  EXPECT_TRUE(e.met);
  ASSERT_TRUE(e.ratio);
  EXPECT_EQ(*e.ratio, dec("1.058824"));
  const Evaluation bare = t("≥95%").evaluate(q("96"));  // a bare actual is in the target's unit
  EXPECT_TRUE(bare.met);
  const Evaluation wrong = t("≥95%").evaluate(q("96", "人"));
  EXPECT_FALSE(wrong.met);
  EXPECT_FALSE(wrong.ratio);
  ASSERT_FALSE(wrong.diagnostics.empty());
  EXPECT_EQ(wrong.diagnostics.front().code, "jixiao.evaluate.incompatible_units");
}

TEST(TargetEvaluate, EqualityAndRanges) {
  EXPECT_TRUE(t("100%").evaluate(q("100.0", "%")).met);
  EXPECT_FALSE(t("100%").evaluate(q("99", "%")).met);
  const Evaluation in = t("90%-95%").evaluate(q("92", "%"));
  EXPECT_TRUE(in.met);
  EXPECT_EQ(*in.ratio, Decimal(1));
  const Evaluation below = t("90%-95%").evaluate(q("81", "%"));
  EXPECT_FALSE(below.met);
  EXPECT_EQ(*below.ratio, dec("0.9"));
  const Evaluation above = t("90%-95%").evaluate(q("100", "%"));
  EXPECT_FALSE(above.met);
  EXPECT_EQ(*above.ratio, dec("0.95"));
  EXPECT_TRUE(t("±3%以内").evaluate(q("-2", "%")).met);
}

TEST(TargetEvaluate, DivisionByZeroGivesNoRatio) {
  const Evaluation e = t("≤0%").evaluate(q("0", "%"));
  EXPECT_TRUE(e.met);
  EXPECT_FALSE(e.ratio);
  ASSERT_FALSE(e.diagnostics.empty());
  EXPECT_EQ(e.diagnostics.front().code, "jixiao.evaluate.division_by_zero");
}

TEST(TargetEvaluate, QualitativeGrades) {
  const Target good = t("效果明显");
  const Evaluation a = good.evaluate(Achievement::achieved);
  EXPECT_TRUE(a.met);
  EXPECT_EQ(a.achievement, Achievement::achieved);
  EXPECT_FALSE(a.ratio);
  const Evaluation p = good.evaluate(Achievement::partially_achieved);
  EXPECT_FALSE(p.met);
  EXPECT_EQ(p.achievement, Achievement::partially_achieved);
  EXPECT_FALSE(good.evaluate(Achievement::not_achieved).met);
  EXPECT_FALSE(good.evaluate(q("1")).met);
  EXPECT_FALSE(t("≥95%").evaluate(Achievement::achieved).diagnostics.empty());
}

TEST(TargetEvaluate, Deadlines) {
  const Target d = t("2021年12月31日");
  Deadline done;
  done.year = 2021;
  done.month = 12;
  done.day = 20;
  EXPECT_TRUE(d.evaluate(done).met);
  done.year = 2022;
  done.month = 1;
  done.day = 5;
  EXPECT_FALSE(d.evaluate(done).met);
  const Target yearly = t("每年12月底前");
  EXPECT_TRUE(yearly.evaluate(done).met);  // month and day only
  const Target range = t("2021年3月-6月");
  Deadline april;
  april.year = 2021;
  april.month = 4;
  april.day = 1;
  EXPECT_TRUE(range.evaluate(april).met);
  april.month = 7;
  EXPECT_FALSE(range.evaluate(april).met);
  EXPECT_FALSE(t("12月底前").evaluate(q("1")).met);
}

TEST(TargetEvaluate, CompoundIsPartByPart) {
  const Evaluation e = t("工业90%以上，商贸服务业80%以上").evaluate(q("95", "%"));
  EXPECT_FALSE(e.met);
  EXPECT_FALSE(e.ratio);
  EXPECT_FALSE(e.diagnostics.empty());
}

}  // namespace
