// The taxonomy: keys, names and every spelling of 一级/二级 seen in the corpus.
#include <jixiao/taxonomy.hpp>

#include <gtest/gtest.h>

#include <sstream>

namespace jixiao {
namespace {

TEST(Taxonomy, KeysAndNamesRoundTrip) {
  for (Level1 l : {Level1::output, Level1::cost, Level1::benefit, Level1::satisfaction}) {
    EXPECT_EQ(from_string<Level1>(to_string(l)), l) << to_string(l);
    EXPECT_EQ(from_string<Level1>(chinese_name(l)), l) << chinese_name(l);
  }
  for (int i = 0; i < static_cast<int>(Level2::unknown); ++i) {
    const Level2 l = static_cast<Level2>(i);
    EXPECT_EQ(from_string<Level2>(to_string(l)), l) << to_string(l);
    EXPECT_EQ(from_string<Level2>(chinese_name(l)), l) << chinese_name(l);
  }
  EXPECT_STREQ(to_string(Level2::ecological_benefit), "ecological_benefit");
  EXPECT_STREQ(chinese_name(Level1::output), "产出指标");
}

TEST(Taxonomy, Level1SpellingsFromTheCorpus) {
  EXPECT_EQ(from_string<Level1>("产出指标(50分)"), Level1::output);
  EXPECT_EQ(from_string<Level1>("产出指标（40分）"), Level1::output);
  EXPECT_EQ(from_string<Level1>("效益指标(30分)"), Level1::benefit);
  EXPECT_EQ(from_string<Level1>("满意度指标(10分)"), Level1::satisfaction);
  EXPECT_EQ(from_string<Level1>("满意度 指标"), Level1::satisfaction);
  EXPECT_EQ(from_string<Level1>("预期产出指标"), Level1::output);
  EXPECT_EQ(from_string<Level1>("效果指标"), Level1::benefit);
  // Self-evaluation frameworks (corpus 006, held-out 505): 项目产出(30分), 项目效益(35分).
  EXPECT_EQ(from_string<Level1>("项目产出(30分)"), Level1::output);
  EXPECT_EQ(from_string<Level1>("项目效益"), Level1::benefit);
  EXPECT_EQ(from_string<Level1>("成本指标(0-20)分"), Level1::cost);
  EXPECT_EQ(from_string<Level1>("產出指標"), Level1::output);
  EXPECT_EQ(from_string<Level1>("效益指標(biāo)"), Level1::benefit);
  EXPECT_EQ(from_string<Level1>("產出目標"), Level1::output);
  EXPECT_EQ(from_string<Level1>("一、产出指标"), Level1::output);
  EXPECT_EQ(from_string<Level1>("\xE3\x80\x80产出\xE3\x80\x80指标 "), Level1::output);
  EXPECT_EQ(from_string<Level1>("产出"), Level1::output);
}

TEST(Taxonomy, Level2SpellingsFromTheCorpus) {
  EXPECT_EQ(from_string<Level2>("经济效益 指标"), Level2::economic_benefit);
  EXPECT_EQ(from_string<Level2>("经济效益\n\n指标"), Level2::economic_benefit);
  EXPECT_EQ(from_string<Level2>("环境效益指标"), Level2::ecological_benefit);
  EXPECT_EQ(from_string<Level2>("社会公众或服务对象满意度指标"), Level2::satisfaction);
  EXPECT_EQ(from_string<Level2>("服务对象满意度指标等"), Level2::satisfaction);
  EXPECT_EQ(from_string<Level2>("服务对象 满意度指 标"), Level2::satisfaction);
  EXPECT_EQ(from_string<Level2>("服务对象或受益者满意度指标"), Level2::satisfaction);
  EXPECT_EQ(from_string<Level2>("数量指标(或建筑规模指标)"), Level2::quantity);
  EXPECT_EQ(from_string<Level2>("时效指标(工期指标、形象进度指标)"), Level2::timeliness);
  EXPECT_EQ(from_string<Level2>("数量指标(10分)"), Level2::quantity);
  EXPECT_EQ(from_string<Level2>("(一)数量指标"), Level2::quantity);
  EXPECT_EQ(from_string<Level2>("數量目標"), Level2::quantity);
  EXPECT_EQ(from_string<Level2>("社會效益目標"), Level2::social_benefit);
  EXPECT_EQ(from_string<Level2>("可持续影响"), Level2::sustainable_impact);
  EXPECT_EQ(from_string<Level2>("可持续性发展影响指标"), Level2::sustainable_impact);
  EXPECT_EQ(from_string<Level2>("生态环境成本指标"), Level2::ecological_cost);
  EXPECT_EQ(from_string<Level2>("预算(或投资规模)控制指标"), Level2::cost);
}

TEST(Taxonomy, RejectsWhatItCannotName) {
  EXPECT_EQ(from_string<Level1>(""), std::nullopt);
  EXPECT_EQ(from_string<Level1>("(50分)"), std::nullopt);
  EXPECT_EQ(from_string<Level1>("绩效指标(90分)"), std::nullopt);
  EXPECT_EQ(from_string<Level2>("社会、经济、生态效益 指标"), std::nullopt);  // three at once: never guess
  EXPECT_EQ(from_string<Level2>("指标1:"), std::nullopt);
  EXPECT_EQ(from_string<Level1>("unknown"), std::nullopt);
  EXPECT_EQ(from_string<Level2>("数量指标x"), std::nullopt);
}

TEST(Taxonomy, BothVariants) {
  EXPECT_TRUE(belongs_to(Level2::cost, Level1::output, TaxonomyVariant::classic));
  EXPECT_FALSE(belongs_to(Level2::cost, Level1::output, TaxonomyVariant::fin2021));
  EXPECT_TRUE(belongs_to(Level2::economic_cost, Level1::cost, TaxonomyVariant::fin2021));
  EXPECT_FALSE(belongs_to(Level2::economic_cost, Level1::output, TaxonomyVariant::fin2021));
  EXPECT_FALSE(belongs_to(Level2::economic_cost, Level1::cost, TaxonomyVariant::classic));
  EXPECT_TRUE(belongs_to(Level2::ecological_benefit, Level1::benefit, TaxonomyVariant::classic));
  EXPECT_TRUE(belongs_to(Level2::satisfaction, Level1::satisfaction, TaxonomyVariant::fin2021));
  EXPECT_FALSE(belongs_to(Level2::unknown, Level1::output, TaxonomyVariant::classic));
  EXPECT_EQ(parent_of(Level2::cost, TaxonomyVariant::classic), Level1::output);
  EXPECT_EQ(parent_of(Level2::cost, TaxonomyVariant::fin2021), Level1::cost);
  EXPECT_EQ(from_string<TaxonomyVariant>(to_string(TaxonomyVariant::fin2021)), TaxonomyVariant::fin2021);
  std::ostringstream out;
  out << Level1::benefit << ' ' << Level2::social_cost;
  EXPECT_EQ(out.str(), "benefit social_cost");
}

}  // namespace
}  // namespace jixiao
