// The JSON string escaper against a byte-at-a-time reference: the escaper skips eight
// bytes at a time and hands valid UTF-8 to simdjson's validator, so every way a byte can
// need an escape or a replacement is tried at every offset of a word.
#include <jixiao/io/json_text.hpp>
#include <jixiao/text.hpp>

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

namespace {

using jixiao::io::append_json_string;
using jixiao::io::JsonEscapes;

// The reference: one byte at a time, as the header states the rules.
std::string reference(std::string_view text, JsonEscapes escapes) {
  const bool canonical = escapes == JsonEscapes::canonical;
  static constexpr char hex[] = "0123456789abcdef";
  std::string out = "\"";
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {
      const std::size_t n = jixiao::utf8_length_at(text, i);
      if (n == 0) {
        out += "\xEF\xBF\xBD";
        ++i;
      } else {
        out.append(text.substr(i, n));
        i += n;
      }
      continue;
    }
    ++i;
    if (c == '"') out += "\\\"";
    else if (c == '\\') out += "\\\\";
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c == '\t') out += "\\t";
    else if (canonical && c == '\b') out += "\\b";
    else if (canonical && c == '\f') out += "\\f";
    else if (c < 0x20 || (canonical && c == 0x7F)) out += std::string("\\u00") + hex[c >> 4] + hex[c & 0xF];
    else out += static_cast<char>(c);
  }
  return out + "\"";
}

std::string escaped(std::string_view text, JsonEscapes escapes) {
  std::string out = "prefix:";
  append_json_string(out, text, escapes);
  return out.substr(7);
}

// Pieces that need an escape, a replacement or nothing, in one, two, three and four bytes.
const std::vector<std::string> pieces = {
    "a", " ", "\"", "\\", "\n", "\t", std::string(1, '\0'), "\x01", "\x1F", "\x7F", "\b", "\f",
    "\xC2\xA0", "率", "绩效", "\xE3\x80\x80", "\xF0\x9F\x98\x80",
    "\xC0\x80", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xE6\x95", "\x80", "\xFF", "\xE0\x80\xAF"};

TEST(JsonText, EveryPieceAtEveryOffsetOfAWord) {
  for (const auto escapes : {JsonEscapes::report, JsonEscapes::canonical}) {
    for (const auto& piece : pieces) {
      for (std::size_t before = 0; before < 17; ++before) {
        for (const char* after : {"", "x", "xxxxxxx", "率率率"}) {
          const std::string text = std::string(before, 'a') + piece + after;
          EXPECT_EQ(escaped(text, escapes), reference(text, escapes)) << before << " + piece of " << piece.size();
        }
      }
    }
  }
}

TEST(JsonText, RandomMixturesEqualTheReference) {
  std::uint32_t state = 2024;
  for (int k = 0; k < 20000; ++k) {
    std::string text;
    state = state * 1664525u + 1013904223u;
    const int n = static_cast<int>((state >> 16) % 12);
    for (int i = 0; i < n; ++i) {
      state = state * 1664525u + 1013904223u;
      // Mostly text that is valid, so the fast road is taken, with a bad piece now and then.
      const std::size_t pick = (state >> 16) % (k % 3 == 0 ? pieces.size() : 17);
      text += pieces[pick];
    }
    for (const auto escapes : {JsonEscapes::report, JsonEscapes::canonical}) {
      ASSERT_EQ(escaped(text, escapes), reference(text, escapes)) << k;
    }
  }
}

TEST(JsonText, ExamplesStateTheRules) {
  EXPECT_EQ(jixiao::io::json_string("绩效\"≥95%\"\n"), "\"绩效\\\"≥95%\\\"\\n\"");
  EXPECT_EQ(jixiao::io::json_string("a\x7F"), "\"a\x7F\"");
  EXPECT_EQ(jixiao::io::json_string("a\x7F", JsonEscapes::canonical), "\"a\\u007f\"");
  EXPECT_EQ(jixiao::io::json_string("\xE6\x95"), "\"\xEF\xBF\xBD\xEF\xBF\xBD\"");
}

}  // namespace
