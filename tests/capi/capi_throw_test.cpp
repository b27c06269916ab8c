// No C++ exception crosses the C ABI (docs/c-api.md): in the test-hook build of the
// shared library (JIXIAO_CAPI_TEST_HOOKS) every guarded entry point first throws when
// JIXIAO_CAPI_FORCE_THROW is set, a std::exception or ("other") an int. Each call must
// return JIXIAO_INTERNAL with a message naming the entry point, not abort. The list of
// calls made here is compared with tests/data/capi/exports.txt, so a new entry point
// cannot be left out of this test.
#include <gtest/gtest.h>

#include <jixiao/jixiao.h>

#include <cstdlib>
#include <fstream>
#include <functional>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>
#include "../test_files.hpp"

namespace {

using jixiao::test::read_file;

int no_check(void*, const char*, const char*, jixiao_check_output*) { return 0; }

// Calls that return no status: version, the frees and the last-error readers.
const std::set<std::string> kUnguarded = {"jixiao_version",          "jixiao_free",         "jixiao_form_free",
                                          "jixiao_profile_free",     "jixiao_ruleset_free", "jixiao_last_error_code",
                                          "jixiao_last_error_message"};

class CApiThrow : public ::testing::TestWithParam<const char*> {};

TEST_P(CApiThrow, EveryEntryPointReturnsInternal) {
  const std::string seed = read_file(JIXIAO_SOURCE_DIR "/examples/data/seed-suigang-2024-department.json");
  const std::string actuals = read_file(JIXIAO_TEST_DATA "/capi/seed.actuals.json");
  const std::string progress = read_file(JIXIAO_TEST_DATA "/capi/seed.progress.json");
  const std::string profile_text(read_file(JIXIAO_SOURCE_DIR "/profiles/national.info"));
  const std::string config = R"({"rules": {"JX-Q010": {"enabled": "false"}}})";
  const std::string rule = R"({"id": "ORG-1"})";
  const std::string target = "≥95%";

  jixiao_form* form = nullptr;
  jixiao_profile* profile = nullptr;
  jixiao_ruleset* rules = nullptr;
  ASSERT_EQ(jixiao_form_load(seed.data(), seed.size(), "json", nullptr, &form, nullptr), JIXIAO_OK);
  ASSERT_EQ(jixiao_profile_builtin("national", &profile), JIXIAO_OK);
  ASSERT_EQ(jixiao_ruleset_new(profile, &rules), JIXIAO_OK);

  char* out = nullptr;
  jixiao_form* form2 = nullptr;
  jixiao_profile* profile2 = nullptr;
  jixiao_ruleset* rules2 = nullptr;
  const std::vector<std::pair<std::string, std::function<jixiao_status()>>> calls = {
      {"jixiao_form_load", [&] { return jixiao_form_load(seed.data(), seed.size(), "json", "x", &form2, &out); }},
      {"jixiao_form_save", [&] { return jixiao_form_save(form, "json", &out); }},
      {"jixiao_profile_builtin", [&] { return jixiao_profile_builtin("national", &profile2); }},
      {"jixiao_profile_load", [&] { return jixiao_profile_load(profile_text.data(), profile_text.size(), &profile2, &out); }},
      {"jixiao_ruleset_new", [&] { return jixiao_ruleset_new(profile, &rules2); }},
      {"jixiao_ruleset_configure", [&] { return jixiao_ruleset_configure(rules, config.data(), config.size(), &out); }},
      {"jixiao_ruleset_add_check", [&] { return jixiao_ruleset_add_check(rules, rule.data(), rule.size(), no_check, nullptr); }},
      {"jixiao_check_output_set", [&] { return jixiao_check_output_set(nullptr, "[]", 2); }},
      {"jixiao_check_output_fail", [&] { return jixiao_check_output_fail(nullptr, "why", 3); }},
      {"jixiao_check", [&] { return jixiao_check(rules, form, &out); }},
      {"jixiao_score", [&] { return jixiao_score(form, actuals.data(), actuals.size(), profile, &out); }},
      {"jixiao_monitor", [&] { return jixiao_monitor(form, progress.data(), progress.size(), 6, profile, &out); }},
      {"jixiao_parse_target", [&] { return jixiao_parse_target(target.data(), target.size(), &out); }},
      {"jixiao_list_rules", [&] { return jixiao_list_rules(&out); }},
      {"jixiao_list_profiles", [&] { return jixiao_list_profiles(&out); }},
  };

  // Every exported call is either here or known to return no status.
  std::set<std::string> covered = kUnguarded;
  for (const auto& call : calls) covered.insert(call.first);
  std::set<std::string> exported;
  std::ifstream exports(JIXIAO_TEST_DATA "/capi/exports.txt");
  for (std::string name; std::getline(exports, name);)
    if (!name.empty()) exported.insert(name);
  EXPECT_EQ(covered, exported);

  ASSERT_EQ(setenv("JIXIAO_CAPI_FORCE_THROW", GetParam(), 1), 0);
  for (const auto& [name, call] : calls) {
    EXPECT_EQ(call(), JIXIAO_INTERNAL) << name;
    EXPECT_EQ(jixiao_last_error_code(), JIXIAO_INTERNAL) << name;
    const std::string message = jixiao_last_error_message();
    EXPECT_EQ(message.rfind(name + ": internal error: ", 0), 0u) << message;
    EXPECT_EQ(out, nullptr) << name;
    EXPECT_EQ(form2, nullptr) << name;
    EXPECT_EQ(profile2, nullptr) << name;
    EXPECT_EQ(rules2, nullptr) << name;
  }
  ASSERT_EQ(unsetenv("JIXIAO_CAPI_FORCE_THROW"), 0);
  EXPECT_EQ(jixiao_check(rules, form, &out), JIXIAO_OK);  // the hook is off again
  jixiao_free(out);
  jixiao_ruleset_free(rules);
  jixiao_profile_free(profile);
  jixiao_form_free(form);
}

INSTANTIATE_TEST_SUITE_P(Kinds, CApiThrow, ::testing::Values("std", "other"));

}  // namespace
