// Issue 18, what a host embedding jixiao relies on: a rule configuration that is
// symmetric and typed, rule parameters with a type and range, a rule that throws, the
// default Profile, block weights beside rows' own 分值, diagnostics in Chinese, and
// docs/rules.md telling the national profile's real numbers.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

#include <jixiao/io/form_io.hpp>
#include <jixiao/io/profile_io.hpp>
#include <jixiao/io/rule_config_io.hpp>
#include <jixiao/io/rules_markdown.hpp>
#include <jixiao/jixiao.hpp>

namespace jixiao {
namespace {

// The findings of `id` in `findings`.
template <class Findings>
std::vector<Finding> with_id(const Findings& findings, const std::string& id) {
  std::vector<Finding> out;
  for (const auto& f : findings) {
    if (f.rule_id == id) out.push_back(f);
  }
  return out;
}

io::ReadResult<RuleSet> configure(const std::string& text, const RuleSet& base = RuleSet::builtin()) {
  return io::read_rule_config(text, base);
}

std::string all_messages(const std::vector<Finding>& findings) {
  std::string out;
  for (const auto& f : findings) out += f.render(Lang::en) + "\n";
  return out;
}

// ---- "enabled" is symmetric ---------------------------------------------------------

TEST(RuleConfig, EnabledTrueReEnablesARuleTheBaseDisabled) {
  const RuleSet base = RuleSet::builtin().without("JX-C003");
  ASSERT_FALSE(base.enabled("JX-C003"));
  for (const char* text : {R"({"rules": {"JX-C003": {"enabled": true}}})", R"({"rules": {"JX-C003": {"enabled": "true"}}})",
                           "rules\n{\n  JX-C003\n  {\n    enabled true\n  }\n}\n",
                           "<c><rules><JX-C003><enabled>1</enabled></JX-C003></rules></c>"}) {
    const auto r = configure(text, base);
    ASSERT_TRUE(r.ok()) << text << "\n" << all_messages(r.findings);
    EXPECT_TRUE(r.value->enabled("JX-C003")) << text;
  }
  const auto off = configure(R"({"rules": {"JX-C003": {"enabled": false}}})");
  ASSERT_TRUE(off.ok());
  EXPECT_FALSE(off.value->enabled("JX-C003"));
  EXPECT_TRUE(base.with_enabled("JX-C003", true).enabled("JX-C003"));
  EXPECT_THROW((void)base.with_enabled("JX-Z999", true), error);
}

// ---- a value of the wrong type is reported, with its position -----------------------

TEST(RuleConfig, AValueOfTheWrongTypeIsReportedWithItsPosition) {
  struct Case {
    const char* text;
    const char* id;
    const char* path;
    std::size_t line;
  };
  const Case cases[] = {
      {"{\"rules\": {\n  \"JX-Q009\": {\"parameters\": \"0.3\"}}}", "JX-IO013", "/rules/JX-Q009/parameters", 2},
      {"{\"rules\": {\n  \"JX-Q009\": {\"parameters\": {\n    \"threshold\": {\"a\": \"0.3\"}}}}}", "JX-IO013",
       "/rules/JX-Q009/parameters/threshold", 3},
      {"{\"rules\": {\n  \"JX-Q004\": {\"parameters\": {\"exempt\": [\"增长\"]}}}}", "JX-IO013",
       "/rules/JX-Q004/parameters/exempt", 2},
      {"{\"rules\": {\n  \"JX-F001\": \"off\"}}", "JX-IO013", "/rules/JX-F001", 2},
      {"{\"rules\": \"all\"}", "JX-IO013", "/rules", 1},
      {"{\"rules\": {\"JX-F001\": {\n  \"enabled\": {\"value\": true}}}}", "JX-IO013", "/rules/JX-F001/enabled", 2},
      {"{\"rules\": {\"JX-F001\": {\n  \"enabled\": \"yes\"}}}", "JX-IO015", "/rules/JX-F001/enabled", 2},
      {"{\"rules\": {\"JX-F001\": {\n  \"severity\": [\"error\"]}}}", "JX-IO013", "/rules/JX-F001/severity", 2},
      {"{\"rules\": {\"JX-B003\": {\"parameters\": {\n  \"base\": \"everything\"}}}}", "JX-IO015",
       "/rules/JX-B003/parameters/base", 2},
      {"{\"rules\": {\"JX-Q009\": {\"parameters\": {\n  \"treshold\": \"0.3\"}}}}", "JX-IO011",
       "/rules/JX-Q009/parameters/treshold", 2},
  };
  for (const auto& c : cases) {
    const auto r = configure(c.text);
    EXPECT_FALSE(r.ok()) << c.text;
    EXPECT_FALSE(r.value.has_value()) << c.text << ": a bad configuration is not applied";
    const auto found = with_id(r.findings, c.id);
    ASSERT_EQ(found.size(), 1u) << c.text << "\n" << all_messages(r.findings);
    EXPECT_EQ(found[0].location.path, c.path) << c.text;
    ASSERT_TRUE(found[0].location.source.has_value()) << c.text;
    EXPECT_EQ(found[0].location.source->line, c.line) << c.text;
  }
}

// ---- parameters have a type and a range, checked when set -----------------------------

TEST(RuleParameters, BuiltInParametersDeclareTypeAndRange) {
  for (const auto& rule : builtin_rules()) {
    for (const auto& p : rule->info().parameters) {
      EXPECT_TRUE(parameter_problem(p, p.default_value).empty()) << rule->info().id << " " << p.name;
      if (p.name == "exempt") continue;  // a free list of words
      EXPECT_NE(p.type, ParameterType::text) << rule->info().id << " " << p.name << " declares its type";
    }
  }
}

TEST(RuleParameters, OutOfRangeValuesAreRefusedFromTheApiAndFromAFile) {
  const RuleSet set = RuleSet::builtin();
  struct Case {
    const char* id;
    const char* name;
    const char* value;
  };
  // `decimals` 3000000000 used to wrap to −1486618625 in the JX-B008 message.
  const Case bad[] = {{"JX-B008", "decimals", "3000000000"}, {"JX-B008", "decimals", "-1"},
                      {"JX-B008", "decimals", "2.5"},        {"JX-B008", "decimals", "19"},
                      {"JX-Q009", "threshold", "1.5"},       {"JX-Q010", "threshold", "-0.1"},
                      {"JX-B009", "tolerance", "-1"},        {"JX-C011", "max_length", "0"},
                      {"JX-B003", "base", "department"}};
  for (const auto& c : bad) {
    try {
      (void)set.with_parameter(c.id, c.name, c.value);
      ADD_FAILURE() << c.id << " " << c.name << " = " << c.value << " was accepted";
    } catch (const error& e) {
      EXPECT_EQ(e.code(), "jixiao.rules.bad_parameter");
    }
    const std::string text =
        std::string("{\"rules\": {\"") + c.id + "\": {\"parameters\": {\"" + c.name + "\": \"" + c.value + "\"}}}}";
    const auto r = configure(text);
    EXPECT_FALSE(r.ok()) << text;
    EXPECT_EQ(with_id(r.findings, "JX-IO015").size(), 1u) << text << "\n" << all_messages(r.findings);
  }
  EXPECT_EQ(set.with_parameter("JX-B008", "decimals", "4").parameter("JX-B008", "decimals"), "4");
  EXPECT_EQ(set.with_parameter("JX-Q009", "threshold", "1").parameter("JX-Q009", "threshold"), "1");
  EXPECT_EQ(set.with_parameter("JX-B003", "base", "project").parameter("JX-B003", "base"), "project");
}

TEST(RuleParameters, AUserRuleWhoseDefaultBreaksItsDeclarationIsRefused) {
  RuleInfo info;
  info.id = "ORG-001";
  info.parameters = {{"limit", "many", "how many", ParameterType::integer, Decimal(0), Decimal(10), {}}};
  auto nothing = [](const PerformanceForm&, const RuleContext&, FindingSink&) {};
  EXPECT_THROW((void)RuleSet::builtin().with(info, nothing), error);
  info.parameters[0].default_value = "3";
  int seen = -1;
  const RuleSet set = RuleSet::builtin().with(info, [&](const PerformanceForm&, const RuleContext& ctx, FindingSink&) {
    seen = ctx.integer("limit");
  });
  (void)set.with_parameter("ORG-001", "limit", "7").check(PerformanceForm{});
  EXPECT_EQ(seen, 7);
  EXPECT_THROW((void)set.with_parameter("ORG-001", "limit", "11"), error);
}

// ---- the same rule or key twice; a syntax error has a line --------------------------

TEST(RuleConfig, ARuleGivenTwiceIsReported) {
  const auto r = configure("{\"rules\": {\n  \"JX-C003\": {\"severity\": \"error\"},\n  \"JX-C003\": {\"severity\": \"info\"}}}");
  EXPECT_FALSE(r.ok());
  const auto twice = with_id(r.findings, "JX-IO017");
  ASSERT_EQ(twice.size(), 1u) << all_messages(r.findings);
  EXPECT_EQ(twice[0].location.path, "/rules/JX-C003");
  EXPECT_NE(twice[0].message(Lang::en).find("2 times"), std::string::npos);
  const auto info = configure("rules\n{\n  JX-Q009\n  {\n    parameters\n    {\n      threshold 0.3\n      threshold 0.5\n    }\n  }\n}\n");
  EXPECT_EQ(with_id(info.findings, "JX-IO017").size(), 1u) << all_messages(info.findings);
}

TEST(RuleConfig, ASyntaxErrorHasALine) {
  for (const char* text : {"{\"rules\": {\n  \"JX-C003\": {\"severity\": \"error\",,\n}}}",
                           "rules\n{\n  JX-C003\n  {\n    severity error\n  \n}\n"}) {
    const auto r = configure(text);
    ASSERT_FALSE(r.ok());
    ASSERT_FALSE(r.findings.empty());
    EXPECT_EQ(r.findings.front().rule_id, "JX-IO001") << text;
    ASSERT_TRUE(r.findings.front().location.source.has_value()) << text;
    EXPECT_GE(r.findings.front().location.source->line, 2u) << text << "\n" << all_messages(r.findings);
  }
}

// ---- negative points never raise the review score ------------------------------------

TEST(ReviewRubric, NegativePointsAreRefusedInAProfileAndDeductNothingFromCode) {
  const auto p = io::read_profile("name x\nreview\n{\n    rubric\n    {\n        warning_points -70\n    }\n}\n");
  EXPECT_FALSE(p.ok());
  ASSERT_EQ(with_id(p.findings, "JX-IO019").size(), 1u) << all_messages(p.findings);
  EXPECT_EQ(with_id(p.findings, "JX-IO019")[0].location.source->line, 6u);

  ReviewRubric rubric;
  rubric.warning_points = Decimal(-70);
  std::vector<Finding> fs(1);
  fs[0].rule_id = "W";
  fs[0].severity = Severity::warning;
  EXPECT_EQ(Report(fs, rubric).score(), Decimal(100));
  fs.push_back(fs[0]);
  fs[1].severity = Severity::error;
  EXPECT_EQ(Report(fs, rubric).score(), Decimal(90)) << "the error still costs its points";
}

// ---- a rule that throws ----------------------------------------------------------------

struct HostBug : std::logic_error {
  using std::logic_error::logic_error;
};

RuleSet with_throwing_rule(Severity severity) {
  RuleInfo info;
  info.id = "ORG-BUG";
  info.default_severity = severity;
  return RuleSet().with(info, [](const PerformanceForm&, const RuleContext&, FindingSink&) { throw HostBug("boom"); });
}

TEST(RuleFailures, AThrowingRuleIsAnErrorFindingThatLowersTheGrade) {
  const RuleSet set = with_throwing_rule(Severity::info);
  EXPECT_EQ(set.failure_policy(), RuleFailure::finding);
  const Report r = set.check(PerformanceForm{});
  ASSERT_EQ(r.findings().size(), 1u);
  const Finding& f = r.findings()[0];
  EXPECT_EQ(f.rule_id, "ORG-BUG");
  EXPECT_EQ(f.severity, Severity::error) << "an error whatever the rule's severity";
  EXPECT_NE(f.message(Lang::en).find("could not finish: boom"), std::string::npos) << f.message(Lang::en);
  EXPECT_NE(f.message(Lang::zh).find("无法完成检查"), std::string::npos);
  EXPECT_EQ(r.score(), Decimal(90));
  EXPECT_EQ(r.grade(), ReviewGrade::good) << "an error keeps the grade at 良 or below";
  EXPECT_FALSE(r.ok());
}

TEST(RuleFailures, HostsCanHaveItRethrownInTheirTests) {
  const RuleSet set = with_throwing_rule(Severity::warning).with_failure_policy(RuleFailure::rethrow);
  EXPECT_EQ(set.failure_policy(), RuleFailure::rethrow);
  EXPECT_THROW((void)set.check(PerformanceForm{}), HostBug);
  EXPECT_NO_THROW((void)set.with_failure_policy(RuleFailure::finding).check(PerformanceForm{}));
}

// ---- the default Profile is the national one ------------------------------------------

TEST(ProfileDefault, ADefaultProfileIsTheNationalProfile) {
  const Profile national = io::builtin_profile("national");
  EXPECT_EQ(io::write_profile(Profile{}), io::write_profile(national));
  EXPECT_EQ(Profile{}.name, "national");
  EXPECT_EQ(Profile{}.level1_weights.size(), 3u);
  EXPECT_EQ(Profile{}.rating(Decimal(85)), "良");
}

TEST(ProfileDefault, AProfileFileStillNeedsItsOwnName) {
  const auto r = io::read_profile("description \"x\"\n");
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(with_id(r.findings, "JX-IO012").size(), 1u) << all_messages(r.findings);
  const auto named = io::read_profile("name mine\n");
  ASSERT_TRUE(named.ok());
  EXPECT_EQ(named.value->description, "") << "the national description is not inherited";
  EXPECT_EQ(named.value->level1_weights.size(), 3u) << "an omitted key keeps the national value";
}

// ---- block weights do not rescale rows that carry their own 分值 -----------------------

TEST(ProfileWeights, RowsKeepTheirOwnWeightAndADisagreeingBlockIsReported) {
  // 产出 rows of 20 + 20 = 40 under a profile whose 产出 block is 50.
  const char* json = R"({"schema": "jixiao.form/1", "kind": "project", "unit_name": "单位",
    "indicators": [
      {"level1": "产出指标", "level2": "数量指标", "name": "培训人次", "annual_target": "≥100人次", "weight": "20", "actual": "100人次"},
      {"level1": "产出指标", "level2": "质量指标", "name": "合格率", "annual_target": "≥95%", "weight": "20", "actual": "95%"},
      {"level1": "效益指标", "level2": "社会效益指标", "name": "就业率", "annual_target": "≥80%", "weight": "30", "actual": "80%"},
      {"level1": "满意度指标", "level2": "服务对象满意度指标", "name": "满意度", "annual_target": "≥90%", "weight": "10", "actual": "90%"}]})";
  const auto form = io::load_form_from_string(json, io::Format::json);
  ASSERT_TRUE(form.value.has_value()) << all_messages(form.findings);
  const Scorecard card = score(*form.value, actuals_from_form(*form.value), Profile{});
  ASSERT_EQ(card.rows.size(), 4u);
  EXPECT_EQ(card.rows[0].weight, Decimal(20)) << "not rescaled to 25";
  EXPECT_EQ(card.rows[1].weight, Decimal(20));
  bool block_reported = false;
  for (const auto& f : with_id(card.findings, "JX-S002")) {
    if (f.message(Lang::en).find("the profile gives 50") != std::string::npos) block_reported = true;
  }
  EXPECT_TRUE(block_reported) << all_messages(card.findings);
  EXPECT_FALSE(card.weights_ok);
}

