/// @file error.hpp
/// @brief The exception types jixiao throws on misuse (never on bad input text: readers
/// and parsers return findings and diagnostics). Which call throws what:
/// docs/embedding.md, "Exceptions"; every code: docs/errors.md.
#pragma once

#include <stdexcept>
#include <string>

namespace jixiao {

/// Base of every exception jixiao throws. The message starts with a stable code in
/// brackets, e.g. `[jixiao.decimal.overflow] …`, which `code()` returns alone.
/// Thrown as itself (not a subclass) for misuse of the API: `[jixiao.parse.no_value]`
/// by `Parsed::value()` of a failed parse, `[jixiao.rules.*]` by `RuleSet`,
/// `RuleContext` and `make_rule`, `[jixiao.monitor.month]` by `monitor`.
class error : public std::runtime_error {
 public:
  /// Builds an error with a stable `code` (without brackets) and a human message.
  error(const std::string& code, const std::string& message)
      : std::runtime_error("[" + code + "] " + message), code_(code) {}

  /// The stable code, such as `jixiao.decimal.overflow`.
  const std::string& code() const noexcept { return code_; }

 private:
  std::string code_;
};

/// Raised by Decimal arithmetic and construction: overflow past 18 significant digits
/// (`[jixiao.decimal.overflow]`), division by zero (`[jixiao.decimal.division_by_zero]`),
/// a scale outside 0..18 (`[jixiao.decimal.scale]`). Not by `Decimal::parse`, which
/// never throws; reading the value of a failed parse throws the base `error`
/// (`[jixiao.parse.no_value]`).
class decimal_error : public error {
 public:
  using error::error;
};

}  // namespace jixiao
