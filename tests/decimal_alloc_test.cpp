// Decimal never allocates for values, and Decimal::parse does not allocate when it
// succeeds (fast ASCII path and full reader alike). A replaced global operator new
// counts every heap allocation made by this test program.
#include <jixiao/decimal.hpp>

#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <new>
#include <string_view>

namespace {
std::atomic<long> allocations{0};
}  // namespace

void* operator new(std::size_t size) {
  allocations.fetch_add(1, std::memory_order_relaxed);
  if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
  throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }

using jixiao::Decimal;
using jixiao::RoundingMode;

TEST(DecimalAllocation, SuccessfulParseAndArithmeticDoNotAllocate) {
  // Plain ASCII (inline fast path) and spellings only the full reader takes.
  const std::string_view texts[] = {"1992.29", "1,992.29", "-0.50", "+3", ".5", "999999999999999999",
                                    "  1,992.29 ", "１，９９２．２９", "－3.5", "\xE3\x80\x80" "12", "0001.20"};
  for (const std::string_view text : texts) {
    const long before = allocations.load();
    const auto parsed = Decimal::parse(text);
    const long after = allocations.load();
    ASSERT_TRUE(parsed.ok()) << text;
    EXPECT_EQ(after, before) << "parse allocated for " << text;
  }
  const Decimal a = Decimal::parse("1,992.29").value();
  const Decimal b = Decimal::parse("0.0675").value();
  const long before = allocations.load();
  Decimal x = a + b - a * b;
  x = jixiao::multiply(x, b, 2, RoundingMode::half_even) + x.round_to(1, RoundingMode::down);
  x = jixiao::divide(x, b, 4, RoundingMode::half_up) + jixiao::percent_of(a, b, 2, RoundingMode::floor);
  const bool less = a < b;
  const long after = allocations.load();
  EXPECT_EQ(after, before) << "arithmetic allocated";
  EXPECT_FALSE(less);
  EXPECT_FALSE(x.is_zero());
}

TEST(DecimalAllocation, TheCounterSeesAllocations) {
  // The control: a rejected parse builds a Diagnostic with strings, which allocates.
  const long before = allocations.load();
  const auto parsed = Decimal::parse("1,99,2.29 is not a number, and this text is long enough");
  EXPECT_FALSE(parsed.ok());
  EXPECT_GT(allocations.load(), before);
}
