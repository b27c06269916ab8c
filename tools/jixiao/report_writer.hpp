// Small output helpers shared by `jixiao score` and `jixiao monitor`: JSON strings that
// keep UTF-8 unescaped, decimals as JSON strings, and Markdown cell escaping.
#pragma once

#include <jixiao/decimal.hpp>
#include <jixiao/io/json_text.hpp>

#include <optional>
#include <string>

namespace jixiao::tool {

// A JSON string literal; control characters, quotes and backslashes escaped, UTF-8 kept.
using io::json_string;

// Decimals go out as strings so their scale survives (`"19.48"`).
inline std::string json_decimal(const std::optional<Decimal>& d) {
  return d ? json_string(d->to_string()) : std::string("null");
}

// A Markdown table cell: pipes escaped, newlines flattened.
inline std::string md_cell(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '|') {
      out += "\\|";
    } else if (c == '\n' || c == '\r') {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace jixiao::tool
