// The rules API: findings and their rendering, rule sets (user rules, disabling,
// severities, parameters, configuration files), reports and their formats.
#include <gtest/gtest.h>

#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <thread>

#include <jixiao/io/profile_io.hpp>
#include <jixiao/io/report_io.hpp>
#include <jixiao/io/rule_config_io.hpp>

#include "rules_support.hpp"

namespace jixiao {
namespace {

using test::d;
using test::indicator;
using test::of;

PerformanceForm small_form() {
  PerformanceForm f;
  f.unit_name = "测试单位";
  f.goals = {"目标"};
  f.budget.breakdowns = {test::block(BreakdownKind::expenditure, "部门预算支出",
                                     {test::line(BudgetCategory::basic_expenditure, "基本支出", "10.00"),
                                      test::line(BudgetCategory::project_expenditure, "项目支出", "5.00")})};
  f.indicators = {indicator(Level1::output, Level2::quantity, "走访企业次数", "≥4", "≥4"),  // C003: no unit
                  indicator(Level1::benefit, Level2::social_benefit, "治安监控覆盖率", "100%", "100%")};
  return f;
}

TEST(Finding, MessageFillsNamedArgumentsAndKeepsUnknownOnes) {
  Finding f;
  f.rule_id = "JX-B006";
  f.severity = Severity::info;
  f.location.path = "/key_tasks";
  f.template_en = "planned {sum} of {base}, gap {gap} {nope}";
  f.template_zh = "合计 {sum}，差额 {gap}";
  f.arg("sum", d("895.93")).arg("base", d("1025.93")).arg("gap", d("130.00"));
  EXPECT_EQ(f.message(Lang::en), "planned 895.93 of 1025.93, gap 130.00 {nope}");
  EXPECT_EQ(f.message(Lang::zh), "合计 895.93，差额 130.00");
  EXPECT_EQ(f.render(Lang::en), "/key_tasks: info[JX-B006]: planned 895.93 of 1025.93, gap 130.00 {nope}");
  f.location.source = SourcePosition{"seed.tsv", 21, 5};
  EXPECT_EQ(f.render(Lang::zh), "seed.tsv:21:5: info[JX-B006]: 合计 895.93，差额 130.00");
  f.arg("gap", std::string("一百三十"));  // replacing keeps one argument
  EXPECT_EQ(f.arguments.size(), 3u);
  EXPECT_EQ(f.argument("gap")->text(), "一百三十");
}

TEST(Finding, SeverityNames) {
  EXPECT_EQ(from_string<Severity>("note"), Severity::info);
  const auto s = from_string<Severity>("warning");
  ASSERT_TRUE(s);
  EXPECT_EQ(std::string(to_string(*s)), "warning");
  EXPECT_FALSE(from_string<Severity>("fatal"));
}

// Positions as an importer would give them: the row of an indicator.
std::optional<SourcePosition> row_positions(std::string_view path) {
  if (path.rfind("/indicators/0", 0) == 0) return SourcePosition{"form.tsv", 7, 4};
  return std::nullopt;
}

TEST(RuleSet, LocatorAddsSourcePositions) {
  const Report located = RuleSet::builtin().check(small_form(), row_positions);
  const auto c003 = of(located, "JX-C003");
  ASSERT_EQ(c003.size(), 1u);
  EXPECT_EQ(c003[0].render(Lang::en).rfind("form.tsv:7:4: warning[JX-C003]: ", 0), 0u) << c003[0].render(Lang::en);
}

TEST(RuleSet, UserLambdaRuleDisableSeverityAndImmutability) {
  const RuleSet base = RuleSet::builtin();
  RuleInfo info;
  info.id = "ORG-001";
  info.title_zh = "单位名称含“测试”";
  info.title_en = "Test unit";
  info.default_severity = Severity::info;
  info.parameters = {{"word", "测试", "word to look for"}};
  const RuleSet mine = base.with(info, [](const PerformanceForm& f, const RuleContext& c, FindingSink& sink) {
    if (f.unit_name.find(c.text("word")) != std::string::npos) {
      sink.add("/unit_name", "含有 {word}", "contains {word}").arg("word", c.text("word"));
    }
  });
  EXPECT_TRUE(of(base.check(small_form()), "ORG-001").empty()) << "the original set is unchanged";
  auto found = of(mine.check(small_form()), "ORG-001");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].severity, Severity::info);
  EXPECT_EQ(found[0].message(Lang::en), "contains 测试");
  EXPECT_TRUE(of(mine.with_parameter("ORG-001", "word", "委员会").check(small_form()), "ORG-001").empty());

