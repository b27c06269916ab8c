// Internal: the normalised view of a target cell that the unit catalogue and the
// target parser read. Full-width ASCII becomes ASCII, every dash becomes '-', ≧/⩾ become
// ≥, ≦/⩽ become ≤, odd spaces become ' ', and a small table of traditional characters
// becomes simplified, so that keyword matching is one memcmp. Each normalised byte
// remembers the byte offset it came from, so diagnostics point into the original text.
// Short texts live in an inline buffer: no allocation.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "jixiao/diagnostic.hpp"

namespace jixiao::detail {

/// One decoded code point and its byte length (invalid UTF-8 decodes as U+FFFD, length 1).
struct CodePoint {
  char32_t cp;
  std::size_t length;
};

/// Decodes a multi-byte (or invalid) sequence at byte i of s; see decode_utf8.
CodePoint decode_utf8_multibyte(std::string_view s, std::size_t i) noexcept;

/// Decodes the code point at byte i of s (i < s.size()).
/// (Inline for ASCII and well-formed three-byte sequences, i.e. CJK: the callers
/// meet them on nearly every character of a target.)
inline CodePoint decode_utf8(std::string_view s, std::size_t i) noexcept {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return {b0, 1};
  if ((b0 & 0xF0u) == 0xE0u && s.size() - i >= 3) {
    const auto b1 = static_cast<unsigned char>(s[i + 1]);
    const auto b2 = static_cast<unsigned char>(s[i + 2]);
    if ((b1 & 0xC0u) == 0x80u && (b2 & 0xC0u) == 0x80u) {
      const char32_t cp = ((b0 & 0x0Fu) << 12) | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu);
      if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) return {cp, 3};
    }
  }
  return decode_utf8_multibyte(s, i);  // two- and four-byte forms, and invalid bytes
}

/// Writes cp as UTF-8 into out (at least 4 bytes); returns the byte count.
std::size_t encode_utf8(char32_t cp, char* out) noexcept;

/// The simplified form of a traditional character in the small table, else cp.
char32_t simplify_cjk(char32_t cp) noexcept;

/// True when a target's text stops at a digit or a comparator (`1`, `≥`), where a unit or
/// a number may follow: a value a cut may have shortened.
bool stops_at_number_or_comparator(std::string_view text) noexcept;

/// True for CJK ideographs (the basic block and extension A).
inline bool is_cjk(char32_t cp) noexcept { return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF); }

/// The normalised text with its map back to the original. Most cells are already in
/// normal form: then the view is the original itself and the map is the identity, so
/// nothing is copied until an edit (erase) needs a copy.
class NormText {
 public:
  /// Normalises `original` (which must outlive this object).
  explicit NormText(std::string_view original);
  NormText(const NormText&) = delete;
  NormText& operator=(const NormText&) = delete;

  /// The normalised UTF-8 text.
  std::string_view view() const noexcept { return {data_, size_}; }
  /// The text as given.
  std::string_view original() const noexcept { return original_; }
  /// Byte offset in the original of normalised byte `pos` (pos may equal size()).
  std::size_t origin(std::size_t pos) const noexcept { return map_ ? map_[pos] : pos; }
  /// Byte offset in the original just after normalised byte end-1 (begin's origin when empty).
  std::size_t origin_end(std::size_t begin, std::size_t end) const noexcept {
    if (end > size_) end = size_;
    if (begin >= end) return origin(begin < size_ ? begin : size_);
    const std::size_t last = origin(end - 1);
    return last + decode_utf8(original_, last).length;
  }
  /// The original bytes behind normalised [begin, end).
  std::string_view original_span(std::size_t begin, std::size_t end) const noexcept {
    if (end > size_) end = size_;
    if (begin >= end) return original_.substr(origin(begin < size_ ? begin : size_), 0);
    const std::size_t b = origin(begin);
    const std::size_t last = origin(end - 1);  // the original code point behind the last byte
    const std::size_t e = last + decode_utf8(original_, last).length;
    return original_.substr(b, e > b ? e - b : 0);
  }
  /// Removes normalised bytes [begin, end) (keeping the map of what remains).
  void erase(std::size_t begin, std::size_t end);
  /// Removes the normalised ranges [first, second), ascending and disjoint, in one pass
  /// (linear however many); returns the number of bytes removed.
  std::size_t erase_ranges(const std::vector<std::pair<std::size_t, std::size_t>>& ranges);

 private:
  // Points buf_, data_ and map_ at storage for `size` bytes (inline when short).
  void allocate(std::size_t size);

  static constexpr std::size_t inline_capacity = 192;
  std::string_view original_;
  const char* data_;              // the original, or buf_
  char* buf_ = nullptr;           // the normalised copy, once made
  std::uint32_t* map_ = nullptr;  // null: the identity (data_ is the original)
  std::size_t size_ = 0;
  char inline_data_[inline_capacity];
  std::uint32_t inline_map_[inline_capacity + 1];
  std::unique_ptr<char[]> heap_data_;
  std::unique_ptr<std::uint32_t[]> heap_map_;
};

/// Normalises a short text into `out` (capacity `cap`); returns the length, or
/// `npos` when it does not fit. Used by Unit::parse without allocating.
std::size_t normalize_into(std::string_view text, char* out, std::size_t cap) noexcept;

/// False when `text`, normalised, holds no digit and none of the characters that may
/// start a date (`.` `-` `/` 年 月 底 末 旬): then `Target::parse` reads it as a
/// qualitative target or refuses it, without a number or a deadline. One pass over the
/// text with no copy, for callers that want only measurable targets (ExpectedResult).
bool may_hold_number_or_date(std::string_view text) noexcept;

/// 1-based code point column of byte `offset` in `text`.
std::size_t column_of(std::string_view text, std::size_t offset) noexcept;

/// A diagnostic about original bytes [offset, offset+length) of `text`.
Diagnostic make_diagnostic(std::string_view text, std::size_t offset, std::size_t length, const char* code,
                           std::string_view message);

/// True when s[i..] begins with `word`.
/// (A byte loop, not memcmp: keywords are short and most differ in the first byte.)
inline bool has_at(std::string_view s, std::size_t i, std::string_view word) noexcept {
  if (i > s.size() || s.size() - i < word.size()) return false;
  const char* p = s.data() + i;
  for (std::size_t k = 0; k < word.size(); ++k) {
    if (p[k] != word[k]) return false;
  }
  return true;
}
/// True when s[..end) ends with `word`.
inline bool ends_at(std::string_view s, std::size_t end, std::string_view word) noexcept {
  return end >= word.size() && end <= s.size() && has_at(s, end - word.size(), word);
}

/// Number of code points in s.
std::size_t code_points(std::string_view s) noexcept;

}  // namespace jixiao::detail
