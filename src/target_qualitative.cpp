// Qualitative targets: the categories their words fall in, and the indicator-name test.
#include <array>
#include <cstdint>
#include <string_view>

#include "target_grammar.hpp"

namespace jixiao::detail {
namespace {

bool contains_any(std::string_view s, std::initializer_list<std::string_view> words) noexcept {
  for (std::string_view w : words) {
    if (s.find(w) != std::string_view::npos) return true;
  }
  return false;
}

bool equals_any(std::string_view s, std::initializer_list<std::string_view> words) noexcept {
  for (std::string_view w : words) {
    if (s == w) return true;
  }
  return false;
}

// Grade words (优良中低差, 好/较好/一般/差, 高/较高 …) and the separators between them.
constexpr std::string_view kGrades[] = {"优秀", "良好", "较好", "一般", "较高", "较低", "中等", "合格",
                                        "不合格", "优", "良", "中", "低", "差", "好", "高", "/", "、"};

// True when s is made only of grade words.
bool only_grade_words(std::string_view s) noexcept {
  if (s.empty()) return false;
  // Most texts fail on their first character: compare it with the words' first bytes.
  bool first = false;
  for (std::string_view g : kGrades) first = first || has_at(s, 0, g.substr(0, g.size() < 3 ? g.size() : 3));
  if (!first) return false;
  std::size_t i = 0;
  while (i < s.size()) {
    bool hit = false;
    for (std::string_view g : kGrades) {
      if (has_at(s, i, g)) {
        i += g.size();
        hit = true;
        break;
      }
    }
    if (!hit) return false;
  }
  return true;
}

// The keyword categories after yes/no, achievement and grade, in priority order: a
// text holding words of two categories takes the earlier one.
struct Keyword {
  std::string_view word;
  QualitativeCategory category;
};

constexpr Keyword kKeywords[] = {
    {"符合", QualitativeCategory::compliance},       {"合规", QualitativeCategory::compliance},
    {"达标", QualitativeCategory::compliance},       {"严格执行", QualitativeCategory::compliance},
    {"按规定", QualitativeCategory::compliance},     {"规范", QualitativeCategory::compliance},
    {"不超预算", QualitativeCategory::compliance},   {"按时", QualitativeCategory::compliance},
    {"按期", QualitativeCategory::compliance},       {"下降", QualitativeCategory::direction_down},
    {"减少", QualitativeCategory::direction_down},   {"降低", QualitativeCategory::direction_down},
    {"缩短", QualitativeCategory::direction_down},   {"压缩", QualitativeCategory::direction_down},
    {"减轻", QualitativeCategory::direction_down},   {"缩小", QualitativeCategory::direction_down},
    {"提高", QualitativeCategory::direction_up},     {"提升", QualitativeCategory::direction_up},
    {"改善", QualitativeCategory::direction_up},     {"增加", QualitativeCategory::direction_up},
    {"完善", QualitativeCategory::direction_up},     {"增强", QualitativeCategory::direction_up},
    {"加强", QualitativeCategory::direction_up},     {"增长", QualitativeCategory::direction_up},
    {"扩大", QualitativeCategory::direction_up},     {"优化", QualitativeCategory::direction_up},
    {"持续", QualitativeCategory::direction_up},     {"效果", QualitativeCategory::effect},
    {"有效", QualitativeCategory::effect},           {"显著", QualitativeCategory::effect},
    {"明显", QualitativeCategory::effect},           {"成效", QualitativeCategory::effect},
};
constexpr std::size_t kKeywordCount = sizeof(kKeywords) / sizeof(kKeywords[0]);

// The code point of a three-byte UTF-8 sequence (not validated: a filter only).
constexpr char32_t cjk_at(const char* p) noexcept {
  return (static_cast<char32_t>(static_cast<unsigned char>(p[0]) & 0x0Fu) << 12) |
         (static_cast<char32_t>(static_cast<unsigned char>(p[1]) & 0x3Fu) << 6) |
         static_cast<char32_t>(static_cast<unsigned char>(p[2]) & 0x3Fu);
}

// One bit per code point of the basic CJK block: set for the first character of a
// keyword, so that most positions of a text are rejected with one lookup.
constexpr char32_t kCjkFirst = 0x4E00;
constexpr char32_t kCjkEnd = 0xA000;
using CjkBits = std::array<std::uint64_t, (kCjkEnd - kCjkFirst) / 64>;

constexpr CjkBits keyword_starts() {
  CjkBits bits{};
  for (const Keyword& k : kKeywords) {
    const std::size_t c = cjk_at(k.word.data()) - kCjkFirst;
    bits[c / 64] |= std::uint64_t{1} << (c % 64);
  }
  return bits;
}

constexpr CjkBits kKeywordStarts = keyword_starts();

// The keywords that start with each first character, chained in table order: a position
// whose character starts keywords is compared with those keywords only.
constexpr std::size_t kNone = kKeywordCount;
constexpr std::size_t kHeadSlots = 128;

struct KeywordChains {
  char32_t first[kHeadSlots];     // open addressing by first character
  std::size_t head[kHeadSlots];   // first keyword (in table order) with that character
  std::size_t next[kKeywordCount];  // next keyword with the same first character
};

constexpr KeywordChains keyword_chains() {
  KeywordChains c{};
  for (std::size_t k = 0; k < kHeadSlots; ++k) {
    c.first[k] = 0;
    c.head[k] = kNone;
  }
  for (std::size_t k = kKeywordCount; k-- > 0;) {  // backwards: each head ends up the earliest
    const char32_t cp = cjk_at(kKeywords[k].word.data());
    std::size_t slot = cp % kHeadSlots;
    while (c.head[slot] != kNone && c.first[slot] != cp) slot = (slot + 1) % kHeadSlots;
    c.next[k] = c.head[slot];
    c.first[slot] = cp;
    c.head[slot] = k;
  }
  return c;
}

constexpr KeywordChains kChains = keyword_chains();

// The earliest keyword starting with character cp (one its bitmap bit promised).
std::size_t chain_of(char32_t cp) noexcept {
  std::size_t slot = cp % kHeadSlots;
  while (kChains.head[slot] != kNone && kChains.first[slot] != cp) slot = (slot + 1) % kHeadSlots;
  return kChains.head[slot];
}

// The index of the first keyword (in table order) that occurs in s, or kKeywordCount.
// One pass over s instead of one search per keyword: every keyword starts with a
// basic-block CJK character, and a bitmap of those first characters skips the rest.
std::size_t first_keyword(std::string_view s) noexcept {
  std::size_t best = kKeywordCount;
  for (std::size_t i = 0; i + 3 <= s.size() && best > 0; ++i) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0xE4 || b0 > 0xE9) continue;  // not the lead byte of U+4000..U+9FFF
    const char32_t cp = cjk_at(s.data() + i);
    if (cp < kCjkFirst || !((kKeywordStarts[(cp - kCjkFirst) / 64] >> ((cp - kCjkFirst) % 64)) & 1u)) {
      // A well-formed character: its continuation bytes cannot start a keyword.
      if ((static_cast<unsigned char>(s[i + 1]) & 0xC0u) == 0x80u && (static_cast<unsigned char>(s[i + 2]) & 0xC0u) == 0x80u) {
        i += 2;
      }
      continue;
    }
    for (std::size_t k = chain_of(cp); k < best; k = kChains.next[k]) {
      if (has_at(s, i, kKeywords[k].word)) {
        best = k;
        break;
      }
    }
  }
  return best;
}

}  // namespace

