// White space and trimming, shared by every reader of cells and values.
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
  if (end == 0) return 0;
  for (std::size_t len = 1; len <= 3 && len <= end; ++len) {
    if (whitespace_at(s, end - len) == len) return len;
  }
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

}  // namespace jixiao
