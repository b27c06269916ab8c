// A small strict JSON reader for tests: unlike Boost.PropertyTree it keeps the kind of
// every value (null, boolean, number, string, array, object) and the order of keys, so
// a test can check types and key order of the result schemas.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::test {

/// A parsed JSON value.
struct JsonValue {
  /// What the value is.
  enum class Kind : std::uint8_t { null, boolean, number, string, array, object };
  /// The kind.
  Kind kind = Kind::null;
  /// String contents (unescaped), number text, or `true`/`false`.
  std::string text;
  /// Array items, or object values (in document order).
  std::vector<JsonValue> items;
  /// Object keys, parallel to `items`.
  std::vector<std::string> keys;
  /// The member called `key`, or nullptr.
  const JsonValue* find(std::string_view key) const {
    for (std::size_t i = 0; i < keys.size(); ++i) {
      if (keys[i] == key) return &items[i];
    }
    return nullptr;
  }
};

/// Parses `text` as one JSON document (whitespace around it allowed); on failure
/// returns nothing and sets `error` to the offset and reason.
std::optional<JsonValue> parse_json(std::string_view text, std::string& error);

namespace json_detail {

class Reader {
 public:
  explicit Reader(std::string_view text) : s_(text) {}
  bool document(JsonValue& v) {
    if (!value(v, 0)) return false;
    space();
    return pos_ == s_.size() || fail("trailing text");
  }
  std::string error;

 private:
  bool fail(const char* why) {
    if (error.empty()) error = "offset " + std::to_string(pos_) + ": " + why;
    return false;
  }
  void space() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\n' || s_[pos_] == '\r' || s_[pos_] == '\t')) ++pos_;
  }
  bool literal(std::string_view word) {
    if (s_.substr(pos_, word.size()) != word) return fail("bad literal");
    pos_ += word.size();
    return true;
  }
  bool value(JsonValue& v, int depth) {
    if (depth > 64) return fail("too deep");
    space();
    if (pos_ >= s_.size()) return fail("unexpected end");
    const char c = s_[pos_];
    if (c == '{') return object(v, depth);
    if (c == '[') return array(v, depth);
    if (c == '"') {
      v.kind = JsonValue::Kind::string;
      return string(v.text);
    }
    if (c == 't' || c == 'f') {
      v.kind = JsonValue::Kind::boolean;
      v.text = c == 't' ? "true" : "false";
      return literal(v.text);
    }
    if (c == 'n') return literal("null");
    return number(v);
  }
  bool number(JsonValue& v) {
    const std::size_t start = pos_;
    if (pos_ < s_.size() && s_[pos_] == '-') ++pos_;
    const std::size_t digits = pos_;
    while (pos_ < s_.size() && ((s_[pos_] >= '0' && s_[pos_] <= '9') || s_[pos_] == '.' || s_[pos_] == 'e' ||
                                s_[pos_] == 'E' || s_[pos_] == '+' || s_[pos_] == '-')) {
      ++pos_;
    }
    if (pos_ == digits) return fail("not a value");
    v.kind = JsonValue::Kind::number;
    v.text = std::string(s_.substr(start, pos_ - start));
    return true;
  }
  static void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  bool hex4(std::uint32_t& cp) {
    if (pos_ + 4 > s_.size()) return fail("short \\u escape");
    cp = 0;
    for (int i = 0; i < 4; ++i) {
      const char h = s_[pos_++];
      cp <<= 4;
      if (h >= '0' && h <= '9') cp |= static_cast<std::uint32_t>(h - '0');
      else if (h >= 'a' && h <= 'f') cp |= static_cast<std::uint32_t>(h - 'a' + 10);
      else if (h >= 'A' && h <= 'F') cp |= static_cast<std::uint32_t>(h - 'A' + 10);
      else return fail("bad hex digit");
    }
    return true;
  }
  bool escape(std::string& out) {
    if (pos_ >= s_.size()) return fail("unterminated escape");
    const char e = s_[pos_++];
    switch (e) {
      case '"': out += '"'; return true;
      case '\\': out += '\\'; return true;
      case '/': out += '/'; return true;
      case 'b': out += '\b'; return true;
      case 'f': out += '\f'; return true;
      case 'n': out += '\n'; return true;
      case 'r': out += '\r'; return true;
      case 't': out += '\t'; return true;
      case 'u': break;
      default: return fail("bad escape");
    }
    std::uint32_t cp = 0;
    if (!hex4(cp)) return false;
    if (cp >= 0xD800 && cp < 0xDC00) {
      std::uint32_t low = 0;
      if (s_.substr(pos_, 2) != "\\u") return fail("lone surrogate");
      pos_ += 2;
      if (!hex4(low) || low < 0xDC00 || low > 0xDFFF) return fail("bad surrogate pair");
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    }
    append_utf8(out, cp);
    return true;
  }
  bool string(std::string& out) {
    ++pos_;  // the opening quote
    while (pos_ < s_.size()) {
      const char c = s_[pos_++];
      if (c == '"') return true;
      if (static_cast<unsigned char>(c) < 0x20) return fail("control character in string");
      if (c == '\\') {
        if (!escape(out)) return false;
      } else {
        out += c;
      }
    }
    return fail("unterminated string");
  }
  bool array(JsonValue& v, int depth) {
    v.kind = JsonValue::Kind::array;
    ++pos_;
    space();
    if (pos_ < s_.size() && s_[pos_] == ']') return ++pos_, true;
    while (true) {
      v.items.emplace_back();
      if (!value(v.items.back(), depth + 1)) return false;
      space();
      if (pos_ < s_.size() && s_[pos_] == ',') {
        ++pos_;
        continue;
      }
      if (pos_ < s_.size() && s_[pos_] == ']') return ++pos_, true;
      return fail("expected , or ]");
    }
  }
  bool object(JsonValue& v, int depth) {
    v.kind = JsonValue::Kind::object;
    ++pos_;
    space();
    if (pos_ < s_.size() && s_[pos_] == '}') return ++pos_, true;
    while (true) {
      space();
      if (pos_ >= s_.size() || s_[pos_] != '"') return fail("expected a key");
      v.keys.emplace_back();
      if (!string(v.keys.back())) return false;
      space();
      if (pos_ >= s_.size() || s_[pos_] != ':') return fail("expected :");
      ++pos_;
      v.items.emplace_back();
      if (!value(v.items.back(), depth + 1)) return false;
      space();
      if (pos_ < s_.size() && s_[pos_] == ',') {
        ++pos_;
        continue;
      }
      if (pos_ < s_.size() && s_[pos_] == '}') return ++pos_, true;
      return fail("expected , or }");
    }
  }

  std::string_view s_;
  std::size_t pos_ = 0;
};

}  // namespace json_detail

inline std::optional<JsonValue> parse_json(std::string_view text, std::string& error) {
  json_detail::Reader reader(text);
  JsonValue v;
  if (!reader.document(v)) {
    error = reader.error;
    return std::nullopt;
  }
  return v;
}

}  // namespace jixiao::test
