// bench_target_parse: the whole dev corpus of real target strings (tests/data/
// target_labels.dev.tsv) parsed in a loop. Reports, before the Google Benchmark runs:
//   - the median and quartiles over strings of ns per parse (each string timed alone),
//   - heap allocations per parse (a replaced operator new counts them), and whether
//     every target whose text fits the small-string buffer parses without allocating.
#include <jixiao/target.hpp>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <atomic>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <new>
#include <sstream>
#include <string>
#include <vector>

namespace {
std::atomic<long> g_allocations{0};
}  // namespace

// Counting allocator: every heap allocation in the process passes here. (GCC cannot
// see that the replaced new and delete are a pair, hence the pragma.)
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
#endif
void* operator new(std::size_t size) {
  g_allocations.fetch_add(1, std::memory_order_relaxed);
  if (void* p = std::malloc(size ? size : 1)) return p;
  throw std::bad_alloc();
}
void* operator new[](std::size_t size) {
  g_allocations.fetch_add(1, std::memory_order_relaxed);
  if (void* p = std::malloc(size ? size : 1)) return p;
  throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }

namespace {

struct Cell {
  std::string text;
  bool split = false;
};

std::vector<Cell> load_corpus() {
  std::ifstream in(JIXIAO_SOURCE_DIR "/tests/data/target_labels.dev.tsv");
  std::vector<Cell> cells;
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    if (header) {
      header = false;
      continue;
    }
    const std::string value = line.substr(0, line.find('\t'));
    cells.push_back(Cell{value, value.find(" | ") != std::string::npos});
  }
  return cells;
}

const std::vector<Cell>& corpus() {
  static const std::vector<Cell> cells = load_corpus();
  return cells;
}

bool parse_one(const Cell& c) {
  const auto p = c.split ? jixiao::Target::parse_cells(c.text) : jixiao::Target::parse(c.text);
  return p.ok();
}

// The whole corpus per iteration; the counter is ns per string.
void BM_ParseCorpus(benchmark::State& state) {
  const auto& cells = corpus();
  for (auto _ : state) {
    for (const Cell& c : cells) benchmark::DoNotOptimize(parse_one(c));
  }
  state.counters["ns_per_string"] = benchmark::Counter(
      static_cast<double>(state.iterations() * cells.size()), benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * cells.size()));
}
BENCHMARK(BM_ParseCorpus);

// Short targets only (≤ 15 bytes: the std::string small buffer).
void BM_ParseShort(benchmark::State& state) {
  std::vector<Cell> cells;
  for (const Cell& c : corpus()) {
    if (c.text.size() <= 15 && !c.split) cells.push_back(c);
  }
  for (auto _ : state) {
    for (const Cell& c : cells) benchmark::DoNotOptimize(parse_one(c));
  }
  state.counters["ns_per_string"] = benchmark::Counter(
      static_cast<double>(state.iterations() * cells.size()), benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}
BENCHMARK(BM_ParseShort);

double cpu_ns() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e9 + static_cast<double>(ts.tv_nsec);
}

void report() {
  const auto& cells = corpus();
  std::vector<double> ns;
  constexpr int kRounds = 2000;
  for (const Cell& c : cells) {
    for (int i = 0; i < 50; ++i) benchmark::DoNotOptimize(parse_one(c));  // warm up
    // Thread CPU time, so that other processes on a shared machine do not count.
    const double t0 = cpu_ns();
    for (int i = 0; i < kRounds; ++i) benchmark::DoNotOptimize(parse_one(c));
    const double t1 = cpu_ns();
    ns.push_back((t1 - t0) / kRounds);
  }
  std::vector<double> sorted = ns;
  std::sort(sorted.begin(), sorted.end());
  auto at = [&](double q) { return sorted[static_cast<std::size_t>(q * static_cast<double>(sorted.size() - 1))]; };
  std::printf("target_parse: %zu corpus strings; CPU ns per parse over strings: median %.0f, p25 %.0f, p75 %.0f, max %.0f\n",
              cells.size(), at(0.5), at(0.25), at(0.75), sorted.back());

  int zero = 0;
  int short_total = 0;
  int short_zero = 0;
  std::ostringstream allocating_short;
  int short_ok = 0;
  int short_ok_zero = 0;
  for (const Cell& c : cells) {
    const long before = g_allocations.load();
    const bool ok = parse_one(c);
    const long n = g_allocations.load() - before;
    if (n == 0) ++zero;
    if (c.text.size() <= 15 && !c.split) {
      ++short_total;
      if (ok) ++short_ok;
      if (n == 0) {
        ++short_zero;
        if (ok) ++short_ok_zero;
      } else {
        allocating_short << "  allocates " << n << "x (" << (ok ? "parsed" : "rejected: diagnostics") << "): " << c.text << '\n';
      }
    }
  }
  std::printf("target_parse: %d/%zu strings parse with no heap allocation; short ones (<= 15 bytes, the "
              "small-string buffer): %d/%d parsed targets and %d/%d of all short strings allocate nothing\n%s",
              zero, cells.size(), short_ok_zero, short_ok, short_zero, short_total, allocating_short.str().c_str());
}

}  // namespace

int main(int argc, char** argv) {
  report();
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
