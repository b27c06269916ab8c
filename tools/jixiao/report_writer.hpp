// Small output helpers shared by `jixiao score` and `jixiao monitor`: a JSON writer that
// keeps UTF-8 unescaped, Markdown cell escaping, and profile selection by name or file.
#pragma once

#include <jixiao/decimal.hpp>
#include <jixiao/io/json_text.hpp>
#include <jixiao/profile.hpp>

#include <fstream>
#include <iostream>
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

// A built-in profile by name, or a profile file; prints the problem and returns nothing.
inline std::optional<Profile> select_profile(const std::string& name_or_path) {
  if (!Profile::builtin_text(name_or_path).empty()) return Profile::builtin(name_or_path);
  std::ifstream probe(name_or_path);
  if (!probe) {
    std::cerr << "jixiao: no built-in profile or file called '" << name_or_path << "' (built in:";
    for (const auto& n : Profile::builtin_names()) std::cerr << ' ' << n;
    std::cerr << ")\n";
    return std::nullopt;
  }
  auto loaded = load_profile(name_or_path);
  if (!loaded) {
    for (const auto& d : loaded.diagnostics()) std::cerr << d.message << '\n';
    return std::nullopt;
  }
  return loaded.value();
}

}  // namespace jixiao::tool
