// The C ABI against the C++ API (issue 12): the same call gives the same bytes; the
// rule configuration and custom checks; what a custom check may get wrong. The test
// links the shared library for jixiao_* and the static library for the C++ side.
#include <gtest/gtest.h>

#include <jixiao/io/form_io.hpp>
#include <jixiao/io/monitor_io.hpp>
#include <jixiao/io/observations_io.hpp>
#include <jixiao/io/profile_io.hpp>
#include <jixiao/io/report_io.hpp>
#include <jixiao/io/scorecard_io.hpp>
#include <jixiao/io/table_import.hpp>
#include <jixiao/io/target_json.hpp>
#include <jixiao/jixiao.h>
#include <jixiao/monitoring.hpp>
#include <jixiao/rules.hpp>
#include <jixiao/scoring.hpp>

#include <memory>
#include <string>
#include <thread>
#include <utility>
#include <vector>
#include "../test_files.hpp"

namespace {

using jixiao::test::read_file;

const std::string kSeedJson = read_file(JIXIAO_SOURCE_DIR "/examples/data/seed-suigang-2024-department.json");
const std::string kSeedTable = read_file(JIXIAO_TEST_DATA "/seed-suigang-2024-department.tsv");
const std::string kActuals = read_file(JIXIAO_TEST_DATA "/capi/seed.actuals.json");
const std::string kProgress = read_file(JIXIAO_TEST_DATA "/capi/seed.progress.json");

// A string the library returned, freed with jixiao_free.
struct Text {
  char* p = nullptr;
  ~Text() { jixiao_free(p); }
  std::string str() const { return p != nullptr ? std::string(p) : std::string("<null>"); }
};

struct Handles {
  jixiao_form* form = nullptr;
  jixiao_profile* profile = nullptr;
  jixiao_ruleset* rules = nullptr;
  ~Handles() {
    jixiao_form_free(form);
    jixiao_profile_free(profile);
    jixiao_ruleset_free(rules);
  }
};

void open(Handles& h, const std::string& text, const char* format) {
  Text findings;
  ASSERT_EQ(jixiao_form_load(text.data(), text.size(), format, "seed", &h.form, &findings.p), JIXIAO_OK)
      << jixiao_last_error_message();
  ASSERT_EQ(jixiao_profile_builtin("national", &h.profile), JIXIAO_OK);
  ASSERT_EQ(jixiao_ruleset_new(h.profile, &h.rules), JIXIAO_OK);
}

jixiao::PerformanceForm cpp_form() { return std::move(*jixiao::io::load_form_from_string(kSeedJson, jixiao::io::Format::json).value); }

TEST(CApi, CheckEqualsTheCppReportBytes) {
  Handles h;
  open(h, kSeedJson, "json");
  Text report;
  ASSERT_EQ(jixiao_check(h.rules, h.form, &report.p), JIXIAO_OK);
  auto loaded = jixiao::io::load_form_from_string(kSeedJson, jixiao::io::Format::json);
  const auto rules = jixiao::RuleSet::builtin(jixiao::io::builtin_profile("national"));
  const jixiao::Report review = rules.check(*loaded.value);
  std::vector<jixiao::Finding> all = loaded.findings;
  all.insert(all.end(), review.findings().begin(), review.findings().end());
  EXPECT_EQ(report.str(), jixiao::io::report_json(jixiao::Report(all, rules.profile().review_rubric)));
  EXPECT_NE(report.str().find("\"schema\": \"jixiao.report/1\""), std::string::npos);
}

TEST(CApi, CheckOfATableEqualsTheCppReportWithPositions) {
  Handles h;
  open(h, kSeedTable, "table");
  Text report;
  ASSERT_EQ(jixiao_check(h.rules, h.form, &report.p), JIXIAO_OK);
  auto imported = jixiao::io::import_form(kSeedTable, "seed");
  const auto rules = jixiao::RuleSet::builtin(jixiao::io::builtin_profile("national"));
  const auto& map = imported.source_map;
  const jixiao::Report review = rules.check(
      imported.form,
      [&](std::string_view path) -> std::optional<jixiao::SourcePosition> {
        const jixiao::SourcePosition* p = map.find(path);
        return p != nullptr ? std::optional<jixiao::SourcePosition>(*p) : std::nullopt;
      },
      imported.findings);
  std::vector<jixiao::Finding> all = imported.findings;
  all.insert(all.end(), review.findings().begin(), review.findings().end());
  EXPECT_EQ(report.str(), jixiao::io::report_json(jixiao::Report(all, rules.profile().review_rubric)));
  EXPECT_NE(report.str().find("\"file\": \"seed\""), std::string::npos) << report.str().substr(0, 600);
}

TEST(CApi, ScoreWithTheFormsActualsGivesTheirDiagnostics) {
  jixiao::PerformanceForm form = cpp_form();
  ASSERT_FALSE(form.indicators.empty());
  form.indicators[0].actual = "≥56";  // the comparator is dropped, with a diagnostic
  const std::string text = jixiao::io::save_form_to_string(form, jixiao::io::Format::json);
  Handles h;
  open(h, text, "json");
  Text carried;
  ASSERT_EQ(jixiao_score(h.form, nullptr, 0, h.profile, &carried.p), JIXIAO_OK) << jixiao_last_error_message();
  std::vector<jixiao::Diagnostic> diagnostics;
  const jixiao::Actuals actuals = jixiao::actuals_from_form(form, &diagnostics);
  ASSERT_FALSE(diagnostics.empty());
  EXPECT_EQ(carried.str(), jixiao::io::scorecard_json(
                               jixiao::score(form, actuals, jixiao::io::builtin_profile("national")), diagnostics));
  EXPECT_NE(carried.str().find(R"("actuals_diagnostics": [)" "\n"
                               R"(    {"code": "jixiao.actual.comparator_dropped", "message": "/indicators/0/actual: )"),
            std::string::npos)
      << carried.str();
  // Actuals from a document: nothing was read from the form, so no diagnostics.
  Text given;
  ASSERT_EQ(jixiao_score(h.form, kActuals.data(), kActuals.size(), h.profile, &given.p), JIXIAO_OK);
  EXPECT_NE(given.str().find(R"("actuals_diagnostics": [])"), std::string::npos) << given.str();
}

TEST(CApi, ScoreAndMonitorEqualTheCppBytes) {
  Handles h;
  open(h, kSeedJson, "json");
  const auto form = cpp_form();
  const auto profile = jixiao::io::builtin_profile("national");
  Text card;
  ASSERT_EQ(jixiao_score(h.form, kActuals.data(), kActuals.size(), h.profile, &card.p), JIXIAO_OK);
  EXPECT_EQ(card.str(), jixiao::io::scorecard_json(jixiao::score(form, *jixiao::io::read_actuals(kActuals).value, profile)));
  Text carried;
  ASSERT_EQ(jixiao_score(h.form, nullptr, 0, h.profile, &carried.p), JIXIAO_OK);
  EXPECT_EQ(carried.str(), jixiao::io::scorecard_json(jixiao::score(form, jixiao::actuals_from_form(form), profile)));
  Text monitored;
  ASSERT_EQ(jixiao_monitor(h.form, kProgress.data(), kProgress.size(), 6, h.profile, &monitored.p), JIXIAO_OK);
  EXPECT_EQ(monitored.str(),
            jixiao::io::monitor_json(jixiao::monitor(form, *jixiao::io::read_progress(kProgress).value, 6, profile)));
}

TEST(CApi, SaveAndTargetEqualTheCppBytes) {
  Handles h;
  open(h, kSeedJson, "json");
  for (const char* format : {"json", "xml", "info"}) {
    Text saved;
    ASSERT_EQ(jixiao_form_save(h.form, format, &saved.p), JIXIAO_OK);
    EXPECT_EQ(saved.str(), jixiao::io::save_form_to_string(cpp_form(), *jixiao::from_string<jixiao::io::Format>(format)));
  }
  const std::string target = "不低于95％";
  Text parsed;
  ASSERT_EQ(jixiao_parse_target(target.data(), target.size(), &parsed.p), JIXIAO_OK);
  EXPECT_EQ(parsed.str(), jixiao::io::target_json(target, jixiao::Target::parse(target), jixiao::Lang::en));
  EXPECT_NE(parsed.str().find("\"lo\":\"95\""), std::string::npos) << parsed.str();
  const std::string bad = "≥**%";
  Text rejected;
  EXPECT_EQ(jixiao_parse_target(bad.data(), bad.size(), &rejected.p), JIXIAO_PARSE_ERROR);
  EXPECT_NE(rejected.str().find("\"kind\":\"unparseable\""), std::string::npos) << rejected.str();
  EXPECT_NE(std::string(jixiao_last_error_message()).find("placeholder"), std::string::npos) << jixiao_last_error_message();
}

TEST(CApi, ListsRulesAndProfiles) {
  Text rules, profiles;
  ASSERT_EQ(jixiao_list_rules(&rules.p), JIXIAO_OK);
  for (const auto& r : jixiao::builtin_rules())
    EXPECT_NE(rules.str().find("{\"id\":\"" + r->info().id + "\""), std::string::npos) << r->info().id;
  ASSERT_EQ(jixiao_list_profiles(&profiles.p), JIXIAO_OK);
  for (const auto& name : jixiao::io::builtin_profile_names())
    EXPECT_NE(profiles.str().find("\"" + name + "\""), std::string::npos) << name;
}

TEST(CApi, RuleConfigurationDisablesARule) {
  Handles h;
  open(h, kSeedJson, "json");
  Text before;
  ASSERT_EQ(jixiao_check(h.rules, h.form, &before.p), JIXIAO_OK);
  ASSERT_NE(before.str().find("\"rule_id\": \"JX-Q010\""), std::string::npos);
  const std::string config = R"({"rules": {"JX-Q010": {"enabled": "false"}}})";
  Text findings;
  ASSERT_EQ(jixiao_ruleset_configure(h.rules, config.data(), config.size(), &findings.p), JIXIAO_OK);
  EXPECT_EQ(findings.str(), "[]\n");
  Text after;
  ASSERT_EQ(jixiao_check(h.rules, h.form, &after.p), JIXIAO_OK);
  EXPECT_EQ(after.str().find("\"rule_id\": \"JX-Q010\""), std::string::npos);
  const std::string wrong = R"({"rules": {"JX-NOPE": {"enabled": "false"}}})";
  Text problems;
  EXPECT_EQ(jixiao_ruleset_configure(h.rules, wrong.data(), wrong.size(), &problems.p), JIXIAO_PARSE_ERROR);
  EXPECT_NE(problems.str().find("JX-IO015"), std::string::npos) << problems.str();
  EXPECT_NE(std::string(jixiao_last_error_message()).find("JX-NOPE"), std::string::npos) << jixiao_last_error_message();
}

// A custom check: returns what `user` holds, and counts its calls.
struct Reply {
  std::string json;
  int rc = 0;
  int calls = 0;
  std::string parameters;
  bool saw_form = false;
  std::string failure;  // passed to jixiao_check_output_fail when not empty
};

int reply_check(void* user, const char* form_json, const char* parameters_json, jixiao_check_output* out) {
  auto* reply = static_cast<Reply*>(user);
  ++reply->calls;
  reply->parameters = parameters_json;
  reply->saw_form = std::string(form_json).find("\"schema\": \"jixiao.form/1\"") != std::string::npos;
  if (!reply->json.empty()) jixiao_check_output_set(out, reply->json.data(), reply->json.size());
  if (!reply->failure.empty()) jixiao_check_output_fail(out, reply->failure.data(), reply->failure.size());
  return reply->rc;
}

std::string check_with(Reply& reply, const std::string& config = {}) {
  Handles h;
  open(h, kSeedJson, "json");
  const std::string rule = R"({"id": "ORG-001", "severity": "error", "title_zh": "自定义", "title_en": "custom",
                               "parameters": {"minimum": "3"}})";
  EXPECT_EQ(jixiao_ruleset_add_check(h.rules, rule.data(), rule.size(), reply_check, &reply), JIXIAO_OK)
      << jixiao_last_error_message();
  if (!config.empty()) {
    Text findings;
    EXPECT_EQ(jixiao_ruleset_configure(h.rules, config.data(), config.size(), &findings.p), JIXIAO_OK) << findings.str();
  }
  Text report;
  EXPECT_EQ(jixiao_check(h.rules, h.form, &report.p), JIXIAO_OK);
  return report.str();
}

