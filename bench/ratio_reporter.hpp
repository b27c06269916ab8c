// Google Benchmark's console output, with the CPU time of each benchmark's median kept, so
// a bench program prints the ratio of two benchmarks measured in the same run.
#pragma once

#include <benchmark/benchmark.h>

#include <cstdio>
#include <map>
#include <string>
#include <vector>

namespace jixiao::bench {

/// The console reporter, keeping each benchmark's median CPU time (or its only run's).
class RatioReporter : public benchmark::ConsoleReporter {
 public:
  /// Prints the runs and keeps their times.
  void ReportRuns(const std::vector<Run>& runs) override {
    ConsoleReporter::ReportRuns(runs);
    for (const Run& run : runs) {
      if (run.run_type == Run::RT_Aggregate && run.aggregate_name != "median") continue;
      times_[run.run_name.function_name] = run.GetAdjustedCPUTime();
    }
  }
  /// CPU time by benchmark name.
  const std::map<std::string, double>& times() const { return times_; }

 private:
  std::map<std::string, double> times_;
};

/// Runs every benchmark, then prints `label: numerator / denominator (goal <= goal)`.
inline int run_with_ratio(int argc, char** argv, const char* numerator, const char* denominator, const char* label,
                          const char* goal) {
  benchmark::Initialize(&argc, argv);
  RatioReporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  const auto& t = reporter.times();
  const auto num = t.find(numerator);
  const auto den = t.find(denominator);
  if (num != t.end() && den != t.end() && den->second > 0) {
    std::printf("%s: %.3f (goal <= %s)\n", label, num->second / den->second, goal);
  }
  benchmark::Shutdown();
  return 0;
}

}  // namespace jixiao::bench
