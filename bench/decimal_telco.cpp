// Decimal speed: the telco workload (Cowlishaw) and a parse-and-sum workload, each run
// with jixiao::Decimal, plain int64 cents (the ceiling), GCC's std::decimal::decimal64
// and Boost's cpp_dec_float_50. Every run checks its exact sums and fails loudly
// (SkipWithError) when they are wrong; a summary prints ns per call and the ratio of
// each implementation to the int64 ceiling (medians when --benchmark_repetitions > 1).
//
//   bench_decimal_telco --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
#include <jixiao/decimal.hpp>

#include <benchmark/benchmark.h>

#include <boost/multiprecision/cpp_dec_float.hpp>
#include <decimal/decimal>

#include <cstdint>
#include <cstdio>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace {

constexpr int calls = 1'000'000;

// splitmix64 with the reference constants.
struct SplitMix64 {
  std::uint64_t state;
  std::uint64_t next() {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
};

// ---- workload data (built once, outside the timed loops) ------------------------------

// Call durations: n = 1 + x % 100000 from splitmix64 state 0x7E1C0.
const std::vector<std::uint32_t>& durations() {
  static const std::vector<std::uint32_t> v = [] {
    std::vector<std::uint32_t> out(calls);
    SplitMix64 g{0x7E1C0};
    for (auto& n : out) n = static_cast<std::uint32_t>(1 + g.next() % 100000);
    return out;
  }();
  return v;
}

// The published exact sums, in cents.
constexpr std::int64_t telco_total_cents = 28100863127;  // 281008631.27
constexpr std::int64_t telco_btax_cents = 1728203395;    // 17282033.95
constexpr std::int64_t telco_dtax_cents = 762265207;     // 7622652.07
constexpr std::int64_t amounts_sum_cents = 4621632475405630;  // 46216324754056.30

// cents with thousands separators and two decimals: 199229 -> "1,992.29".
std::string format_cents(std::uint64_t cents) {
  std::string units = std::to_string(cents / 100);
  std::string grouped;
  for (std::size_t i = 0; i < units.size(); ++i) {
    if (i != 0 && (units.size() - i) % 3 == 0) grouped += ',';
    grouped += units[i];
  }
  const unsigned frac = static_cast<unsigned>(cents % 100);
  grouped += '.';
  grouped += static_cast<char>('0' + frac / 10);
  grouped += static_cast<char>('0' + frac % 10);
  return grouped;
}

// Amount strings: k = x % 12, cents = y % 10^k (x, y consecutive draws), state 0xB0D6E7.
struct Amounts {
  std::string buffer;
  std::vector<std::string_view> texts;
};
const Amounts& amounts() {
  static const Amounts a = [] {
    Amounts out;
    std::vector<std::size_t> ends;
    SplitMix64 g{0xB0D6E7};
    for (int i = 0; i < calls; ++i) {
      const std::uint64_t k = g.next() % 12;
      std::uint64_t p = 1;
      for (std::uint64_t j = 0; j < k; ++j) p *= 10;
      out.buffer += format_cents(g.next() % p);
      ends.push_back(out.buffer.size());
    }
    std::size_t begin = 0;
    for (std::size_t end : ends) {
      out.texts.emplace_back(out.buffer.data() + begin, end - begin);
      begin = end;
    }
    return out;
  }();
  return a;
}

void set_per_call(benchmark::State& state) {
  // seconds per call, printed with an SI prefix (e.g. 3.1n = 3.1 ns)
  state.counters["per_call"] =
      benchmark::Counter(calls, benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}

// ---- telco ------------------------------------------------------------------------------
// Every implementation computes dtax for each call, at a rate of 0 for local calls,
// exactly as the int64 ceiling does with a mask: the sums are the same as with an `if`,
// and no implementation pays for a data-dependent branch the others avoid.

// The ceiling: int64, rates scaled by 10^5, branch-free rounding.
void telco_int64(benchmark::State& state) {
  const auto& ns = durations();
  std::int64_t sum_t = 0, sum_b = 0, sum_d = 0;
  for (auto _ : state) {
    // Local sums: their address never escapes, so they may live in registers.
    decltype(sum_t) st = 0, sb = 0, sd = 0;
    for (const std::uint32_t n : ns) {
      const std::int64_t odd = n & 1;
      const std::int64_t p5 = static_cast<std::int64_t>(n) * (odd ? 894 : 130);  // scale 5
      std::int64_t price = p5 / 1000;                                           // scale 2
      const std::int64_t r = p5 % 1000;
      price += (r > 500) | ((r == 500) & (price & 1));  // half-even
      const std::int64_t btax = price * 675 / 10000;    // down (non-negative)
      const std::int64_t dtax = (price * 341 / 10000) & -odd;
      st += price + btax + dtax;
      sb += btax;
      sd += dtax;
    }
    sum_t = st;
    sum_b = sb;
    sum_d = sd;
    benchmark::DoNotOptimize(sum_t);
    benchmark::DoNotOptimize(sum_b);
    benchmark::DoNotOptimize(sum_d);
  }
  if (sum_t != telco_total_cents || sum_b != telco_btax_cents || sum_d != telco_dtax_cents) {
    state.SkipWithError("int64 telco sums differ from the published ones");
  }
  set_per_call(state);
}

void telco_jixiao(benchmark::State& state) {
  using jixiao::Decimal;
  using jixiao::RoundingMode;
  const auto& ns = durations();
  // Compile-time constants, as the ceiling's rates are: the compiler sees their
  // coefficients and scales and divides by a known power of ten.
  constexpr Decimal distance_rate = Decimal::from_parts(894, 5);  // 0.00894
  constexpr Decimal local_rate = Decimal::from_parts(13, 4);      // 0.0013
  constexpr Decimal btax_rate = Decimal::from_parts(675, 4);      // 0.0675
  constexpr Decimal dtax_rate = Decimal::from_parts(341, 4);      // 0.0341
  constexpr Decimal no_tax = Decimal::from_parts(0, 4);           // 0.0000
  constexpr Decimal zero = Decimal::from_parts(0, 2);             // 0.00
  Decimal sum_t, sum_b, sum_d;
  for (auto _ : state) {
    // Local sums: their address never escapes, so they may live in registers.
    decltype(sum_t) st = zero, sb = zero, sd = zero;
    for (const std::uint32_t n : ns) {
      const bool distance = (n & 1) != 0;
      // The rates as values (not a choice between two objects' addresses), so that the
      // compiler sees their coefficients and scales, as it sees the ceiling's integers.
      const Decimal rate = distance ? distance_rate : local_rate;
      const Decimal tax_rate = distance ? dtax_rate : no_tax;
      const Decimal price = jixiao::multiply(Decimal(n), rate, 2, RoundingMode::half_even);
      const Decimal btax = jixiao::multiply(price, btax_rate, 2, RoundingMode::down);
      const Decimal dtax = jixiao::multiply(price, tax_rate, 2, RoundingMode::down);
      st += price + btax + dtax;
      sb += btax;
      sd += dtax;
    }
    sum_t = st;
    sum_b = sb;
    sum_d = sd;
    benchmark::DoNotOptimize(sum_t);
    benchmark::DoNotOptimize(sum_b);
    benchmark::DoNotOptimize(sum_d);
  }
  if (!sum_t.identical(Decimal::parse("281008631.27").value()) || !sum_b.identical(Decimal::parse("17282033.95").value()) ||
      !sum_d.identical(Decimal::parse("7622652.07").value())) {
    state.SkipWithError(("jixiao telco sums differ: " + sum_t.to_string() + " " + sum_b.to_string() + " " +
                         sum_d.to_string()).c_str());
  }
  set_per_call(state);
}

// decimal64 has no quantize in libstdc++: round x to 0.01 by hand. x × 100 is exact
// here (well under 16 digits); the conversion to integer truncates toward zero.
enum class Cents { half_even, down };
std::decimal::decimal64 d64_cents(std::decimal::decimal64 x, Cents mode) {
  using std::decimal::decimal64;
  const decimal64 scaled = x * decimal64(100);
  long long i = std::decimal::decimal_to_long_long(scaled);
  if (mode == Cents::half_even) {
    const decimal64 rest = scaled - decimal64(i);  // exact, |rest| < 1, sign of x
    const decimal64 half = std::decimal::make_decimal64(5LL, -1);
    if (rest > half || (rest == half && (i & 1))) ++i;
    if (rest < -half || (rest == -half && (i & 1))) --i;
  }
  return std::decimal::make_decimal64(i, -2);
}
bool d64_equals_cents(std::decimal::decimal64 x, std::int64_t cents) {
  using std::decimal::decimal64;
  const decimal64 scaled = x * decimal64(100);
  return std::decimal::decimal_to_long_long(scaled) == cents && scaled == decimal64(static_cast<long long>(cents));
}

void telco_decimal64(benchmark::State& state) {
  using std::decimal::decimal64;
  using std::decimal::make_decimal64;
  const auto& ns = durations();
  const decimal64 distance_rate = make_decimal64(894LL, -5);
  const decimal64 local_rate = make_decimal64(13LL, -4);
  const decimal64 btax_rate = make_decimal64(675LL, -4);
  const decimal64 dtax_rate = make_decimal64(341LL, -4);
  const decimal64 no_tax = make_decimal64(0LL, -4);
  decimal64 sum_t, sum_b, sum_d;
  for (auto _ : state) {
    // Local sums: their address never escapes, so they may live in registers.
    decltype(sum_t) st = decimal64(0), sb = decimal64(0), sd = decimal64(0);
    for (const std::uint32_t n : ns) {
      const bool distance = (n & 1) != 0;
      const decimal64 price = d64_cents(decimal64(static_cast<long long>(n)) * (distance ? distance_rate : local_rate), Cents::half_even);
      const decimal64 btax = d64_cents(price * btax_rate, Cents::down);
      const decimal64 dtax = d64_cents(price * (distance ? dtax_rate : no_tax), Cents::down);
      st += price + btax + dtax;
      sb += btax;
      sd += dtax;
    }
    sum_t = st;
    sum_b = sb;
    sum_d = sd;
    benchmark::DoNotOptimize(sum_t);
    benchmark::DoNotOptimize(sum_b);
    benchmark::DoNotOptimize(sum_d);
  }
  if (!d64_equals_cents(sum_t, telco_total_cents) || !d64_equals_cents(sum_b, telco_btax_cents) ||
      !d64_equals_cents(sum_d, telco_dtax_cents)) {
    state.SkipWithError("decimal64 telco sums differ from the published ones");
  }
  set_per_call(state);
}

using DecFloat = boost::multiprecision::cpp_dec_float_50;

// cpp_dec_float has no quantize: scale by 100, truncate, look at the discarded part,
// and scale back by the exact 0.01.
DecFloat dec_float_cents(const DecFloat& x, Cents mode) {
  static const DecFloat hundred(100);
  static const DecFloat hundredth("0.01");
  static const DecFloat half("0.5");
  const DecFloat scaled = x * hundred;
  DecFloat i = boost::multiprecision::trunc(scaled);
  if (mode == Cents::half_even) {
    const DecFloat rest = scaled - i;
    const bool odd = (i.convert_to<long long>() & 1) != 0;
    if (rest > half || (rest == half && odd)) i += 1;
    if (rest < -half || (rest == -half && odd)) i -= 1;
  }
  return i * hundredth;
}
bool dec_float_equals(const DecFloat& x, const char* text) { return x == DecFloat(text); }

void telco_cpp_dec_float(benchmark::State& state) {
  const auto& ns = durations();
  const DecFloat distance_rate("0.00894");
  const DecFloat local_rate("0.0013");
  const DecFloat btax_rate("0.0675");
  const DecFloat dtax_rate("0.0341");
  const DecFloat no_tax(0);
  DecFloat sum_t, sum_b, sum_d;
  for (auto _ : state) {
    // Local sums: their address never escapes, so they may live in registers.
    decltype(sum_t) st = 0, sb = 0, sd = 0;
    for (const std::uint32_t n : ns) {
      const bool distance = (n & 1) != 0;
      const DecFloat price = dec_float_cents(DecFloat(n) * (distance ? distance_rate : local_rate), Cents::half_even);
      const DecFloat btax = dec_float_cents(price * btax_rate, Cents::down);
      const DecFloat dtax = dec_float_cents(price * (distance ? dtax_rate : no_tax), Cents::down);
      st += price + btax + dtax;
      sb += btax;
      sd += dtax;
    }
    sum_t = st;
    sum_b = sb;
    sum_d = sd;
    benchmark::DoNotOptimize(sum_t);
  }
  if (!dec_float_equals(sum_t, "281008631.27") || !dec_float_equals(sum_b, "17282033.95") ||
      !dec_float_equals(sum_d, "7622652.07")) {
    state.SkipWithError("cpp_dec_float_50 telco sums differ from the published ones");
  }
  set_per_call(state);
}

// ---- parse and sum -------------------------------------------------------------------

// The ceiling: no validation at all, digits into int64 cents (every text has 2 decimals).
void parse_int64(benchmark::State& state) {
  const auto& a = amounts();
  std::int64_t sum = 0;
  for (auto _ : state) {
    sum = 0;
    for (const std::string_view t : a.texts) {
      std::int64_t c = 0;
      for (const char ch : t) {
        const unsigned d = static_cast<unsigned>(ch - '0');
        if (d < 10u) c = c * 10 + d;
      }
      sum += c;
    }
    benchmark::DoNotOptimize(sum);
  }
  if (sum != amounts_sum_cents) state.SkipWithError("int64 parse-and-sum differs from the published sum");
  set_per_call(state);
}

void parse_jixiao(benchmark::State& state) {
  using jixiao::Decimal;
  const auto& a = amounts();
  const Decimal zero = Decimal::parse("0.00").value();
  Decimal sum;
  for (auto _ : state) {
    sum = zero;
    for (const std::string_view t : a.texts) {
      const auto parsed = Decimal::parse(t);
      if (!parsed.ok()) {
        state.SkipWithError(("jixiao rejected " + std::string(t)).c_str());
        break;
      }
      sum += parsed.value();
    }
    benchmark::DoNotOptimize(sum);
    if (state.error_occurred()) break;
  }
  if (state.error_occurred()) return;
  if (!sum.identical(Decimal::parse("46216324754056.30").value())) {
    state.SkipWithError(("jixiao parse-and-sum differs: " + sum.to_string()).c_str());
  }
  set_per_call(state);
}

// libstdc++'s decimal64 has no text reader: the digits are gathered by hand into a
// coefficient and the scale counted, then the value is built and summed in decimal64.
void parse_decimal64(benchmark::State& state) {
  using std::decimal::decimal64;
  const auto& a = amounts();
  decimal64 sum;
  for (auto _ : state) {
    sum = decimal64(0);
    for (const std::string_view t : a.texts) {
      long long c = 0;
      int scale = 0;
      bool point = false;
      for (const char ch : t) {
        const unsigned d = static_cast<unsigned>(ch - '0');
        if (d < 10u) {
          c = c * 10 + d;
          scale += point;
        } else if (ch == '.') {
          point = true;
        }
      }
      sum += std::decimal::make_decimal64(c, -scale);
    }
    benchmark::DoNotOptimize(sum);
  }
  if (!d64_equals_cents(sum, amounts_sum_cents)) state.SkipWithError("decimal64 parse-and-sum differs from the published sum");
  set_per_call(state);
}

// cpp_dec_float reads text but not thousands separators: they are dropped first.
void parse_cpp_dec_float(benchmark::State& state) {
  const auto& a = amounts();
  DecFloat sum;
  for (auto _ : state) {
    sum = 0;
    char buffer[64];
    for (const std::string_view t : a.texts) {
      std::size_t k = 0;
      for (const char ch : t) {
        if (ch != ',' && k + 1 < sizeof buffer) buffer[k++] = ch;
      }
      buffer[k] = '\0';
      sum += DecFloat(buffer);
    }
    benchmark::DoNotOptimize(sum);
  }
  if (!dec_float_equals(sum, "46216324754056.30")) state.SkipWithError("cpp_dec_float_50 parse-and-sum differs from the published sum");
  set_per_call(state);
}

// ---- the summary ---------------------------------------------------------------------

// Prints as usual, and keeps ns per call of each benchmark (the median when repeated)
// for the ratio table printed at the end.
class SummaryReporter : public benchmark::ConsoleReporter {
 public:
  void ReportRuns(const std::vector<Run>& reports) override {
    ConsoleReporter::ReportRuns(reports);
    for (const Run& run : reports) {
      if (run.error_occurred) {
        failed_[run.run_name.function_name] = true;
        continue;
      }
      const bool median = run.run_type == Run::RT_Aggregate && run.aggregate_name == "median";
      const bool single = run.run_type == Run::RT_Iteration && run.repetitions <= 1;
      if (!median && !single) continue;
      any_median_ = any_median_ || median;
      // One iteration is `calls` calls; GetAdjustedCPUTime is per iteration in time_unit.
      const double ns = run.GetAdjustedCPUTime() * benchmark::GetTimeUnitMultiplier(benchmark::kNanosecond) /
                        benchmark::GetTimeUnitMultiplier(run.time_unit) / calls;
      ns_[run.run_name.function_name] = ns;
    }
  }

  /// True when a benchmark failed its check (the program then exits with 1).
  bool any_failed() const { return !failed_.empty(); }

  void print_summary() const {
    std::printf("\nns per call (CPU time%s) and ratio to the int64 ceiling:\n",
                any_median_ ? ", median" : "");
    for (const char* workload : {"telco", "parse_sum"}) {
      const std::string ceiling = std::string(workload) + "/int64";
      const auto c = ns_.find(ceiling);
      for (const char* impl : {"int64", "jixiao", "decimal64", "cpp_dec_float_50"}) {
        const std::string name = std::string(workload) + "/" + impl;
        const auto it = ns_.find(name);
        if (failed_.count(name)) {
          std::printf("  %-28s FAILED (wrong sums)\n", name.c_str());
        } else if (it != ns_.end()) {
          if (c != ns_.end()) {
            std::printf("  %-28s %10.2f ns  %8.2fx\n", name.c_str(), it->second, it->second / c->second);
          } else {
            std::printf("  %-28s %10.2f ns\n", name.c_str(), it->second);
          }
        }
      }
    }
  }
 private:
  bool any_median_ = false;
  std::map<std::string, double> ns_;
  std::map<std::string, bool> failed_;
};

}  // namespace

int main(int argc, char** argv) {
  const auto ms = benchmark::kMillisecond;
  benchmark::RegisterBenchmark("telco/int64", telco_int64)->Unit(ms);
  benchmark::RegisterBenchmark("telco/jixiao", telco_jixiao)->Unit(ms);
  benchmark::RegisterBenchmark("telco/decimal64", telco_decimal64)->Unit(ms);
  benchmark::RegisterBenchmark("telco/cpp_dec_float_50", telco_cpp_dec_float)->Unit(ms);
  benchmark::RegisterBenchmark("parse_sum/int64", parse_int64)->Unit(ms);
  benchmark::RegisterBenchmark("parse_sum/jixiao", parse_jixiao)->Unit(ms);
  benchmark::RegisterBenchmark("parse_sum/decimal64", parse_decimal64)->Unit(ms);
  benchmark::RegisterBenchmark("parse_sum/cpp_dec_float_50", parse_cpp_dec_float)->Unit(ms);
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  (void)durations();  // build the inputs before any timing
  (void)amounts();
  SummaryReporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  reporter.print_summary();
  benchmark::Shutdown();
  return reporter.any_failed() ? 1 : 0;
}