TEST(CApi, ACustomCheckFindingComesOutBesideTheBuiltInOnes) {
  Reply reply;
  reply.json = R"([{"path": "/indicators/3", "message_zh": "数量{n}过少", "message_en": "count {n} too low",
                    "arguments": {"n": "4"}, "expected": "≥5", "actual": "4"}])";
  const std::string report = check_with(reply, R"({"rules": {"ORG-001": {"parameters": {"minimum": "5"}}}})");
  EXPECT_EQ(reply.calls, 1);
  EXPECT_TRUE(reply.saw_form);
  EXPECT_EQ(reply.parameters, R"({"minimum":"5"})");
  EXPECT_NE(report.find(R"({"rule_id": "ORG-001", "severity": "error", "path": "/indicators/3", "source": null, "message_zh": "数量4过少", "message_en": "count 4 too low", "arguments": {"n": "4"}, "expected": "≥5", "actual": "4"})"),
            std::string::npos)
      << report;
  EXPECT_NE(report.find("\"rule_id\": \"JX-Q010\""), std::string::npos);
}

TEST(CApi, ACustomCheckThatFailsGivesAFindingNotACrash) {
  const std::pair<const char*, const char*> cases[] = {
      {"not json", "is not JSON"},
      {R"({"path": "/x"})", "not a JSON array"},
      {R"([{"path": "x", "message_en": "m"}])", "not a JSON Pointer"},
      {R"([{"path": "/x"}])", "no message_zh or message_en"},
      {"[\"\xff\"]", "not UTF-8"},
      {R"([{"path": "/x", "message_en": "m", "colour": "red"}])", "unknown member"},
  };
  for (const auto& [json, why] : cases) {
    Reply reply;
    reply.json = json;
    const std::string report = check_with(reply);
    EXPECT_NE(report.find("rule ORG-001 could not finish"), std::string::npos) << json << "\n" << report;
    EXPECT_NE(report.find(why), std::string::npos) << json << "\n" << report;
  }
  Reply failing;
  failing.rc = 7;
  EXPECT_NE(check_with(failing).find("the check returned 7"), std::string::npos);
}

