// Character-bigram similarity for matching key tasks to indicators.
#include "text_similarity.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <unordered_map>
#include <utility>

namespace jixiao::detail {
namespace {

// Decodes one UTF-8 code point at text[i]; advances i. Invalid bytes decode as
// U+FFFD one byte at a time (never reads past the end). Out of line, so that `decode`,
// its fast path, is inlined into the loops.
[[gnu::noinline]] char32_t next_code_point(std::string_view text, std::size_t& i) {
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

// next_code_point with a fast path for the common case, a well-formed 3-byte sequence (all CJK).
char32_t decode(std::string_view text, std::size_t& i) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  if ((p[i] & 0xF0u) == 0xE0u && i + 2 < text.size() && (p[i + 1] & 0xC0u) == 0x80u && (p[i + 2] & 0xC0u) == 0x80u) {
    const char32_t c = (static_cast<char32_t>(p[i] & 0x0Fu) << 12) | (static_cast<char32_t>(p[i + 1] & 0x3Fu) << 6) |
                       (p[i + 2] & 0x3Fu);
    i += 3;
    return c;
  }
  return next_code_point(text, i);
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
  while (i < text.size()) {
    const char32_t c = decode(text, i);
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
  reserve(bound, bound / 3 + texts.size(), texts.size());
  std::vector<std::uint64_t> b;
  for (const auto text : texts) {
    bigrams(text, b);
    add(b);
  }
}

BigramIndex::BigramIndex(const std::vector<WordText>& texts) {
  std::size_t grams = 0;
  for (const WordText& t : texts) grams += t.grams.size();
  reserve(2 * grams, grams, texts.size());
  for (const WordText& t : texts) add(t.grams);
}

void BigramIndex::reserve(std::size_t slots, std::size_t postings, std::size_t texts) {
  std::size_t capacity = 16;
  while (capacity < slots) capacity *= 2;
  mask_ = capacity - 1;
  slot_keys_.assign(capacity, 0);
  slot_heads_.assign(capacity, none);
  sizes_.reserve(texts);
  ids_.reserve(postings);
  next_.reserve(postings);
}

void BigramIndex::add(const std::vector<std::uint64_t>& grams) {
  const auto i = static_cast<std::uint32_t>(sizes_.size());
  sizes_.push_back(grams.size());
  for (const auto g : grams) {
    const std::size_t h = slot_of(g);
    const auto p = static_cast<std::uint32_t>(ids_.size());
    ids_.push_back(i);
    next_.push_back(slot_heads_[h]);
    slot_keys_[h] = g;
    slot_heads_[h] = p;
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

// content_words sizes its output for replacements at most 4/3 of what they replace.
constexpr bool grows_at_most_a_third() {
  for (const auto& [from, to] : synonyms) {
    if (to.size() * 3 > from.size() * 4) return false;
  }
  return true;
}
static_assert(grows_at_most_a_third(), "a synonym longer than 4/3 of its word needs a larger buffer in content_words");

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
struct ReplacementTable {
  std::unordered_map<std::uint32_t, std::vector<Replacement>> by_first;
  std::uint64_t seen[64] = {};  // one bit per first character (a hash of it): most characters start no word

  static std::size_t bit(std::uint32_t key) { return (key * 0x9E3779B1u) >> 20; }  // 0..4095
  bool may_start(std::uint32_t key) const { return (seen[bit(key) >> 6] >> (bit(key) & 63u) & 1u) != 0; }
  void add(std::string_view from, std::string_view to) {
    const std::uint32_t key = first_char_key(from, 0);
    by_first[key].push_back({from, to});
    seen[bit(key) >> 6] |= std::uint64_t{1} << (bit(key) & 63u);
  }
};

const ReplacementTable& replacements() {
  static const auto table = [] {
    ReplacementTable t;
    for (const auto& [from, to] : synonyms) t.add(from, to);
    for (const auto word : generic_words) t.add(word, " ");
    return t;
  }();
  return table;
}

}  // namespace

std::string content_words(std::string_view text) {
  const auto& table = replacements();
  // Written through a pointer: a replacement is at most 4/3 of what it replaces (办公楼 → 办公用房).
  std::string out(text.size() + text.size() / 3 + 3, '\0');
  char* w = out.data();
  for (std::size_t i = 0; i < text.size();) {
    const std::uint32_t key = first_char_key(text, i);
    const Replacement* hit = nullptr;
    const auto bucket = table.may_start(key) ? table.by_first.find(key) : table.by_first.end();
    if (bucket != table.by_first.end()) {
      for (const Replacement& r : bucket->second) {
        if (text.compare(i, r.from.size(), r.from) == 0) {
          hit = &r;
          break;
        }
      }
    }
    if (hit != nullptr) {
      std::memcpy(w, hit->to.data(), hit->to.size());
      w += hit->to.size();
      i += hit->from.size();
      continue;
    }
    // No listed word starts on a continuation byte: copy it with the byte before.
    *w++ = text[i++];
    while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0u) == 0x80u) *w++ = text[i++];
  }
  out.resize(static_cast<std::size_t>(w - out.data()));
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

// The bit of `gram` in a WordText's filter.
std::uint64_t filter_bit(std::uint64_t gram) { return std::uint64_t{1} << ((gram * 0x9E3779B97F4A7C15u) >> 58); }

// The letters of a inside a bigram that b has too (b's filter rules most out unsearched).
std::size_t covered(const std::vector<std::uint64_t>& a, const WordText& b) {
  std::size_t hit = 0;
  bool prev_hit = false;  // a[j-1] was covered by the bigram (a[j-1], a[j])
  for (const std::uint64_t pair : a) {
    if (pair == WordText::not_a_letter) {
      prev_hit = false;
      continue;
    }
    bool now = prev_hit;
    prev_hit = false;
    if (pair != WordText::last_letter && (b.filter & filter_bit(pair)) != 0 &&
        std::binary_search(b.grams.begin(), b.grams.end(), pair)) {
      now = true;
      prev_hit = true;
    }
    hit += now;
  }
  return hit;
}

// hit / letters at 4 decimals, half up, in integers (both are counts, so no Decimal division).
Decimal share(std::size_t hit, std::size_t letters) {
  if (letters == 0) return Decimal::from_parts(0, 4);
  const auto scaled = (static_cast<std::uint64_t>(hit) * 20000u + letters) / (2u * letters);
  return Decimal::from_parts(static_cast<std::int64_t>(scaled), 4);
}

}  // namespace

WordText::WordText(std::string_view text) {
  // One pass: each code point is decoded once and pushed as the pair it starts once the
  // next one is known (the same decoding as `bigrams`, so `grams` equals bigrams(text)).
  pairs.reserve(text.size());
  grams.reserve(text.size() / 3 + 1);
  bool have_prev = false;  // the code point before was a letter or digit
  char32_t prev = 0;       // … folded
  for (std::size_t i = 0; i < text.size();) {
    const char32_t c = decode(text, i);
    const bool letter = is_word_char(c);
    if (have_prev) {
      if (letter) {
        const std::uint64_t pair = (static_cast<std::uint64_t>(prev) << 32) | fold(c);
        pairs.push_back(pair);
        grams.push_back(pair);
      } else {
        pairs.push_back(last_letter);
      }
    }
    if (!letter) pairs.push_back(not_a_letter);
    have_prev = letter;
    if (letter) prev = fold(c);
  }
  if (have_prev) pairs.push_back(last_letter);
  std::sort(grams.begin(), grams.end());
  grams.erase(std::unique(grams.begin(), grams.end()), grams.end());
  for (const std::uint64_t gram : grams) filter |= filter_bit(gram);
  for (const std::uint64_t pair : pairs) letters += pair != not_a_letter;
}

Decimal word_coverage(std::string_view a, std::string_view b) { return word_coverage(WordText(a), WordText(b)); }

Decimal word_coverage(const WordText& a, const WordText& b) {
  const Decimal x = share(covered(a.pairs, b), a.letters);
  const Decimal y = share(covered(b.pairs, a), b.letters);
  return x > y ? x : y;
}

}  // namespace jixiao::detail
