// The HTML report (io::report_html, docs/report.md): counts of the page's elements against
// the results they show, escaping of hostile form text, the page as one well-formed
// document; and the terminal table aligned by display width (issue 14).
#include <gtest/gtest.h>

#include <jixiao/io/form_io.hpp>
#include <jixiao/io/observations_io.hpp>
#include <jixiao/io/profile_io.hpp>
#include <jixiao/io/report_html.hpp>
#include <jixiao/io/report_io.hpp>
#include <jixiao/io/table_import.hpp>
#include <jixiao/io/utf8_text.hpp>
#include <jixiao/monitoring.hpp>
#include <jixiao/observation.hpp>
#include <jixiao/rules.hpp>
#include <jixiao/scoring.hpp>

#include <algorithm>
#include <cctype>
#include <regex>
#include <string>
#include <vector>

#include "test_files.hpp"

namespace jixiao {
namespace {

std::size_t count(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + needle.size())) ++n;
  return n;
}

std::string lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// The seed form imported from its published table and reviewed as `jixiao check` does
// (the importer's findings with the review's).
struct Reviewed {
  PerformanceForm form;
  Report review;
};

Reviewed seed() {
  const std::string text =
      test::read_file(std::string(JIXIAO_SOURCE_DIR) + "/examples/data/seed-suigang-2024-department.tsv");
  auto imported = io::import_form(text, "seed.tsv");
  const RuleSet rules = RuleSet::builtin();
  const auto& map = imported.source_map;
  const Report checked = rules.check(
      imported.form,
      [&](std::string_view p) -> std::optional<SourcePosition> {
        const SourcePosition* s = map.find(p);
        return s != nullptr ? std::optional<SourcePosition>(*s) : std::nullopt;
      },
      imported.findings);
  std::vector<Finding> all = imported.findings;
  all.insert(all.end(), checked.findings().begin(), checked.findings().end());
  return {imported.form, Report(std::move(all), rules.profile().review_rubric)};
}

PerformanceForm load(const std::string& path) {
  auto loaded = io::load_form(path);
  EXPECT_TRUE(loaded.value.has_value()) << path;
  return loaded.value ? *loaded.value : PerformanceForm{};
}

// No script, no network, no web font: the page is self-contained.
void expect_self_contained(const std::string& page) {
  const std::string l = lower(page);
  EXPECT_EQ(count(l, "<script"), 0u);
  EXPECT_EQ(count(l, "http"), 0u);
  EXPECT_EQ(count(l, "<link"), 0u);
  EXPECT_EQ(count(l, "@font-face"), 0u);
  EXPECT_EQ(count(l, "url("), 0u);
  EXPECT_EQ(count(l, "@import"), 0u);
}

// Every tag of the page, in order (the text between '<' and '>'). Input text is escaped,
// so each '<' is one the writer put.
std::vector<std::string> tags(const std::string& page) {
  std::vector<std::string> out;
  for (auto at = page.find('<'); at != std::string::npos; at = page.find('<', at + 1)) {
    const auto end = page.find('>', at);
    if (end == std::string::npos) {
      out.push_back(page.substr(at));  // unterminated: fails the well-formed check
      break;
    }
    out.push_back(page.substr(at + 1, end - at - 1));
  }
  return out;
}

