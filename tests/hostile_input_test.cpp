// Hostile input (issue 17): each class of defect found by trying the library as a
// hostile user would, with a regression test. None of these may crash, hang or throw.
#include <jixiao/io/form_io.hpp>
#include <jixiao/io/limits.hpp>
#include <jixiao/io/monitor_io.hpp>
#include <jixiao/io/observations_io.hpp>
#include <jixiao/io/profile_io.hpp>
#include <jixiao/io/report_io.hpp>
#include <jixiao/io/rule_config_io.hpp>
#include <jixiao/io/scorecard_io.hpp>
#include <jixiao/io/table_import.hpp>
#include <jixiao/io/utf8_text.hpp>
#include <jixiao/monitoring.hpp>
#include <jixiao/rules.hpp>
#include <jixiao/scoring.hpp>
#include <jixiao/target.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>
#include "test_files.hpp"

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

// ---- Limits: one set for every reader, each named when exceeded (JX-IO021, JX-I016) ----

using jixiao::io::LoadOptions;

template <class Result>
std::string message_of(const Result& r, const std::string& id) {
  for (const auto& f : r.findings) {
    if (f.rule_id == id) return f.render(jixiao::Lang::en);
  }
  return "no " + id + " (first: " + first_id(r) + ")";
}

// Every reader with the same options, each expected to give `id` naming `limit`.
void expect_limit_everywhere(const std::string& text, const LoadOptions& options, const std::string& id,
                             const std::string& limit) {
  const auto base = jixiao::RuleSet::builtin(jixiao::io::builtin_profile("national"));
  const std::string form = message_of(jixiao::io::load_form_from_string(text, jixiao::io::Format::json, options), id);
  EXPECT_NE(form.find(limit), std::string::npos) << "form: " << form;
  for (const std::string& m : {message_of(jixiao::io::read_profile(text, options), id),
                               message_of(jixiao::io::read_rule_config(text, base, options), id),
                               message_of(jixiao::io::read_actuals(text, options), id),
                               message_of(jixiao::io::read_progress(text, options), id)}) {
    EXPECT_NE(m.find(limit), std::string::npos) << m;
    EXPECT_NE(m.find(id), std::string::npos) << m;
  }
}

TEST(HostileLimits, TooManyValuesIsJxIo021NamingMaxCells) {
  LoadOptions options;
  options.max_cells = 50;
  expect_limit_everywhere("{\"indicators\": [" + repeat("{\"name\": \"x\"},", 40) + "{}]}", options, "JX-IO021",
                          "max_cells = 50");
  // XML and INFO count elements and keys the same way.
  const auto xml = jixiao::io::read_progress("<progress>" + repeat("<a>1</a>", 60) + "</progress>", options);
  EXPECT_NE(message_of(xml, "JX-IO021").find("max_cells = 50"), std::string::npos) << message_of(xml, "JX-IO021");
  const auto info = jixiao::io::read_progress(repeat("a 1\n", 60), options);
  EXPECT_NE(message_of(info, "JX-IO021").find("max_cells = 50"), std::string::npos) << message_of(info, "JX-IO021");
}

TEST(HostileLimits, TooManyChildrenIsJxIo021NamingMaxRows) {
  LoadOptions options;
  options.max_rows = 5;
  expect_limit_everywhere("{\"indicators\": [" + repeat("{\"name\": \"x\"},", 5) + "{\"name\": \"x\"}]}", options,
                          "JX-IO021", "max_rows = 5");
}

TEST(HostileLimits, TooLongTextIsJxIo021NamingMaxTextBytes) {
  LoadOptions options;
  options.max_text_bytes = 10;
  expect_limit_everywhere("{\"name\": \"" + repeat("x", 11) + "\"}", options, "JX-IO021", "max_text_bytes = 10");
}

