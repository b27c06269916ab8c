/// @file decimal.hpp
/// @brief `Decimal`, the exact decimal number behind every amount (万元), rate (%) and
/// score in jixiao, and `RoundingMode`, the named roundings it narrows with.
///
/// A Decimal is a signed coefficient of at most 18 digits and a scale 0..18:
/// value = coefficient × 10^-scale. `+ - *` are exact; division and every narrowing
/// of scale name their rounding (`half_up`, 四舍五入, is the default for money).
/// Overflow and misuse throw `jixiao::decimal_error`; nothing wraps. Parsing untrusted
/// text never throws (see `Decimal::parse`). Guide: docs/decimal.md.
///
/// Layout: the interface (RoundingMode, Decimal, the free functions) comes first; the
/// inline implementation follows the "implementation" banner at the end. Compiler
/// features (`__int128`, `__builtin_mul_overflow`, `[[gnu::cold]]`) sit behind the
/// configuration macros of `jixiao/detail/int128.hpp` (`JIXIAO_HAS_INT128`, …), each
/// with a portable fallback.
#pragma once

#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

#include "jixiao/diagnostic.hpp"
#include "jixiao/error.hpp"
#include "jixiao/detail/int128.hpp"
#include "jixiao/text.hpp"

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
/// `ceiling`, `floor`, `05up`).
template <>
std::optional<RoundingMode> from_string<RoundingMode>(std::string_view text);

namespace detail {
/// Throws `decimal_error` (out of line, in src/decimal.cpp, to keep callers small).
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

  /// Reads decimal text without throwing (grammar and codes: docs/decimal.md).
  /// Accepted: surrounding spaces (ASCII, full-width U+3000, NBSP); an optional sign
  /// (`+ - ＋ － −`); digits (ASCII or full-width), optionally grouped by `,`/`，` in
  /// threes (`1,992.29`, `１，９９２．２９`); an optional point `.`/`．` followed by 1..18
  /// digits, which set the scale (`0.00` keeps scale 2). Decisions: `.5` is accepted
  /// (reads as 0.5), `5.` is rejected (`jixiao.decimal.missing_digits`), `-0` reads as
  /// 0 (there is no negative zero), a group may not follow a leading zero (`0,123` is
  /// rejected: it might mean 0.123). At most 18 significant digits and 18 digits
  /// before the point. Rejected (`1,99,2.29`, `1e5`, `NaN`, empty, `--1`, 10 000
  /// digits, …) with one Diagnostic: its code (`jixiao.decimal.empty`, `bad_character`,
  /// `bad_grouping`, `missing_digits`, `too_many_digits`, `scale`), the byte offset and
  /// column of the first bad character (or of the end when the text stops too early).
  /// The common case (plain ASCII such as `1,992.29`) is read inline without
  /// allocating; everything else goes to the full reader.
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

  /// Exact sum at the larger scale (`1.5 + 0.25` = `1.75`). When that needs more than
  /// 18 digits but the value itself fits, trailing zeros are dropped from the scale
  /// (`99999999999999999.9 + 0.1` = `100000000000000000`); otherwise throws
  /// `[jixiao.decimal.overflow]`. The value is never rounded.
  friend constexpr Decimal operator+(const Decimal& a, const Decimal& b) {
    // Two 18-digit coefficients cannot overflow int64 when added. One combined test
    // (same scale and in range) keeps the hot path to a single branch.
    const std::int64_t c = a.coefficient_ + b.coefficient_;
    if ((a.scale_ == b.scale_) & fits(c)) return Decimal(c, a.scale_, raw_tag{});
    return add_wide(a.coefficient_, a.scale_, b.coefficient_, b.scale_);
  }
  /// Exact difference, with the same scale rule and errors as `+`.
  friend constexpr Decimal operator-(const Decimal& a, const Decimal& b) {
    const std::int64_t c = a.coefficient_ - b.coefficient_;
    if ((a.scale_ == b.scale_) & fits(c)) return Decimal(c, a.scale_, raw_tag{});
    return add_wide(a.coefficient_, a.scale_, -b.coefficient_, b.scale_);
  }
  /// Exact product at scale a.scale + b.scale (`1.10 × 1.1` = `1.210`). When that needs
  /// more than 18 digits or decimals but the value fits, trailing zeros are dropped from
  /// the scale; otherwise throws `[jixiao.decimal.overflow]` (too many digits) or
  /// `[jixiao.decimal.scale]` (more than 18 decimals: use `multiply()` with a rounding).
  friend constexpr Decimal operator*(const Decimal& a, const Decimal& b) {
    const int s = a.scale_ + b.scale_;
    std::int64_t c = 0;
    if (!detail::mul_overflow(a.coefficient_, b.coefficient_, &c) && s <= max_scale &&
        c <= max_coefficient && c >= -max_coefficient) {
      return Decimal(c, s, raw_tag{});
    }
    return reduced(static_cast<detail::int128>(a.coefficient_) * b.coefficient_, s);
  }
  /// Exact in-place sum.
  constexpr Decimal& operator+=(const Decimal& b) { return *this = *this + b; }
  /// Exact in-place difference.
  constexpr Decimal& operator-=(const Decimal& b) { return *this = *this - b; }
  /// Exact in-place product.
  constexpr Decimal& operator*=(const Decimal& b) { return *this = *this * b; }