// True when every element opened is closed in order (void elements and `/>` aside) and
// the style sheet is closed once: the page is one well-formed document.
::testing::AssertionResult well_formed(const std::string& page) {
  static const std::vector<std::string> void_elements = {"meta", "br", "col", "img", "hr", "input", "link"};
  std::vector<std::string> open;
  std::string css;
  for (const std::string& tag : tags(page)) {
    if (tag.empty()) return ::testing::AssertionFailure() << "empty tag";
    if (tag[0] == '!') continue;  // <!DOCTYPE html>
    const bool closing = tag[0] == '/';
    const std::string body = closing ? tag.substr(1) : tag;
    const std::string name = body.substr(0, body.find_first_of(" \n/"));
    if (name.empty() || !std::all_of(name.begin(), name.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); })) {
      return ::testing::AssertionFailure() << "bad tag <" << tag.substr(0, 80) << ">";
    }
    if (closing) {
      if (open.empty() || open.back() != name) {
        return ::testing::AssertionFailure() << "</" << name << "> closes <" << (open.empty() ? "" : open.back()) << ">";
      }
      open.pop_back();
    } else if (tag.back() != '/' && std::find(void_elements.begin(), void_elements.end(), name) == void_elements.end()) {
      open.push_back(name);
    }
  }
  if (!open.empty()) return ::testing::AssertionFailure() << open.size() << " elements left open, last <" << open.back() << ">";
  return ::testing::AssertionSuccess();
}

TEST(ReportHtml, SeedPageHasAnElementPerFindingAndIndicator) {
  const Reviewed r = seed();
  ASSERT_FALSE(r.review.findings().empty());
  ASSERT_FALSE(r.form.indicators.empty());
  io::ReportPageParts parts;
  parts.profile = "national";
  const std::string page = io::report_html(r.form, r.review, parts);
  EXPECT_EQ(count(page, "class=\"finding "), r.review.findings().size());
  EXPECT_EQ(count(page, "class=\"indicator-row"), r.form.indicators.size());
  EXPECT_EQ(count(page, "class=\"bar\""), 0u) << "no scorecard, no completion bars";
  EXPECT_EQ(count(page, "class=\"identity "), r.form.budget.breakdowns.size() + (r.form.key_tasks.empty() ? 0 : 1));
  for (const Finding& f : r.review.findings()) EXPECT_NE(page.find(f.rule_id), std::string::npos) << f.rule_id;
  // Positions of an imported table are line:column.
  const Finding& first = r.review.findings().front();
  ASSERT_TRUE(first.location.source.has_value());
  EXPECT_NE(page.find("seed.tsv:" + std::to_string(first.location.source->line) + ":"), std::string::npos);
  // The key-task identity prints the sum of the key tasks' funds from Decimal, grouped.
  EXPECT_NE(page.find(r.form.key_tasks_total().format(true, r.form.key_tasks_total().scale())), std::string::npos);
  EXPECT_NE(page.find("lang=\"zh-CN\""), std::string::npos);
  EXPECT_NE(page.find("预算恒等式"), std::string::npos);
  expect_self_contained(page);
  EXPECT_TRUE(well_formed(page));
}

TEST(ReportHtml, PrintLayoutIsA4WithRepeatedTableHeaders) {
  const Reviewed r = seed();
  const std::string page = io::report_html(r.form, r.review, {});
  EXPECT_NE(page.find("@page { size: A4"), std::string::npos);
  EXPECT_NE(page.find("thead { display: table-header-group; }"), std::string::npos);
  EXPECT_NE(page.find("break-inside: avoid"), std::string::npos);
  EXPECT_NE(page.find("overflow-wrap: anywhere"), std::string::npos);
}

TEST(ReportHtml, EnglishPage) {
  const Reviewed r = seed();
  const std::string page = io::report_html(r.form, r.review, {}, Lang::en);
  EXPECT_NE(page.find("lang=\"en\""), std::string::npos);
  EXPECT_NE(page.find("Budget identities"), std::string::npos);
  EXPECT_EQ(page.find("预算恒等式"), std::string::npos);
  EXPECT_EQ(count(page, "class=\"finding "), r.review.findings().size());
  // Messages in English: the first finding's English message is on the page (escaped).
  EXPECT_NE(page.find(io::html_escape(r.review.findings().front().message(Lang::en))), std::string::npos);
  expect_self_contained(page);
}