TEST(CApi, AFailingCheckSaysWhyInItsFinding) {
  Reply failing;
  failing.rc = 1;
  failing.failure = "KeyError: 'unit_name' \"quoted\"\n  line 2";
  const std::string report = check_with(failing);
  EXPECT_NE(report.find(R"(rule ORG-001 could not finish: the check returned 1: KeyError: 'unit_name' \"quoted\"\n  line 2")"),
            std::string::npos)
      << report;
  // A message given with a return of 0 still fails the check, and its findings are dropped.
  Reply zero;
  zero.json = R"([{"path": "/x", "message_en": "dropped finding"}])";
  zero.failure = "half done";
  const std::string zero_report = check_with(zero);
  EXPECT_NE(zero_report.find("could not finish: the check returned 0: half done"), std::string::npos) << zero_report;
  EXPECT_EQ(zero_report.find("dropped finding"), std::string::npos) << zero_report;
}

TEST(CApi, AFailureMessageIsMadeValidTextAndCut) {
  Reply bad;
  bad.rc = 2;
  bad.failure = std::string("bad \xff\xfe byte \x01 and \xe4\xb8");  // invalid UTF-8, a control, a cut character
  const std::string report = check_with(bad);
  EXPECT_NE(report.find("the check returned 2: bad \uFFFD\uFFFD byte \uFFFD and \uFFFD"), std::string::npos)
      << report;
  EXPECT_EQ(report.find('\xff'), std::string::npos);
  EXPECT_EQ(report.find('\x01'), std::string::npos);

  Reply longer;
  longer.rc = 1;
  longer.failure = std::string(4094, 'x') + "中" + std::string(5000, 'y');  // 中 would end at byte 4097
  const std::string cut = check_with(longer);
  EXPECT_NE(cut.find("returned 1: " + std::string(4094, 'x') + "…\""), std::string::npos);
  EXPECT_EQ(cut.find(std::string(4095, 'x')), std::string::npos);
  EXPECT_EQ(cut.find("x中"), std::string::npos);
  EXPECT_EQ(cut.find("yyy"), std::string::npos);
}

