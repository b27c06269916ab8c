/// @file json_text.hpp
/// @brief JSON string literals with UTF-8 kept readable, written by hand because
/// Boost 1.74's JSON writer escapes every non-ASCII byte.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace jixiao::io {

/// How the rarer control characters are spelled. Both escape the quote, the backslash
/// and every control character and pass UTF-8 through; they differ only where the
/// canonical file has always spelled things differently from the reports and the tool.
enum class JsonEscapes : std::uint8_t {
  report,     ///< Newline, return and tab as short escapes, other bytes below 0x20 as u00XX, DEL kept.
  canonical,  ///< As `report`, plus backspace and form feed short and DEL as u007f (form files).
};

/// Appends @p text to @p out as a quoted JSON string literal. Valid UTF-8 passes through
/// unescaped; each byte that does not start a valid UTF-8 sequence is written as U+FFFD,
/// so the output is always valid JSON text (see utf8_text.hpp).
void append_json_string(std::string& out, std::string_view text,
                        JsonEscapes escapes = JsonEscapes::report);

/// @p text as a quoted JSON string literal (see append_json_string()).
std::string json_string(std::string_view text, JsonEscapes escapes = JsonEscapes::report);

}  // namespace jixiao::io