TEST(ReportHtml, ScorecardHasABarPerScoredRowShortfallsFirst) {
  const PerformanceForm form = load(std::string(JIXIAO_TEST_DATA) + "/selfeval/01_yongde.form.json");
  const Profile profile = io::builtin_profile("national");
  const Scorecard card = score(form, actuals_from_form(form), profile);
  const Report review = RuleSet::builtin(profile).check(form);
  io::ReportPageParts parts;
  parts.profile = profile.name;
  parts.scorecard = &card;
  const std::string page = io::report_html(form, review, parts);
  std::size_t scored = 0;
  const ScoreRow* lowest = nullptr;
  for (const ScoreRow& row : card.rows) {
    if (!row.points || row.weight.sign() <= 0) continue;
    ++scored;
    const auto ratio = [](const ScoreRow& x) { return divide(*x.points, x.weight, 6, RoundingMode::half_up); };
    if (lowest == nullptr || ratio(row) < ratio(*lowest)) lowest = &row;
  }
  ASSERT_GT(scored, 0u);
  EXPECT_EQ(count(page, "class=\"bar\""), scored);
  EXPECT_EQ(count(page, "class=\"score-row"), card.rows.size());
  EXPECT_EQ(count(page, "class=\"gauge\""), 1u);
  EXPECT_NE(page.find(card.total.to_string()), std::string::npos);
  // The first bar of the chart is the row furthest below its weight.
  ASSERT_TRUE(lowest != nullptr);
  ASSERT_LT(*lowest->points, lowest->weight) << "the data should have a shortfall";
  const auto first_bar = page.find("class=\"chart-row\"");
  ASSERT_NE(first_bar, std::string::npos);
  EXPECT_EQ(page.find(io::html_escape(lowest->name), first_bar), page.find("<bdi>", first_bar) + 5);
  expect_self_contained(page);
  EXPECT_TRUE(well_formed(page));
}

TEST(ReportHtml, MonitoringHasARowAndALightPerIndicator) {
  const PerformanceForm form = load(std::string(JIXIAO_TEST_DATA) + "/selfeval/01_yongde.form.json");
  auto progress = io::load_progress(std::string(JIXIAO_TEST_DATA) + "/monitoring/01_yongde.progress.json");
  ASSERT_TRUE(progress.ok());
  const Profile profile = io::builtin_profile("national");
  const MonitorReport monitored = monitor(form, *progress.value, 6, profile);
  io::ReportPageParts parts;
  parts.monitoring = &monitored;
  const std::string page = io::report_html(form, RuleSet::builtin(profile).check(form), parts);
  EXPECT_EQ(count(page, "class=\"progress-row\""), monitored.rows.size());
  EXPECT_EQ(count(page, "class=\"light light-"), monitored.rows.size() + 1);  // and the budget's
  EXPECT_NE(page.find(std::string("light-") + to_string(monitored.budget_colour)), std::string::npos);
  EXPECT_EQ(count(page, "class=\"bar\""), monitored.budget_progress ? 2u : 1u);  // time, budget
  EXPECT_TRUE(well_formed(page));
}

TEST(ReportHtml, BrokenIdentityIsMarkedAndLinkedToItsFinding) {
  PerformanceForm form;
  form.unit_name = "测试单位";
  BudgetBreakdown b;
  b.kind = BreakdownKind::expenditure;
  b.title = "部门预算支出";
  b.declared_total = Decimal::parse("100.00").value();
  b.lines = {BudgetLine::make("基本支出", Decimal::parse("60.00").value()),
             BudgetLine::make("项目支出", Decimal::parse("30.00").value())};
  form.budget.breakdowns.push_back(b);
  const Report review = RuleSet::builtin().check(form);
  const auto& all = review.findings();
  const auto it = std::find_if(all.begin(), all.end(), [](const Finding& f) { return f.rule_id == "JX-B001"; });
  ASSERT_NE(it, all.end());
  const std::string page = io::report_html(form, review, {});
  EXPECT_EQ(count(page, "class=\"identity broken\""), 1u);
  EXPECT_NE(page.find("href=\"#f-" + std::to_string(it - all.begin()) + "\""), std::string::npos);
  EXPECT_NE(page.find("90.00"), std::string::npos);   // the lines' sum
  EXPECT_NE(page.find("100.00"), std::string::npos);  // the declared total
  EXPECT_EQ(count(page, "class=\"segment\""), 2u);
}