// ---- diagnostics in both languages ---------------------------------------------------

TEST(Diagnostics, ParserDiagnosticsHaveAChineseMessage) {
  const auto p = Target::parse("≥abc");
  ASSERT_FALSE(p.ok());
  const Diagnostic& d = p.diagnostics().front();
  EXPECT_EQ(d.message_in(Lang::en), d.message);
  const std::string zh = d.message_in(Lang::zh);
  EXPECT_NE(zh, d.message);
  EXPECT_NE(zh.find("（第 " + std::to_string(d.column) + " 列）"), std::string::npos) << zh;
  EXPECT_NE(zh.find("“" + d.text + "”"), std::string::npos) << zh;
  const auto number = Decimal::parse("1,99,2.29");
  ASSERT_FALSE(number.ok());
  EXPECT_NE(number.diagnostics().front().message_in(Lang::zh).find("千位分隔符"), std::string::npos);
}

// Every diagnostic code docs/errors.md lists (`jixiao.target.*`, `jixiao.decimal.*`
// of kind "diagnostic", …) has a Chinese explanation.
TEST(Diagnostics, EveryDocumentedDiagnosticCodeHasChinese) {
  std::ifstream in(std::string(JIXIAO_SOURCE_DIR) + "/docs/errors.md");
  ASSERT_TRUE(in) << "docs/errors.md";
  std::string line;
  int checked = 0;
  while (std::getline(in, line)) {
    if (line.rfind("| `jixiao.", 0) != 0 || line.find("| diagnostic") == std::string::npos) continue;
    const std::string code = line.substr(3, line.find('`', 3) - 3);
    EXPECT_NE(chinese_explanation(code), nullptr) << code;
    ++checked;
  }
  EXPECT_GT(checked, 30);
}

