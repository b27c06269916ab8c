/// @file decimal.hpp
/// @brief `Decimal`, the exact decimal number behind every amount (万元), rate (%) and
/// score in jixiao, and `RoundingMode`, the named roundings it narrows with.
///
/// A Decimal is a signed coefficient of at most 18 digits and a scale 0..18:
/// value = coefficient × 10^-scale. `+ - *` are exact; division and every narrowing
/// of scale name their rounding. Overflow and misuse throw `jixiao::decimal_error`;
/// nothing wraps. Parsing untrusted text never throws (see `Decimal::parse`).
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>
#include <type_traits>

#include "jixiao/diagnostic.hpp"
#include "jixiao/error.hpp"

namespace jixiao {

/// The eight roundings of the General Decimal Arithmetic specification.
enum class RoundingMode : std::uint8_t {
  half_up,       ///< 四舍五入: ties away from zero. The documented default for money.
  half_even,     ///< Banker's rounding: ties to the even digit.
  half_down,     ///< Ties toward zero.
  up,            ///< Away from zero.
  down,          ///< Toward zero (truncation, 去尾).
  ceiling,       ///< Toward +infinity.
  floor,         ///< Toward -infinity.
  zero_five_up,  ///< "05up": away from zero only if the kept last digit is 0 or 5.
};

/// The name of a rounding mode as the specification spells it (`half_up`, `05up`, …).
const char* to_string(RoundingMode mode) noexcept;

/// Reads a rounding mode name (`half_up`, `half_even`, `half_down`, `up`, `down`,
/// `ceiling`, `floor`, `05up`); returns false when the name is unknown.
bool parse_rounding_mode(std::string_view name, RoundingMode& out) noexcept;

namespace detail {
__extension__ typedef __int128 int128;  // the compiler's 128-bit integer, for intermediates

/// 10^n for n in 0..18.
constexpr std::int64_t pow10_i64(int n) noexcept {
  std::int64_t r = 1;
  for (int i = 0; i < n; ++i) r *= 10;
  return r;
}
/// 10^n for n in 0..38.
constexpr int128 pow10_i128(int n) noexcept {
  int128 r = 1;
  for (int i = 0; i < n; ++i) r *= 10;
  return r;
}

/// n / d rounded by `mode`, for d > 0. The rounding core shared by every operation.
template <class Int>
constexpr Int round_div(Int n, Int d, RoundingMode mode) noexcept {
  Int q = n / d;
  Int r = n % d;
  if (r == 0) return q;
  const bool negative = n < 0;
  const Int abs_r = negative ? -r : r;
  const Int twice = abs_r * 2;
  const int half_cmp = twice < d ? -1 : (twice == d ? 0 : 1);
  bool away = false;
  switch (mode) {
    case RoundingMode::half_up: away = half_cmp >= 0; break;
    case RoundingMode::half_down: away = half_cmp > 0; break;
    case RoundingMode::half_even: {
      const Int last = (negative ? -q : q) % 2;
      away = half_cmp > 0 || (half_cmp == 0 && last != 0);
      break;
    }
    case RoundingMode::up: away = true; break;
    case RoundingMode::down: away = false; break;
    case RoundingMode::ceiling: away = !negative; break;
    case RoundingMode::floor: away = negative; break;
    case RoundingMode::zero_five_up: {
      const Int last = (negative ? -q : q) % 10;
      away = last == 0 || last == 5;
      break;
    }
  }
  if (away) q += negative ? -1 : 1;
  return q;
}

[[noreturn]] void throw_decimal(const char* code, const std::string& message);
}  // namespace detail

/// An exact decimal number: an integer coefficient of up to 18 digits and a scale
/// (number of digits after the point) 0..18. `1.50` has coefficient 150 and scale 2;
/// it equals `1.5` but prints as `1.50`. Regular, hashable, no heap allocation.
class Decimal {
 public:
  /// The largest scale a Decimal holds (digits after the point).
  static constexpr int max_scale = 18;
  /// The largest coefficient magnitude: 18 nines.
  static constexpr std::int64_t max_coefficient = 999'999'999'999'999'999LL;

