/// @file utf8_text.hpp
/// @brief UTF-8 validity for readers and writers: every text jixiao writes (JSON, XML,
/// INFO, SARIF, Markdown, plain text) is valid UTF-8 without C0 control characters other
/// than tab, line feed and carriage return, so that it is valid for its format and reads
/// back. Readers replace what breaks this with U+FFFD and report it; writers replace
/// what a caller put into a model by hand the same way (docs/reliability.md).
#pragma once

#include <string>
#include <string_view>

#include "jixiao/text.hpp"

namespace jixiao::io {

// The checks themselves are of the values layer (text.hpp); named here too, as before.
using jixiao::is_valid_text;
using jixiao::utf8_length_at;

/// `text` with each byte that does not start a valid UTF-8 sequence, and each C0
/// control character other than tab, LF and CR, replaced by U+FFFD (what
/// `is_valid_text` refuses). The text itself when it is valid.
std::string valid_text(std::string_view text);

/// The columns @p text takes in a terminal: 2 for each East Asian Wide or Fullwidth
/// character (汉字, ，, Ａ, U+3000), 0 for a combining mark (U+0300–U+036F) and a zero
/// width character (U+200B–U+200F), 1 for any other character and for each byte that
/// is not valid UTF-8.
std::size_t display_width(std::string_view text);

/// @p text followed by spaces up to @p width display columns (the text itself when it
/// is as wide or wider), so columns of mixed Chinese and ASCII text line up.
std::string pad_to_width(std::string_view text, std::size_t width);

}  // namespace jixiao::io