TEST(HostileLimits, SizeAndDepthNameTheirLimits) {
  LoadOptions options;
  options.max_bytes = 10;
  expect_limit_everywhere("{\"name\": \"abcdef\"}", options, "JX-IO003", "max_bytes = 10");
  LoadOptions shallow;
  shallow.max_depth = 2;
  expect_limit_everywhere("{\"a\": {\"b\": {\"c\": \"d\"}}}", shallow, "JX-IO004", "max_depth = 2");
}

TEST(HostileLimits, TablesAreRefusedPastEachLimit) {
  jixiao::io::Limits limits;
  limits.max_rows = 3;
  auto r = jixiao::io::import_form("a\tb\nc\td\ne\tf\ng\th\n", "t.tsv", limits);
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].rule_id, "JX-I016");
  EXPECT_NE(r.findings[0].render(jixiao::Lang::en).find("t.tsv:4:1: error[JX-I016]: more lines than the limit (limit max_rows = 3)"),
            std::string::npos)
      << r.findings[0].render(jixiao::Lang::en);
  limits = {};
  limits.max_cells = 5;
  r = jixiao::io::import_form("a\tb\tc\nd\te\tf\n", "t.tsv", limits);
  EXPECT_NE(message_of(r, "JX-I016").find("max_cells = 5"), std::string::npos) << message_of(r, "JX-I016");
  limits = {};
  limits.max_text_bytes = 4;
  r = jixiao::io::import_form("abc\tabcdefgh\n", "t.tsv", limits);
  EXPECT_NE(message_of(r, "JX-I016").find("max_text_bytes = 4"), std::string::npos) << message_of(r, "JX-I016");
  EXPECT_TRUE(r.form.indicators.empty());
}

// What convert/import would write past a limit is refused by the writer (it would not read back).
TEST(HostileLimits, CheckWrittenRefusesWhatTheReaderWouldRefuse) {
  jixiao::PerformanceForm form = yongde();
  const std::string json = jixiao::io::save_form_to_string(form, jixiao::io::Format::json);
  EXPECT_TRUE(jixiao::io::check_written(form, json, jixiao::io::Format::json).empty());
  jixiao::io::Limits small;
  small.max_bytes = json.size() - 1;
  const auto too_big = jixiao::io::check_written(form, json, jixiao::io::Format::json, small);
  ASSERT_FALSE(too_big.empty());
  EXPECT_EQ(too_big[0].rule_id, "JX-IO003");
  form.indicators[0].name = std::string((std::size_t{1} << 20) + 1, 'x');
  const std::string long_name = jixiao::io::save_form_to_string(form, jixiao::io::Format::xml);
  const auto too_long = jixiao::io::check_written(form, long_name, jixiao::io::Format::xml);
  ASSERT_FALSE(too_long.empty());
  EXPECT_EQ(too_long[0].rule_id, "JX-IO021");
  EXPECT_EQ(too_long[0].location.path, "/indicators/0/name");
  // ...and the reader does refuse it, with the same limit.
  const auto reread = jixiao::io::load_form_from_string(long_name, jixiao::io::Format::xml);
  EXPECT_NE(message_of(reread, "JX-IO021").find("max_text_bytes"), std::string::npos);
}

// ---- Writers: every output valid UTF-8, valid for its format, and it reads back ----

const std::string kInvalid = std::string("bad\xFF") + '\0' + "nul\x01" + "ctl\xED\xA0\x80" + "sur";

void expect_every_format_reads_back(const jixiao::PerformanceForm& form) {
  for (const auto format : {jixiao::io::Format::json, jixiao::io::Format::xml, jixiao::io::Format::info}) {
    const std::string text = jixiao::io::save_form_to_string(form, format);
    EXPECT_TRUE(jixiao::io::is_valid_text(text)) << jixiao::io::to_string(format);
    const auto back = jixiao::io::load_form_from_string(text, format);
    EXPECT_TRUE(back.ok()) << jixiao::io::to_string(format) << ": " << first_id(back);
    EXPECT_FALSE(has_finding(back, "JX-IO022")) << jixiao::io::to_string(format) << ": the writer left something to repair";
    if (back.value) {
      EXPECT_EQ(jixiao::io::save_form_to_string(*back.value, format), text) << jixiao::io::to_string(format);
    }
  }
}