  /// Zero with scale 0.
  constexpr Decimal() noexcept = default;

  /// An integer value with scale 0; throws `[jixiao.decimal.overflow]` beyond 18 digits.
  template <class I, std::enable_if_t<std::is_integral_v<I> && !std::is_same_v<I, bool>, int> = 0>
  constexpr Decimal(I value) : coefficient_(checked_int(value)) {}  // NOLINT: implicit by design

  /// Floating point never becomes a Decimal: 0.1 is not exactly representable in
  /// binary, so the conversion is deleted. Parse text or use integers instead.
  template <class F, std::enable_if_t<std::is_floating_point_v<F>, int> = 0>
  Decimal(F) = delete;

  /// coefficient × 10^-scale; throws on scale outside 0..18 or a coefficient of more
  /// than 18 digits.
  static constexpr Decimal from_parts(std::int64_t coefficient, int scale) {
    check_scale(scale);
    return Decimal(check_coefficient(coefficient), scale, raw_tag{});
  }

  /// Reads decimal text without throwing. Accepted: optional sign (`+ - ＋ －`),
  /// digits (ASCII or full-width), thousands separators `,`/`，` in groups of three,
  /// a point `.`/`．` followed by at least one digit, `.5` (leading zero omitted),
  /// surrounding spaces (ASCII, full-width U+3000, NBSP). Rejected with the position
  /// of the first bad character: empty text, exponents (`1e5`), `NaN`, double signs,
  /// misplaced separators (`1,99,2.29`), a trailing point (`5.`), more than 18
  /// significant digits or 18 decimals. `-0` reads as 0 (no negative zero).
  static Parsed<Decimal> parse(std::string_view text);

  /// The coefficient (value × 10^scale).
  constexpr std::int64_t coefficient() const noexcept { return coefficient_; }
  /// Digits after the point.
  constexpr int scale() const noexcept { return scale_; }
  /// -1, 0 or +1.
  constexpr int sign() const noexcept { return (coefficient_ > 0) - (coefficient_ < 0); }
  /// True for any zero (0, 0.00, …).
  constexpr bool is_zero() const noexcept { return coefficient_ == 0; }
  /// True below zero.
  constexpr bool is_negative() const noexcept { return coefficient_ < 0; }
  /// Absolute value, same scale.
  constexpr Decimal abs() const noexcept { return coefficient_ < 0 ? negate() : *this; }
  /// The negated value, same scale.
  constexpr Decimal negate() const noexcept { return Decimal(-coefficient_, scale_, raw_tag{}); }
  /// Unary minus, same as negate().
  constexpr Decimal operator-() const noexcept { return negate(); }
  /// Unary plus.
  constexpr Decimal operator+() const noexcept { return *this; }

  /// Exact sum at the larger scale; throws `[jixiao.decimal.overflow]` past 18 digits.
  friend constexpr Decimal operator+(const Decimal& a, const Decimal& b) {
    if (a.scale_ == b.scale_) return from_sum(std::int64_t{a.coefficient_} + b.coefficient_, a.scale_);
    const int s = a.scale_ > b.scale_ ? a.scale_ : b.scale_;
    return from_sum(a.aligned(s) + b.aligned(s), s);
  }
  /// Exact difference at the larger scale; throws on overflow.
  friend constexpr Decimal operator-(const Decimal& a, const Decimal& b) { return a + b.negate(); }
  /// Exact product at scale a.scale + b.scale (trailing zeros are dropped only if the
  /// scale would pass 18); throws on overflow or when the exact scale cannot be held.
  friend constexpr Decimal operator*(const Decimal& a, const Decimal& b) {
    detail::int128 p = static_cast<detail::int128>(a.coefficient_) * b.coefficient_;
    int s = a.scale_ + b.scale_;
    while (s > max_scale && p % 10 == 0) {
      p /= 10;
      --s;
    }
    if (s > max_scale) detail::throw_decimal("jixiao.decimal.scale", "exact product needs more than 18 decimals; use multiply() with a rounding");
    return from_wide(p, s);
  }
  /// Exact in-place sum.
  constexpr Decimal& operator+=(const Decimal& b) { return *this = *this + b; }
  /// Exact in-place difference.
  constexpr Decimal& operator-=(const Decimal& b) { return *this = *this - b; }
  /// Exact in-place product.
  constexpr Decimal& operator*=(const Decimal& b) { return *this = *this * b; }

