/// @file text.hpp
/// @brief Text conventions shared by every layer: the one definition of white space
/// (what `trim` removes from cells, file values and actuals alike), of valid UTF-8 text
/// (`utf8_length_at`, `is_valid_text`), and the one spelling of enum ↔ text
/// (`to_string(E)` writes the stable key, `from_string<E>(text)` reads it).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace jixiao {

/// Length in bytes of the white-space character at byte `i` of UTF-8 `text`, or 0.
/// White space is ASCII space, tab, CR, LF, FF and VT, NBSP (U+00A0), the ideographic
/// space (U+3000) and the byte order mark (U+FEFF). Precondition: `i < text.size()`.
std::size_t whitespace_at(std::string_view text, std::size_t i) noexcept;

/// Length in bytes of the white-space character that ends just before byte `end`, or 0.
std::size_t whitespace_before(std::string_view text, std::size_t end) noexcept;

/// `text` without leading and trailing white space (as `whitespace_at` defines it).
std::string_view trim(std::string_view text) noexcept;

/// Length of the valid UTF-8 sequence starting at `text[i]` (1 to 4), or 0 when the
/// bytes there are not one: a stray continuation byte, an overlong form, a surrogate
/// (U+D800…U+DFFF), a code point above U+10FFFF or a sequence cut short. The one
/// definition of well-formed UTF-8 in jixiao.
std::size_t utf8_length_at(std::string_view text, std::size_t i) noexcept;

/// True when `text` is valid UTF-8 (`utf8_length_at`) and has no C0 control character
/// other than tab, LF and CR (the characters XML 1.0 allows; JSON escapes them): text
/// that every format jixiao writes can hold, and a message can quote as it is.
bool is_valid_text(std::string_view text) noexcept;

/// The value of enum `E` that `text` names, or nothing. Every enum with a text form
/// declares a specialisation next to its `to_string(E)`; it reads the stable key that
/// `to_string` writes and, where the enum has one, the Chinese name (`chinese_name(E)`).
template <class E>
std::optional<E> from_string(std::string_view text);

}  // namespace jixiao