TEST(ReportHtml, HostileTextIsEscaped) {
  const std::string rlo = "\xE2\x80\xAE";  // U+202E RIGHT-TO-LEFT OVERRIDE
  std::string long_name;
  for (int i = 0; i < 10000; ++i) long_name += i % 2 ? "名" : "x";
  PerformanceForm form;
  form.unit_name = "<script>alert(1)</script>单位";
  form.goals = {"</style><script>alert('g')</script>"};
  Indicator evil = Indicator::make("产出指标", "数量指标", "</style>\"'&<img src=x onerror=alert(1)>" + rlo + "exe.txt",
                                   "≥95%\"><script>alert(2)</script>");
  evil.note = "<svg onload=alert(3)>&amp;";
  form.indicators.push_back(evil);
  form.indicators.push_back(Indicator::make("产出指标", "质量指标", long_name, "100%"));
  form.key_tasks.push_back(KeyTask::make("</style><b onmouseover=alert(4)>", "x", Decimal(5), "&amp;"));
  const Report review = RuleSet::builtin().check(form);
  io::ReportPageParts parts;
  parts.profile = "<script>p</script>";
  for (const Lang lang : {Lang::zh, Lang::en}) {
    const std::string page = io::report_html(form, review, parts, lang);
    const std::string l = lower(page);
    EXPECT_EQ(count(l, "<script"), 0u);
    EXPECT_EQ(count(l, "</style>"), 1u) << "only the page's own style sheet ends";
    EXPECT_EQ(count(l, "<img"), 0u);
    static const std::regex handler(R"(\son[a-z]+\s*=)", std::regex::icase);
    for (const std::string& tag : tags(page)) EXPECT_FALSE(std::regex_search(tag, handler)) << "<" << tag << ">";
    EXPECT_EQ(page.find(rlo), std::string::npos) << "the bidi override is not on the page raw";
    EXPECT_NE(page.find("[U+202E]exe.txt"), std::string::npos);
    EXPECT_NE(page.find("&lt;script&gt;alert(1)&lt;/script&gt;单位"), std::string::npos);
    EXPECT_NE(page.find("&quot;&#39;&amp;&lt;img"), std::string::npos);
    EXPECT_NE(page.find("&amp;amp;"), std::string::npos) << "an entity in the input is text, not an entity";
    EXPECT_NE(page.find(long_name), std::string::npos) << "the long name is kept whole (it wraps by CSS)";
    EXPECT_TRUE(well_formed(page));
    expect_self_contained(page);
    // The Markdown twin: no tag of the form's survives to where the Markdown is rendered.
    const std::string md = lower(io::report_page_markdown(form, review, parts, lang));
    EXPECT_EQ(count(md, "<"), 0u) << md.substr(0, 400);
    EXPECT_NE(md.find("# &lt;script&gt;alert(1)&lt;/script&gt;单位"), std::string::npos);
  }
}