  /// This value at `scale` digits after the point: widening is exact, narrowing
  /// rounds by `mode`. Throws on a scale outside 0..18 or overflow.
  constexpr Decimal round_to(int scale, RoundingMode mode) const {
    check_scale(scale);
    if (scale >= scale_) {
      return from_wide(static_cast<detail::int128>(coefficient_) * detail::pow10_i64(scale - scale_), scale);
    }
    const std::int64_t q = detail::round_div<std::int64_t>(coefficient_, detail::pow10_i64(scale_ - scale), mode);
    return Decimal(q, scale, raw_tag{});
  }
  /// Same as round_to (the General Decimal Arithmetic name).
  constexpr Decimal quantize(int scale, RoundingMode mode) const { return round_to(scale, mode); }
  /// The same value with trailing zeros after the point removed (`1.50` → `1.5`).
  constexpr Decimal normalized() const noexcept {
    std::int64_t c = coefficient_;
    int s = scale_;
    while (s > 0 && c % 10 == 0) {
      c /= 10;
      --s;
    }
    return Decimal(c, s, raw_tag{});
  }

  /// Three-way comparison across scales: negative, zero or positive.
  friend constexpr int compare(const Decimal& a, const Decimal& b) noexcept {
    if (a.scale_ == b.scale_) return (a.coefficient_ > b.coefficient_) - (a.coefficient_ < b.coefficient_);
    const int s = a.scale_ > b.scale_ ? a.scale_ : b.scale_;
    const detail::int128 x = static_cast<detail::int128>(a.coefficient_) * detail::pow10_i64(s - a.scale_);
    const detail::int128 y = static_cast<detail::int128>(b.coefficient_) * detail::pow10_i64(s - b.scale_);
    return (x > y) - (x < y);
  }
  /// Value equality across scales: `1.50 == 1.5`.
  friend constexpr bool operator==(const Decimal& a, const Decimal& b) noexcept { return compare(a, b) == 0; }
  /// Value inequality.
  friend constexpr bool operator!=(const Decimal& a, const Decimal& b) noexcept { return compare(a, b) != 0; }
  /// Ordering by value.
  friend constexpr bool operator<(const Decimal& a, const Decimal& b) noexcept { return compare(a, b) < 0; }
  /// Ordering by value.
  friend constexpr bool operator<=(const Decimal& a, const Decimal& b) noexcept { return compare(a, b) <= 0; }
  /// Ordering by value.
  friend constexpr bool operator>(const Decimal& a, const Decimal& b) noexcept { return compare(a, b) > 0; }
  /// Ordering by value.
  friend constexpr bool operator>=(const Decimal& a, const Decimal& b) noexcept { return compare(a, b) >= 0; }
  /// Same value and same scale (`1.50` is not identical to `1.5`).
  constexpr bool identical(const Decimal& b) const noexcept {
    return coefficient_ == b.coefficient_ && scale_ == b.scale_;
  }

  /// Text that keeps the scale: `0.00`, `-12.5`, `1992.29`. No grouping.
  std::string to_string() const;
  /// Text at `scale` decimals (rounded by `mode`), with `,` every three digits when
  /// `grouping` is true: `format(true, 2)` of 1992.285 gives `1,992.29`.
  std::string format(bool grouping, int scale, RoundingMode mode = RoundingMode::half_up) const;
  /// A hash equal for equal values (`1.5` and `1.50` hash the same).
  std::size_t hash() const noexcept;

