// Hostile input (issue 17): each class of defect found by trying the library as a
// hostile user would, with a regression test. None of these may crash, hang or throw.
#include <jixiao/io/form_io.hpp>
#include <jixiao/io/observations_io.hpp>
#include <jixiao/io/profile_io.hpp>
#include <jixiao/io/rule_config_io.hpp>
#include <jixiao/monitoring.hpp>
#include <jixiao/rules.hpp>
#include <jixiao/scoring.hpp>
#include <jixiao/target.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

namespace {

std::string repeat(const std::string& piece, std::size_t times) {
  std::string out;
  out.reserve(piece.size() * times);
  for (std::size_t k = 0; k < times; ++k) out += piece;
  return out;
}

constexpr std::size_t pairs = 300000;

// Unwrapping nested parentheses rescanned the cell once per layer (quadratic: > 20 s).
TEST(HostileTarget, DeeplyNestedParenthesesUnwrapInLinearTime) {
  const auto p = jixiao::Target::parse(repeat("(", pairs) + "≥95%" + repeat(")", pairs));
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p.value().to_string(), "≥95%");
}

// Each note was erased with a move of the rest of the cell (quadratic).
TEST(HostileTarget, ManyNotesAreRemovedInLinearTime) {
  const auto notes = jixiao::Target::parse("≥95%" + repeat("(计划)", pairs));
  ASSERT_TRUE(notes.ok());
  EXPECT_EQ(notes.value().to_string(), "≥95%");
  const auto before = jixiao::Target::parse(repeat("(a)", pairs) + "≥95%");
  ASSERT_TRUE(before.ok());
  EXPECT_EQ(before.value().to_string(), "≥95%");
}

// Empty pairs are not notes: the cell is refused with a diagnostic, quickly.
TEST(HostileTarget, ManyEmptyPairsAreRefused) {
  const auto p = jixiao::Target::parse(repeat("()", pairs) + "≥95%");
  EXPECT_FALSE(p.ok());
  EXPECT_FALSE(p.diagnostics().empty());
}

// The one-pass removal keeps what the step-by-step removal did: a unit in parentheses
// after the number stays a unit, a note goes, an unbalanced outer pair is kept.
TEST(HostileTarget, AnnotationsStillMeanWhatTheyMeant) {
  EXPECT_EQ(jixiao::Target::parse("≥90(%)(计划)").value().to_string(), "≥90%");
  EXPECT_EQ(jixiao::Target::parse("(计划)≥90 (%) (说明)").value().to_string(), "≥90%");
  EXPECT_EQ(jixiao::Target::parse("((≥95%))").value().to_string(), "≥95%");
  EXPECT_EQ(jixiao::Target::parse("100(万元)(dá)").value().to_string(), "=100万元");
}

// ---- Readers other than the form's (fixed by the io/ refactor; kept fixed here) ----

template <class Result>
bool has_finding(const Result& r, const std::string& id) {
  return std::any_of(r.findings.begin(), r.findings.end(), [&](const auto& f) { return f.rule_id == id; });
}

template <class Result>
std::string first_id(const Result& r) {
  return r.findings.empty() ? std::string("no finding") : r.findings.front().rule_id;
}

// The four non-form readers on one text, each with the finding `id` expected.
void expect_every_reader(const std::string& text, const std::string& id) {
  const auto base = jixiao::RuleSet::builtin(jixiao::io::builtin_profile("national"));
  const auto profile = jixiao::io::read_profile(text);
  const auto rules = jixiao::io::read_rule_config(text, base);
  const auto actuals = jixiao::io::read_actuals(text);
  const auto progress = jixiao::io::read_progress(text);
  EXPECT_TRUE(has_finding(profile, id)) << first_id(profile) << ": " << "profile";
  EXPECT_TRUE(has_finding(rules, id)) << first_id(rules) << ": " << "rules configuration";
  EXPECT_TRUE(has_finding(actuals, id)) << first_id(actuals) << ": " << "actuals";
  EXPECT_TRUE(has_finding(progress, id)) << first_id(progress) << ": " << "progress";
}

