// Internal: normalisation of target cells (see target_text.hpp).
#include "target_text.hpp"

#include <array>
#include <utility>

namespace jixiao::detail {
namespace {

// The per-character tests below run on every character of every cell; GCC otherwise
// keeps them out of line once they have two callers.
#if defined(__GNUC__)
#define JIXIAO_HOT_INLINE inline __attribute__((always_inline))
#else
#define JIXIAO_HOT_INLINE inline
#endif

// Traditional → simplified, for the characters that occur in units, comparator words
// and qualifiers of target cells. Sorted by code point at compile time.
struct CjkPair {
  char32_t from;
  char32_t to;
};

constexpr CjkPair kTraditional[] = {
    {U'萬', U'万'}, {U'億', U'亿'}, {U'個', U'个'}, {U'達', U'达'}, {U'標', U'标'}, {U'於', U'于'},
    {U'為', U'为'}, {U'內', U'内'}, {U'滿', U'满'}, {U'過', U'过'}, {U'項', U'项'}, {U'場', U'场'},
    {U'臺', U'台'}, {U'條', U'条'}, {U'張', U'张'}, {U'輛', U'辆'}, {U'頭', U'头'}, {U'畝', U'亩'},
    {U'噸', U'吨'}, {U'時', U'时'}, {U'鐘', U'钟'}, {U'週', U'周'}, {U'歲', U'岁'}, {U'間', U'间'},
    {U'額', U'额'}, {U'數', U'数'}, {U'與', U'与'}, {U'劃', U'划'}, {U'準', U'准'}, {U'歷', U'历'},
    {U'顯', U'显'}, {U'進', U'进'}, {U'後', U'后'}, {U'實', U'实'}, {U'務', U'务'}, {U'費', U'费'},
    {U'資', U'资'}, {U'產', U'产'}, {U'業', U'业'}, {U'檢', U'检'}, {U'驗', U'验'}, {U'質', U'质'},
    {U'設', U'设'}, {U'規', U'规'}, {U'範', U'范'}, {U'執', U'执'}, {U'單', U'单'}, {U'價', U'价'},
    {U'戶', U'户'}, {U'員', U'员'}, {U'總', U'总'}, {U'計', U'计'}, {U'開', U'开'}, {U'關', U'关'},
    {U'發', U'发'}, {U'現', U'现'}, {U'無', U'无'}, {U'優', U'优'}, {U'較', U'较'}, {U'級', U'级'},
    {U'積', U'积'}, {U'點', U'点'}, {U'處', U'处'}, {U'學', U'学'}, {U'區', U'区'}, {U'縣', U'县'},
    {U'鄉', U'乡'}, {U'鎮', U'镇'}, {U'補', U'补'}, {U'種', U'种'}, {U'類', U'类'}, {U'節', U'节'},
    {U'車', U'车'}, {U'從', U'从'}, {U'兩', U'两'}, {U'隻', U'只'}, {U'頃', U'顷'}, {U'裡', U'里'},
    {U'裏', U'里'}, {U'筆', U'笔'}, {U'確', U'确'}, {U'蓋', U'盖'}, {U'課', U'课'}, {U'書', U'书'},
    {U'館', U'馆'}, {U'線', U'线'}, {U'網', U'网'}, {U'電', U'电'}, {U'證', U'证'}, {U'齊', U'齐'},
    {U'適', U'适'}, {U'響', U'响'}, {U'應', U'应'}, {U'預', U'预'}, {U'齡', U'龄'}, {U'層', U'层'},
    {U'棟', U'栋'}, {U'間', U'间'}, {U'門', U'门'}, {U'倉', U'仓'}, {U'錢', U'钱'}, {U'貸', U'贷'},
    {U'稅', U'税'}, {U'號', U'号'}, {U'後', U'后'}, {U'舉', U'举'}, {U'辦', U'办'}, {U'結', U'结'},
    {U'務', U'务'}, {U'氣', U'气'}, {U'勞', U'劳'}, {U'備', U'备'}, {U'將', U'将'}, {U'擴', U'扩'},
    {U'聯', U'联'}, {U'維', U'维'}, {U'護', U'护'}, {U'養', U'养'}, {U'衛', U'卫'}, {U'條', U'条'},
    {U'顆', U'颗'}, {U'級', U'级'}, {U'錶', U'表'}, {U'場', U'场'}, {U'噸', U'吨'}, {U'斤', U'斤'},
    // Labels of the forms' tables and categories (經濟效益, 績效, 度量單位, 當年財政撥款 …).
    {U'經', U'经'}, {U'濟', U'济'}, {U'會', U'会'}, {U'態', U'态'}, {U'續', U'续'}, {U'環', U'环'},
    {U'對', U'对'}, {U'績', U'绩'}, {U'稱', U'称'}, {U'體', U'体'}, {U'際', U'际'}, {U'眾', U'众'},
    {U'衆', U'众'}, {U'當', U'当'}, {U'撥', U'拨'}, {U'轉', U'转'}, {U'況', U'况'}, {U'願', U'愿'}, {U'財', U'财'},
};

constexpr std::size_t kTraditionalCount = sizeof(kTraditional) / sizeof(kTraditional[0]);

constexpr std::array<CjkPair, kTraditionalCount> sorted_pairs() {
  std::array<CjkPair, kTraditionalCount> a{};
  for (std::size_t i = 0; i < kTraditionalCount; ++i) a[i] = kTraditional[i];
  for (std::size_t i = 1; i < a.size(); ++i) {
    for (std::size_t j = i; j > 0 && a[j - 1].from > a[j].from; --j) {
      const CjkPair t = a[j - 1];
      a[j - 1] = a[j];
      a[j] = t;
    }
  }
  return a;
}

constexpr std::array<CjkPair, kTraditionalCount> kSorted = sorted_pairs();

// One bit per code point of the basic CJK block (U+4E00..U+9FFF): set for the
// traditional characters of the table, so that the common case (a simplified
// character) needs no table search.
constexpr char32_t kCjkFirst = 0x4E00;
constexpr std::size_t kCjkWords = (0xA000 - kCjkFirst) / 64;

constexpr std::array<std::uint64_t, kCjkWords> traditional_bits() {
  std::array<std::uint64_t, kCjkWords> bits{};
  for (const CjkPair& p : kTraditional) {
    if (p.from >= kCjkFirst && p.from < 0xA000) {
      const std::size_t k = p.from - kCjkFirst;
      bits[k / 64] |= std::uint64_t{1} << (k % 64);
    }
  }
  return bits;
}

constexpr std::array<std::uint64_t, kCjkWords> kTraditionalBits = traditional_bits();

// True when cp (in U+4E00..U+9FFF) may have a simplified form in the table.
JIXIAO_HOT_INLINE bool maybe_traditional(char32_t cp) noexcept {
  const std::size_t k = cp - kCjkFirst;
  return (kTraditionalBits[k / 64] >> (k % 64)) & 1u;
}

// The normalised code point for cp; 0 means "drop".
char32_t normal_form(char32_t cp) noexcept {
  if (cp < 0x80) {
    if (cp == '\t' || cp == '\r' || cp == '\n' || cp == '\f' || cp == '\v') return ' ';
    return cp;
  }
  if (cp >= 0xFF01 && cp <= 0xFF5E) return cp - 0xFEE0;  // full-width ASCII
  switch (cp) {
    case 0x00A0: case 0x3000: case 0x2002: case 0x2003: case 0x2009: case 0x202F: case 0x205F:
      return ' ';
    case 0x200B: case 0xFEFF:
      return 0;  // zero-width space, byte-order mark
    case 0x2267: case 0x2A7E: return 0x2265;  // ≧ ⩾ → ≥
    case 0x2266: case 0x2A7D: return 0x2264;  // ≦ ⩽ → ≤
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2212: case 0xFE63: case 0xFE58:
      return '-';
    case 0xFE66: case 0x2550: return '=';  // ﹦ ═ (＝ is full-width ASCII)
    case 0x301C: case 0x223C: return '~';
    case 0xFE50: return ',';
    default: break;
  }
  if (cp >= 0x4E00 && cp <= 0x9FFF && maybe_traditional(cp)) return simplify_cjk(cp);
  return cp;
}

}  // namespace

CodePoint decode_utf8_multibyte(std::string_view s, std::size_t i) noexcept {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return {b0, 1};
  auto cont = [&](std::size_t k) -> int {
    if (i + k >= s.size()) return -1;
    const auto b = static_cast<unsigned char>(s[i + k]);
    return (b & 0xC0u) == 0x80u ? (b & 0x3F) : -1;
  };
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    const int c1 = cont(1);
    if (c1 >= 0) return {static_cast<char32_t>(((b0 & 0x1Fu) << 6) | static_cast<unsigned>(c1)), 2};
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    const int c1 = cont(1);
    const int c2 = c1 >= 0 ? cont(2) : -1;
    if (c2 >= 0) {
      const char32_t cp = ((b0 & 0x0Fu) << 12) | (static_cast<unsigned>(c1) << 6) | static_cast<unsigned>(c2);
      if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) return {cp, 3};
    }
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    const int c1 = cont(1);
    const int c2 = c1 >= 0 ? cont(2) : -1;
    const int c3 = c2 >= 0 ? cont(3) : -1;
    if (c3 >= 0) {
      const char32_t cp = ((b0 & 0x07u) << 18) | (static_cast<unsigned>(c1) << 12) |
                          (static_cast<unsigned>(c2) << 6) | static_cast<unsigned>(c3);
      if (cp >= 0x10000 && cp <= 0x10FFFF) return {cp, 4};
    }
  }
  return {0xFFFD, 1};
}

