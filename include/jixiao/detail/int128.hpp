/// @file int128.hpp
/// @brief Internal to `decimal.hpp`: the compiler features Decimal uses, each behind a
/// `JIXIAO_` configuration macro with a portable fallback, and the exact 128-bit
/// integer its intermediates need (the compiler's `__int128`, or `detail::Int128`).
///
/// Predefine a macro to 0 to force the fallback (`-DJIXIAO_HAS_INT128=0`); the whole
/// program must then agree on it, as with any macro that changes a header. Not a
/// public interface: names in `jixiao::detail` may change in any release.
#pragma once

#include <cstdint>
#include <type_traits>

/// `__has_builtin(x)` where the compiler has it, else 0.
#if defined(__has_builtin)
#define JIXIAO_HAS_BUILTIN(x) __has_builtin(x)
#else
#define JIXIAO_HAS_BUILTIN(x) 0
#endif

/// 1 when `__int128` serves for 128-bit intermediates, 0 for the portable
/// `detail::Int128`. Defaults to whether the compiler has `__int128`.
#ifndef JIXIAO_HAS_INT128
#if defined(__SIZEOF_INT128__)
#define JIXIAO_HAS_INT128 1
#else
#define JIXIAO_HAS_INT128 0
#endif
#endif

/// 1 when `__builtin_mul_overflow` checks 64-bit products, 0 for the portable check.
#ifndef JIXIAO_HAS_BUILTIN_MUL_OVERFLOW
#if JIXIAO_HAS_BUILTIN(__builtin_mul_overflow) || (defined(__GNUC__) && __GNUC__ >= 5)
#define JIXIAO_HAS_BUILTIN_MUL_OVERFLOW 1
#else
#define JIXIAO_HAS_BUILTIN_MUL_OVERFLOW 0
#endif
#endif

// Attributes that only steer code layout; nothing where the compiler lacks them.
#if defined(__has_cpp_attribute)
#if __has_cpp_attribute(gnu::cold)
#define JIXIAO_DETAIL_COLD [[gnu::cold]]
#endif
#if __has_cpp_attribute(gnu::noinline)
#define JIXIAO_DETAIL_NOINLINE [[gnu::noinline]]
#endif
#endif
#if !defined(JIXIAO_DETAIL_NOINLINE) && defined(_MSC_VER)
#define JIXIAO_DETAIL_NOINLINE __declspec(noinline)
#endif

/// Marks a rarely taken function (`[[gnu::cold]]`), so callers keep it out of hot code.
#ifndef JIXIAO_COLD
#ifdef JIXIAO_DETAIL_COLD
#define JIXIAO_COLD JIXIAO_DETAIL_COLD
#else
#define JIXIAO_COLD
#endif
#endif
/// Keeps a function out of line (`[[gnu::noinline]]`, `__declspec(noinline)`).
#ifndef JIXIAO_NOINLINE
#ifdef JIXIAO_DETAIL_NOINLINE
#define JIXIAO_NOINLINE JIXIAO_DETAIL_NOINLINE
#else
#define JIXIAO_NOINLINE
#endif
#endif

namespace jixiao::detail {

/// The full 128-bit product of two 64-bit magnitudes, as a high and a low word.
struct U128Parts {
  std::uint64_t hi;  ///< bits 64..127
  std::uint64_t lo;  ///< bits 0..63
};

/// a × b in 128 bits from four 32-bit products (schoolbook), for compilers without
/// a 128-bit type.
constexpr U128Parts mul_u64_portable(std::uint64_t a, std::uint64_t b) noexcept {
  const std::uint64_t a0 = a & 0xFFFFFFFFu, a1 = a >> 32;
  const std::uint64_t b0 = b & 0xFFFFFFFFu, b1 = b >> 32;
  const std::uint64_t p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
  const std::uint64_t mid = (p00 >> 32) + (p01 & 0xFFFFFFFFu) + (p10 & 0xFFFFFFFFu);  // < 3 × 2^32
  return {p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32), (mid << 32) | (p00 & 0xFFFFFFFFu)};
}

#if JIXIAO_HAS_INT128
__extension__ typedef unsigned __int128 uint128_native;  ///< The compiler's unsigned 128-bit integer.
#endif

/// a × b in 128 bits.
constexpr U128Parts mul_u64(std::uint64_t a, std::uint64_t b) noexcept {
#if JIXIAO_HAS_INT128
  const uint128_native p = static_cast<uint128_native>(a) * b;
  return {static_cast<std::uint64_t>(p >> 64), static_cast<std::uint64_t>(p)};
#else
  return mul_u64_portable(a, b);
#endif
}

