/// @file utf8_text.hpp
/// @brief UTF-8 validity for readers and writers: every text jixiao writes (JSON, XML,
/// INFO, SARIF, Markdown, plain text) is valid UTF-8 without C0 control characters other
/// than tab, line feed and carriage return, so that it is valid for its format and reads
/// back. Readers replace what breaks this with U+FFFD and report it; writers replace
/// what a caller put into a model by hand the same way (docs/reliability.md).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace jixiao::io {

/// Length of the valid UTF-8 sequence starting at `text[i]` (1 to 4), or 0 when the
/// bytes there are not one: a stray continuation byte, an overlong form, a surrogate
/// (U+D800…U+DFFF), a code point above U+10FFFF or a sequence cut short.
std::size_t utf8_length_at(std::string_view text, std::size_t i) noexcept;

/// True when `text` is valid UTF-8 and has no C0 control character other than tab, LF
/// and CR (the characters XML 1.0 allows; JSON escapes them).
bool is_valid_text(std::string_view text) noexcept;

/// `text` with each byte that does not start a valid UTF-8 sequence, and each C0
/// control character other than tab, LF and CR, replaced by U+FFFD. The text itself
/// when it is valid.
std::string valid_text(std::string_view text);

}  // namespace jixiao::io
