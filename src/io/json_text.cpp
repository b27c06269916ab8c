// The one JSON string escaper, shared by the canonical writer, review reports and the tool.
#include "jixiao/io/json_text.hpp"

#include "jixiao/io/utf8_text.hpp"

namespace jixiao::io {

void append_json_string(std::string& out, std::string_view text, JsonEscapes escapes) {
  static constexpr char kHex[] = "0123456789abcdef";
  const bool canonical = escapes == JsonEscapes::canonical;
  out += '"';
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char ch = text[i];
    const auto c = static_cast<unsigned char>(ch);
    if (c >= 0x80) {  // a UTF-8 sequence passes unescaped; bytes that are not one become U+FFFD
      const std::size_t n = utf8_length_at(text, i);
      if (n == 0) {
        out += "\xEF\xBF\xBD";
      } else {
        out.append(text.substr(i, n));
        i += n - 1;
      }
      continue;
    }
    switch (c) {
      case '"': out += "\\\""; continue;
      case '\\': out += "\\\\"; continue;
      case '\n': out += "\\n"; continue;
      case '\r': out += "\\r"; continue;
      case '\t': out += "\\t"; continue;
      case '\b':
        if (canonical) {
          out += "\\b";
          continue;
        }
        break;
      case '\f':
        if (canonical) {
          out += "\\f";
          continue;
        }
        break;
      default: break;
    }
    if (c < 0x20 || (canonical && c == 0x7F)) {
      out += "\\u00";
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    } else {
      out += ch;
    }
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
