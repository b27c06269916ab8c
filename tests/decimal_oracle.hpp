/// @file decimal_oracle.hpp
/// @brief The reference behind the Decimal property test and the decimal fuzzer: every
/// operation computed again in plain `__int128` arithmetic (with its own rounding), and
/// a check that the library's result agrees — the same value and scale when the exact
/// or rounded result fits 18 digits, a `decimal_error` when it does not.
///
/// Each `check_*` returns an empty string when the library agrees, else what differs.
/// Test code only (tests/ and fuzz/); needs a compiler with `__int128`.
#pragma once

#include <jixiao/decimal.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace jixiao::oracle {

__extension__ typedef __int128 i128;  ///< The reference integer.

/// 18 nines, the largest coefficient.
constexpr i128 max_coefficient = 999'999'999'999'999'999LL;

/// 10^n for n in 0..38.
inline i128 pow10(int n) {
  i128 p = 1;
  for (int i = 0; i < n; ++i) p *= 10;
  return p;
}

/// Decimal text of an i128.
inline std::string to_text(i128 v) {
  if (v == 0) return "0";
  const bool negative = v < 0;
  std::string s;
  while (v != 0) {
    const int digit = static_cast<int>(v % 10);
    s.insert(s.begin(), static_cast<char>('0' + (digit < 0 ? -digit : digit)));
    v /= 10;
  }
  return negative ? "-" + s : s;
}

/// The expected text of coefficient × 10^-scale: the digits with `scale` after the
/// point, a leading `0.` when needed, `-` before a non-zero negative value.
inline std::string expected_text(std::int64_t coefficient, int scale) {
  std::string digits = to_text(coefficient < 0 ? -static_cast<i128>(coefficient) : coefficient);
  if (scale > 0) {
    if (digits.size() <= static_cast<std::size_t>(scale)) digits.insert(0, static_cast<std::size_t>(scale) + 1 - digits.size(), '0');
    digits.insert(digits.size() - static_cast<std::size_t>(scale), ".");
  }
  return coefficient < 0 ? "-" + digits : digits;
}

/// n / d (d > 0) rounded by `mode`, computed from the truncated quotient and remainder.
inline i128 round_div(i128 n, i128 d, RoundingMode mode) {
  const i128 q = n / d;
  const i128 r = n % d;
  if (r == 0) return q;
  const int sign = n < 0 ? -1 : 1;
  const i128 twice = 2 * (r < 0 ? -r : r);
  const i128 last = (q < 0 ? -q : q) % 10;
  bool away = false;
  switch (mode) {
    case RoundingMode::half_up: away = twice >= d; break;
    case RoundingMode::half_down: away = twice > d; break;
    case RoundingMode::half_even: away = twice > d || (twice == d && last % 2 == 1); break;
    case RoundingMode::up: away = true; break;
    case RoundingMode::down: away = false; break;
    case RoundingMode::ceiling: away = sign > 0; break;
    case RoundingMode::floor: away = sign < 0; break;
    case RoundingMode::zero_five_up: away = last == 0 || last == 5; break;
  }
  return away ? q + sign : q;
}

/// The (coefficient, scale) the library must give for the exact value x × 10^-s: the
/// largest scale ≤ s that fits 18 digits and 18 decimals, found by dropping trailing
/// zeros only; nothing when no such form exists (the library must throw).
struct Expected {
  i128 coefficient;  ///< The coefficient.
  int scale;         ///< The scale.
};
inline std::optional<Expected> exact(i128 x, int s) {
  while ((x > max_coefficient || x < -max_coefficient || s > Decimal::max_scale) && s > 0 && x % 10 == 0) {
    x /= 10;
    --s;
  }
  if (s > Decimal::max_scale || x > max_coefficient || x < -max_coefficient) return std::nullopt;
  return Expected{x, s};
}

/// A value at a fixed scale, or nothing when it does not fit.
inline std::optional<Expected> at_scale(i128 x, int s) {
  if (x > max_coefficient || x < -max_coefficient) return std::nullopt;
  return Expected{x, s};
}

/// Compares what the library did (`run`, which returns a Decimal or throws) with the
/// expectation; `what` names the operation in the message.
template <class Run>
std::string agree(const std::string& what, const std::optional<Expected>& want, Run run) {
  try {
    const Decimal got = run();
    if (!want) return what + ": expected decimal_error, got " + got.to_string();
    if (got.coefficient() != want->coefficient || got.scale() != want->scale) {
      return what + ": expected " + expected_text(static_cast<std::int64_t>(want->coefficient), want->scale) + ", got " +
             got.to_string();
    }
  } catch (const decimal_error& e) {
    if (want) {
      return what + ": expected " + expected_text(static_cast<std::int64_t>(want->coefficient), want->scale) +
             ", got " + e.what();
    }
  }
  return {};
}