  const RuleSet strict = mine.with_severity("JX-C003", Severity::error);
  EXPECT_FALSE(strict.check(small_form()).ok());
  EXPECT_EQ(mine.severity("JX-C003"), Severity::warning);
  const RuleSet quiet = strict.without("JX-C003");
  EXPECT_FALSE(quiet.enabled("JX-C003"));
  EXPECT_TRUE(of(quiet.check(small_form()), "JX-C003").empty());

  EXPECT_THROW((void)mine.with(info, [](const PerformanceForm&, const RuleContext&, FindingSink&) {}), error);
  EXPECT_THROW((void)base.without("JX-Z999"), error);
  EXPECT_THROW((void)base.with_parameter("JX-Q009", "nope", "1"), error);
  EXPECT_THROW((void)base.with_parameter("JX-Q009", "threshold", "high"), error);
}

TEST(RuleSet, AThrowingRuleBecomesAFindingAndOthersStillRun) {
  RuleInfo info;
  info.id = "ORG-BUG";
  const RuleSet set = RuleSet::builtin().with(info, [](const PerformanceForm&, const RuleContext&, FindingSink&) {
    throw std::runtime_error("boom");
  });
  const Report r = set.check(small_form());
  auto found = of(r, "ORG-BUG");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].severity, Severity::error);
  EXPECT_NE(found[0].message(Lang::en).find("boom"), std::string::npos);
  EXPECT_EQ(of(r, "JX-C003").size(), 1u);
}

TEST(RuleSet, ConfiguredFromTextAndFiles) {
  const auto set = io::read_rule_config(R"({
    "rules": {"JX-C003": {"severity": "error"}, "JX-F001": {"enabled": "false"},
              "JX-Q009": {"parameters": {"threshold": "0.4"}}}
  })", RuleSet::builtin());
  ASSERT_TRUE(set.ok()) << set.findings.front().render(Lang::en);
  EXPECT_EQ(set.value->severity("JX-C003"), Severity::error);
  EXPECT_FALSE(set.value->enabled("JX-F001"));
  EXPECT_EQ(set.value->parameter("JX-Q009", "threshold"), "0.4");

  // Review thresholds are policy: they come from the profile, not the configuration.
  Profile strict;
  strict.satisfaction_minimum = d("90");
  strict.mandatory_level1 = {Level1::output, Level1::benefit, Level1::satisfaction};
  strict.review_rubric.warning_points = d("5");
  const RuleSet with_profile = set.value->with_profile(strict);
  EXPECT_EQ(with_profile.profile().satisfaction_minimum, d("90"));
  EXPECT_FALSE(with_profile.enabled("JX-F001")) << "switches survive a profile change";
  const Report r = with_profile.check(small_form());
  EXPECT_EQ(of(r, "JX-C006").size(), 1u) << "满意度 is now mandatory";

  const std::string dir = ::testing::TempDir();
  {
    std::ofstream(dir + "/rules.info") << "rules\n{\n  JX-C003\n  {\n    severity info\n  }\n}\n";
    std::ofstream(dir + "/rules.xml") << "<review><rules><JX-C003><enabled>false</enabled></JX-C003></rules></review>";
    std::ofstream(dir + "/bad.json") << R"({"rules": {"JX-Z999": {"enabled": "false"}}, "settings": {"taxonomy": "x"}})";
    std::ofstream(dir + "/broken.json") << "{ \"rules\": ";
  }
  const auto info = io::load_rule_config(dir + "/rules.info", RuleSet::builtin());
  ASSERT_TRUE(info.ok());
  EXPECT_EQ(info.value->severity("JX-C003"), Severity::info);
  const auto xml = io::load_rule_config(dir + "/rules.xml", RuleSet::builtin());
  ASSERT_TRUE(xml.ok()) << xml.findings.front().render(Lang::en);
  EXPECT_FALSE(xml.value->enabled("JX-C003"));
  const auto bad = io::load_rule_config(dir + "/bad.json", RuleSet::builtin());
  ASSERT_FALSE(bad.ok());
  ASSERT_EQ(bad.findings.size(), 2u);
  EXPECT_EQ(bad.findings[0].location.path, "/rules/JX-Z999");
  EXPECT_EQ(bad.findings[1].location.path, "/settings");
  EXPECT_NE(bad.findings[1].message(Lang::en).find("profile"), std::string::npos) << "says where settings went";
  EXPECT_EQ(bad.findings[1].location.source->line, 1u);
  const auto broken = io::load_rule_config(dir + "/broken.json", RuleSet::builtin());
  ASSERT_FALSE(broken.ok());
  EXPECT_EQ(broken.findings.front().rule_id, "JX-IO001");
  EXPECT_FALSE(io::load_rule_config(dir + "/missing.yaml", RuleSet::builtin()).ok());
  EXPECT_FALSE(io::load_rule_config(dir, RuleSet::builtin()).ok()) << "a directory is refused, not thrown";
}