/// The high word of a × b: ⌊a × b / 2^64⌋.
constexpr std::uint64_t mul_high_u64(std::uint64_t a, std::uint64_t b) noexcept { return mul_u64(a, b).hi; }

/// a × b into `out` (wrapped); true when the exact product does not fit int64.
constexpr bool mul_overflow_portable(std::int64_t a, std::int64_t b, std::int64_t* out) noexcept {
  const bool negative = (a < 0) != (b < 0);
  const std::uint64_t ua = a < 0 ? 0 - static_cast<std::uint64_t>(a) : static_cast<std::uint64_t>(a);
  const std::uint64_t ub = b < 0 ? 0 - static_cast<std::uint64_t>(b) : static_cast<std::uint64_t>(b);
  const U128Parts m = mul_u64_portable(ua, ub);
  const std::uint64_t wrapped = negative ? 0 - m.lo : m.lo;
  // Two's complement: the same bits as the signed product modulo 2^64.
  *out = static_cast<std::int64_t>(wrapped);
  const std::uint64_t limit = negative ? std::uint64_t{1} << 63 : (std::uint64_t{1} << 63) - 1;
  return m.hi != 0 || m.lo > limit;
}

/// a × b into `out`; true when the exact product does not fit int64 (then `out` is the
/// product modulo 2^64). `__builtin_mul_overflow` where available.
constexpr bool mul_overflow(std::int64_t a, std::int64_t b, std::int64_t* out) noexcept {
#if JIXIAO_HAS_BUILTIN_MUL_OVERFLOW
  return __builtin_mul_overflow(a, b, out);
#else
  return mul_overflow_portable(a, b, out);
#endif
}

/// A signed 128-bit integer in two's complement over two words, with the operations
/// Decimal's intermediates use (+ - × ÷ %, comparison, conversion to and from 64-bit
/// integers). Exact wherever the result fits 128 bits, like `__int128`; division
/// truncates toward zero and the remainder takes the dividend's sign, as in C++. Always
/// compiled, so that tests compare it with `__int128` where both exist.
class Int128 {
 public:
  constexpr Int128() noexcept = default;
  /// Any integer of up to 64 bits, sign-extended.
  template <class I, std::enable_if_t<std::is_integral_v<I> && sizeof(I) <= 8, int> = 0>
  constexpr Int128(I v) noexcept : hi_(sign_word(v)), lo_(low_word_of(v)) {}  // NOLINT: implicit like a built-in integer
  /// The low bits as an integer type of up to 64 bits (the value when it fits).
  template <class I, std::enable_if_t<std::is_integral_v<I> && sizeof(I) <= 8, int> = 0>
  explicit constexpr operator I() const noexcept {
    return static_cast<I>(lo_);
  }
  /// The bits 64..127 and 0..63.
  static constexpr Int128 from_words(std::uint64_t hi, std::uint64_t lo) noexcept {
    Int128 r;
    r.hi_ = hi;
    r.lo_ = lo;
    return r;
  }
  /// Bits 64..127.
  constexpr std::uint64_t high_word() const noexcept { return hi_; }
  /// Bits 0..63.
  constexpr std::uint64_t low_word() const noexcept { return lo_; }
  /// True below zero.
  constexpr bool negative() const noexcept { return (hi_ >> 63) != 0; }

  friend constexpr Int128 operator+(const Int128& a, const Int128& b) noexcept {
    const std::uint64_t lo = a.lo_ + b.lo_;
    return from_words(a.hi_ + b.hi_ + (lo < a.lo_ ? 1 : 0), lo);
  }
  friend constexpr Int128 operator-(const Int128& a) noexcept {
    return from_words(~a.hi_ + (a.lo_ == 0 ? 1 : 0), 0 - a.lo_);
  }
  friend constexpr Int128 operator-(const Int128& a, const Int128& b) noexcept { return a + -b; }
  friend constexpr Int128 operator*(const Int128& a, const Int128& b) noexcept {
    // Modulo 2^128 the product of two's complement numbers is that of their bits.
    const U128Parts low = mul_u64_portable(a.lo_, b.lo_);
    return from_words(low.hi + a.lo_ * b.hi_ + a.hi_ * b.lo_, low.lo);
  }
  friend constexpr Int128 operator/(const Int128& a, const Int128& b) noexcept { return divide(a, b, true); }
  friend constexpr Int128 operator%(const Int128& a, const Int128& b) noexcept { return divide(a, b, false); }
  constexpr Int128& operator+=(const Int128& b) noexcept { return *this = *this + b; }
  constexpr Int128& operator-=(const Int128& b) noexcept { return *this = *this - b; }
  constexpr Int128& operator*=(const Int128& b) noexcept { return *this = *this * b; }
  constexpr Int128& operator/=(const Int128& b) noexcept { return *this = *this / b; }
  constexpr Int128& operator%=(const Int128& b) noexcept { return *this = *this % b; }