TEST(CApi, OutputFailRefusesNullAndEmpty) {
  EXPECT_EQ(jixiao_check_output_fail(nullptr, "x", 1), JIXIAO_INVALID_ARGUMENT);
  EXPECT_NE(std::string(jixiao_last_error_message()).find("output is NULL"), std::string::npos);
  // Inside a callback: NULL and empty messages are refused and leave the check to its return value.
  const auto check = [](void* user, const char*, const char*, jixiao_check_output* out) {
    auto* statuses = static_cast<std::vector<jixiao_status>*>(user);
    statuses->push_back(jixiao_check_output_fail(out, nullptr, 3));
    statuses->push_back(jixiao_check_output_fail(out, "", 0));
    return 0;
  };
  std::vector<jixiao_status> statuses;
  Handles h;
  open(h, kSeedJson, "json");
  const std::string rule = R"({"id": "ORG-002"})";
  ASSERT_EQ(jixiao_ruleset_add_check(h.rules, rule.data(), rule.size(), check, &statuses), JIXIAO_OK);
  Text report;
  ASSERT_EQ(jixiao_check(h.rules, h.form, &report.p), JIXIAO_OK);
  EXPECT_EQ(statuses, (std::vector<jixiao_status>{JIXIAO_INVALID_ARGUMENT, JIXIAO_INVALID_ARGUMENT}));
  EXPECT_EQ(report.str().find("ORG-002"), std::string::npos) << report.str();
}

