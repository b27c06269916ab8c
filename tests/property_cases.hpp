// The seeded set-up shared by the property tests (decimal_property_test,
// target_property_test): one fixed seed, so a run is reproducible; JIXIAO_PROPERTY_SEED=<n>
// runs another sequence; the first failing case is reported with the seed that makes it.
#pragma once

#include <gtest/gtest.h>

#include <cstdint>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

namespace jixiao::test {

/// JIXIAO_PROPERTY_SEED when it is set, else the fixed seed 20261206.
inline std::uint64_t property_seed() {
  const char* env = std::getenv("JIXIAO_PROPERTY_SEED");
  return env ? std::strtoull(env, nullptr, 10) : 20261206u;
}

/// Seeded random choices, the base of each test's generator of cases.
class SeededRandom {
 public:
  /// A sequence fixed by `seed`.
  explicit SeededRandom(std::uint64_t seed) : rng_(seed) {}
  /// A uniform integer in lo..hi.
  int pick(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }
  /// A uniform element of non-empty `v`.
  template <class T>
  const T& one(const std::vector<T>& v) {
    return v[static_cast<std::size_t>(pick(0, static_cast<int>(v.size()) - 1))];
  }
  /// The engine, for other distributions.
  std::mt19937_64& engine() { return rng_; }

 private:
  std::mt19937_64 rng_;
};

/// Runs `body(gen)` `cases` times with one `Gen` made from `property_seed()`. `body`
/// returns what is wrong with its case, or "" when it holds; the first problem fails the
/// test with `name`, the case number and the seed, and ends the run.
template <class Gen, class Body>
void for_seeded_cases(const char* name, int cases, Body body) {
  const std::uint64_t seed = property_seed();
  Gen gen(seed);
  for (int i = 0; i < cases; ++i) {
    const std::string problem = body(gen);
    if (!problem.empty()) {
      FAIL() << name << " case " << i << " (JIXIAO_PROPERTY_SEED=" << seed << "): " << problem;
    }
  }
}

}  // namespace jixiao::test