// ---- docs/rules.md states the national profile's numbers -------------------------------

TEST(RulesDoc, ProfileSettingsAreTheNationalProfiles) {
  std::ifstream in(std::string(JIXIAO_SOURCE_DIR) + "/docs/rules.md");
  ASSERT_TRUE(in) << "docs/rules.md";
  std::stringstream all;
  all << in.rdbuf();
  const std::string doc = all.str();
  const Profile p = io::builtin_profile("national");
  auto row = [](const char* setting, const char* rules, const std::string& value) {
    return std::string("| `") + setting + "` | " + rules + " | " + value + " |";
  };
  EXPECT_NE(doc.find(row("review.satisfaction_minimum", "JX-Q003", p.satisfaction_minimum.to_string())), std::string::npos)
      << "JX-Q003's minimum is " << p.satisfaction_minimum.to_string() << " in profiles/national.info";
  EXPECT_NE(doc.find(row("review.qualitative_share_max", "JX-Q001", p.qualitative_share_max.to_string())), std::string::npos);
  EXPECT_NE(doc.find(row("review.indicator_name_max_chars", "JX-C011 (its `max_length`)",
                         std::to_string(p.indicator_name_max_chars))),
            std::string::npos);
  EXPECT_NE(doc.find(row("review.allow_ranges", "JX-Q012", p.allow_ranges ? "true" : "false")), std::string::npos);
  EXPECT_NE(doc.find(row("mandatory_level1", "JX-C006", "output benefit")), std::string::npos);
  EXPECT_NE(doc.find("error " + p.review_rubric.error_points.to_string() + ", warning " +
                     p.review_rubric.warning_points.to_string()),
            std::string::npos);
  EXPECT_NE(doc.find("优 ≥ " + p.review_rubric.excellent_min.to_string()), std::string::npos);
  EXPECT_EQ(doc.find("default 90%"), std::string::npos) << "no stale default in a rationale";
  EXPECT_EQ(io::rules_markdown(builtin_rules(), p), doc) << "docs/rules.md is generated with the national profile";
}

