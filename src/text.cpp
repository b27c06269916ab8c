// White space, trimming and UTF-8 validity, shared by every reader of cells and values
// and every writer.
#include "jixiao/text.hpp"

namespace jixiao {

std::size_t whitespace_at(std::string_view s, std::size_t i) noexcept {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v') return 1;
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) return 2;  // NBSP
  if (c == 0xE3 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
      static_cast<unsigned char>(s[i + 2]) == 0x80)
    return 3;  // U+3000 ideographic space
  if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBB &&
      static_cast<unsigned char>(s[i + 2]) == 0xBF)
    return 3;  // U+FEFF
  return 0;
}

std::size_t whitespace_before(std::string_view s, std::size_t end) noexcept {
  // The same spaces as whitespace_at, recognised from their last byte.
  if (end == 0) return 0;
  const auto at = [&](std::size_t back) { return static_cast<unsigned char>(s[end - back]); };
  const unsigned char c = at(1);
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r') ? 1 : 0;
  if (c == 0xA0) return end >= 2 && at(2) == 0xC2 ? 2 : 0;                    // NBSP
  if (c == 0x80) return end >= 3 && at(2) == 0x80 && at(3) == 0xE3 ? 3 : 0;  // U+3000
  if (c == 0xBF) return end >= 3 && at(2) == 0xBB && at(3) == 0xEF ? 3 : 0;  // U+FEFF
  return 0;
}

std::string_view trim(std::string_view text) noexcept {
  std::size_t b = 0;
  while (b < text.size()) {
    const std::size_t n = whitespace_at(text, b);
    if (n == 0) break;
    b += n;
  }
  std::size_t e = text.size();
  while (e > b) {
    const std::size_t n = whitespace_before(text, e);
    if (n == 0 || e - n < b) break;
    e -= n;
  }
  return text.substr(b, e - b);
}

std::size_t utf8_length_at(std::string_view s, std::size_t i) noexcept {
  if (i >= s.size()) return 0;
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  if (c < 0x80) return 1;
  std::size_t n = 0;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) n = 2;
  else if (c == 0xE0) { n = 3; lo = 0xA0; }
  else if (c >= 0xE1 && c <= 0xEC) n = 3;
  else if (c == 0xED) { n = 3; hi = 0x9F; }  // no surrogates
  else if (c >= 0xEE && c <= 0xEF) n = 3;
  else if (c == 0xF0) { n = 4; lo = 0x90; }
  else if (c >= 0xF1 && c <= 0xF3) n = 4;
  else if (c == 0xF4) { n = 4; hi = 0x8F; }
  else return 0;
  if (i + n > s.size()) return 0;
  if (b(i + 1) < lo || b(i + 1) > hi) return 0;
  for (std::size_t k = 2; k < n; ++k) {
    if (b(i + k) < 0x80 || b(i + k) > 0xBF) return 0;
  }
  return n;
}

bool is_valid_text(std::string_view text) noexcept {
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    const std::size_t n = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') ? 0 : utf8_length_at(text, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

}  // namespace jixiao