TEST(RuleSet, ProfileSettings) {
  const Profile p = io::builtin_profile("national");
  const RuleSet set = RuleSet::builtin(p);
  EXPECT_EQ(set.profile().satisfaction_minimum, p.satisfaction_minimum);
  EXPECT_EQ(set.profile().mandatory_level1, p.mandatory_level1);
  EXPECT_EQ(set.parameter("JX-C011", "max_length"), std::to_string(p.indicator_name_max_chars));
  EXPECT_EQ(Profile().mandatory_level1, p.mandatory_level1) << "the default profile reviews as national";
}

TEST(RuleSet, CheckIsThreadSafeOnASharedSet) {
  const RuleSet set = RuleSet::builtin();
  const PerformanceForm form = small_form();
  const std::string expected = io::report_text(set.check(form), Lang::en);
  std::vector<std::string> results(4);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < results.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 20; ++i) results[t] = io::report_text(set.check(form), Lang::en);
    });
  }
  for (auto& t : threads) t.join();
  for (const auto& r : results) EXPECT_EQ(r, expected);
}

TEST(Report, SortedByLocationInFormOrderWithNumericIndices) {
  std::vector<Finding> fs(5);
  fs[0].location.path = "/indicators/10/name";
  fs[1].location.path = "/indicators/2/name";
  fs[2].location.path = "/key_tasks/0";
  fs[3].location.path = "/budget/breakdowns/0";
  fs[4].location.path = "";
  for (auto& f : fs) f.rule_id = "X";
  const Report r(fs, ReviewRubric{});
  std::vector<std::string> paths;
  for (const auto& f : r.findings()) paths.push_back(f.location.path);
  EXPECT_EQ(paths, (std::vector<std::string>{"", "/budget/breakdowns/0", "/key_tasks/0", "/indicators/2/name",
                                             "/indicators/10/name"}));
}

TEST(Report, CountsScoreAndGradeRubric) {
  auto make = [](int errors, int warnings, int infos) {
    std::vector<Finding> fs;
    for (int i = 0; i < errors; ++i) fs.push_back(Finding{"E", Severity::error, {}, {}, {}, {}, "", ""});
    for (int i = 0; i < warnings; ++i) fs.push_back(Finding{"W", Severity::warning, {}, {}, {}, {}, "", ""});
    for (int i = 0; i < infos; ++i) fs.push_back(Finding{"I", Severity::info, {}, {}, {}, {}, "", ""});
    return fs;
  };
  const ReviewRubric rubric;
  EXPECT_EQ(Report(make(0, 0, 9), rubric).grade(), ReviewGrade::excellent);
  EXPECT_EQ(Report(make(0, 10, 0), rubric).grade(), ReviewGrade::excellent);  // 90
  EXPECT_EQ(Report(make(0, 11, 0), rubric).grade(), ReviewGrade::good);       // 89
  EXPECT_EQ(Report(make(1, 0, 0), rubric).grade(), ReviewGrade::good);        // 90, capped by the error
  EXPECT_EQ(Report(make(2, 3, 0), rubric).grade(), ReviewGrade::fair);        // 77
  const Report poor(make(5, 0, 1), rubric);
  EXPECT_EQ(poor.grade(), ReviewGrade::poor);
  EXPECT_EQ(poor.score(), d("50"));
  EXPECT_EQ(poor.count(Severity::error), 5u);
  EXPECT_EQ(poor.count(Severity::info), 1u);
  EXPECT_FALSE(poor.ok());
  EXPECT_EQ(Report(make(20, 0, 0), rubric).score(), d("0"));
  ReviewRubric lenient;
  lenient.error_caps_at_good = false;
  EXPECT_EQ(Report(make(1, 0, 0), lenient).grade(), ReviewGrade::excellent);
}

