// The portable fallbacks of jixiao/detail/int128.hpp (detail::Int128, the 64×64-bit
// product, the checked multiply) against the compiler's __int128 and builtins, on edge
// values and a fixed pseudo-random stream. Runs in both the default and the forced-
// fallback build (decimal_portable_test), whatever JIXIAO_HAS_INT128 says.
#include <jixiao/decimal.hpp>

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <type_traits>
#include <vector>

namespace {

using jixiao::detail::Int128;

#if defined(__SIZEOF_INT128__)
__extension__ typedef __int128 native128;
__extension__ typedef unsigned __int128 native_u128;

bool same(const Int128& a, native128 b) {
  const auto bits = static_cast<native_u128>(b);
  return a.high_word() == static_cast<std::uint64_t>(bits >> 64) && a.low_word() == static_cast<std::uint64_t>(bits);
}

struct SplitMix64 {
  std::uint64_t state;
  std::uint64_t next() {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
};

// Values of the sizes Decimal meets: small, 18-digit, 36-digit products, word edges.
std::vector<std::int64_t> samples() {
  std::vector<std::int64_t> v = {0, 1, -1, 2, -2, 9, 10, -10, 999'999'999'999'999'999LL, -999'999'999'999'999'999LL,
                                 std::numeric_limits<std::int64_t>::max(), std::numeric_limits<std::int64_t>::min(),
                                 std::numeric_limits<std::int64_t>::min() + 1, 4294967295LL, 4294967296LL, -4294967296LL};
  SplitMix64 r{0x1128};
  for (int i = 0; i < 400; ++i) {
    const std::uint64_t x = r.next();
    const int bits = static_cast<int>(x % 64);
    v.push_back(static_cast<std::int64_t>(r.next() >> bits) * ((x >> 8) % 2 ? -1 : 1));
  }
  return v;
}

TEST(DecimalInt128, ArithmeticMatchesTheCompilersInt128) {
  const std::vector<std::int64_t> v = samples();
  for (std::int64_t a : v) {
    for (std::int64_t b : v) {
      // A 128-bit operand (a × b or a × 10^k + b) and a divisor of either width.
      const native128 na = static_cast<native128>(a) * b;
      const Int128 pa = Int128(a) * Int128(b);
      ASSERT_TRUE(same(pa, na)) << a << " * " << b;
      ASSERT_TRUE(same(pa + Int128(a), na + a)) << a << " " << b;
      ASSERT_TRUE(same(pa - Int128(b), na - b)) << a << " " << b;
      ASSERT_TRUE(same(-pa, -na)) << a << " " << b;
      ASSERT_EQ(pa < Int128(a), na < a) << a << " " << b;
      ASSERT_EQ(Int128(a) < Int128(b), a < b) << a << " " << b;
      ASSERT_EQ(pa == Int128(b), na == b) << a << " " << b;
      ASSERT_EQ(static_cast<std::int64_t>(Int128(a)), a);
      if (b != 0) {
        ASSERT_TRUE(same(pa / Int128(b), na / b)) << a << " " << b;
        ASSERT_TRUE(same(pa % Int128(b), na % b)) << a << " " << b;
        ASSERT_TRUE(same(Int128(a) / Int128(b), static_cast<native128>(a) / b)) << a << " " << b;
        ASSERT_TRUE(same(Int128(a) % Int128(b), static_cast<native128>(a) % b)) << a << " " << b;
        const native128 wide_divisor = static_cast<native128>(b) * 1'000'000'000'000'000'000LL;
        const Int128 pd = Int128(b) * Int128(1'000'000'000'000'000'000LL);
        ASSERT_TRUE(same(pa / pd, na / wide_divisor)) << a << " " << b;
        ASSERT_TRUE(same(pa % pd, na % wide_divisor)) << a << " " << b;
      }
      // The 64×64 → 128 product and the checked multiply.
      const auto ua = static_cast<std::uint64_t>(a), ub = static_cast<std::uint64_t>(b);
      const auto up = static_cast<native_u128>(ua) * ub;
      const jixiao::detail::U128Parts parts = jixiao::detail::mul_u64_portable(ua, ub);
      ASSERT_EQ(parts.hi, static_cast<std::uint64_t>(up >> 64)) << ua << " " << ub;
      ASSERT_EQ(parts.lo, static_cast<std::uint64_t>(up)) << ua << " " << ub;
      ASSERT_EQ(jixiao::detail::mul_high_u64(ua, ub), static_cast<std::uint64_t>(up >> 64));
      std::int64_t want = 0, got = 0;
      const bool want_overflow = __builtin_mul_overflow(a, b, &want);
      ASSERT_EQ(jixiao::detail::mul_overflow_portable(a, b, &got), want_overflow) << a << " * " << b;
      ASSERT_EQ(got, want) << a << " * " << b;
      ASSERT_EQ(jixiao::detail::mul_overflow(a, b, &got), want_overflow) << a << " * " << b;
    }
  }
}

[[maybe_unused]] bool same(native128 a, native128 b) { return a == b; }

TEST(DecimalInt128, PowersOfTenUpTo38) {
  native128 p = 1;
  Int128 q = 1;
  for (int n = 0; n <= 38; ++n) {
    if (n > 0) {  // 10^38 < 2^127: the last power still fits
      p *= 10;
      q *= 10;
    }
    ASSERT_TRUE(same(q, p)) << n;
    ASSERT_TRUE(same(jixiao::detail::pow10_i128(n), p)) << n;  // whichever int128 this build uses
  }
}
#endif

// Constant evaluation: the fallback is usable where Decimal is constexpr.
static_assert(Int128(-7) / Int128(2) == Int128(-3));
static_assert(Int128(-7) % Int128(2) == Int128(-1));
static_assert(Int128(999'999'999'999'999'999LL) * Int128(999'999'999'999'999'999LL) / Int128(10) >
              Int128(std::numeric_limits<std::int64_t>::max()));
static_assert(jixiao::Decimal::from_parts(150, 2) * jixiao::Decimal::from_parts(11, 1) ==
              jixiao::Decimal::from_parts(165, 2));

#ifdef JIXIAO_TEST_FORCED_FALLBACK
// The forced build (decimal_portable_test) really takes the portable paths.
static_assert(JIXIAO_HAS_INT128 == 0 && JIXIAO_HAS_BUILTIN_MUL_OVERFLOW == 0);
static_assert(std::is_same_v<jixiao::detail::int128, Int128>);
#endif

TEST(DecimalInt128, ConfigurationIsReported) {
  // Not an assertion on the value: which path this build took, in the test log.
  RecordProperty("JIXIAO_HAS_INT128", JIXIAO_HAS_INT128);
  RecordProperty("JIXIAO_HAS_BUILTIN_MUL_OVERFLOW", JIXIAO_HAS_BUILTIN_MUL_OVERFLOW);
  SUCCEED();
}

}  // namespace
