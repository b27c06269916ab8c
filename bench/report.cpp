// bench_report: writing the HTML report of the bundled seed form (io::report_html, with
// its review) against reviewing it (RuleSet::check), in one run; the ratio of the two
// median CPU times is printed last (issue 14's goal: ≤ 5).
#include <benchmark/benchmark.h>

#include <jixiao/io/form_io.hpp>
#include <jixiao/io/report_html.hpp>
#include <jixiao/rules.hpp>

#include "seed_form.hpp"

#include <string>
#include <vector>

#include "ratio_reporter.hpp"

namespace {

using namespace jixiao;


void BM_CheckSeed(benchmark::State& state) {
  const PerformanceForm form = bench::seed_form();
  const RuleSet rules = RuleSet::builtin();
  for (auto _ : state) {
    Report report = rules.check(form);
    benchmark::DoNotOptimize(report);
  }
}
BENCHMARK(BM_CheckSeed)->Unit(benchmark::kMicrosecond)->Repetitions(9)->ReportAggregatesOnly(true);

void BM_ReportHtmlSeed(benchmark::State& state) {
  const PerformanceForm form = bench::seed_form();
  const RuleSet rules = RuleSet::builtin();
  const Report report = rules.check(form);
  io::ReportPageParts parts;
  parts.profile = rules.profile().name;
  parts.rules = rules.rules();
  std::size_t bytes = 0;
  for (auto _ : state) {
    std::string page = io::report_html(form, report, parts);
    bytes = page.size();
    benchmark::DoNotOptimize(page);
  }
  state.counters["page_bytes"] = static_cast<double>(bytes);
  state.counters["findings"] = static_cast<double>(report.findings().size());
}
BENCHMARK(BM_ReportHtmlSeed)->Unit(benchmark::kMicrosecond)->Repetitions(9)->ReportAggregatesOnly(true);

}  // namespace

int main(int argc, char** argv) {
  return jixiao::bench::run_with_ratio(argc, argv, "BM_ReportHtmlSeed", "BM_CheckSeed", "report HTML / check of the seed form",
                                       "5");
}