// 100,000 levels once overflowed the stack of every reader but the form's.
TEST(HostileReaders, DeepNestingIsJxIo004) {
  expect_every_reader("{\"a\": " + repeat("[", 100000), "JX-IO004");
  expect_every_reader(repeat("<a>", 100000), "JX-IO004");
  expect_every_reader(repeat("a\n{\n", 100000), "JX-IO004");
}

// A directory once aborted with an uncaught exception.
TEST(HostileReaders, DirectoryIsJxIo007) {
  const auto dir = std::filesystem::temp_directory_path();
  const auto base = jixiao::RuleSet::builtin(jixiao::io::builtin_profile("national"));
  EXPECT_TRUE(has_finding(jixiao::io::load_profile(dir), "JX-IO007"));
  EXPECT_TRUE(has_finding(jixiao::io::load_rule_config(dir, base), "JX-IO007"));
  EXPECT_TRUE(has_finding(jixiao::io::load_actuals(dir), "JX-IO007"));
  EXPECT_TRUE(has_finding(jixiao::io::load_progress(dir), "JX-IO007"));
}

// `#include` once read any file into a profile, rules, actuals or progress.
TEST(HostileReaders, InfoIncludeIsJxIo006) { expect_every_reader("#include \"/etc/passwd\"\n", "JX-IO006"); }

// A UTF-8 byte order mark is skipped (JX-IO005), and the document still reads.
TEST(HostileReaders, ByteOrderMarkIsSkipped) {
  const std::string bom = "\xEF\xBB\xBF";
  const auto progress = jixiao::io::read_progress(bom + R"({"budget": "100", "executed": "35"})");
  EXPECT_TRUE(progress.ok());
  EXPECT_TRUE(has_finding(progress, "JX-IO005"));
  const auto profile = jixiao::io::read_profile(bom + std::string(jixiao::io::builtin_profile_text("national")));
  EXPECT_TRUE(profile.ok());
  EXPECT_TRUE(has_finding(profile, "JX-IO005"));
}

// ---- Arithmetic past 18 digits: a finding on what it concerns, never an exception ----

using jixiao::Decimal;

Decimal dec(const char* text) { return Decimal::parse(text).value(); }

jixiao::PerformanceForm yongde() {
  auto loaded = jixiao::io::load_form(JIXIAO_TEST_DATA "/selfeval/01_yongde.form.json");
  EXPECT_TRUE(loaded.value) << "the self-evaluation form loads";
  return *loaded.value;
}

template <class Findings>
std::vector<std::string> paths_of(const Findings& findings, const std::string& id) {
  std::vector<std::string> out;
  for (const auto& f : findings) {
    if (f.rule_id == id) out.push_back(f.location.path);
  }
  return out;
}

jixiao::Scorecard score_safely(const jixiao::PerformanceForm& form, const jixiao::Profile& profile) {
  jixiao::Scorecard card;
  EXPECT_NO_THROW(card = jixiao::score(form, jixiao::actuals_from_form(form), profile));
  return card;
}

TEST(HostileScore, EighteenDigitActualIsAFindingOnItsRow) {
  jixiao::PerformanceForm form = yongde();
  form.indicators[0].actual = "999999999999999999";
  const auto card = score_safely(form, jixiao::io::builtin_profile("national"));
  EXPECT_EQ(paths_of(card.findings, "JX-S021"), std::vector<std::string>{"/indicators/0"});
  EXPECT_FALSE(card.rows[0].points);
  EXPECT_TRUE(card.rows[1].points) << "the other rows are still scored";
  EXPECT_FALSE(card.total.is_zero()) << "the total is still computed";
}

TEST(HostileScore, EighteenDigitExecutionIsAFindingOnTheBudgetRow) {
  jixiao::PerformanceForm form = yongde();
  ASSERT_FALSE(form.budget.execution.empty());
  form.budget.execution[0].executed = dec("999999999999999999");
  form.budget.execution[0].full_year_budget = dec("1.5");
  const auto card = score_safely(form, jixiao::io::builtin_profile("national"));
  EXPECT_EQ(paths_of(card.findings, "JX-S021"), std::vector<std::string>{"/budget/execution"});
  EXPECT_FALSE(card.budget);
  EXPECT_TRUE(card.rows[0].points);
}