TEST(Report, ReadingFindingsAreListedButCostNoPoints) {
  auto make = [](const char* id, Severity severity, int n) {
    return std::vector<Finding>(static_cast<std::size_t>(n), Finding{id, severity, {}, {}, {}, {}, "", ""});
  };
  const ReviewRubric rubric;
  // 116 unplaced cells and two review warnings: 98, listed together, graded 良 at best.
  const Report lossy(make("JX-I001", Severity::warning, 116), make("JX-Q013", Severity::warning, 2), rubric);
  EXPECT_EQ(lossy.score(), d("98"));
  EXPECT_EQ(lossy.count(Severity::warning), 118u);
  EXPECT_EQ(lossy.findings().size(), 118u);
  EXPECT_EQ(lossy.grade(), ReviewGrade::good);
  // Reading infos (a repair noted, nothing lost) neither cost points nor cap the grade.
  const Report noted(make("JX-I009", Severity::info, 3), make("JX-Q013", Severity::warning, 2), rubric);
  EXPECT_EQ(noted.grade(), ReviewGrade::excellent);
  // A reading error still fails the check.
  EXPECT_FALSE(Report(make("JX-IO001", Severity::error, 1), {}, rubric).ok());
  EXPECT_EQ(Report(make("JX-IO001", Severity::error, 1), {}, rubric).score(), d("100"));
}

TEST(Report, JsonAndSarifAreWellFormedAndCarryTheFindings) {
  const RuleSet set = RuleSet::builtin();
  const Report r = set.check(small_form(), row_positions);
  ASSERT_FALSE(r.findings().empty());

  boost::property_tree::ptree json;
  std::istringstream js(io::report_json(r));
  ASSERT_NO_THROW(boost::property_tree::read_json(js, json)) << io::report_json(r);
  EXPECT_EQ(json.get_child("findings").size(), r.findings().size());
  EXPECT_EQ(json.get<std::string>("counts.warning"), std::to_string(r.count(Severity::warning)));

  boost::property_tree::ptree sarif;
  std::istringstream ss(io::report_sarif(r, Lang::en, set.rules(), "form.json"));
  ASSERT_NO_THROW(boost::property_tree::read_json(ss, sarif));
  EXPECT_EQ(sarif.get<std::string>("version"), "2.1.0");
  const auto& run = sarif.get_child("runs").begin()->second;
  EXPECT_EQ(run.get_child("tool.driver.rules").size(), set.rules().size());
  const auto& results = run.get_child("results");
  ASSERT_EQ(results.size(), r.findings().size());
  bool saw_region = false;
  for (const auto& [k, res] : results) {
    (void)k;
    const auto level = res.get<std::string>("level");
    EXPECT_TRUE(level == "error" || level == "warning" || level == "note");
    if (res.get<std::string>("ruleId") == "JX-C003") {
      const auto& loc = res.get_child("locations").begin()->second;
      EXPECT_EQ(loc.get<std::string>("physicalLocation.artifactLocation.uri"), "form.tsv");
      EXPECT_EQ(loc.get<int>("physicalLocation.region.startLine"), 7);
      saw_region = true;
    }
  }
  EXPECT_TRUE(saw_region);
  // JSON escapes quotes and control characters in messages.
  Finding f;
  f.rule_id = "Q";
  f.template_en = "a \"quoted\"\tline\n";
  const Report q({f}, ReviewRubric{});
  std::istringstream qs(io::report_json(q));
  boost::property_tree::ptree qt;
  ASSERT_NO_THROW(boost::property_tree::read_json(qs, qt));
  EXPECT_EQ(qt.get_child("findings").begin()->second.get<std::string>("message_en"), "a \"quoted\"\tline\n");
}

TEST(Report, TextEndsWithSummary) {
  const Report r = RuleSet::builtin().check(small_form());
  const std::string en = io::report_text(r, Lang::en);
  EXPECT_NE(en.find("warning[JX-C003]"), std::string::npos);
  EXPECT_NE(en.find("suggested grade: "), std::string::npos);
  EXPECT_NE(io::report_text(r, Lang::zh).find("建议等级"), std::string::npos);
}

}  // namespace
}  // namespace jixiao
