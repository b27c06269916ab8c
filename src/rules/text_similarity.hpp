// Chinese text similarity on character bigrams (internal to the rule catalogue).
//
// A text becomes the set of bigrams of consecutive code points inside runs of letters
// and digits (CJK ideographs, ASCII alphanumerics, full-width digits); punctuation and
// spaces split runs, so "企业，服务" gives 企业 and 服务 but not 业服. Similarity of a
// task text to an indicator name is the overlap |A∩B| / min(|A|, |B|): a short
// indicator name fully contained in a long task description scores 1.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "jixiao/decimal.hpp"

namespace jixiao::detail {

/// The sorted, de-duplicated bigrams of `text` (two code points packed in 64 bits).
std::vector<std::uint64_t> bigrams(std::string_view text);
/// The same into `out` (cleared first), reusing its storage.
void bigrams(std::string_view text, std::vector<std::uint64_t>& out);

/// |A∩B| of two sorted bigram sets.
std::size_t common_bigrams(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b);

/// Overlap similarity of two texts at 4 decimals (0 when either has no bigram).
Decimal bigram_similarity(std::string_view a, std::string_view b);

/// `text` reduced to the words that tell one task or indicator from another: the
/// generic words of performance forms (工作, 开展, 保障, 覆盖, 情况 …) become separators,
/// a measure suffix at the end (覆盖率, 完成率, 次数, 率, 数 …) is dropped, and common
/// synonyms are written one way (整洁/卫生 → 清洁, 办公楼 → 办公用房, 困难 → 问题 …).
std::string content_words(std::string_view text);
/// Word coverage of two content texts (from `content_words`): the share of one text's
/// letters that sit in a bigram the other text also has, the larger of the two shares,
/// at 4 decimals. `协调问题反馈` is 4/6 covered by `协调企业经营问题` (协调, 问题),
/// where the bigram overlap is 2/6.
Decimal word_coverage(std::string_view a, std::string_view b);

/// A content text read once for `word_coverage`: its bigrams, and for each code point
/// the bigram it starts, so a text compared with many others is decoded once.
struct WordText {
  /// `text` (from `content_words`) read.
  explicit WordText(std::string_view text);
  /// In `pairs`: a code point that is not a letter or digit.
  static constexpr std::uint64_t not_a_letter = ~std::uint64_t{0};
  /// In `pairs`: a letter with no letter after it.
  static constexpr std::uint64_t last_letter = ~std::uint64_t{0} - 1;
  std::vector<std::uint64_t> pairs;  ///< Per code point: its bigram with the next, or a marker above.
  std::vector<std::uint64_t> grams;  ///< Its sorted bigrams (`bigrams`).
  std::uint64_t filter = 0;          ///< One bit per bigram (a hash of it): a clear bit rules a bigram out.
  std::size_t letters = 0;           ///< Code points that are letters or digits.
};
/// `word_coverage` of two texts read once.
Decimal word_coverage(const WordText& a, const WordText& b);

/// The best match of a query among many candidate texts, found through an inverted
/// index so the cost follows the shared bigrams, not candidates × queries.
class BigramIndex {
 public:
  /// Indexes `texts` (candidate i is texts[i]).
  explicit BigramIndex(const std::vector<std::string_view>& texts);
  /// Indexes texts already read (candidate i is texts[i]; their `grams` are its bigrams).
  explicit BigramIndex(const std::vector<WordText>& texts);
  /// The best candidate for `query`: its index and overlap count; index npos when no
  /// candidate shares a bigram. Ties go to the lower index.
  struct Match {
    std::size_t index = static_cast<std::size_t>(-1);  // candidate index
    std::size_t common = 0;                            // shared bigrams
    std::size_t query_size = 0;                        // bigrams in the query
    std::size_t candidate_size = 0;                    // bigrams in the candidate
    /// Overlap at 4 decimals.
    Decimal similarity() const;
  };
  /// Caller-owned working memory, reused across queries (counts are left zeroed).
  struct Scratch {
    std::vector<std::uint32_t> counts;   // per candidate
    std::vector<std::uint32_t> touched;  // candidates with a non-zero count
  };
  /// Best match under the overlap measure.
  Match best(const std::vector<std::uint64_t>& query, Scratch& scratch) const;
  /// The candidates sharing the most bigrams with `query` (at most `limit`, most shared
  /// first, ties to the lower index) into `out` as (index, shared bigrams).
  void candidates(const std::vector<std::uint64_t>& query, Scratch& scratch, std::size_t limit,
                  std::vector<std::pair<std::size_t, std::size_t>>& out) const;
  /// Number of bigrams of candidate i.
  std::size_t size_of(std::size_t i) const { return sizes_[i]; }

 private:
  // Open-addressing table bigram → head of a singly linked list of postings; built in
  // one pass, no sorting, O(1) lookups.
  static constexpr std::uint32_t none = 0xFFFFFFFFu;
  std::vector<std::uint64_t> slot_keys_;
  std::vector<std::uint32_t> slot_heads_;  // none = empty slot
  std::vector<std::uint32_t> ids_;         // candidate of each posting
  std::vector<std::uint32_t> next_;        // next posting of the same bigram
  std::size_t mask_ = 0;
  std::size_t slot_of(std::uint64_t key) const noexcept;
  // An empty table of at least `slots` slots (more than the bigrams it will hold).
  void reserve(std::size_t slots, std::size_t postings, std::size_t texts);
  // Candidate sizes_.size() with its sorted, distinct bigrams.
  void add(const std::vector<std::uint64_t>& grams);
  std::vector<std::size_t> sizes_;
};

}  // namespace jixiao::detail