std::size_t encode_utf8(char32_t cp, char* out) noexcept {
  if (cp < 0x80) {
    out[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (cp >> 18));
  out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}

bool stops_at_number_or_comparator(std::string_view text) noexcept {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  if (text.empty()) return false;
  if (text.back() >= '0' && text.back() <= '9') return true;
  for (std::string_view c : {"≥", "≤", ">", "<", "=", "≧", "≦", "＞", "＜", "＝", "﹦"}) {
    if (text.size() >= c.size() && text.substr(text.size() - c.size()) == c) return true;
  }
  return false;
}

char32_t simplify_cjk(char32_t cp) noexcept {
  std::size_t lo = 0;
  std::size_t hi = kSorted.size();
  while (lo < hi) {
    const std::size_t mid = (lo + hi) / 2;
    if (kSorted[mid].from < cp) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo < kSorted.size() && kSorted[lo].from == cp ? kSorted[lo].to : cp;
}

namespace {
// True when text[i..] is a well-formed three-byte CJK character (U+4E00..U+9FFF) that
// normalisation keeps as it is (not in the traditional table).
JIXIAO_HOT_INLINE bool simplified_cjk_at(std::string_view text, std::size_t i) noexcept {
  const auto b0 = static_cast<unsigned char>(text[i]);
  if (b0 < 0xE4 || b0 > 0xE9 || text.size() - i < 3) return false;
  const auto b1 = static_cast<unsigned char>(text[i + 1]);
  const auto b2 = static_cast<unsigned char>(text[i + 2]);
  if ((b1 & 0xC0u) != 0x80u || (b2 & 0xC0u) != 0x80u) return false;
  const char32_t cp = ((b0 & 0x0Fu) << 12) | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu);
  return cp >= kCjkFirst && !maybe_traditional(cp);
}

// Normalises text into out (and map, when WithMap); returns the length. out needs
// text.size() bytes (the normal form of each code point is never longer than the code
// point), map one more.
template <bool WithMap>
std::size_t normalize(std::string_view text, char* out, std::uint32_t* map, std::size_t from = 0) noexcept {
  std::size_t n = from;  // text[0, from) is already normal and already in out and map
  std::size_t i = from;
  while (i < text.size()) {
    const auto b0 = static_cast<unsigned char>(text[i]);
    if (b0 < 0x80) {  // fast path
      out[n] = (b0 == '\t' || b0 == '\r' || b0 == '\n' || b0 == '\f' || b0 == '\v') ? ' ' : static_cast<char>(b0);
      if constexpr (WithMap) map[n] = static_cast<std::uint32_t>(i);
      ++n;
      ++i;
      continue;
    }
    if (simplified_cjk_at(text, i)) {  // fast path: kept as written
      std::memcpy(out + n, text.data() + i, 3);
      if constexpr (WithMap) {
        const auto at = static_cast<std::uint32_t>(i);
        map[n] = at;
        map[n + 1] = at;
        map[n + 2] = at;
      }
      n += 3;
      i += 3;
      continue;
    }
    const CodePoint c = decode_utf8(text, i);
    const char32_t to = normal_form(c.cp);
    if (to != 0) {
      char buf[4];
      const bool invalid = c.cp == 0xFFFD && c.length == 1;
      std::size_t len = invalid ? 1 : encode_utf8(to, buf);
      if (invalid) buf[0] = text[i];  // invalid byte: keep it as it is
      if (len > c.length) {  // cannot happen for the mappings above; keep the original
        len = c.length;
        std::memcpy(buf, text.data() + i, len);
      }
      for (std::size_t k = 0; k < len; ++k) {
        out[n] = buf[k];
        if constexpr (WithMap) map[n] = static_cast<std::uint32_t>(i);
        ++n;
      }
    }
    i += c.length;
  }
  if constexpr (WithMap) map[n] = static_cast<std::uint32_t>(text.size());
  return n;
}

// The length of the longest prefix of text that normalisation would leave as it is
// (all of it, usually): that prefix serves as it is, with no copy and no map.
std::size_t normal_prefix(std::string_view text) noexcept {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto b0 = static_cast<unsigned char>(text[i]);
    if (b0 < 0x80) {
      if (b0 == '\t' || b0 == '\r' || b0 == '\n' || b0 == '\f' || b0 == '\v') return i;
      ++i;
      continue;
    }
    if (simplified_cjk_at(text, i)) {
      i += 3;
      continue;
    }
    const CodePoint c = decode_utf8(text, i);
    if (c.cp == 0xFFFD || normal_form(c.cp) != c.cp) return i;  // (U+FFFD: maybe an invalid byte)
    i += c.length;
  }
  return i;
}
}  // namespace

