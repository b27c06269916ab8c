/// @file diagnostic.hpp
/// @brief `Diagnostic` (what a parser could not read, and where) and `Parsed<T>`
/// (a value or its diagnostics), the return type of every parser of untrusted text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "jixiao/error.hpp"

namespace jixiao {

/// Language of rendered messages (findings, diagnostics).
enum class Lang : std::uint8_t {
  zh,  ///< Simplified Chinese (zh-CN).
  en,  ///< English.
};

/// One problem a parser found in its input text.
struct Diagnostic {
  /// Stable code, e.g. `jixiao.decimal.bad_character`.
  std::string code;
  /// English explanation naming the offending text (`message_in(Lang::zh)` for Chinese).
  std::string message;
  /// Byte offset of the offending text in the parsed string.
  std::size_t offset = 0;
  /// 1-based character (code point) column of the offending text.
  std::size_t column = 1;
  /// The offending text itself (may be empty when input ended too early).
  std::string text;

  /// The message in `lang`: `message` for English; for Chinese, the code's Chinese
  /// explanation with the offending text and its column (`比较符后没有数字：“≥”（第 1 列）`),
  /// or `message` when the code has no Chinese text. Thread-safe; never throws but
  /// `std::bad_alloc`.
  std::string message_in(Lang lang) const;

  /// Diagnostics compare equal when every field does.
  friend bool operator==(const Diagnostic& a, const Diagnostic& b) {
    return a.code == b.code && a.message == b.message && a.offset == b.offset &&
           a.column == b.column && a.text == b.text;
  }
  /// Negation of ==.
  friend bool operator!=(const Diagnostic& a, const Diagnostic& b) { return !(a == b); }
};

/// The Chinese explanation of diagnostic `code` (`jixiao.target.no_number` → `比较符或单位
///后没有数字`), or nullptr for a code that has none. Every code of docs/errors.md that a
/// parser returns as a `Diagnostic` has one.
const char* chinese_explanation(std::string_view code) noexcept;

/// The 1-based code point column of byte `offset` in UTF-8 `text` (continuation
/// bytes are not counted, so a CJK character is one column).
inline std::size_t utf8_column(const std::string& text, std::size_t offset) {
  std::size_t column = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0u) != 0x80u) ++column;
  }
  return column;
}

/// A parse result: either a value, or the diagnostics that explain why there is
/// none. A parse may also return a value together with informational diagnostics.
template <class T>
class Parsed {
 public:
  /// A successful parse.
  Parsed(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  /// A failed parse with at least one diagnostic.
  Parsed(std::vector<Diagnostic> diagnostics) : diagnostics_(std::move(diagnostics)) {}  // NOLINT
  /// A failed parse with one diagnostic.
  Parsed(Diagnostic diagnostic) { diagnostics_.push_back(std::move(diagnostic)); }  // NOLINT
  /// A successful parse whose value is built in place from `args` (a large value is
  /// then never moved: `Parsed<Target>(std::in_place, op, quantity, raw)`).
  template <class... Args>
  explicit Parsed(std::in_place_t, Args&&... args) : value_(std::in_place, std::forward<Args>(args)...) {}
  /// A value with accompanying (non-fatal) diagnostics.
  Parsed(T value, std::vector<Diagnostic> diagnostics)
      : value_(std::move(value)), diagnostics_(std::move(diagnostics)) {}

  /// True when a value was read.
  bool ok() const noexcept { return value_.has_value(); }
  /// Same as ok().
  explicit operator bool() const noexcept { return ok(); }
  /// The value; throws `jixiao::error` (`jixiao.parse.no_value`) if the parse failed.
  const T& value() const& {
    if (!value_) throw error("jixiao.parse.no_value", describe());
    return *value_;
  }
  /// The value, moved out; throws like the const overload.
  T&& value() && {
    if (!value_) throw error("jixiao.parse.no_value", describe());
    return std::move(*value_);
  }
  /// Pointer-like access; precondition ok().
  const T* operator->() const { return &value(); }
  /// The diagnostics, empty for a clean parse.
  const std::vector<Diagnostic>& diagnostics() const noexcept { return diagnostics_; }

 private:
  std::string describe() const {
    return diagnostics_.empty() ? std::string("no value") : diagnostics_.front().message;
  }
  std::optional<T> value_;
  std::vector<Diagnostic> diagnostics_;
};

}  // namespace jixiao