TEST(HtmlEscape, EveryMarkupCharacterAndBidiControl) {
  EXPECT_EQ(io::html_escape("a&b<c>d\"e'f"), "a&amp;b&lt;c&gt;d&quot;e&#39;f");
  EXPECT_EQ(io::html_escape("指标"), "指标");
  const struct {
    const char* raw;
    const char* mark;
  } controls[] = {{"\xD8\x9C", "[U+061C]"},     {"\xE2\x80\x8E", "[U+200E]"}, {"\xE2\x80\x8F", "[U+200F]"},
                  {"\xE2\x80\xAA", "[U+202A]"}, {"\xE2\x80\xAB", "[U+202B]"}, {"\xE2\x80\xAC", "[U+202C]"},
                  {"\xE2\x80\xAD", "[U+202D]"}, {"\xE2\x80\xAE", "[U+202E]"}, {"\xE2\x81\xA6", "[U+2066]"},
                  {"\xE2\x81\xA7", "[U+2067]"}, {"\xE2\x81\xA8", "[U+2068]"}, {"\xE2\x81\xA9", "[U+2069]"}};
  for (const auto& c : controls) EXPECT_EQ(io::html_escape(std::string("a") + c.raw + "b"), std::string("a") + c.mark + "b");
  // Neighbours of the controls are ordinary text.
  EXPECT_EQ(io::html_escape("\xE2\x80\x94"), "\xE2\x80\x94");  // U+2014 —
  EXPECT_EQ(io::html_escape("\xE2\x80\xAF"), "\xE2\x80\xAF");  // U+202F narrow no-break space
  // Invalid UTF-8 and controls become U+FFFD, never raw bytes.
  EXPECT_EQ(io::html_escape("a\xFF\x01"), "a\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST(DisplayWidth, WideCharactersTakeTwoColumns) {
  EXPECT_EQ(io::display_width(""), 0u);
  EXPECT_EQ(io::display_width("abc"), 3u);
  EXPECT_EQ(io::display_width("指标值"), 6u);
  EXPECT_EQ(io::display_width("≥95%"), 4u);          // ≥ is narrow
  EXPECT_EQ(io::display_width("（万元）"), 8u);      // fullwidth brackets
  EXPECT_EQ(io::display_width("Ａ１"), 4u);          // fullwidth Latin and digits
  EXPECT_EQ(io::display_width("e\xCC\x81"), 1u);     // e + combining acute
  EXPECT_EQ(io::display_width("\xFF"), 1u);          // a byte that is not UTF-8
  EXPECT_EQ(io::display_width("\xF0\xA0\x80\x80"), 2u);  // U+20000, CJK extension B
  EXPECT_EQ(io::pad_to_width("指标", 6), "指标  ");
  EXPECT_EQ(io::pad_to_width("指标值", 4), "指标值");
}

// The display column at which each cell of @p line starts (cells are separated by two
// or more spaces and hold none).
std::vector<std::size_t> cell_columns(const std::string& line) {
  std::vector<std::size_t> columns;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && line[i] == ' ') ++i;
    if (i >= line.size()) break;
    columns.push_back(io::display_width(line.substr(0, i)));
    while (i < line.size() && !(line[i] == ' ' && (i + 1 >= line.size() || line[i + 1] == ' '))) ++i;
  }
  return columns;
}

TEST(DisplayWidth, TextTableColumnsLineUpWithMixedChineseAndAscii) {
  PerformanceForm form;
  form.indicators = {Indicator::make("产出指标", "数量指标", "ab", "≥50次"),
                     Indicator::make("产出指标", "quality", "企业国际质量提升（ISO）", "100%"),
                     Indicator::make("效益指标", "社会效益指标", "x指标y", "≥95%"),
                     Indicator::make("满意度指标", "服务对象满意度指标", "满意度", "90")};
  const std::string table = io::indicator_table_text(form, Report{}, Lang::zh);
  std::vector<std::string> lines;
  for (std::size_t at = 0, end; (end = table.find('\n', at)) != std::string::npos; at = end + 1) {
    lines.push_back(table.substr(at, end - at));
  }
  ASSERT_EQ(lines.size(), form.indicators.size() + 1);
  const auto header = cell_columns(lines[0]);
  ASSERT_EQ(header.size(), 6u);
  for (std::size_t k = 1; k < lines.size(); ++k) {
    const auto columns = cell_columns(lines[k]);
    ASSERT_EQ(columns.size(), 5u) << lines[k];  // no finding on these rows
    for (std::size_t c = 0; c < columns.size(); ++c) EXPECT_EQ(columns[c], header[c]) << "line " << k << " cell " << c;
    // Byte offsets differ, display columns do not: the test means something.
  }
  EXPECT_NE(lines[1].find("ab"), lines[2].find("企业"));
}

}  // namespace
}  // namespace jixiao