TEST(CApi, AddCheckRefusesADuplicateOrNamelessRule) {
  Handles h;
  open(h, kSeedJson, "json");
  Reply reply;
  const std::string builtin = R"({"id": "JX-Q010"})";
  EXPECT_EQ(jixiao_ruleset_add_check(h.rules, builtin.data(), builtin.size(), reply_check, &reply),
            JIXIAO_INVALID_ARGUMENT);
  EXPECT_NE(std::string(jixiao_last_error_message()).find("duplicate"), std::string::npos) << jixiao_last_error_message();
  const std::string nameless = R"({"severity": "info"})";
  EXPECT_EQ(jixiao_ruleset_add_check(h.rules, nameless.data(), nameless.size(), reply_check, &reply),
            JIXIAO_INVALID_ARGUMENT);
  const std::string bad_severity = R"({"id": "ORG-2", "severity": "fatal"})";
  EXPECT_EQ(jixiao_ruleset_add_check(h.rules, bad_severity.data(), bad_severity.size(), reply_check, &reply),
            JIXIAO_INVALID_ARGUMENT);
  EXPECT_EQ(jixiao_ruleset_add_check(h.rules, builtin.data(), builtin.size(), nullptr, &reply), JIXIAO_INVALID_ARGUMENT);
}

TEST(CApi, LastErrorIsPerThreadAndClearedBySuccess) {
  EXPECT_EQ(jixiao_profile_builtin("atlantis", nullptr), JIXIAO_INVALID_ARGUMENT);
  jixiao_profile* p = nullptr;
  EXPECT_EQ(jixiao_profile_builtin("atlantis", &p), JIXIAO_INVALID_ARGUMENT);
  EXPECT_EQ(p, nullptr);
  EXPECT_EQ(jixiao_last_error_code(), JIXIAO_INVALID_ARGUMENT);
  EXPECT_NE(std::string(jixiao_last_error_message()).find("atlantis"), std::string::npos);
  std::string other_thread;
  std::thread([&] { other_thread = std::to_string(jixiao_last_error_code()) + jixiao_last_error_message(); }).join();
  EXPECT_EQ(other_thread, "0");
  ASSERT_EQ(jixiao_profile_builtin("national", &p), JIXIAO_OK);
  EXPECT_EQ(jixiao_last_error_code(), JIXIAO_OK);
  EXPECT_STREQ(jixiao_last_error_message(), "");
  jixiao_profile_free(p);
}

}  // namespace