void NormText::allocate(std::size_t size) {
  if (size <= inline_capacity) {
    buf_ = inline_data_;
    map_ = inline_map_;
  } else {
    heap_data_.reset(new char[size]);
    heap_map_.reset(new std::uint32_t[size + 1]);
    buf_ = heap_data_.get();
    map_ = heap_map_.get();
  }
  data_ = buf_;
}

NormText::NormText(std::string_view original) : original_(original), data_(original.data()), size_(original.size()) {
  const std::size_t prefix = normal_prefix(original);
  if (prefix == original.size()) return;
  allocate(original.size());
  std::memcpy(buf_, original.data(), prefix);
  for (std::size_t k = 0; k < prefix; ++k) map_[k] = static_cast<std::uint32_t>(k);
  size_ = normalize<true>(original, buf_, map_, prefix);
}

void NormText::erase(std::size_t begin, std::size_t end) {
  if (end > size_) end = size_;
  if (begin >= end) return;
  if (!map_) {  // first edit of an identity view: make the copy now
    allocate(size_);
    std::memcpy(buf_, original_.data(), size_);
    for (std::size_t k = 0; k <= size_; ++k) map_[k] = static_cast<std::uint32_t>(k);
  }
  std::memmove(buf_ + begin, buf_ + end, size_ - end);
  std::memmove(map_ + begin, map_ + end, (size_ - end + 1) * sizeof(std::uint32_t));
  size_ -= end - begin;
}

