// bench_score: scoring a 2,000-indicator self-evaluation (the issue asks for < 2 ms),
// against a baseline that only walks the same rows and sums their weights.
#include <jixiao/io/profile_io.hpp>
#include <jixiao/scoring.hpp>

#include <benchmark/benchmark.h>

namespace {

using namespace jixiao;

struct Fixture {
  PerformanceForm form;
  Actuals actuals;
  explicit Fixture(int n) {
    const char* targets[] = {"≥500人次", "≥95%", "≤90万元", "效果明显", "=100%", "2021年12月31日前"};
    const char* values[] = {"487人次", "98%", "92万元", "部分达成", "96%", "2021年12月20日"};
    const Level1 l1[] = {Level1::output, Level1::output, Level1::output, Level1::benefit, Level1::satisfaction, Level1::output};
    for (int i = 0; i < n; ++i) {
      Indicator ind;
      ind.level1 = l1[i % 6];
      ind.name = "指标" + std::to_string(i);
      ind.annual_target = TargetValue(targets[i % 6]);
      ind.weight = Decimal::from_parts(5, 2);  // 2,000 × 0.05 = 100
      form.indicators.push_back(std::move(ind));
      Observation a;
      a.index = static_cast<std::size_t>(i);
      (void)read_observation(values[i % 6], a);
      if (i % 6 == 3) a.chosen_score = Decimal::from_parts(35, 3);
      a.reason = "原因";
      actuals.indicators.push_back(std::move(a));
    }
    BudgetActuals b;
    b.full_year_budget = Decimal(100);
    b.executed = Decimal(96);
    actuals.budget = b;
  }
};

void BM_score_2000(benchmark::State& state) {
  const Fixture fx(static_cast<int>(state.range(0)));
  const Profile profile = io::builtin_profile("national");
  for (auto _ : state) {
    Scorecard card = score(fx.form, fx.actuals, profile);
    benchmark::DoNotOptimize(card.total);
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_score_2000)->Arg(2000)->Unit(benchmark::kMillisecond);

void BM_score_by_name_2000(benchmark::State& state) {
  Fixture fx(static_cast<int>(state.range(0)));
  for (auto& a : fx.actuals.indicators) {
    a.name = fx.form.indicators[*a.index].name;
    a.index.reset();
  }
  const Profile profile = io::builtin_profile("national");
  for (auto _ : state) {
    Scorecard card = score(fx.form, fx.actuals, profile);
    benchmark::DoNotOptimize(card.total);
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_score_by_name_2000)->Arg(2000)->Unit(benchmark::kMillisecond);

// The floor: touching every row and adding its weight exactly.
void BM_baseline_weight_sum_2000(benchmark::State& state) {
  const Fixture fx(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    Decimal sum;
    for (const auto& ind : fx.form.indicators) sum += *ind.weight;
    benchmark::DoNotOptimize(sum);
  }
}
BENCHMARK(BM_baseline_weight_sum_2000)->Arg(2000)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