  /// This value at `scale` digits after the point: widening is exact, narrowing
  /// rounds by `mode`. Throws on a scale outside 0..18 or overflow.
  constexpr Decimal round_to(int scale, RoundingMode mode) const;
  /// Same as round_to (the General Decimal Arithmetic name).
  constexpr Decimal quantize(int scale, RoundingMode mode) const { return round_to(scale, mode); }
  /// The same value with trailing zeros after the point removed (`1.50` → `1.5`).
  constexpr Decimal normalized() const noexcept;

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
  friend Decimal multiply(const Decimal& a, const Decimal& b, int scale, RoundingMode mode);
  struct raw_tag {};
  constexpr Decimal(std::int64_t coefficient, int scale, raw_tag) noexcept
      : coefficient_(coefficient), scale_(static_cast<std::int32_t>(scale)) {}

  template <class I>
  static constexpr std::int64_t checked_int(I value);
  static constexpr bool fits(std::int64_t c) noexcept;
  static constexpr void check_scale(int scale);
  static constexpr std::int64_t check_coefficient(std::int64_t c);
  // Slow paths are kept out of line (noinline, cold) so that the hot loops that call
  // + - * stay small and keep their values in registers.
  // The exact value c × 10^-scale with the fewest trailing zeros removed that make it
  // fit 18 digits and 18 decimals; throws when no such form exists.
  JIXIAO_NOINLINE JIXIAO_COLD static constexpr Decimal reduced(detail::int128 c, int scale) {
    while ((c > max_coefficient || c < -max_coefficient || scale > max_scale) && scale > 0 && c % 10 == 0) {
      c /= 10;
      --scale;
    }
    if (scale > max_scale) detail::throw_decimal("jixiao.decimal.scale", "exact result needs more than 18 decimals; use multiply() or divide() with a rounding");
    return from_wide(c, scale);
  }

  // a + b at the larger scale, in 128 bits, then reduced. Parts by value, not a
  // reference, so that callers need not keep their operands in memory.
  JIXIAO_NOINLINE JIXIAO_COLD static constexpr Decimal add_wide(std::int64_t a_coefficient, int a_scale,
                                                                std::int64_t b_coefficient, int b_scale) {
    const int s = a_scale > b_scale ? a_scale : b_scale;
    const detail::int128 x = static_cast<detail::int128>(a_coefficient) * detail::pow10_i64(s - a_scale) +
                             static_cast<detail::int128>(b_coefficient) * detail::pow10_i64(s - b_scale);
    return reduced(x, s);
  }
  static constexpr Decimal from_wide(detail::int128 c, int scale);

  std::int64_t coefficient_ = 0;
  std::int32_t scale_ = 0;  // a full word: byte-sized fields cost partial-register merges in hot loops
};

/// a ÷ b at `scale` decimals, rounded by `mode`. Throws `[jixiao.decimal.division_by_zero]`
/// when b is zero, `[jixiao.decimal.overflow]` when the quotient has more than 18 digits.
Decimal divide(const Decimal& a, const Decimal& b, int scale, RoundingMode mode);

/// a × b rounded to `scale` decimals by `mode` (the product is exact before rounding).
/// Throws `[jixiao.decimal.scale]` for a scale outside 0..18 and
/// `[jixiao.decimal.overflow]` when the result has more than 18 digits.
inline Decimal multiply(const Decimal& a, const Decimal& b, int scale, RoundingMode mode);

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

// =====================================================================================
// Implementation. Nothing below is interface: the inline bodies of the declarations
// above and the internals they use (rounding by powers of ten, the plain-text reader).
// =====================================================================================