QualitativeCategory categorize(std::string_view s) noexcept {
  while (!s.empty() && (s.back() == ' ' || s.back() == '.')) s.remove_suffix(1);
  while (s.size() >= 3 && ends_at(s, s.size(), "。")) s.remove_suffix(3);
  if (equals_any(s, {"是", "否", "有", "无", "是/否"})) return QualitativeCategory::yes_no;
  if (contains_any(s, {"达成"})) return QualitativeCategory::achievement;
  if (only_grade_words(s)) return QualitativeCategory::scale_word;
  const std::size_t k = first_keyword(s);
  return k < kKeywordCount ? kKeywords[k].category : QualitativeCategory::free_text;
}

namespace {
constexpr std::string_view kMeasures[] = {"率", "比例", "比重", "满意度", "人数", "次数", "个数", "户数",
                                          "数量", "金额", "面积", "覆盖面", "知晓度", "完成时间", "发放时间"};
constexpr std::string_view kMeasureTails[] = {"率", "例", "重", "度", "数", "量", "额", "积", "面", "间"};

constexpr bool measures_end_in_tails() {
  for (std::string_view m : kMeasures) {
    bool found = false;
    for (std::string_view t : kMeasureTails) found = found || m.substr(m.size() - 3) == t;
    if (!found) return false;
  }
  return true;
}
}  // namespace

bool looks_like_indicator_name(std::string_view s) noexcept {
  static_assert(measures_end_in_tails(), "every measure noun's last character is in kMeasureTails");
  // Every measure noun ends in one of these characters: most texts end in none of them.
  if (s.size() < 3) return false;
  const std::string_view last = s.substr(s.size() - 3);
  bool tail = false;
  for (std::string_view c : kMeasureTails) tail = tail || last == c;
  if (!tail) return false;
  bool measure = false;
  for (std::string_view m : kMeasures) {
    if (ends_at(s, s.size(), m)) {
      measure = true;
      break;
    }
  }
  if (!measure) return false;
  return !contains_any(s, {"提高", "提升", "增加", "降低", "下降", "减少", "保持", "确保", "达到", "维持", "改善",
                           "增强", "稳定", "高", "低", "好", "优", "明显", "显著", "逐步", "不断", "持续", "有效",
                           "合理", "较"});
}

}  // namespace jixiao::detail
