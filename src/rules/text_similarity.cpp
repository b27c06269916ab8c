// Character-bigram similarity for matching key tasks to indicators.
#include "text_similarity.hpp"

#include <algorithm>
#include <cstdint>
#include <unordered_map>
#include <utility>

namespace jixiao::detail {
namespace {

// Decodes one UTF-8 code point at text[i]; advances i. Invalid bytes decode as
// U+FFFD one byte at a time (never reads past the end).
char32_t next_code_point(std::string_view text, std::size_t& i) {
  const auto b0 = static_cast<unsigned char>(text[i]);
  auto cont = [&](std::size_t k) -> int {
    if (i + k >= text.size()) return -1;
    const auto b = static_cast<unsigned char>(text[i + k]);
    return (b & 0xC0u) == 0x80u ? (b & 0x3Fu) : -1;
  };
  if (b0 < 0x80u) {
    ++i;
    return b0;
  }
  int n = 0;
  char32_t cp = 0;
  if ((b0 & 0xE0u) == 0xC0u) {
    n = 1;
    cp = b0 & 0x1Fu;
  } else if ((b0 & 0xF0u) == 0xE0u) {
    n = 2;
    cp = b0 & 0x0Fu;
  } else if ((b0 & 0xF8u) == 0xF0u) {
    n = 3;
    cp = b0 & 0x07u;
  } else {
    ++i;
    return 0xFFFD;
  }
  for (int k = 1; k <= n; ++k) {
    const int c = cont(static_cast<std::size_t>(k));
    if (c < 0) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | static_cast<char32_t>(c);
  }
  i += static_cast<std::size_t>(n) + 1;
  return cp;
}

// Letters and digits that carry meaning; everything else splits runs.
bool is_word_char(char32_t c) {
  if ((c >= U'0' && c <= U'9') || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z')) return true;
  if (c >= 0x4E00 && c <= 0x9FFF) return true;    // CJK unified ideographs
  if (c >= 0x3400 && c <= 0x4DBF) return true;    // extension A
  if (c >= 0xFF10 && c <= 0xFF19) return true;    // full-width digits
  if (c >= 0xFF21 && c <= 0xFF5A) return c <= 0xFF3A || c >= 0xFF41;
  return false;
}

char32_t fold(char32_t c) {
  if (c >= 0xFF10 && c <= 0xFF19) return c - 0xFF10 + U'0';
  if (c >= 0xFF21 && c <= 0xFF3A) return c - 0xFF21 + U'a';
  if (c >= 0xFF41 && c <= 0xFF5A) return c - 0xFF41 + U'a';
  if (c >= U'A' && c <= U'Z') return c - U'A' + U'a';
  return c;
}

Decimal ratio(std::size_t common, std::size_t a, std::size_t b) {
  const std::size_t m = std::min(a, b);
  if (m == 0) return Decimal::from_parts(0, 4);
  return divide(Decimal(static_cast<std::int64_t>(common)), Decimal(static_cast<std::int64_t>(m)), 4,
                RoundingMode::half_up);
}

}  // namespace

std::vector<std::uint64_t> bigrams(std::string_view text) {
  std::vector<std::uint64_t> out;
  bigrams(text, out);
  return out;
}

void bigrams(std::string_view text, std::vector<std::uint64_t>& out) {
  out.clear();
  out.reserve(text.size() / 3 + 1);
  char32_t prev = 0;
  bool have_prev = false;
  std::size_t i = 0;
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  while (i < text.size()) {
    char32_t c;
    // Fast path for the common case, a well-formed 3-byte sequence (all CJK).
    if ((p[i] & 0xF0u) == 0xE0u && i + 2 < text.size() && (p[i + 1] & 0xC0u) == 0x80u &&
        (p[i + 2] & 0xC0u) == 0x80u) {
      c = (static_cast<char32_t>(p[i] & 0x0Fu) << 12) | (static_cast<char32_t>(p[i + 1] & 0x3Fu) << 6) |
          (p[i + 2] & 0x3Fu);
      i += 3;
    } else {
      c = next_code_point(text, i);
    }
    if (!is_word_char(c)) {
      have_prev = false;
      continue;
    }
    const char32_t f = fold(c);
    if (have_prev) out.push_back((static_cast<std::uint64_t>(prev) << 32) | f);
    prev = f;
    have_prev = true;
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
}

std::size_t common_bigrams(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
  std::size_t n = 0;
  auto i = a.begin();
  auto j = b.begin();
  while (i != a.end() && j != b.end()) {
    if (*i < *j) {
      ++i;
    } else if (*j < *i) {
      ++j;
    } else {
      ++n;
      ++i;
      ++j;
    }
  }
  return n;
}

Decimal bigram_similarity(std::string_view a, std::string_view b) {
  const auto x = bigrams(a);
  const auto y = bigrams(b);
  return ratio(common_bigrams(x, y), x.size(), y.size());
}

Decimal BigramIndex::Match::similarity() const { return ratio(common, query_size, candidate_size); }

std::size_t BigramIndex::slot_of(std::uint64_t key) const noexcept {
  std::size_t h = static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> 20) & mask_;
  while (slot_heads_[h] != none && slot_keys_[h] != key) h = (h + 1) & mask_;
  return h;
}

BigramIndex::BigramIndex(const std::vector<std::string_view>& texts) {
  // A text of n bytes has fewer than n/3 + 1 CJK bigrams and n ASCII ones: size the
  // table from the bytes so one pass with one buffer builds it.
  std::size_t bound = 0;
  for (const auto t : texts) bound += t.size();
  std::size_t capacity = 16;
  while (capacity < bound) capacity *= 2;
  mask_ = capacity - 1;
  slot_keys_.assign(capacity, 0);
  slot_heads_.assign(capacity, none);
  sizes_.reserve(texts.size());
  ids_.reserve(bound / 3 + texts.size());
  next_.reserve(bound / 3 + texts.size());
  std::vector<std::uint64_t> b;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    bigrams(texts[i], b);
    sizes_.push_back(b.size());
    for (const auto g : b) {
      const std::size_t h = slot_of(g);
      const auto p = static_cast<std::uint32_t>(ids_.size());
      ids_.push_back(static_cast<std::uint32_t>(i));
      next_.push_back(slot_heads_[h]);
      slot_keys_[h] = g;
      slot_heads_[h] = p;
    }
  }
}

BigramIndex::Match BigramIndex::best(const std::vector<std::uint64_t>& query,
                                     Scratch& s) const {
  Match best;
  best.query_size = query.size();
  auto& scratch = s.counts;
  auto& touched = s.touched;
  if (scratch.size() < sizes_.size()) scratch.assign(sizes_.size(), 0);
  touched.clear();
  for (const auto g : query) {
    for (std::uint32_t p = slot_heads_[slot_of(g)]; p != none; p = next_[p]) {
      if (scratch[ids_[p]]++ == 0) touched.push_back(ids_[p]);
    }
  }
  for (const auto idx : touched) {
    const std::size_t c = scratch[idx];
    scratch[idx] = 0;
    const std::size_t m = std::min(query.size(), sizes_[idx]);
    if (best.index == static_cast<std::size_t>(-1)) {
      best.index = idx;
      best.common = c;
      best.candidate_size = sizes_[idx];
      continue;
    }
    const std::size_t bm = std::min(query.size(), best.candidate_size);
    // Compare c/m with best.common/bm exactly; ties prefer more shared bigrams, then the lower index.
    const auto lhs = static_cast<unsigned long long>(c) * bm;
    const auto rhs = static_cast<unsigned long long>(best.common) * m;
    if (lhs > rhs || (lhs == rhs && (c > best.common || (c == best.common && idx < best.index)))) {
      best.index = idx;
      best.common = c;
      best.candidate_size = sizes_[idx];
    }
  }
  return best;
}

void BigramIndex::candidates(const std::vector<std::uint64_t>& query, Scratch& s, std::size_t limit,
                             std::vector<std::pair<std::size_t, std::size_t>>& out) const {
  out.clear();
  if (s.counts.size() < sizes_.size()) s.counts.assign(sizes_.size(), 0);
  s.touched.clear();
  for (const auto g : query) {
    for (std::uint32_t p = slot_heads_[slot_of(g)]; p != none; p = next_[p]) {
      if (s.counts[ids_[p]]++ == 0) s.touched.push_back(ids_[p]);
    }
  }
  out.reserve(s.touched.size());
  for (const auto idx : s.touched) {
    out.emplace_back(idx, s.counts[idx]);
    s.counts[idx] = 0;
  }
  // Only the best few are scored further: the cost follows the shared postings.
  const auto better = [](const auto& a, const auto& b) { return a.second != b.second ? a.second > b.second : a.first < b.first; };
  if (out.size() > limit) {
    std::nth_element(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(limit), out.end(), better);
    out.resize(limit);
  }
  std::sort(out.begin(), out.end(), better);
}

namespace {

// Words every task and indicator may carry; they say nothing about which goes with
// which. Longest first, so 覆盖率 goes before 覆盖.
constexpr std::string_view generic_words[] = {
    "服务对象", "受益对象", "社会公众", "覆盖率", "完成率", "及时率", "合格率", "达标率", "满意度", "满意率", "知晓率",
    "工作", "开展", "组织", "做好",
    "保障", "完成", "情况", "有序", "确保", "全面", "覆盖", "提高", "提升", "加强", "推进", "相关", "各项", "有效",
};
// Measure words that end an indicator name (`…反馈率`, `…次数`).
constexpr std::string_view measure_suffixes[] = {"次数", "人数", "个数", "数量", "人次", "率", "数", "量"};
// One spelling per meaning, for the pairs forms use interchangeably.
constexpr std::pair<std::string_view, std::string_view> synonyms[] = {
    {"整洁", "清洁"}, {"卫生", "清洁"}, {"办公楼", "办公用房"}, {"监测", "监控"}, {"宣讲", "宣传"},
    {"困难", "问题"}, {"居民", "群众"}, {"公司", "企业"}, {"按时", "及时"}, {"训练", "培训"},
};

// A word content_words replaces: a synonym by its one spelling, a generic word by a space.
struct Replacement {
  std::string_view from;
  std::string_view to;
};

// The three bytes of the character at `text[i]` as one key (every listed word starts with
// a three-byte character); 0 when fewer bytes are left.
std::uint32_t first_char_key(std::string_view text, std::size_t i) {
  if (i + 3 > text.size()) return 0;
  return static_cast<std::uint32_t>(static_cast<unsigned char>(text[i])) << 16 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(text[i + 1])) << 8 |
         static_cast<unsigned char>(text[i + 2]);
}

// The replacements by their first character, synonyms before generic words and each list
// in its order, so the first that matches is the one a scan of both lists would find.
const std::unordered_map<std::uint32_t, std::vector<Replacement>>& replacements() {
  static const auto table = [] {
    std::unordered_map<std::uint32_t, std::vector<Replacement>> t;
    for (const auto& [from, to] : synonyms) t[first_char_key(from, 0)].push_back({from, to});
    for (const auto word : generic_words) t[first_char_key(word, 0)].push_back({word, " "});
    return t;
  }();
  return table;
}

}  // namespace

