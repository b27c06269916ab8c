// bench_import: each corpus form (and the seed) imported from memory; the time per
// file is the figure to keep under 1 ms. Reading the table alone is measured beside it,
// and the seed as a workbook (.xlsx and .ods, tests/data/workbooks; goal < 5 ms).
#include <jixiao/io/table_import.hpp>
#include <jixiao/io/table_reader.hpp>
#include <jixiao/io/workbook_import.hpp>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::filesystem::path> corpus() {
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(JIXIAO_SOURCE_DIR "/tests/data/forms")) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  files.insert(files.begin(), JIXIAO_SOURCE_DIR "/tests/data/seed-suigang-2024-department.tsv");
  return files;
}

void bm_import(benchmark::State& state, const std::string& text, const std::string& name) {
  std::size_t cells = 0;
  for (auto _ : state) {
    auto r = jixiao::io::import_form(text, name);
    cells = r.stats.cells;
    benchmark::DoNotOptimize(r);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
  state.counters["cells"] = static_cast<double>(cells);
}

void bm_read(benchmark::State& state, const std::string& text) {
  for (auto _ : state) {
    auto t = jixiao::io::read_table(text);
    benchmark::DoNotOptimize(t);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}

void bm_workbook(benchmark::State& state, const std::string& bytes, const std::string& name) {
  std::size_t cells = 0;
  for (auto _ : state) {
    auto r = jixiao::io::import_workbook(bytes, name);
    cells = r.sheets.empty() ? 0 : r.sheets.front().import.stats.cells;
    benchmark::DoNotOptimize(r);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes.size()));
  state.counters["cells"] = static_cast<double>(cells);
}

// All files one after the other: the mean per file is this time / file count.
void bm_import_all(benchmark::State& state, const std::vector<std::string>& texts) {
  for (auto _ : state) {
    for (const std::string& t : texts) {
      auto r = jixiao::io::import_form(t, "f");
      benchmark::DoNotOptimize(r);
    }
  }
  state.counters["files"] = static_cast<double>(texts.size());
  state.counters["us_per_file"] = benchmark::Counter(static_cast<double>(state.iterations() * texts.size()),
                                                      benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
  state.counters["us_per_file"] = benchmark::Counter(
      static_cast<double>(texts.size()) * static_cast<double>(state.iterations()),
      benchmark::Counter::kIsRate | benchmark::Counter::kInvert, benchmark::Counter::kIs1000);
}

}  // namespace

int main(int argc, char** argv) {
  static std::vector<std::string> texts;
  for (const auto& p : corpus()) {
    texts.push_back(read_file(p));
    const std::string name = p.filename().string().substr(0, 40);
    const std::string& text = texts.back();
    benchmark::RegisterBenchmark(("import/" + name).c_str(), bm_import, text, name)->Unit(benchmark::kMicrosecond);
  }
  benchmark::RegisterBenchmark("read_table/seed", bm_read, texts.front())->Unit(benchmark::kMicrosecond);
  benchmark::RegisterBenchmark("import/all_files", bm_import_all, texts)->Unit(benchmark::kMicrosecond);
  static std::vector<std::string> books;
  books.reserve(2);
  for (const char* name : {"seed.xlsx", "seed.ods"}) {
    books.push_back(read_file(std::string(JIXIAO_SOURCE_DIR "/tests/data/workbooks/") + name));
    benchmark::RegisterBenchmark((std::string("import_workbook/") + name).c_str(), bm_workbook, books.back(), name)
        ->Unit(benchmark::kMicrosecond);
  }
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
