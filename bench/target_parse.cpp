// bench_target_parse: the whole dev corpus of real target strings (tests/data/
// target_labels.dev.tsv) parsed in a loop. Reports, before the Google Benchmark runs:
//   - the median, mean and quartiles over strings of ns per parse (each string timed
//     alone), beside the same for the ceiling and the peer, and the ratios;
//   - heap allocations per parse (a replaced operator new counts them), and whether
//     every target whose text fits the small-string buffer parses without allocating.
// Ceiling: what any parser that keeps the cell must do, read every byte and copy the
// text into a std::string (a Target keeps its raw text). Peer: what a host writes
// without the library, one std::regex for `[op]number[rest]` (it reads no units, dates,
// compounds or words, so it does less than the parser).
#include <jixiao/target.hpp>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <atomic>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <new>
#include <numeric>
#include <regex>
#include <sstream>
#include <string_view>
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

// (Never inlined: bench/target_parse_instructions.sh counts instructions per call of it.)
#if defined(__GNUC__)
__attribute__((noinline))
#endif
bool parse_one(const Cell& c) {
  const auto p = c.split ? jixiao::Target::parse_cells(c.text) : jixiao::Target::parse(c.text);
  return p.ok();
}

// The ceiling: read every byte and keep a copy of the text.
std::size_t ceiling_one(const Cell& c) {
  std::size_t sum = 0;
  for (char ch : c.text) sum += static_cast<unsigned char>(ch);
  std::string copy(c.text);
  benchmark::DoNotOptimize(copy);
  return sum + copy.size();
}

// The peer: a regular expression for the common shape, as a host might write it.
const std::regex& peer_regex() {
  static const std::regex re("^(≥|≤|>=|<=|>|<|=)?([0-9]+(\\.[0-9]+)?)(.*)$");
  return re;
}
bool peer_one(const Cell& c) {
  std::smatch m;
  return std::regex_match(c.text, m, peer_regex());
}

// The whole corpus per iteration through `one`; the counter is ns per string.
template <class F>
void corpus_loop(benchmark::State& state, F one) {
  const auto& cells = corpus();
  for (auto _ : state) {
    for (const Cell& c : cells) benchmark::DoNotOptimize(one(c));
  }
  state.counters["ns_per_string"] = benchmark::Counter(
      static_cast<double>(state.iterations() * cells.size()), benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * cells.size()));
}

void BM_ParseCorpus(benchmark::State& state) { corpus_loop(state, parse_one); }
BENCHMARK(BM_ParseCorpus);
void BM_CeilingCorpus(benchmark::State& state) { corpus_loop(state, ceiling_one); }
BENCHMARK(BM_CeilingCorpus);
void BM_PeerRegexCorpus(benchmark::State& state) { corpus_loop(state, peer_one); }
BENCHMARK(BM_PeerRegexCorpus);

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

struct Summary {
  double median, mean, p25, p75, max;
};

// CPU ns per call of `one` on each corpus string, timed alone, summarised over strings.
template <class F>
Summary per_string(F one) {
  const auto& cells = corpus();
  std::vector<double> ns;
  constexpr int kRounds = 2000;
  for (const Cell& c : cells) {
    for (int i = 0; i < 50; ++i) benchmark::DoNotOptimize(one(c));  // warm up
    // Thread CPU time, so that other processes on a shared machine do not count.
    const double t0 = cpu_ns();
    for (int i = 0; i < kRounds; ++i) benchmark::DoNotOptimize(one(c));
    const double t1 = cpu_ns();
    ns.push_back((t1 - t0) / kRounds);
  }
  std::sort(ns.begin(), ns.end());
  auto at = [&](double q) { return ns[static_cast<std::size_t>(q * static_cast<double>(ns.size() - 1))]; };
  return {at(0.5), std::accumulate(ns.begin(), ns.end(), 0.0) / static_cast<double>(ns.size()), at(0.25), at(0.75),
          ns.back()};
}

void report() {
  const auto& cells = corpus();
  const Summary parse = per_string(parse_one);
  const Summary ceiling = per_string(ceiling_one);
  const Summary peer = per_string(peer_one);
  std::printf("target_parse: %zu corpus strings; CPU ns per string (median / mean / p25 / p75 / max):\n", cells.size());
  std::printf("  jixiao Target::parse   %6.0f %6.0f %6.0f %6.0f %6.0f\n", parse.median, parse.mean, parse.p25, parse.p75, parse.max);
  std::printf("  ceiling (read + copy)  %6.0f %6.0f %6.0f %6.0f %6.0f\n", ceiling.median, ceiling.mean, ceiling.p25, ceiling.p75,
              ceiling.max);
  std::printf("  peer std::regex        %6.0f %6.0f %6.0f %6.0f %6.0f\n", peer.median, peer.mean, peer.p25, peer.p75, peer.max);
  std::printf("target_parse: ratios of medians: jixiao/ceiling %.1fx, peer/jixiao %.1fx (means: %.1fx, %.1fx); goal: median <= 150 ns\n",
              parse.median / ceiling.median, peer.median / parse.median, parse.mean / ceiling.mean, peer.mean / parse.mean);

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
  // --each-once: parse every corpus string twice (a warm-up pass, then the measured
  // pass) and stop, for bench/target_parse_instructions.sh to count instructions per
  // string under callgrind.
  if (argc == 2 && std::string_view(argv[1]) == "--each-once") {
    for (int pass = 0; pass < 2; ++pass) {
      for (const Cell& c : corpus()) benchmark::DoNotOptimize(parse_one(c));
    }
    return 0;
  }
  report();
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