std::string content_words(std::string_view text) {
  const auto& table = replacements();
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const auto bucket = table.find(first_char_key(text, i));
    const Replacement* hit = nullptr;
    if (bucket != table.end()) {
      for (const Replacement& r : bucket->second) {
        if (text.compare(i, r.from.size(), r.from) == 0) {
          hit = &r;
          break;
        }
      }
    }
    if (hit != nullptr) {
      out += hit->to;
      i += hit->from.size();
      continue;
    }
    // No listed word starts on a continuation byte: copy it with the byte before.
    std::size_t length = 1;
    while (i + length < text.size() && (static_cast<unsigned char>(text[i + length]) & 0xC0u) == 0x80u) ++length;
    out.append(text.substr(i, length));
    i += length;
  }
  // Strip trailing separators, then one measure suffix.
  while (!out.empty() && out.back() == ' ') out.pop_back();
  for (const auto suffix : measure_suffixes) {
    if (out.size() > suffix.size() && out.compare(out.size() - suffix.size(), suffix.size(), suffix) == 0) {
      out.resize(out.size() - suffix.size());
      break;
    }
  }
  return out;
}

namespace {

// Share of a's letters inside a bigram that b has too.
std::pair<std::size_t, std::size_t> covered(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
  std::size_t letters = 0;
  std::size_t hit = 0;
  bool prev_hit = false;  // a[j-1] was covered by the bigram (a[j-1], a[j])
  for (const std::uint64_t pair : a) {
    if (pair == WordText::not_a_letter) {
      prev_hit = false;
      continue;
    }
    ++letters;
    bool now = prev_hit;
    prev_hit = false;
    if (pair != WordText::last_letter && std::binary_search(b.begin(), b.end(), pair)) {
      now = true;
      prev_hit = true;
    }
    hit += now;
  }
  return {hit, letters};
}

}  // namespace