namespace jixiao {

namespace detail {

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

/// Division of a 63-bit magnitude by 10^k without a divide instruction: q = n × m >> s
/// with m = ⌊2^s / 10^k⌋ + 1 and s = 63 + ⌈log2 10^k⌉. Because 10^k is not a power of
/// two and n < 2^63, the error of m stays below one unit of q (Granlund–Montgomery).
struct Pow10Divisors {
  std::uint64_t magic[19] = {};  ///< m for each k (unused for k = 0)
  int shift[19] = {};            ///< s for each k
};
/// Builds the table of Pow10Divisors at compile time.
constexpr Pow10Divisors make_pow10_divisors() noexcept {
  Pow10Divisors t{};
  for (int k = 1; k <= 18; ++k) {
    const auto d = static_cast<std::uint64_t>(pow10_table[k]);
    int l = 0;
    while ((std::uint64_t{1} << l) < d) ++l;
    t.shift[k] = 63 + l;
    int128 two_to_s = 1;  // 2^(63 + l) <= 2^123: signed 128 bits hold it
    for (int b = 0; b < 63 + l; ++b) two_to_s = two_to_s * 2;
    t.magic[k] = static_cast<std::uint64_t>(two_to_s / int128{pow10_table[k]} + 1);
  }
  return t;
}
/// The divisors of 10^1 … 10^18.
inline constexpr Pow10Divisors pow10_divisors = make_pow10_divisors();

/// ⌊n / 10^k⌋ for n < 2^63 and k in 1..18.
constexpr std::uint64_t div_pow10(std::uint64_t n, int k) noexcept {
  // s >= 64: keep the high word of the product and shift it by s - 64 (one plain shift).
  return mul_high_u64(n, pow10_divisors.magic[k]) >> (pow10_divisors.shift[k] - 64);
}

/// n / 10^k rounded by `mode`, for any int64 n except INT64_MIN and k in 1..18. The hot
/// path of round_to and multiply: no divide instruction and, once the mode is a
/// constant, hardly a branch.
constexpr std::int64_t round_pow10_nonzero(std::int64_t n, int k, RoundingMode mode) noexcept {
  const bool negative = n < 0;
  const std::uint64_t a = negative ? 0 - static_cast<std::uint64_t>(n) : static_cast<std::uint64_t>(n);
  const auto d = static_cast<std::uint64_t>(pow10_table[k]);
  const std::uint64_t q = div_pow10(a, k);
  const std::uint64_t r = a - q * d;
  // Whether to increase the magnitude; bitwise rather than short-circuit operators so
  // that a data-dependent tie test becomes a flag, not a mispredicted branch.
  const std::uint64_t twice = 2 * r;
  const bool inexact = r != 0;
  bool up = false;
  switch (mode) {
    case RoundingMode::half_up: up = twice >= d; break;
    case RoundingMode::half_down: up = twice > d; break;
    case RoundingMode::half_even: up = (twice > d) | ((twice == d) & ((q & 1) != 0)); break;
    case RoundingMode::up: up = inexact; break;
    case RoundingMode::down: up = false; break;
    case RoundingMode::ceiling: up = inexact & !negative; break;
    case RoundingMode::floor: up = inexact & negative; break;
    case RoundingMode::zero_five_up: up = inexact & ((q % 10 == 0) | (q % 10 == 5)); break;
  }
  const std::uint64_t m = q + (up ? 1 : 0);
  return negative ? -static_cast<std::int64_t>(m) : static_cast<std::int64_t>(m);
}

/// n / 10^k rounded by `mode`, for k in 0..18 (k = 0 returns n).
constexpr std::int64_t round_pow10(std::int64_t n, int k, RoundingMode mode) noexcept {
  return k == 0 ? n : round_pow10_nonzero(n, k, mode);
}

/// The fast reader behind Decimal::parse for the common case: plain ASCII, optional
/// sign, digits with well-formed `,` groups, optional point and decimals, at most 18
/// digits in all. Returns false for anything else, which means "ask the full reader",
/// never "invalid"; whatever it accepts, the full reader accepts with the same value.
constexpr bool parse_plain(std::string_view t, std::int64_t& coefficient, int& scale) noexcept {
  const char* p = t.data();
  const char* const e = p + t.size();
  bool negative = false;
  if (p != e && (*p == '-' || *p == '+')) {
    negative = *p == '-';
    ++p;
  }
  std::uint64_t c = 0;  // unsigned: a long run may wrap before it is refused below
  const char* const first = p;
  while (p != e && static_cast<unsigned>(*p - '0') < 10u) c = c * 10 + static_cast<unsigned>(*p++ - '0');
  std::ptrdiff_t digits = p - first;
  if (p != e && *p == ',') {
    if (digits == 0 || digits > 3 || *first == '0') return false;
    while (p != e && *p == ',') {
      if (e - p < 4) return false;
      for (int k = 1; k <= 3; ++k) {
        const unsigned d = static_cast<unsigned>(p[k] - '0');
        if (d >= 10u) return false;
        c = c * 10 + d;
      }
      p += 4;
      digits += 3;
      if (digits > 18) return false;
    }
    if (p != e && static_cast<unsigned>(*p - '0') < 10u) return false;  // a group of 4+
  }
  if (digits > 18) return false;
  std::ptrdiff_t decimals = 0;
  if (p != e && *p == '.') {
    const char* const f = ++p;
    while (p != e && static_cast<unsigned>(*p - '0') < 10u && p - f < 18) c = c * 10 + static_cast<unsigned>(*p++ - '0');
    decimals = p - f;
    if (decimals == 0) return false;
  }
  if (p != e || digits + decimals > 18 || digits + decimals == 0) return false;
  coefficient = negative ? -static_cast<std::int64_t>(c) : static_cast<std::int64_t>(c);
  scale = static_cast<int>(decimals);
  return true;
}
/// The full reader behind Decimal::parse: every accepted spelling, every diagnostic.
Parsed<Decimal> parse_full(std::string_view text);

/// multiply() beyond the 64-bit fast path: 128-bit product, any scale, all errors.
/// Takes its operands by value so that callers need not keep them in memory.
Decimal multiply_wide(Decimal a, Decimal b, int scale, RoundingMode mode);

}  // namespace detail

// ---- Decimal: inline members ------------------------------------------------------

constexpr Decimal Decimal::round_to(int scale, RoundingMode mode) const {
  check_scale(scale);
  if (scale >= scale_) {
    return from_wide(static_cast<detail::int128>(coefficient_) * detail::pow10_i64(scale - scale_), scale);
  }
  // Narrowing only removes digits, so the rounded coefficient always fits.
  return Decimal(detail::round_pow10(coefficient_, scale_ - scale, mode), scale, raw_tag{});
}

constexpr Decimal Decimal::normalized() const noexcept {
  std::int64_t c = coefficient_;
  int s = scale_;
  while (s > 0 && c % 10 == 0) {
    c /= 10;
    --s;
  }
  return Decimal(c, s, raw_tag{});
}

inline Parsed<Decimal> Decimal::parse(std::string_view text) {
  std::int64_t coefficient = 0;
  int scale = 0;
  if (detail::parse_plain(text, coefficient, scale)) return Decimal(coefficient, scale, raw_tag{});
  return detail::parse_full(text);
}

template <class I>
constexpr std::int64_t Decimal::checked_int(I value) {
  if constexpr (std::is_signed_v<I>) {
    if (value > max_coefficient || value < -max_coefficient) detail::throw_decimal("jixiao.decimal.overflow", "integer has more than 18 digits");
  } else {
    if (value > static_cast<std::uint64_t>(max_coefficient)) detail::throw_decimal("jixiao.decimal.overflow", "integer has more than 18 digits");
  }
  return static_cast<std::int64_t>(value);
}

// |c| <= max_coefficient, as one unsigned comparison.
constexpr bool Decimal::fits(std::int64_t c) noexcept {
  return static_cast<std::uint64_t>(c) + static_cast<std::uint64_t>(max_coefficient) <=
         2 * static_cast<std::uint64_t>(max_coefficient);
}

constexpr void Decimal::check_scale(int scale) {
  if (scale < 0 || scale > max_scale) detail::throw_decimal("jixiao.decimal.scale", "scale outside 0..18");
}

constexpr std::int64_t Decimal::check_coefficient(std::int64_t c) {
  if (c > max_coefficient || c < -max_coefficient) detail::throw_decimal("jixiao.decimal.overflow", "coefficient has more than 18 digits");
  return c;
}

constexpr Decimal Decimal::from_wide(detail::int128 c, int scale) {
  if (c > max_coefficient || c < -max_coefficient) detail::throw_decimal("jixiao.decimal.overflow", "result has more than 18 significant digits");
  return Decimal(static_cast<std::int64_t>(c), scale, raw_tag{});
}

// ---- free functions --------------------------------------------------------------

inline Decimal multiply(const Decimal& a, const Decimal& b, int scale, RoundingMode mode) {
  // Fast path (e.g. price × tax rate to cents): the product fits 64 bits and is narrowed.
  // A 64-bit product divided by 10^k (k >= 1) has at most 18 digits: no range check.
  const int k = a.scale_ + b.scale_ - scale;  // digits to drop
  std::int64_t p = 0;
  const bool overflow = detail::mul_overflow(a.coefficient_, b.coefficient_, &p);
  if ((static_cast<unsigned>(scale) <= static_cast<unsigned>(Decimal::max_scale)) &
      (static_cast<unsigned>(k - 1) < static_cast<unsigned>(Decimal::max_scale)) & !overflow) {
    return Decimal(detail::round_pow10_nonzero(p, k, mode), scale, Decimal::raw_tag{});
  }
  // multiply_wide returns its result at `scale` or throws; rebuilding the value here
  // lets the compiler see that both paths yield `scale`, so callers that add the
  // results (same scale) drop the scale comparison from their hot loops.
  return Decimal(detail::multiply_wide(a, b, scale, mode).coefficient_, scale, Decimal::raw_tag{});
}

}  // namespace jixiao
