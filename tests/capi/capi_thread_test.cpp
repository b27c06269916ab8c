// The threading contract of the C ABI (docs/c-api.md): handles that are not modified may
// be shared. Eight threads check and score the seed form with one shared ruleset, profile
// and form, and each result equals the one-thread result. .ci/run also runs it under
// ThreadSanitizer. Links only the shared library.
#include <gtest/gtest.h>

#include <jixiao/jixiao.h>

#include <string>
#include <thread>
#include <vector>
#include "../test_files.hpp"

namespace {

using jixiao::test::read_file;

std::string take(char* text) {
  std::string copy = text != nullptr ? text : "<null>";
  jixiao_free(text);
  return copy;
}

// A custom check that reads only its inputs (so it is thread-safe) and finds one thing.
int count_check(void*, const char* form_json, const char*, jixiao_check_output* out) {
  const std::string form(form_json);
  const std::string findings = R"([{"path": "", "message_en": "form of )" + std::to_string(form.size()) + R"( bytes"}])";
  return jixiao_check_output_set(out, findings.data(), findings.size()) == JIXIAO_OK ? 0 : 1;
}

TEST(CApiThreads, EightThreadsShareOneRulesetProfileAndForm) {
  const std::string seed = read_file(JIXIAO_SOURCE_DIR "/examples/data/seed-suigang-2024-department.json");
  const std::string actuals = read_file(JIXIAO_TEST_DATA "/capi/seed.actuals.json");
  jixiao_form* form = nullptr;
  jixiao_profile* profile = nullptr;
  jixiao_ruleset* rules = nullptr;
  ASSERT_EQ(jixiao_form_load(seed.data(), seed.size(), "json", "seed.json", &form, nullptr), JIXIAO_OK);
  ASSERT_EQ(jixiao_profile_builtin("national", &profile), JIXIAO_OK);
  ASSERT_EQ(jixiao_ruleset_new(profile, &rules), JIXIAO_OK);
  const std::string rule = R"({"id": "ORG-SIZE", "severity": "info"})";
  ASSERT_EQ(jixiao_ruleset_add_check(rules, rule.data(), rule.size(), count_check, nullptr), JIXIAO_OK);

  char* out = nullptr;
  ASSERT_EQ(jixiao_check(rules, form, &out), JIXIAO_OK);
  const std::string report = take(out);
  ASSERT_EQ(jixiao_score(form, actuals.data(), actuals.size(), profile, &out), JIXIAO_OK);
  const std::string card = take(out);
  ASSERT_NE(report.find("ORG-SIZE"), std::string::npos);

  constexpr int kThreads = 8;
  constexpr int kRounds = 3;
  std::vector<std::string> reports(kThreads), cards(kThreads);
  std::vector<int> failures(kThreads, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < kRounds; ++round) {
        char* r = nullptr;
        char* c = nullptr;
        if (jixiao_check(rules, form, &r) != JIXIAO_OK) ++failures[t];
        if (jixiao_score(form, actuals.data(), actuals.size(), profile, &c) != JIXIAO_OK) ++failures[t];
        reports[t] = take(r);
        cards[t] = take(c);
        if (reports[t] != report || cards[t] != card) ++failures[t];
      }
    });
  }
  for (auto& thread : threads) thread.join();
  for (int t = 0; t < kThreads; ++t) {
    EXPECT_EQ(failures[t], 0) << "thread " << t;
    EXPECT_EQ(reports[t], report) << "thread " << t;
    EXPECT_EQ(cards[t], card) << "thread " << t;
  }
  jixiao_ruleset_free(rules);
  jixiao_profile_free(profile);
  jixiao_form_free(form);
}

}  // namespace
