// Escaping of every text from the input that the HTML report writes: the one function
// the page's sections call, so no input text reaches the page another way.
#include <cstdio>

#include "jixiao/io/report_html.hpp"
#include "jixiao/io/utf8_text.hpp"

namespace jixiao::io {
namespace {

// The code point of the bidi control starting at text[i] (2 or 3 bytes), or 0. These
// reorder the text around them (U+202E turns `exe.txt` into `txt.exe`); a form's text
// must not do that to the page.
unsigned bidi_control_at(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return k < text.size() ? static_cast<unsigned char>(text[k]) : 0u; };
  if (byte(i) == 0xD8 && byte(i + 1) == 0x9C) return 0x061C;
  if (byte(i) != 0xE2) return 0;
  const unsigned b1 = byte(i + 1);
  const unsigned b2 = byte(i + 2);
  if (b1 == 0x80 && (b2 == 0x8E || b2 == 0x8F || (b2 >= 0xAA && b2 <= 0xAE))) return 0x2000 + (b2 - 0x80);
  if (b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9) return 0x2040 + (b2 - 0x80);
  return 0;
}

}  // namespace

std::string html_escape(std::string_view raw) {
  const std::string text = valid_text(raw);  // invalid bytes and C0 controls → U+FFFD
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
      case '&': out += "&amp;"; continue;
      case '<': out += "&lt;"; continue;
      case '>': out += "&gt;"; continue;
      case '"': out += "&quot;"; continue;
      case '\'': out += "&#39;"; continue;
      default: break;
    }
    if (const unsigned cp = bidi_control_at(text, i); cp != 0) {
      char mark[16];
      std::snprintf(mark, sizeof mark, "[U+%04X]", cp);
      out += mark;
      i += cp == 0x061C ? 1 : 2;
      continue;
    }
    out += c;
  }
  return out;
}

}  // namespace jixiao::io
