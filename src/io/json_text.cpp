// The one JSON string escaper, shared by the canonical writer, review reports and the tool.
#include "jixiao/io/json_text.hpp"

#include "jixiao/io/utf8_text.hpp"

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

}  // namespace

void append_json_string(std::string& out, std::string_view text, JsonEscapes escapes) {
  const bool canonical = escapes == JsonEscapes::canonical;
  out += '"';
  std::size_t run = 0;  // start of the bytes not yet copied, which need no escape
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {  // a UTF-8 sequence passes unescaped; bytes that are not one become U+FFFD
      if (c >= 0xE1 && c <= 0xEF && c != 0xED && i + 2 < text.size() &&
          (static_cast<unsigned char>(text[i + 1]) & 0xC0u) == 0x80u &&
          (static_cast<unsigned char>(text[i + 2]) & 0xC0u) == 0x80u) {
        i += 2;  // a three-byte character (all of CJK) whose lead allows any continuation
        continue;
      }
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
  out += '"';
}

std::string json_string(std::string_view text, JsonEscapes escapes) {
  std::string out;
  out.reserve(text.size() + 2);
  append_json_string(out, text, escapes);
  return out;
}

}  // namespace jixiao::io