WordText::WordText(std::string_view text) {
  std::vector<char32_t> points;
  points.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) points.push_back(next_code_point(text, i));
  pairs.reserve(points.size());
  for (std::size_t j = 0; j < points.size(); ++j) {
    if (!is_word_char(points[j])) {
      pairs.push_back(not_a_letter);
    } else if (j + 1 < points.size() && is_word_char(points[j + 1])) {
      pairs.push_back((static_cast<std::uint64_t>(fold(points[j])) << 32) | fold(points[j + 1]));
    } else {
      pairs.push_back(last_letter);
    }
  }
  // The bigrams as `bigrams(text)` gives them (the same decoding), without reading again.
  grams.reserve(pairs.size());
  for (const std::uint64_t pair : pairs) {
    if (pair != not_a_letter && pair != last_letter) grams.push_back(pair);
  }
  std::sort(grams.begin(), grams.end());
  grams.erase(std::unique(grams.begin(), grams.end()), grams.end());
}

Decimal word_coverage(std::string_view a, std::string_view b) { return word_coverage(WordText(a), WordText(b)); }

Decimal word_coverage(const WordText& a, const WordText& b) {
  const auto [ha, la] = covered(a.pairs, b.grams);
  const auto [hb, lb] = covered(b.pairs, a.grams);
  const Decimal x = la == 0 ? Decimal::from_parts(0, 4)
                            : divide(Decimal(static_cast<std::int64_t>(ha)), Decimal(static_cast<std::int64_t>(la)), 4,
                                     RoundingMode::half_up);
  const Decimal y = lb == 0 ? Decimal::from_parts(0, 4)
                            : divide(Decimal(static_cast<std::int64_t>(hb)), Decimal(static_cast<std::int64_t>(lb)), 4,
                                     RoundingMode::half_up);
  return x > y ? x : y;
}

}  // namespace jixiao::detail
