// The one JSON string escaper, shared by the canonical writer, review reports and the tool.
#include "jixiao/io/json_text.hpp"

namespace jixiao::io {

void append_json_string(std::string& out, std::string_view text, JsonEscapes escapes) {
  static constexpr char kHex[] = "0123456789abcdef";
  const bool canonical = escapes == JsonEscapes::canonical;
  out += '"';
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
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
      out += ch;  // UTF-8 bytes pass through unescaped
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