TEST(HostileWriters, ModelTextThatIsNotUtf8IsWrittenAsReplacementCharacters) {
  jixiao::PerformanceForm form = yongde();
  form.unit_name = kInvalid;
  form.goals.push_back(kInvalid);
  form.indicators[0].name = kInvalid;
  expect_every_format_reads_back(form);
  const std::string json = jixiao::io::save_form_to_string(form, jixiao::io::Format::json);
  EXPECT_NE(json.find("bad\xEF\xBF\xBD\xEF\xBF\xBDnul\xEF\xBF\xBD"), std::string::npos);
}

TEST(HostileWriters, ReportsOfATableWithBrokenBytesAreValid) {
  std::string table = jixiao::test::read_file(JIXIAO_TEST_DATA "/seed-suigang-2024-department.tsv");
  const std::size_t at = table.find("系统正常运行率");
  ASSERT_NE(at, std::string::npos);
  table.insert(at, std::string("\xFF\x01") + '\0' + "\xC0\xAF");
  const auto imported = jixiao::io::import_form(table, "seed.tsv");
  EXPECT_EQ(paths_of(imported.findings, "JX-I015").size(), 1u) << "one finding for the line";
  ASSERT_TRUE(has_finding(imported, "JX-I015"));
  expect_every_format_reads_back(imported.form);
  const auto rules = jixiao::RuleSet::builtin(jixiao::io::builtin_profile("national"));
  std::vector<jixiao::Finding> all = imported.findings;
  const auto review = rules.check(imported.form);
  all.insert(all.end(), review.findings().begin(), review.findings().end());
  const jixiao::Report report(all, rules.profile().review_rubric);
  for (const std::string& out : {jixiao::io::report_json(report), jixiao::io::report_sarif(report, jixiao::Lang::en, rules.rules(), "seed.tsv"),
                                 jixiao::io::report_markdown(report, jixiao::Lang::zh), jixiao::io::report_text(report, jixiao::Lang::en)}) {
    EXPECT_TRUE(jixiao::io::is_valid_text(out)) << out.substr(0, 200);
  }
}

// Scorecard and monitoring writers on a model a caller filled by hand with bytes that
// are not UTF-8 and control characters.
TEST(HostileWriters, ScorecardAndMonitorOutputsAreValid) {
  jixiao::PerformanceForm form = yongde();
  form.unit_name = kInvalid;
  form.indicators[0].name = kInvalid;
  jixiao::Actuals actuals = jixiao::actuals_from_form(form);
  const auto card = jixiao::score(form, actuals, jixiao::io::builtin_profile("national"));
  jixiao::Progress progress;
  progress.budget = dec("100");
  progress.executed = dec("35");
  progress.budget_reason = kInvalid;
  const auto report = jixiao::monitor(form, progress, 6, jixiao::io::builtin_profile("national"));
  for (const std::string& out :
       {jixiao::io::scorecard_json(card), jixiao::io::scorecard_text(card), jixiao::io::scorecard_markdown(card),
        jixiao::io::monitor_json(report), jixiao::io::monitor_text(report), jixiao::io::monitor_markdown(report)}) {
    EXPECT_TRUE(jixiao::io::is_valid_text(out)) << out.substr(0, 300);
  }
}