// ---- docs/embedding.md and the headers say the same --------------------------------

std::string read_source(const std::string& relative) {
  std::ifstream in(std::string(JIXIAO_SOURCE_DIR) + "/" + relative);
  std::stringstream all;
  all << in.rdbuf();
  return all.str();
}

// Each entry point of the threading contract is in docs/embedding.md's table, and the
// header that declares it states its thread-safety within the declaration's comment.
TEST(EmbeddingDoc, EveryEntryPointOfTheThreadingContractIsDocumentedInItsHeader) {
  const std::string doc = read_source("docs/embedding.md");
  ASSERT_FALSE(doc.empty()) << "docs/embedding.md";
  struct Entry {
    const char* doc_name;
    const char* header;
    const char* declaration;
  };
  const Entry entries[] = {
      {"`score(form, actuals, profile)`", "include/jixiao/scoring.hpp", "Scorecard score("},
      {"`monitor(form, progress, month, profile)`", "include/jixiao/monitoring.hpp", "MonitorReport monitor("},
      {"`RuleSet::check(form)`", "include/jixiao/rules.hpp", "Report check(const PerformanceForm& form) const;"},
      {"`io::load_form`", "include/jixiao/io/form_io.hpp", "ReadResult<PerformanceForm> load_form("},
      {"`io::save_form`", "include/jixiao/io/form_io.hpp", "void save_form("},
      {"`Target::parse`", "include/jixiao/target.hpp", "static Parsed<Target> parse(std::string_view text);"},
      {"`Unit::parse`", "include/jixiao/quantity.hpp", "static Unit parse(std::string_view text);"},
      {"`io::builtin_profile(name)`", "include/jixiao/io/profile_io.hpp", "Profile builtin_profile("},
      {"`io::read_rule_config`", "include/jixiao/io/rule_config_io.hpp", "ReadResult<RuleSet> read_rule_config("},
      {"`io::import_form`", "include/jixiao/io/table_import.hpp", "ImportResult import_form("},
  };
  for (const auto& e : entries) {
    EXPECT_NE(doc.find(e.doc_name), std::string::npos) << e.doc_name << " in docs/embedding.md";
    const std::string header = read_source(e.header);
    const std::size_t at = header.find(e.declaration);
    ASSERT_NE(at, std::string::npos) << e.declaration << " in " << e.header;
    // The declaration's doc comment: the `///` lines just above it.
    const std::size_t comment = header.rfind("\n\n", at);
    const std::string above = header.substr(comment == std::string::npos ? 0 : comment, at - comment);
    EXPECT_NE(above.find("hread-safe"), std::string::npos) << e.header << ": " << e.declaration << " says nothing of threads";
  }
  EXPECT_NE(read_source(".ci/run").find("JIXIAO_TSAN=ON"), std::string::npos) << "CI runs the test under TSan";
}

}  // namespace
}  // namespace jixiao
