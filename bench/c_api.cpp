// bench_c_api: the C ABI's call overhead (issue 12, goal ≤ 1.2×). `check` of the seed
// form through jixiao_check (report JSON out, freed with jixiao_free) against the same
// call in C++ (RuleSet::check, the read findings first, io::report_json), in one run on
// one loaded form and rule set; the ratio of the two median CPU times is printed last.
// Both sides produce the same bytes (tests/capi/capi_test.cpp), so the difference is
// what the boundary costs: the guard, the handle, the copy of the JSON into malloc'd memory.
#include <benchmark/benchmark.h>

#include <jixiao/io/form_io.hpp>
#include <jixiao/io/profile_io.hpp>
#include <jixiao/io/report_io.hpp>
#include <jixiao/jixiao.h>
#include <jixiao/rules.hpp>

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

#include "ratio_reporter.hpp"

namespace {

std::string seed_text() {
  std::ifstream in(JIXIAO_SOURCE_DIR "/examples/data/seed-suigang-2024-department.json", std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  if (out.str().empty()) throw std::runtime_error("seed form not found");
  return out.str();
}

void BM_CheckCpp(benchmark::State& state) {
  const auto loaded = jixiao::io::load_form_from_string(seed_text(), jixiao::io::Format::json);
  const auto rules = jixiao::RuleSet::builtin(jixiao::io::builtin_profile("national"));
  for (auto _ : state) {
    const jixiao::Report review = rules.check(*loaded.value);
    std::vector<jixiao::Finding> all = loaded.findings;
    all.insert(all.end(), review.findings().begin(), review.findings().end());
    std::string json = jixiao::io::report_json(jixiao::Report(std::move(all), rules.profile().review_rubric));
    benchmark::DoNotOptimize(json.data());
  }
}
BENCHMARK(BM_CheckCpp);

void BM_CheckCApi(benchmark::State& state) {
  const std::string text = seed_text();
  jixiao_form* form = nullptr;
  jixiao_profile* profile = nullptr;
  jixiao_ruleset* rules = nullptr;
  if (jixiao_form_load(text.data(), text.size(), "json", nullptr, &form, nullptr) != JIXIAO_OK ||
      jixiao_profile_builtin("national", &profile) != JIXIAO_OK || jixiao_ruleset_new(profile, &rules) != JIXIAO_OK) {
    state.SkipWithError(jixiao_last_error_message());
    return;
  }
  for (auto _ : state) {
    char* json = nullptr;
    if (jixiao_check(rules, form, &json) != JIXIAO_OK) state.SkipWithError(jixiao_last_error_message());
    benchmark::DoNotOptimize(json);
    jixiao_free(json);
  }
  jixiao_ruleset_free(rules);
  jixiao_profile_free(profile);
  jixiao_form_free(form);
}
BENCHMARK(BM_CheckCApi);

}  // namespace

int main(int argc, char** argv) {
  return jixiao::bench::run_with_ratio(argc, argv, "BM_CheckCApi", "BM_CheckCpp", "C ABI / C++ check", "1.2");
}
