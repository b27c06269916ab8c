// UTF-8 validity shared by the readers (which report what they replace) and the writers.
#include "jixiao/io/utf8_text.hpp"

namespace jixiao::io {
namespace {

constexpr char kReplacement[] = "\xEF\xBF\xBD";

bool control(unsigned char c) noexcept { return c < 0x20 && c != '\t' && c != '\n' && c != '\r'; }

}  // namespace

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
    const std::size_t n = control(static_cast<unsigned char>(text[i])) ? 0 : utf8_length_at(text, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

std::string valid_text(std::string_view text) {
  if (is_valid_text(text)) return std::string(text);
  std::string out;
  out.reserve(text.size() + 8);
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t n = control(static_cast<unsigned char>(text[i])) ? 0 : utf8_length_at(text, i);
    if (n == 0) {
      out += kReplacement;
      ++i;
    } else {
      out.append(text.substr(i, n));
      i += n;
    }
  }
  return out;
}

}  // namespace jixiao::io