// A control character escape decodes to a control character: replaced by U+FFFD and
// reported (JX-IO022); every output stays valid. A lone surrogate or a NUL escape is
// refused like the raw bytes it stands for (JX-IO002; tests/fuzz_regression_test.cpp).
TEST(HostileWriters, ControlCharacterEscapesAreRepairedAndReported) {
  const std::string head = R"({"schema": "jixiao.form/1", "kind": "department", "unit_name": )";
  const auto json = jixiao::io::load_form_from_string(head + R"("a\u0001c"})", jixiao::io::Format::json);
  ASSERT_TRUE(json.value);
  EXPECT_EQ(paths_of(json.findings, "JX-IO022"), std::vector<std::string>{"/unit_name"});
  EXPECT_TRUE(jixiao::io::is_valid_text(json.value->unit_name)) << json.value->unit_name;
  EXPECT_TRUE(has_finding(jixiao::io::load_form_from_string(head + R"("a\ud800b"})", jixiao::io::Format::json), "JX-IO002"));
  const auto xml = jixiao::io::load_form_from_string(
      "<form><schema>jixiao.form/1</schema><kind>department</kind><unit_name>a&#1;b</unit_name></form>",
      jixiao::io::Format::xml);
  ASSERT_TRUE(xml.value);
  EXPECT_EQ(paths_of(xml.findings, "JX-IO022"), std::vector<std::string>{"/unit_name"});
  expect_every_format_reads_back(*xml.value);
  EXPECT_TRUE(has_finding(
      jixiao::io::load_form_from_string(
          "<form><schema>jixiao.form/1</schema><kind>department</kind><unit_name>a&#xD800;b</unit_name></form>",
          jixiao::io::Format::xml),
      "JX-IO002"));
}

// ---- Silent loss ----

TEST(HostileLoss, EmptyDocumentIsAnError) {
  for (const std::string text : {"", "  \n\t\n", "\xEF\xBB\xBF"}) {
    const auto progress = jixiao::io::read_progress(text);
    EXPECT_FALSE(progress.ok());
    EXPECT_NE(message_of(progress, "JX-IO001").find("empty"), std::string::npos) << message_of(progress, "JX-IO001");
    EXPECT_FALSE(jixiao::io::read_actuals(text).ok());
    EXPECT_FALSE(jixiao::io::load_form_from_string(text, jixiao::io::Format::info).value);
  }
}

TEST(HostileLoss, EmptyObjectOrArrayWhereTextIsExpectedIsJxIo013) {
  const std::string head = R"({"schema": "jixiao.form/1", "kind": "department", "unit_name": "u", )";
  const auto form = jixiao::io::load_form_from_string(
      head + R"("goals": [[]], "indicators": [{"level1": "", "level2": "", "name": {}, "annual_target": []}]})",
      jixiao::io::Format::json, LoadOptions{{}, "f.json"});
  EXPECT_EQ(paths_of(form.findings, "JX-IO013"),
            (std::vector<std::string>{"/goals/0", "/indicators/0/name", "/indicators/0/annual_target"}));
  EXPECT_NE(message_of(form, "JX-IO013").find("f.json:1:"), std::string::npos) << message_of(form, "JX-IO013");
  // Empty objects and arrays where they belong stay fine.
  EXPECT_TRUE(jixiao::io::load_form_from_string(head + R"("goals": [], "project": {}})", jixiao::io::Format::json).ok());
  const auto actuals = jixiao::io::read_actuals(R"({"indicators": [{"name": [], "actual": "1"}]})");
  EXPECT_EQ(paths_of(actuals.findings, "JX-IO013"), std::vector<std::string>{"/indicators/0/name"});
  const auto progress = jixiao::io::read_progress(R"({"budget": {}, "executed": "1"})");
  EXPECT_EQ(paths_of(progress.findings, "JX-IO013"), std::vector<std::string>{"/budget"});
}