  friend constexpr bool operator==(const Int128& a, const Int128& b) noexcept { return a.hi_ == b.hi_ && a.lo_ == b.lo_; }
  friend constexpr bool operator!=(const Int128& a, const Int128& b) noexcept { return !(a == b); }
  friend constexpr bool operator<(const Int128& a, const Int128& b) noexcept {
    const auto ah = static_cast<std::int64_t>(a.hi_), bh = static_cast<std::int64_t>(b.hi_);
    return ah != bh ? ah < bh : a.lo_ < b.lo_;
  }
  friend constexpr bool operator>(const Int128& a, const Int128& b) noexcept { return b < a; }
  friend constexpr bool operator<=(const Int128& a, const Int128& b) noexcept { return !(b < a); }
  friend constexpr bool operator>=(const Int128& a, const Int128& b) noexcept { return !(a < b); }

 private:
  template <class I>
  static constexpr std::uint64_t sign_word(I v) noexcept {
    if constexpr (std::is_signed_v<I>) {
      return v < 0 ? ~std::uint64_t{0} : 0;
    } else {
      return 0;
    }
  }
  template <class I>
  static constexpr std::uint64_t low_word_of(I v) noexcept {
    if constexpr (std::is_signed_v<I>) {
      return static_cast<std::uint64_t>(static_cast<std::int64_t>(v));
    } else {
      return static_cast<std::uint64_t>(v);
    }
  }
  // An unsigned 128-bit magnitude as (hi, lo) words.
  struct Words {
    std::uint64_t hi, lo;
  };
  static constexpr bool less(Words a, Words b) noexcept { return a.hi != b.hi ? a.hi < b.hi : a.lo < b.lo; }
  // Unsigned n / d and n % d, d != 0: 64-bit division when both fit a word, else
  // restoring binary long division (rare: only wide slow paths get here).
  static constexpr void divide_unsigned(Words n, Words d, Words& q, Words& r) noexcept {
    if (n.hi == 0 && d.hi == 0) {
      q = {0, n.lo / d.lo};
      r = {0, n.lo % d.lo};
      return;
    }
    q = {0, 0};
    r = {0, 0};
    for (int bit = 127; bit >= 0; --bit) {
      r = {(r.hi << 1) | (r.lo >> 63), r.lo << 1};  // r = 2r + bit of n
      r.lo |= (bit >= 64 ? n.hi >> (bit - 64) : n.lo >> bit) & 1u;
      if (!less(r, d)) {
        r = {r.hi - d.hi - (r.lo < d.lo ? 1 : 0), r.lo - d.lo};
        if (bit >= 64) q.hi |= std::uint64_t{1} << (bit - 64);
        else q.lo |= std::uint64_t{1} << bit;
      }
    }
  }
  static constexpr Int128 divide(const Int128& a, const Int128& b, bool quotient) noexcept {
    const Int128 ua = a.negative() ? -a : a;
    const Int128 ub = b.negative() ? -b : b;
    Words q{0, 0}, r{0, 0};
    divide_unsigned({ua.hi_, ua.lo_}, {ub.hi_, ub.lo_}, q, r);
    if (quotient) {
      const Int128 v = from_words(q.hi, q.lo);
      return a.negative() != b.negative() ? -v : v;
    }
    const Int128 v = from_words(r.hi, r.lo);
    return a.negative() ? -v : v;
  }

  std::uint64_t hi_ = 0;
  std::uint64_t lo_ = 0;
};

#if JIXIAO_HAS_INT128
__extension__ typedef __int128 int128;  ///< The 128-bit integer for intermediates: the compiler's.
#else
using int128 = Int128;  ///< The 128-bit integer for intermediates: the portable one.
#endif

/// 10^n for n in 0..18, as a table so that hot paths index instead of looping.
inline constexpr std::int64_t pow10_table[19] = {
    1LL,
    10LL,
    100LL,
    1000LL,
    10000LL,
    100000LL,
    1000000LL,
    10000000LL,
    100000000LL,
    1000000000LL,
    10000000000LL,
    100000000000LL,
    1000000000000LL,
    10000000000000LL,
    100000000000000LL,
    1000000000000000LL,
    10000000000000000LL,
    100000000000000000LL,
    1000000000000000000LL,
};
/// 10^n for n in 0..18.
constexpr std::int64_t pow10_i64(int n) noexcept { return pow10_table[n]; }
/// 10^n for n in 0..38.
constexpr int128 pow10_i128(int n) noexcept {
  return n <= 18 ? int128{pow10_table[n]} : int128{pow10_table[18]} * pow10_i128(n - 18);
}

}  // namespace jixiao::detail