 private:
  struct raw_tag {};
  constexpr Decimal(std::int64_t coefficient, int scale, raw_tag) noexcept
      : coefficient_(coefficient), scale_(static_cast<std::int8_t>(scale)) {}

  template <class I>
  static constexpr std::int64_t checked_int(I value) {
    if constexpr (std::is_signed_v<I>) {
      if (value > max_coefficient || value < -max_coefficient) detail::throw_decimal("jixiao.decimal.overflow", "integer has more than 18 digits");
    } else {
      if (value > static_cast<std::uint64_t>(max_coefficient)) detail::throw_decimal("jixiao.decimal.overflow", "integer has more than 18 digits");
    }
    return static_cast<std::int64_t>(value);
  }
  static constexpr void check_scale(int scale) {
    if (scale < 0 || scale > max_scale) detail::throw_decimal("jixiao.decimal.scale", "scale outside 0..18");
  }
  static constexpr std::int64_t check_coefficient(std::int64_t c) {
    if (c > max_coefficient || c < -max_coefficient) detail::throw_decimal("jixiao.decimal.overflow", "coefficient has more than 18 digits");
    return c;
  }
  static constexpr Decimal from_sum(std::int64_t c, int scale) {
    return Decimal(check_coefficient(c), scale, raw_tag{});
  }
  static constexpr Decimal from_wide(detail::int128 c, int scale) {
    if (c > max_coefficient || c < -max_coefficient) detail::throw_decimal("jixiao.decimal.overflow", "result has more than 18 significant digits");
    return Decimal(static_cast<std::int64_t>(c), scale, raw_tag{});
  }
  // The coefficient at a larger scale s, or an overflow error.
  constexpr std::int64_t aligned(int s) const {
    const detail::int128 c = static_cast<detail::int128>(coefficient_) * detail::pow10_i64(s - scale_);
    if (c > max_coefficient || c < -max_coefficient) detail::throw_decimal("jixiao.decimal.overflow", "aligning scales needs more than 18 digits");
    return static_cast<std::int64_t>(c);
  }

  std::int64_t coefficient_ = 0;
  std::int8_t scale_ = 0;
};

/// a ÷ b at `scale` decimals, rounded by `mode`. Throws `[jixiao.decimal.division_by_zero]`
/// when b is zero, `[jixiao.decimal.overflow]` when the quotient has more than 18 digits.
Decimal divide(const Decimal& a, const Decimal& b, int scale, RoundingMode mode);

/// a × b rounded to `scale` decimals by `mode` (the product is exact before rounding).
Decimal multiply(const Decimal& a, const Decimal& b, int scale, RoundingMode mode);

/// part × 100 ÷ whole, i.e. what percent of `whole` `part` is (执行率 = 执行数 / 预算数
/// in %), at `scale` decimals rounded by `mode`. Throws when whole is zero.
Decimal percent_of(const Decimal& part, const Decimal& whole, int scale, RoundingMode mode);

/// An amount in 元 as 万元, exactly (the scale grows by 4: 12345 元 → 1.2345 万元).
Decimal yuan_to_wan(const Decimal& yuan);
/// An amount in 万元 as 元, exactly (1.2345 万元 → 12345.0000 元 keeps the scale).
Decimal wan_to_yuan(const Decimal& wan);

/// Writes to_string() to a stream (for test failure messages).
std::ostream& operator<<(std::ostream& out, const Decimal& value);

}  // namespace jixiao

/// @cond STD_SPECIALIZATIONS
namespace std {
/// Hash support so Decimal can key unordered containers; equal values hash equally.
template <>
struct hash<jixiao::Decimal> {
  /// The value's hash.
  std::size_t operator()(const jixiao::Decimal& d) const noexcept { return d.hash(); }
};
}  // namespace std
/// @endcond
