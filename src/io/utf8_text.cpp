// Replacing what is not valid text, for the readers (which report it) and the writers.
#include "jixiao/io/utf8_text.hpp"

namespace jixiao::io {

std::string valid_text(std::string_view text) {
  if (is_valid_text(text)) return std::string(text);
  std::string out;
  out.reserve(text.size() + 8);
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t n = utf8_length_at(text, i);
    if (n == 0 || !is_valid_text(text.substr(i, n))) {  // not UTF-8, or a control character
      out += "\xEF\xBF\xBD";                              // U+FFFD
      ++i;
    } else {
      out.append(text.substr(i, n));
      i += n;
    }
  }
  return out;
}

namespace {

// The code point of the n-byte sequence at text[i] (n from utf8_length_at, 1..4).
char32_t decode_at(std::string_view text, std::size_t i, std::size_t n) {
  const auto b = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(text[i + k])); };
  if (n == 1) return b(0);
  if (n == 2) return ((b(0) & 0x1F) << 6) | (b(1) & 0x3F);
  if (n == 3) return ((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
  return ((b(0) & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
}

// East Asian Width W or F (Unicode UAX #11), the blocks forms use; a terminal gives
// these two columns.
bool is_wide(char32_t c) {
  return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
         (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
         (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
         (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
         (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x2FFFD) || (c >= 0x30000 && c <= 0x3FFFD);
}

}  // namespace

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t n = utf8_length_at(text, i);
    if (n == 0) {  // not UTF-8: one column, as U+FFFD would take
      ++width;
      ++i;
      continue;
    }
    const char32_t c = decode_at(text, i, n);
    if (is_wide(c)) {
      width += 2;
    } else if (!((c >= 0x0300 && c <= 0x036F) || (c >= 0x200B && c <= 0x200F))) {
      width += 1;
    }
    i += n;
  }
  return width;
}

std::string pad_to_width(std::string_view text, std::size_t width) {
  std::string out(text);
  const std::size_t has = display_width(text);
  if (has < width) out.append(width - has, ' ');
  return out;
}

}  // namespace jixiao::io
