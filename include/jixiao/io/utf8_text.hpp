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

}  // namespace jixiao::io
