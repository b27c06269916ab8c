// Character-bigram similarity behind the key-task coverage rules (JX-Q009, JX-Q010).
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "../src/rules/text_similarity.hpp"

namespace jixiao::detail {
namespace {

TEST(Bigrams, CodePointPairsSplitAtPunctuation) {
  EXPECT_EQ(bigrams("企业服务").size(), 3u);  // 企业 业服 服务
  EXPECT_EQ(bigrams("企业，服务").size(), 2u);  // the comma splits: 企业 服务
  EXPECT_EQ(bigrams("企业企业").size(), 2u);  // 企业 业企 (deduplicated)
  EXPECT_TRUE(bigrams("企").empty());
  EXPECT_TRUE(bigrams("").empty());
  EXPECT_EQ(bigrams("ＡＢ").size(), bigrams("ab").size());  // full-width folds to ASCII
  EXPECT_EQ(bigrams("\xE4\xBC").size(), 0u);                // truncated UTF-8 is not read past the end
}

TEST(Bigrams, OverlapSimilarity) {
  // 协调企业经营问题 (7 bigrams) vs 协调问题反馈率 (6): shared 协调, 问题 → 2/6.
  EXPECT_EQ(bigram_similarity("协调企业经营问题", "协调问题反馈率"), Decimal::parse("0.3333").value());
  EXPECT_EQ(bigram_similarity("双碳业务服务", "组织开展双碳业务服务"), Decimal(1));  // contained
  EXPECT_EQ(bigram_similarity("双碳业务服务次数", "组织开展双碳业务服务"), Decimal::parse("0.7143").value());  // 5 of 7
  EXPECT_EQ(bigram_similarity("土地", "年鉴"), Decimal(0));
}

TEST(WordCoverage, GenericWordsOutSynonymsMapped) {
  EXPECT_EQ(content_words("协调问题反馈率"), "协调问题反馈");            // measure suffix dropped
  EXPECT_EQ(content_words("治安监控覆盖率"), "治安监控");                // 覆盖率 is generic
  EXPECT_EQ(content_words("办公楼保持整洁"), "办公用房保持清洁");        // synonyms written one way
  EXPECT_EQ(content_words("开展双碳业务服务工作"), " 双碳业务服务");      // generic words become separators
  // 协调 and 问题 cover 4 of the 6 letters of 协调问题反馈 (the bigram overlap is 2/6).
  EXPECT_EQ(word_coverage(content_words("协调企业经营问题"), content_words("协调问题反馈率")),
            Decimal::parse("0.6667").value());
  EXPECT_EQ(word_coverage(content_words("保障特殊监管区域社会治安"), content_words("治安监控覆盖率")),
            Decimal::parse("0.5000").value());
  // Only generic words in common: nothing covered.
  EXPECT_EQ(word_coverage(content_words("开展围网监管全面覆盖工作"), content_words("治安监控覆盖率")), Decimal(0));
  EXPECT_EQ(word_coverage("", "治安"), Decimal(0));
}

// Deterministic texts of n pieces drawn from a pool (a linear congruential sequence).
class PoolText {
 public:
  PoolText(std::vector<std::string> pool, std::uint32_t seed) : pool_(std::move(pool)), state_(seed) {}
  std::string operator()(int n) {
    std::string s;
    for (int i = 0; i < n; ++i) {
      state_ = state_ * 1664525u + 1013904223u;
      s += pool_[(state_ >> 16) % pool_.size()];
    }
    return s;
  }

 private:
  std::vector<std::string> pool_;
  std::uint32_t state_;
};

TEST(BigramIndex, CandidatesMostSharedFirstUpToTheLimit) {
  const std::vector<std::string_view> names = {"企业服务", "企业服务走访", "政策宣传", "企业"};
  const BigramIndex index(names);
  BigramIndex::Scratch scratch;
  std::vector<std::pair<std::size_t, std::size_t>> out;
  index.candidates(bigrams("企业服务走访"), scratch, 2, out);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0], (std::pair<std::size_t, std::size_t>{1, 5}));
  EXPECT_EQ(out[1], (std::pair<std::size_t, std::size_t>{0, 3}));
  index.candidates(bigrams("土地"), scratch, 2, out);
  EXPECT_TRUE(out.empty());
}

TEST(BigramIndex, BestMatchEqualsBruteForce) {
  PoolText text({"企", "业", "服", "务", "走", "访", "政", "策", "土", "地", "台", "账", "安", "全"}, 7);
  std::vector<std::string> names;
  for (int i = 0; i < 200; ++i) names.push_back(text(3 + i % 6));
  std::vector<std::string_view> views(names.begin(), names.end());
  const BigramIndex index(views);
  BigramIndex::Scratch scratch;
  for (int q = 0; q < 100; ++q) {
    const std::string query = text(4 + q % 10);
    const auto qb = bigrams(query);
    const auto m = index.best(qb, scratch);
    Decimal best_sim(0);
    std::size_t best_i = static_cast<std::size_t>(-1);
    for (std::size_t i = 0; i < names.size(); ++i) {
      const auto nb = bigrams(names[i]);
      if (common_bigrams(qb, nb) == 0) continue;
      const Decimal s = bigram_similarity(query, names[i]);
      if (best_i == static_cast<std::size_t>(-1) || s > best_sim) {
        best_sim = s;
        best_i = i;
      }
    }
    if (best_i == static_cast<std::size_t>(-1)) {
      EXPECT_EQ(m.index, best_i);
      continue;
    }
    ASSERT_NE(m.index, static_cast<std::size_t>(-1));
    EXPECT_EQ(m.similarity(), best_sim) << query;
    EXPECT_EQ(m.common, common_bigrams(qb, bigrams(names[m.index])));
  }
}

// The index built from texts read once (as the coverage rules build it) answers as the
// index built from the texts themselves: same candidates, same shared counts, same order.
TEST(BigramIndex, IndexOfReadTextsEqualsIndexOfTexts) {
  PoolText text({"企", "业", "服", "务", "走", "访", "，", "a", "B", "１", " ", "率", "政", "策"}, 11);
  std::vector<std::string> names;
  for (int i = 0; i < 300; ++i) names.push_back(text(i % 9));
  const std::vector<std::string_view> views(names.begin(), names.end());
  std::vector<WordText> read;
  for (const auto& n : names) read.emplace_back(n);
  const BigramIndex from_texts(views);
  const BigramIndex from_read(read);
  BigramIndex::Scratch scratch;
  std::vector<std::pair<std::size_t, std::size_t>> a, b;
  for (int q = 0; q < 200; ++q) {
    const std::string query = text(2 + q % 12);
    from_texts.candidates(bigrams(query), scratch, 16, a);
    from_read.candidates(bigrams(query), scratch, 16, b);
    EXPECT_EQ(a, b) << query;
  }
  for (std::size_t i = 0; i < names.size(); ++i) EXPECT_EQ(from_texts.size_of(i), from_read.size_of(i));
}

}  // namespace
}  // namespace jixiao::detail

// A text read once for word_coverage has the bigrams `bigrams` gives (word_coverage of
// two texts reads them this way; its values are tested above).
TEST(TextSimilarity, WordTextReadsAsBigramsDoes) {
  for (const char* t : {"协调企业经营问题", "办公用房 清洁，卫生", "ABC１２３abc", "覆盖率100%", "", "a", "指标 A-1、B２",
                        "\xE4\xBC", "a\xFF" "b\xE4\xBC\xE4" "c"}) {
    EXPECT_EQ(jixiao::detail::WordText(t).grams, jixiao::detail::bigrams(t)) << t;
  }
}