std::size_t NormText::erase_ranges(const std::vector<std::pair<std::size_t, std::size_t>>& ranges) {
  if (ranges.empty()) return 0;
  if (ranges.size() == 1) {
    const std::size_t before = size_;
    erase(ranges[0].first, ranges[0].second);
    return before - size_;
  }
  if (!map_) {  // first edit of an identity view: make the copy now
    allocate(size_);
    std::memcpy(buf_, original_.data(), size_);
    for (std::size_t k = 0; k <= size_; ++k) map_[k] = static_cast<std::uint32_t>(k);
  }
  std::size_t w = ranges[0].first;
  for (std::size_t r = 0; r < ranges.size(); ++r) {
    const std::size_t from = ranges[r].second;
    const std::size_t to = r + 1 < ranges.size() ? ranges[r + 1].first : size_;
    std::memmove(buf_ + w, buf_ + from, to - from);
    std::memmove(map_ + w, map_ + from, (to - from) * sizeof(std::uint32_t));
    w += to - from;
  }
  map_[w] = map_[size_];
  const std::size_t removed = size_ - w;
  size_ = w;
  return removed;
}

namespace {
// The characters of the grammar's scan flags kDigit and kDateChar (target_parse.cpp), in
// normal form.
JIXIAO_HOT_INLINE bool digit_or_date_char(char32_t cp) noexcept {
  return (cp >= '0' && cp <= '9') || cp == '.' || cp == '-' || cp == '/' || cp == U'年' || cp == U'月' || cp == U'底' ||
         cp == U'末' || cp == U'旬';
}
static_assert(U'年' < U'底' && U'底' < U'旬' && U'旬' < U'月' && U'月' < U'末', "the date characters span 年..末");
}  // namespace

