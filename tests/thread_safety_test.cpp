// The threading contract of docs/embedding.md, exercised: every public entry point it
// names thread-safe is called from several threads at once on shared const inputs, and
// each thread must get what one thread alone gets. Built and run under
// ThreadSanitizer by .ci/run (JIXIAO_TSAN=ON), which turns any data race into a
// failure; in the ordinary build it still checks that the results agree.
//
// The threads never call gtest assertions (gtest is not built with TSan): each writes
// its results into its own slot and the main thread compares them after join().
#include <gtest/gtest.h>

#include <atomic>
#include <functional>
#include <string>
#include <thread>
#include <vector>

#include <jixiao/io/form_io.hpp>
#include <jixiao/io/monitor_io.hpp>
#include <jixiao/io/observations_io.hpp>
#include <jixiao/io/profile_io.hpp>
#include <jixiao/io/report_io.hpp>
#include <jixiao/io/rule_config_io.hpp>
#include <jixiao/io/scorecard_io.hpp>
#include <jixiao/io/table_import.hpp>
#include <jixiao/jixiao.hpp>
#include "test_files.hpp"

namespace jixiao {
namespace {

constexpr int kThreads = 4;
constexpr int kRounds = 3;

const std::string kData = JIXIAO_TEST_DATA;

// Runs `work(thread index)` on kThreads threads released together, and returns what
// each returned.
std::vector<std::string> on_threads(const std::function<std::string(int)>& work) {
  std::vector<std::string> out(kThreads);
  std::atomic<bool> go{false};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      while (!go.load()) std::this_thread::yield();
      std::string all;
      for (int r = 0; r < kRounds; ++r) all = work(t);
      out[static_cast<std::size_t>(t)] = std::move(all);
    });
  }
  go = true;
  for (auto& th : threads) th.join();
  return out;
}

void expect_all(const std::vector<std::string>& results, const std::string& expected) {
  ASSERT_FALSE(expected.empty());
  for (std::size_t t = 0; t < results.size(); ++t) EXPECT_EQ(results[t], expected) << "thread " << t;
}

PerformanceForm shared_form(const char* file) {
  auto r = io::load_form(kData + "/selfeval/" + file);
  EXPECT_TRUE(r.value.has_value()) << file;
  return r.value ? *r.value : PerformanceForm{};
}

TEST(ThreadSafety, LoadFormOfOneFile) {
  const std::string path = kData + "/selfeval/056_jishan.form.json";
  auto once = [&](int) {
    const auto r = io::load_form(path);
    return r.value ? io::save_form_to_string(*r.value, io::Format::json) : std::string("failed");
  };
  expect_all(on_threads(once), once(0));
}

TEST(ThreadSafety, SaveFormOfOneSharedForm) {
  const PerformanceForm form = shared_form("056_jishan.form.json");
  const io::Format formats[] = {io::Format::json, io::Format::xml, io::Format::info};
  auto once = [&](int) {
    std::string all;
    for (const auto f : formats) all += io::save_form_to_string(form, f);
    return all;
  };
  expect_all(on_threads(once), once(0));
}

TEST(ThreadSafety, ImportFormOfOneTable) {
  const std::string table = jixiao::test::read_file(kData + "/seed-suigang-2024-department.tsv");
  ASSERT_FALSE(table.empty());
  auto once = [&](int) {
    const auto r = io::import_form(table, "seed.tsv");
    return io::save_form_to_string(r.form, io::Format::json) + std::to_string(r.findings.size());
  };
  expect_all(on_threads(once), once(0));
}

TEST(ThreadSafety, TargetParse) {
  const std::vector<std::string> cells = {"≥95%", "≤30万元", "12月底前", "显著提升", "90%-95%", "≥100余人",
                                          "数量：10个；质量：95%", "≥abc", "2023年2月30日前", "≥ | 95 | %"};
  auto once = [&](int) {
    std::string all;
    for (const auto& c : cells) {
      const auto p = c.find(" | ") != std::string::npos ? Target::parse_cells(c) : Target::parse(c);
      all += p.ok() ? p.value().to_string() : p.diagnostics().front().message_in(Lang::zh);
      all += '\n';
    }
    return all;
  };
  const auto results = on_threads(once);
  expect_all(results, once(0));
}

// Composite units are interned in one process-wide table on first use: the threads
// race to intern the same new composites, in different orders.
TEST(ThreadSafety, UnitInternTable) {
  std::vector<std::string> spellings;
  for (const char* num : {"元", "万元", "人", "个", "吨", "千米", "万人次"}) {
    for (const char* den : {"亩", "人", "公里", "次", "年", "户", "平方米"}) spellings.push_back(std::string(num) + "/" + den);
  }
  for (const char* count : {"万户", "万套", "万册", "万株", "万头"}) spellings.emplace_back(count);
  auto once = [&](int t) {
    std::vector<std::string> seen(spellings.size());
    for (std::size_t k = 0; k < spellings.size(); ++k) {
      // Each thread walks the list from a different start.
      const std::size_t i = (k + static_cast<std::size_t>(t) * 7) % spellings.size();
      const Unit u = Unit::parse(spellings[i]);
      const Unit copy = u;  // shared infos are read and reference-counted across threads
      seen[i] = copy.symbol() + "|" + copy.base() + "|" + copy.factor().to_string();
    }
    std::string all;
    for (const auto& s : seen) all += s + '\n';
    return all;
  };
  const auto results = on_threads(once);
  expect_all(results, once(0));
}

TEST(ThreadSafety, BuiltinProfiles) {
  auto once = [&](int) {
    std::string all;
    for (const auto& name : io::builtin_profile_names()) all += io::write_profile(io::builtin_profile(name));
    return all;
  };
  expect_all(on_threads(once), once(0));
}

TEST(ThreadSafety, RuleSetCheckAndConfigOnOneSharedSet) {
  const RuleSet set = RuleSet::builtin(io::builtin_profile("national"));
  const PerformanceForm form = shared_form("01_yongde.form.json");
  const std::string config = R"({"rules": {"JX-Q009": {"parameters": {"threshold": "0.3"}}, "JX-F001": {"enabled": false}}})";
  auto once = [&](int) {
    const auto configured = io::read_rule_config(config, set);
    const RuleSet& use = configured.value ? *configured.value : set;
    return io::report_json(use.check(form)) + io::report_text(set.check(form), Lang::zh);
  };
  expect_all(on_threads(once), once(0));
}

TEST(ThreadSafety, ScoreOnSharedInputs) {
  const PerformanceForm form = shared_form("056_jishan.form.json");
  const Actuals actuals = actuals_from_form(form);
  const Profile profile = io::builtin_profile("jishan-2020");
  auto once = [&](int) { return io::scorecard_json(score(form, actuals, profile)); };
  const std::string expected = once(0);
  EXPECT_NE(expected.find("\"total\": \"98.86\""), std::string::npos) << "the published total, as tool.score_published";
  expect_all(on_threads(once), expected);
}

TEST(ThreadSafety, MonitorOnSharedInputs) {
  const PerformanceForm form = shared_form("01_yongde.form.json");
  const auto progress = io::load_progress(kData + "/monitoring/01_yongde.progress.json");
  ASSERT_TRUE(progress.value.has_value());
  const Profile profile;  // the national profile
  auto once = [&](int t) { return io::monitor_json(monitor(form, *progress.value, 6 + t % 2, profile)); };
  const auto results = on_threads(once);
  for (std::size_t t = 0; t < results.size(); ++t) EXPECT_EQ(results[t], once(static_cast<int>(t))) << "thread " << t;
}

}  // namespace
}  // namespace jixiao
