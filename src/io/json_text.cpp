// The one JSON string escaper, shared by the canonical writer, review reports and the tool.
#include "jixiao/io/json_text.hpp"

#include "jixiao/io/utf8_text.hpp"

#include <simdjson.h>

#include <cstdint>

#include "byte_words.hpp"

namespace jixiao::io {

namespace {

// An ASCII byte a JSON string cannot hold as it is (DEL too, in canonical files).
bool needs_escape(unsigned char c, bool canonical) {
  return c < 0x20 || c == '"' || c == '\\' || (canonical && c == 0x7F);
}

// The escape of such a byte.
void append_escape(std::string& out, unsigned char c, bool canonical) {
  static constexpr char kHex[] = "0123456789abcdef";
  switch (c) {
    case '"': out += "\\\""; return;
    case '\\': out += "\\\\"; return;
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    case '\t': out += "\\t"; return;
    case '\b':
      if (canonical) {
        out += "\\b";
        return;
      }
      break;
    case '\f':
      if (canonical) {
        out += "\\f";
        return;
      }
      break;
    default: break;
  }
  out += "\\u00";
  out += kHex[c >> 4];
  out += kHex[c & 0xF];
}

// Whether one of the 8 bytes of x needs an escape (bytes at 0x80 and above never do).
bool word_needs_escape(std::uint64_t x, bool canonical) {
  std::uint64_t hit = detail::bytes_below(x, 0x20) | detail::bytes_equal(x, '"') | detail::bytes_equal(x, '\\');
  if (canonical) hit |= detail::bytes_equal(x, 0x7F);
  return hit != 0;
}

// Whether every byte of text is ASCII.
bool ascii(std::string_view text) {
  std::size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    if (detail::high_bytes(detail::word_at(text, i)) != 0) return false;
  }
  for (; i < text.size(); ++i) {
    if (static_cast<unsigned char>(text[i]) >= 0x80) return false;
  }
  return true;
}

// The escaper for text that may hold bytes that are not UTF-8 (each becomes U+FFFD).
void append_checked(std::string& out, std::string_view text, bool canonical) {
  std::size_t run = 0;  // start of the bytes not yet copied, which need no escape
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {  // a UTF-8 sequence passes unescaped; bytes that are not one become U+FFFD
      const std::size_t n = utf8_length_at(text, i);
      if (n != 0) {
        i += n - 1;
        continue;
      }
      out.append(text.data() + run, i - run);
      out += "\xEF\xBF\xBD";
    } else if (needs_escape(c, canonical)) {
      out.append(text.data() + run, i - run);
      append_escape(out, c, canonical);
    } else {
      continue;
    }
    run = i + 1;
  }
  out.append(text.data() + run, text.size() - run);
}

// The escaper for valid UTF-8: eight bytes at a time, only ASCII bytes can need an escape.
void append_valid(std::string& out, std::string_view text, bool canonical) {
  std::size_t run = 0;
  std::size_t i = 0;
  const auto escape_bytes = [&](std::size_t from, std::size_t to) {
    for (std::size_t k = from; k < to; ++k) {
      const auto c = static_cast<unsigned char>(text[k]);
      if (c >= 0x80 || !needs_escape(c, canonical)) continue;
      out.append(text.data() + run, k - run);
      append_escape(out, c, canonical);
      run = k + 1;
    }
  };
  for (; i + 8 <= text.size(); i += 8) {
    if (word_needs_escape(detail::word_at(text, i), canonical)) escape_bytes(i, i + 8);
  }
  escape_bytes(i, text.size());
  out.append(text.data() + run, text.size() - run);
}

}  // namespace

void append_json_string(std::string& out, std::string_view text, JsonEscapes escapes) {
  const bool canonical = escapes == JsonEscapes::canonical;
  out += '"';
  if (ascii(text) || simdjson::validate_utf8(text.data(), text.size())) {
    append_valid(out, text, canonical);
  } else {
    append_checked(out, text, canonical);
  }
  out += '"';
}

std::string json_string(std::string_view text, JsonEscapes escapes) {
  std::string out;
  out.reserve(text.size() + 2);
  append_json_string(out, text, escapes);
  return out;
}

}  // namespace jixiao::io
