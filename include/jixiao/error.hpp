/// @file error.hpp
/// @brief The exception types jixiao throws on misuse (never on bad input text).
#pragma once

#include <stdexcept>
#include <string>

namespace jixiao {

/// Base of every exception jixiao throws. The message starts with a stable code in
/// brackets, e.g. `[jixiao.decimal.overflow] …`, which `code()` returns alone.
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

/// Raised by Decimal arithmetic: overflow, division by zero, scale out of range,
/// or reading the value of a failed parse.
class decimal_error : public error {
 public:
  using error::error;
};

}  // namespace jixiao