TEST(HostileScore, TinyWeightIsAFindingNotAnAbort) {
  jixiao::PerformanceForm form = yongde();
  form.indicators[0].weight = dec("0.000000000000000001");
  const auto card = score_safely(form, jixiao::io::builtin_profile("national"));
  const auto paths = paths_of(card.findings, "JX-S021");
  EXPECT_NE(std::find(paths.begin(), paths.end(), "/total_score"), paths.end());
  EXPECT_FALSE(card.complete());
}

TEST(HostileScore, RoundingScale18IsAFindingPerRow) {
  jixiao::Profile profile = jixiao::io::builtin_profile("national");
  profile.round_quantitative.scale = 18;
  profile.round_total.scale = 18;
  const auto card = score_safely(yongde(), profile);
  EXPECT_FALSE(paths_of(card.findings, "JX-S021").empty());
}

TEST(HostileMonitor, EighteenDigitProgressIsAFindingOnItsRow) {
  jixiao::Progress progress;
  progress.budget = dec("0.000000000000000001");
  progress.executed = dec("999999999999999999");
  jixiao::Observation p;
  p.name = yongde().indicators[1].name;
  ASSERT_TRUE(jixiao::read_observation("999999999999999999%", p).empty());
  progress.indicators.push_back(p);
  jixiao::MonitorReport report;
  EXPECT_NO_THROW(report = jixiao::monitor(yongde(), progress, 6, jixiao::io::builtin_profile("national")));
  EXPECT_EQ(paths_of(report.findings, "JX-M007"), (std::vector<std::string>{"/budget", "/indicators/1"}));
  EXPECT_FALSE(report.budget_ratio);
}

TEST(HostileReview, EighteenDecimalWarningPointsDoNotThrow) {
  jixiao::ReviewRubric rubric;
  rubric.warning_points = dec("0.000000000000000001");
  jixiao::Finding warning;
  warning.rule_id = "JX-T000";
  warning.severity = jixiao::Severity::warning;
  const jixiao::Report report({warning, warning}, rubric);
  Decimal s;
  EXPECT_NO_THROW(s = report.score());
  EXPECT_EQ(s, Decimal(100)) << "each deduction rounds to 15 decimals: 0";
  EXPECT_NO_THROW((void)report.grade());
}

// ---- Budget sums (JX-B001) ----------------------------------------------------------

jixiao::BudgetLine line(const char* amount) {
  jixiao::BudgetLine l;
  l.name = "line";
  l.amount = dec(amount);
  return l;
}

std::vector<std::string> budget_sum_findings(const char* a, const char* b, const char* total) {
  jixiao::PerformanceForm form;
  jixiao::BudgetBreakdown block;
  block.kind = jixiao::BreakdownKind::expenditure;
  block.lines = {line(a), line(b)};
  block.declared_total = dec(total);
  form.budget.breakdowns.push_back(block);
  const auto report = jixiao::RuleSet::builtin(jixiao::io::builtin_profile("national")).check(form);
  std::vector<std::string> ids;
  for (const auto& f : report.findings()) {
    if (f.rule_id == "JX-B001" || f.rule_id.empty()) ids.push_back(f.rule_id + ": " + f.render(jixiao::Lang::en));
  }
  return ids;
}

// A line written 0 had a ±0.5 interval, so 0 + 100 against 100.4 passed.
TEST(HostileBudget, WrittenZeroIsExact) {
  EXPECT_EQ(budget_sum_findings("0", "100.00", "100.40").size(), 1u);
  EXPECT_TRUE(budget_sum_findings("0", "100.00", "100.00").empty());
}

// 18-digit amounts once stopped the rule ("could not finish"); the sum is now judged.
TEST(HostileBudget, EighteenDigitAmountsAreJudged) {
  EXPECT_TRUE(budget_sum_findings("499999999999999999", "1", "500000000000000000").empty());
  const auto wrong = budget_sum_findings("499999999999999999", "1", "500000000000000001");
  ASSERT_EQ(wrong.size(), 1u);
  EXPECT_NE(wrong[0].find("JX-B001"), std::string::npos) << wrong[0];
}

}  // namespace