// INFO `key {}` (an empty child block) where text is expected once read as "": the
// value was lost without a finding, as JSON `{}` and `[]` were.
TEST(HostileLoss, InfoEmptyBlockWhereTextIsExpectedIsJxIo013WithItsLine) {
  const std::string form_text =
      "schema jixiao.form/1\nkind department\nunit_name u\ngoals {}\nproject {}\nindicators\n{\n  item\n  {\n"
      "    level1 \"\"\n    level2 \"\"\n    name {}\n    annual_target\n    {\n    }\n  }\n}\n";
  const auto form = jixiao::io::load_form_from_string(form_text, jixiao::io::Format::info, LoadOptions{{}, "f.info"});
  EXPECT_EQ(paths_of(form.findings, "JX-IO013"),
            (std::vector<std::string>{"/indicators/0/name", "/indicators/0/annual_target"}));
  EXPECT_NE(message_of(form, "JX-IO013").find("f.info:12:5"), std::string::npos) << message_of(form, "JX-IO013");
  EXPECT_NE(message_of(form, "JX-IO013").find("an empty block"), std::string::npos) << message_of(form, "JX-IO013");
  // Empty blocks where a list or an object belongs, and an empty text, stay fine.
  EXPECT_TRUE(jixiao::io::load_form_from_string("schema jixiao.form/1\nkind department\nunit_name \"\"\ngoals {}\n"
                                                "project {} ; none\nindicators\n{\n}\n",
                                                jixiao::io::Format::info)
                  .ok());

  const auto base = jixiao::RuleSet::builtin(jixiao::io::builtin_profile("national"));
  const auto rules = jixiao::io::read_rule_config("rules\n{\n  JX-C001 {}\n  JX-C002\n  {\n    enabled {}\n  }\n}\n", base,
                                                  LoadOptions{{}, "r.info"});
  EXPECT_EQ(paths_of(rules.findings, "JX-IO013"), std::vector<std::string>{"/rules/JX-C002/enabled"});
  EXPECT_NE(message_of(rules, "JX-IO013").find("r.info:6:5"), std::string::npos) << message_of(rules, "JX-IO013");
  const auto actuals = jixiao::io::read_actuals("indicators\n{\n  item\n  {\n    name {}\n    actual 1\n  }\n}\n",
                                                LoadOptions{{}, "a.info"});
  EXPECT_EQ(paths_of(actuals.findings, "JX-IO013"), std::vector<std::string>{"/indicators/0/name"});
  EXPECT_NE(message_of(actuals, "JX-IO013").find("a.info:5:5"), std::string::npos) << message_of(actuals, "JX-IO013");
  const auto progress = jixiao::io::read_progress("executed 1\n\"budget\" { } ; was read as \"\"\n", LoadOptions{{}, "p.info"});
  EXPECT_EQ(paths_of(progress.findings, "JX-IO013"), std::vector<std::string>{"/budget"});
  EXPECT_NE(message_of(progress, "JX-IO013").find("p.info:2:1"), std::string::npos) << message_of(progress, "JX-IO013");
  const auto profile = jixiao::io::read_profile("name {}\n", LoadOptions{{}, "n.info"});
  EXPECT_EQ(paths_of(profile.findings, "JX-IO013"), std::vector<std::string>{"/name"});
  EXPECT_NE(message_of(profile, "JX-IO013").find("n.info:1:1"), std::string::npos) << message_of(profile, "JX-IO013");
}

TEST(HostileLoss, LooseXmlTextBesideElementsIsReported) {
  const auto form = jixiao::io::load_form_from_string(
      "<form><schema>jixiao.form/1</schema>lost words<kind>department</kind><unit_name>u</unit_name>"
      "<project>more<name>p</name></project></form>",
      jixiao::io::Format::xml);
  EXPECT_EQ(paths_of(form.findings, "JX-IO023"), (std::vector<std::string>{"/project", ""}));
  EXPECT_NE(message_of(form, "JX-IO023").find("more"), std::string::npos);
  const auto progress = jixiao::io::read_progress("<progress>loose<budget>1</budget><executed>1</executed></progress>");
  EXPECT_TRUE(has_finding(progress, "JX-IO023"));
}

// ---- Unclear errors ----