/// The text of a Decimal for messages (`123.45 (c=12345, s=2)`).
inline std::string show(const Decimal& d) {
  return expected_text(d.coefficient(), d.scale()) + " (s=" + std::to_string(d.scale()) + ")";
}

/// a + b and a - b.
inline std::string check_add_sub(const Decimal& a, const Decimal& b) {
  const int s = a.scale() > b.scale() ? a.scale() : b.scale();
  const i128 x = static_cast<i128>(a.coefficient()) * pow10(s - a.scale());
  const i128 y = static_cast<i128>(b.coefficient()) * pow10(s - b.scale());
  std::string e = agree(show(a) + " + " + show(b), exact(x + y, s), [&] { return a + b; });
  if (e.empty()) e = agree(show(a) + " - " + show(b), exact(x - y, s), [&] { return a - b; });
  return e;
}

/// a × b exactly and multiply(a, b, scale, mode).
inline std::string check_mul(const Decimal& a, const Decimal& b, int scale, RoundingMode mode) {
  const i128 p = static_cast<i128>(a.coefficient()) * b.coefficient();
  const int s = a.scale() + b.scale();
  std::string e = agree(show(a) + " * " + show(b), exact(p, s), [&] { return a * b; });
  if (!e.empty()) return e;
  std::optional<Expected> want;
  if (scale >= s) {
    const i128 grow = pow10(scale - s);
    if (p == 0 || (p < 0 ? -p : p) <= max_coefficient / grow) want = at_scale(p * grow, scale);
  } else {
    want = at_scale(round_div(p, pow10(s - scale), mode), scale);
  }
  return agree("multiply(" + show(a) + ", " + show(b) + ", " + std::to_string(scale) + ", " + to_string(mode) + ")",
               want, [&] { return multiply(a, b, scale, mode); });
}

/// divide(a, b, scale, mode), checked where the scaled dividend fits 128 bits
/// (always true for scale + b.scale − a.scale ≤ 20); division by zero must throw.
inline std::string check_div(const Decimal& a, const Decimal& b, int scale, RoundingMode mode) {
  const std::string what =
      "divide(" + show(a) + ", " + show(b) + ", " + std::to_string(scale) + ", " + to_string(mode) + ")";
  if (b.is_zero()) return agree(what, std::nullopt, [&] { return divide(a, b, scale, mode); });
  const int e = scale + b.scale() - a.scale();
  if (e > 20) return {};
  i128 n = a.coefficient();
  i128 d = b.coefficient();
  if (e >= 0) n *= pow10(e);
  else d *= pow10(-e);
  if (d < 0) {
    n = -n;
    d = -d;
  }
  return agree(what, at_scale(round_div(n, d, mode), scale), [&] { return divide(a, b, scale, mode); });
}

/// a.round_to(scale, mode).
inline std::string check_round(const Decimal& a, int scale, RoundingMode mode) {
  std::optional<Expected> want;
  if (scale >= a.scale()) {
    const i128 x = static_cast<i128>(a.coefficient()) * pow10(scale - a.scale());
    want = at_scale(x, scale);
  } else {
    want = at_scale(round_div(a.coefficient(), pow10(a.scale() - scale), mode), scale);
  }
  return agree(show(a) + ".round_to(" + std::to_string(scale) + ", " + to_string(mode) + ")", want,
               [&] { return a.round_to(scale, mode); });
}

/// compare, ==, <, and the hash agreeing with equality.
inline std::string check_compare(const Decimal& a, const Decimal& b) {
  const int s = a.scale() > b.scale() ? a.scale() : b.scale();
  const i128 x = static_cast<i128>(a.coefficient()) * pow10(s - a.scale());
  const i128 y = static_cast<i128>(b.coefficient()) * pow10(s - b.scale());
  const int want = (x > y) - (x < y);
  const int got = compare(a, b);
  const int got_sign = (got > 0) - (got < 0);
  if (got_sign != want || (a == b) != (want == 0) || (a < b) != (want < 0)) {
    return "compare(" + show(a) + ", " + show(b) + ") = " + std::to_string(got) + ", expected sign " + std::to_string(want);
  }
  if (want == 0 && a.hash() != b.hash()) return "equal values hash differently: " + show(a) + ", " + show(b);
  return {};
}

/// to_string spells coefficient and scale exactly, and parse(to_string(d)) is identical to d.
inline std::string check_text(const Decimal& a) {
  const std::string text = a.to_string();
  const std::string want = expected_text(a.coefficient(), a.scale());
  if (text != want) return "to_string of " + want + " gives " + text;
  const auto back = Decimal::parse(text);
  if (!back.ok()) return "parse(\"" + text + "\") fails: " + back.diagnostics().front().message;
  if (!back.value().identical(a)) return "parse(\"" + text + "\") gives " + show(back.value());
  return {};
}

}  // namespace jixiao::oracle