bool may_hold_number_or_date(std::string_view text) noexcept {
  for (std::size_t i = 0; i < text.size();) {
    const auto b0 = static_cast<unsigned char>(text[i]);
    if (b0 < 0x80) {  // normalisation changes only white space here
      if (digit_or_date_char(b0)) return true;
      ++i;
      continue;
    }
    if (b0 >= 0xE4 && b0 <= 0xE9 && text.size() - i >= 3) {  // U+4000..U+9FFF: most of a Chinese text
      const auto b1 = static_cast<unsigned char>(text[i + 1]);
      const auto b2 = static_cast<unsigned char>(text[i + 2]);
      const char32_t cp = ((b0 & 0x0Fu) << 12) | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu);
      if ((b1 & 0xC0u) == 0x80u && (b2 & 0xC0u) == 0x80u && cp >= kCjkFirst) {
        const char32_t to = maybe_traditional(cp) ? simplify_cjk(cp) : cp;
        if (to >= U'年' && to <= U'末' && digit_or_date_char(to)) return true;  // 年 底 旬 月 末 lie in this span
        i += 3;
        continue;
      }
    }
    const CodePoint c = decode_utf8(text, i);
    if (digit_or_date_char(normal_form(c.cp))) return true;
    i += c.length;
  }
  return false;
}

std::size_t normalize_into(std::string_view text, char* out, std::size_t cap) noexcept {
  if (text.size() > cap) return std::string_view::npos;
  return normalize<false>(text, out, nullptr);
}

std::size_t column_of(std::string_view text, std::size_t offset) noexcept {
  std::size_t column = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0u) != 0x80u) ++column;
  }
  return column;
}

Diagnostic make_diagnostic(std::string_view text, std::size_t offset, std::size_t length, const char* code,
                           std::string_view message) {
  Diagnostic d;
  d.code = code;
  if (offset > text.size()) offset = text.size();
  if (length > text.size() - offset) length = text.size() - offset;
  d.offset = offset;
  d.column = column_of(text, offset);
  d.text = std::string(text.substr(offset, length));
  // One allocation for the message: `<message>: '<text>' at column <n>`.
  const std::string column = std::to_string(d.column);
  d.message.reserve(message.size() + d.text.size() + column.size() + 16);
  d.message.append(message);
  if (!d.text.empty()) d.message.append(": '").append(d.text).append("'");
  d.message.append(" at column ").append(column);
  return d;
}

std::size_t code_points(std::string_view s) noexcept {
  std::size_t n = 0;
  for (char c : s) {
    if ((static_cast<unsigned char>(c) & 0xC0u) != 0x80u) ++n;
  }
  return n;
}

}  // namespace jixiao::detail
