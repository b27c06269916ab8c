// bench_check: the whole review catalogue on the bundled seed form (goal: median
// ≤ 50 µs per form after import) and on a synthetic form with 2,000 indicators and
// 200 key tasks (goal: ≤ 150 × the seed's time, i.e. no quadratic rule). Beside each,
// the ceiling: read every text byte and add every amount of the form once, the least
// any review must do; the ratio check/ceiling is the figure to watch.
#include <benchmark/benchmark.h>

#include <jixiao/io/profile_io.hpp>
#include <jixiao/io/form_io.hpp>
#include <jixiao/rules.hpp>

#include "seed_form.hpp"

#include <cstdint>
#include <string>

namespace {

using namespace jixiao;


// Deterministic Chinese-looking names from a pool of common characters, so the
// bigram index sees realistic, mostly distinct postings.
std::string name(std::uint32_t& state, int length) {
  static const char* pool[] = {"企", "业", "服", "务", "走", "访", "政", "策", "宣", "传", "项", "目", "招", "商",
                               "土", "地", "台", "账", "更", "新", "安", "全", "治", "理", "监", "管", "园", "区",
                               "经", "济", "发", "展", "覆", "盖", "培", "训", "检", "查", "设", "施", "维", "护",
                               "档", "案", "系", "统", "运", "行", "环", "境", "卫", "生", "绿", "化", "交", "通"};
  std::string out;
  for (int i = 0; i < length; ++i) {
    state = state * 1664525u + 1013904223u;
    out += pool[(state >> 16) % (sizeof pool / sizeof pool[0])];
  }
  return out;
}

PerformanceForm synthetic() {
  PerformanceForm f = bench::seed_form();
  std::uint32_t state = 12345;
  const char* targets[] = {"≥50次", "≥95%", "100%", "≤30万元", "0起", "12月底前", "效果明显", "≥12"};
  std::vector<TargetValue> parsed;
  for (const char* t : targets) parsed.emplace_back(t);
  f.indicators.clear();
  const Level2 level2s[] = {Level2::quantity, Level2::quality, Level2::timeliness, Level2::social_benefit,
                            Level2::satisfaction};
  const Level1 level1s[] = {Level1::output, Level1::output, Level1::output, Level1::benefit, Level1::satisfaction};
  for (int i = 0; i < 2000; ++i) {
    Indicator ind;
    ind.level1 = level1s[i % 5];
    ind.level2 = level2s[i % 5];
    ind.level1_text = chinese_name(ind.level1);
    ind.level2_text = chinese_name(ind.level2);
    ind.name = name(state, 6 + i % 7);
    const std::size_t k = static_cast<std::size_t>(i) % 8;
    ind.period_target = parsed[k];
    ind.annual_target = parsed[k];
    f.indicators.push_back(std::move(ind));
  }
  f.key_tasks.clear();
  for (int i = 0; i < 200; ++i) {
    KeyTask t;
    t.name = name(state, 8 + i % 9);
    t.content = "工作经费";
    t.planned_funds = Decimal::from_parts(100 + i, 2);
    t.expected_result = ExpectedResult(i % 4 == 0 ? "≥10次" : name(state, 20));
    f.key_tasks.push_back(std::move(t));
  }
  return f;
}

// The ceiling: every text byte and every amount of the form, read once.
std::size_t read_form(const PerformanceForm& f) {
  std::size_t bytes = f.unit_name.size();
  Decimal funds;
  for (const std::string& g : f.goals) bytes += g.size();
  for (const BudgetBreakdown& b : f.budget.breakdowns) {
    for (const BudgetLine& l : b.lines) {
      bytes += l.name.size();
      funds += l.amount;
    }
  }
  for (const KeyTask& t : f.key_tasks) {
    bytes += t.name.size() + t.content.size() + t.expected_result.text().size();
    if (t.planned_funds) funds += *t.planned_funds;
  }
  for (const OtherTask& t : f.other_tasks) bytes += t.text.size();
  for (const Indicator& i : f.indicators) {
    bytes += i.level1_text.size() + i.level2_text.size() + i.name.size() + i.period_target.text().size() +
             i.annual_target.text().size() + i.unit.size() + i.note.size();
  }
  benchmark::DoNotOptimize(funds);
  return bytes;
}

void check_form(benchmark::State& state, const PerformanceForm& form) {
  const RuleSet rules = RuleSet::builtin(io::builtin_profile("national"));
  std::size_t findings = 0;
  for (auto _ : state) {
    const Report r = rules.check(form);
    findings = r.findings().size();
    benchmark::DoNotOptimize(findings);
  }
  state.counters["findings"] = static_cast<double>(findings);
}

void read_only(benchmark::State& state, const PerformanceForm& form) {
  for (auto _ : state) benchmark::DoNotOptimize(read_form(form));
}

void BM_CheckSeed(benchmark::State& state) { check_form(state, bench::seed_form()); }
BENCHMARK(BM_CheckSeed)->Unit(benchmark::kMicrosecond)->Repetitions(9)->ReportAggregatesOnly(true);
void BM_CeilingSeed(benchmark::State& state) { read_only(state, bench::seed_form()); }
BENCHMARK(BM_CeilingSeed)->Unit(benchmark::kMicrosecond)->Repetitions(9)->ReportAggregatesOnly(true);

void BM_CheckSynthetic2000x200(benchmark::State& state) { check_form(state, synthetic()); }
BENCHMARK(BM_CheckSynthetic2000x200)->Unit(benchmark::kMicrosecond)->Repetitions(9)->ReportAggregatesOnly(true);
void BM_CeilingSynthetic2000x200(benchmark::State& state) { read_only(state, synthetic()); }
BENCHMARK(BM_CeilingSynthetic2000x200)->Unit(benchmark::kMicrosecond)->Repetitions(9)->ReportAggregatesOnly(true);

}  // namespace

BENCHMARK_MAIN();