TEST(HostileMessages, ByteOrderMarkIsSkippedBeforeJsonAndXml) {
  const std::string bom = "\xEF\xBB\xBF";
  const auto json = jixiao::io::read_actuals(bom + R"({"indicators": [{"name": "x", "actual": "1"}]})");
  EXPECT_TRUE(json.ok()) << first_id(json);
  EXPECT_TRUE(has_finding(json, "JX-IO005"));
  const auto xml = jixiao::io::read_progress(bom + "<progress><budget>1</budget><executed>1</executed></progress>");
  EXPECT_TRUE(xml.ok()) << first_id(xml);
  const auto base = jixiao::RuleSet::builtin(jixiao::io::builtin_profile("national"));
  const auto rules = jixiao::io::read_rule_config(bom + R"({"rules": {"JX-Q009": {"enabled": "false"}}})", base);
  EXPECT_TRUE(rules.ok()) << first_id(rules);
}

TEST(HostileMessages, Utf16IsNamedWithTheConversion) {
  std::string le = "\xFF\xFE";
  for (const char c : std::string(R"({"budget": "1"})")) le += std::string(1, c) + '\0';
  const auto progress = jixiao::io::read_progress(le);
  EXPECT_NE(message_of(progress, "JX-IO002").find("UTF-16LE, not UTF-8; convert it first (iconv -f UTF-16LE -t UTF-8)"),
            std::string::npos)
      << message_of(progress, "JX-IO002");
  std::string be;  // no byte order mark: NULs in every other byte
  for (const char c : std::string(R"({"schema": "jixiao.form/1"})")) be += std::string(1, '\0') + c;
  EXPECT_NE(message_of(jixiao::io::load_form_from_string(be, jixiao::io::Format::json), "JX-IO002").find("UTF-16BE"),
            std::string::npos);
  const auto table = jixiao::io::import_form(le, "t.tsv");
  EXPECT_NE(message_of(table, "JX-I015").find("UTF-16LE"), std::string::npos) << message_of(table, "JX-I015");
}

// Findings of an XML or INFO document (no line known) still name the file.
TEST(HostileMessages, FindingsNameTheFile) {
  const auto form = jixiao::io::load_form_from_string("<form><kind>部门</kind></form>", jixiao::io::Format::xml,
                                                      LoadOptions{{}, "f.xml"});
  ASSERT_FALSE(form.findings.empty());
  for (const auto& f : form.findings) {
    EXPECT_EQ(f.render(jixiao::Lang::en).rfind("f.xml", 0), 0u) << f.render(jixiao::Lang::en);
  }
  EXPECT_NE(message_of(form, "JX-IO015").find("f.xml#/kind: error[JX-IO015]"), std::string::npos) << message_of(form, "JX-IO015");
  const auto rooted = jixiao::io::read_progress("<other/>", LoadOptions{{}, "p.xml"});
  EXPECT_EQ(message_of(rooted, "JX-IO010").rfind("p.xml", 0), 0u) << message_of(rooted, "JX-IO010");
}

// An amount that cannot be read keeps its budget line and is JX-I007 (was JX-I001, line lost).
TEST(HostileMessages, UnreadableAmountKeepsItsLine) {
  const std::string table =
      "预算整体情况\t部门预算支出\t预算金额（万元）\n"
      "\t基本支出\t1234567890123456789\n"
      "\t项目支出\t1,025.93\n";
  const auto r = jixiao::io::import_form(table, "t.tsv");
  EXPECT_FALSE(has_finding(r, "JX-I001")) << message_of(r, "JX-I001");
  EXPECT_NE(message_of(r, "JX-I007").find("t.tsv:2:"), std::string::npos) << message_of(r, "JX-I007");
  ASSERT_FALSE(r.form.budget.breakdowns.empty());
  std::vector<std::string> names;
  for (const auto& l : r.form.budget.breakdowns[0].lines) names.push_back(l.name);
  EXPECT_EQ(names, (std::vector<std::string>{"基本支出", "项目支出"}));
}

}  // namespace
