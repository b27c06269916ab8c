// The form importer: the seed read cell by cell, its repairs, the source map, text
// helpers, and every corpus form imported with every cell accounted for.
#include <jixiao/io/table_import.hpp>
#include <jixiao/io/form_io.hpp>
#include <jixiao/io/table_reader.hpp>
#include <jixiao/io/utf8_text.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <set>
#include <string>
#include <utility>
#include <vector>
#include "test_files.hpp"

namespace {

using jixiao::Decimal;
using jixiao::Finding;
using jixiao::Severity;
using jixiao::io::import_form;
using jixiao::io::ImportResult;

using jixiao::test::read_file;

Decimal dec(const char* s) { return Decimal::parse(s).value(); }

const std::string kSeedPath = JIXIAO_TEST_DATA "/seed-suigang-2024-department.tsv";

std::vector<const Finding*> with_id(const ImportResult& r, const std::string& id) {
  std::vector<const Finding*> out;
  for (const Finding& f : r.findings) {
    if (f.rule_id == id) out.push_back(&f);
  }
  return out;
}

// Every cell that holds text is in the source map or quoted by a finding, at its
// own line and column.
std::vector<std::string> unaccounted(const std::string& text, const ImportResult& r) {
  std::set<std::pair<std::size_t, std::size_t>> seen;
  for (const auto& e : r.source_map.entries()) seen.emplace(e.position.line, e.position.column);
  for (const Finding& f : r.findings) {
    if (f.location.source) seen.emplace(f.location.source->line, f.location.source->column);
  }
  std::vector<std::string> missing;
  for (const auto& row : jixiao::io::read_table(text).rows) {
    for (const auto& c : row.cells) {
      if (c.empty()) continue;
      if (!seen.count({c.line, c.column})) {
        missing.push_back(std::to_string(c.line) + ":" + std::to_string(c.column) + " " + c.text);
      }
    }
  }
  return missing;
}

class SeedImport : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { result_ = new ImportResult(import_form(read_file(kSeedPath), "seed.tsv")); }
  static void TearDownTestSuite() {
    delete result_;
    result_ = nullptr;
  }
  static const ImportResult& r() { return *result_; }
  static ImportResult* result_;
};
ImportResult* SeedImport::result_ = nullptr;

TEST_F(SeedImport, HeaderAndBudget) {
  const auto& f = r().form;
  EXPECT_EQ(f.kind, jixiao::FormKind::department);
  EXPECT_EQ(f.unit_name, "广州开发区穗港智造合作区管理委员会（部门）");
  ASSERT_EQ(f.budget.breakdowns.size(), 4u);
  const auto& exp = f.budget.breakdowns[0];
  EXPECT_EQ(exp.kind, jixiao::BreakdownKind::expenditure);
  EXPECT_EQ(exp.title, "部门预算支出");
  ASSERT_EQ(exp.lines.size(), 2u);
  EXPECT_EQ(exp.lines[0].category, jixiao::BudgetCategory::basic_expenditure);
  EXPECT_TRUE(exp.lines[0].amount.identical(dec("966.36")));
  EXPECT_TRUE(exp.lines[1].amount.identical(dec("1025.93")));
  EXPECT_EQ(f.budget.breakdowns[1].kind, jixiao::BreakdownKind::income);
  // `1,992.29` with its thousands separator.
  EXPECT_TRUE(f.budget.breakdowns[1].lines[0].amount.identical(dec("1992.29")));
  EXPECT_EQ(f.budget.breakdowns[2].kind, jixiao::BreakdownKind::development);
  EXPECT_EQ(f.budget.breakdowns[3].kind, jixiao::BreakdownKind::level);
  EXPECT_EQ(f.budget.breakdowns[3].lines[1].name, "拟用于对下转移支付资金");
  EXPECT_TRUE(f.budget.breakdowns[3].lines[1].amount.identical(dec("0.00")));
}

TEST_F(SeedImport, GoalsSplitAndHtmlRemoved) {
  const auto& goals = r().form.goals;
  ASSERT_EQ(goals.size(), 10u);
  EXPECT_EQ(goals[4], "完成年鉴入编《中国保税区出口加工区年鉴》工作");
  for (const auto& g : goals) {
    EXPECT_EQ(g.find("<p>"), std::string::npos);
    EXPECT_EQ(g.find("</p>"), std::string::npos);
    EXPECT_NE(g.rfind("；"), g.size() - 3) << g;
  }
  const auto html = with_id(r(), "JX-I005");
  ASSERT_EQ(html.size(), 1u);
  EXPECT_EQ(html[0]->location.source->line, 12u);
  EXPECT_EQ(html[0]->severity, Severity::info);
}

TEST_F(SeedImport, KeyTasksIncludingTheRowThatLostItsTab) {
  const auto& tasks = r().form.key_tasks;
  ASSERT_EQ(tasks.size(), 16u);
  EXPECT_EQ(tasks[1].name, "系统正常运行率");
  EXPECT_TRUE(tasks[1].planned_funds->identical(dec("38.06")));
  ASSERT_TRUE(tasks[1].expected_result.target().has_value());
  EXPECT_EQ(tasks[1].expected_result.target()->kind(), jixiao::TargetKind::comparison);
  EXPECT_EQ(tasks[13].name, "完成年鉴入编《中国保税区出口加工区年鉴》工作");
  EXPECT_EQ(tasks[13].content, "综合业务经费");
  EXPECT_TRUE(tasks[13].planned_funds->identical(dec("3.60")));
  EXPECT_EQ(tasks[13].expected_result.text(), "1项");
  EXPECT_FALSE(tasks[0].expected_result.target().has_value());  // narrative, not a target
  // The repair is reported where the row is.
  bool reported = false;
  for (const Finding* f : with_id(r(), "JX-I002")) {
    if (f->location.path == "/key_tasks/13") {
      reported = true;
      EXPECT_EQ(f->location.source->line, 27u);
      EXPECT_EQ(f->location.source->column, 1u);
      EXPECT_NE(f->message(jixiao::Lang::en).find("column 1"), std::string::npos);
    }
  }
  EXPECT_TRUE(reported);
}

TEST_F(SeedImport, OtherTasksCarryTheirEmbeddedAmounts) {
  const auto& other = r().form.other_tasks;
  ASSERT_EQ(other.size(), 2u);
  ASSERT_TRUE(other[0].amount.has_value());
  EXPECT_EQ(*other[0].amount, Decimal(4));
  EXPECT_EQ(other[0].unit, "万元");
  EXPECT_EQ(*other[1].amount, Decimal(3));
}

TEST_F(SeedImport, IndicatorsReadByMeaning) {
  const auto& ind = r().form.indicators;
  ASSERT_EQ(ind.size(), 26u);
  // 质量指标 in the 三级 column.
  EXPECT_EQ(ind[13].level2, jixiao::Level2::quality);
  EXPECT_EQ(ind[13].name, "协调问题反馈率");
  EXPECT_FALSE(ind[13].period_target.present());
  EXPECT_EQ(ind[13].annual_target.text(), "≥90%");
  // Rows that start two columns left inherit 产出/质量.
  EXPECT_EQ(ind[14].level1, jixiao::Level1::output);
  EXPECT_EQ(ind[14].level2, jixiao::Level2::quality);
  EXPECT_EQ(ind[14].name, "办公用房清洁卫生覆盖率");
  EXPECT_EQ(ind[14].period_target.text(), "100%");
  EXPECT_EQ(ind[14].annual_target.text(), "100%");
  EXPECT_EQ(ind[16].level2, jixiao::Level2::timeliness);
  // Empty 二级 rows: 成本 under 产出, 经济效益, and the lone 生态效益/可持续影响.
  EXPECT_EQ(ind[17].level1, jixiao::Level1::output);
  EXPECT_EQ(ind[17].level2, jixiao::Level2::cost);
  EXPECT_TRUE(ind[17].name.empty());
  EXPECT_EQ(ind[18].level2, jixiao::Level2::economic_benefit);
  EXPECT_EQ(ind[22].level1, jixiao::Level1::benefit);
  EXPECT_EQ(ind[22].level2, jixiao::Level2::ecological_benefit);
  EXPECT_EQ(ind[23].level2, jixiao::Level2::sustainable_impact);
  // 满意度 rows one column left.
  EXPECT_EQ(ind[24].level1, jixiao::Level1::satisfaction);
  EXPECT_EQ(ind[24].name, "信息系统用户满意度");
  EXPECT_EQ(ind[25].level2, jixiao::Level2::satisfaction);
  EXPECT_EQ(ind[25].name, "辖内青少年满意率");
  EXPECT_EQ(ind[25].annual_target.text(), "≥95%");
  // Targets are parsed.
  ASSERT_TRUE(ind[0].annual_target.target().has_value());
  EXPECT_EQ(ind[0].annual_target.target()->kind(), jixiao::TargetKind::comparison);
  ASSERT_TRUE(ind[2].annual_target.target().has_value());
  EXPECT_EQ(ind[2].annual_target.target()->kind(), jixiao::TargetKind::compound);
}

TEST_F(SeedImport, EveryShiftedRowIsReportedOnce) {
  std::vector<std::size_t> lines;
  for (const Finding* f : with_id(r(), "JX-I002")) {
    EXPECT_EQ(f->severity, Severity::info);
    ASSERT_TRUE(f->location.source.has_value());
    EXPECT_EQ(f->location.source->file, "seed.tsv");
    lines.push_back(f->location.source->line);
  }
  const std::vector<std::size_t> expected = {27, 47, 48, 49, 50, 51, 56, 57, 58, 59};
  EXPECT_EQ(lines, expected);
  // What moved, from where, why.
  for (const Finding* f : with_id(r(), "JX-I002")) {
    if (f->location.source->line != 47) continue;
    const std::string zh = f->message(jixiao::Lang::zh);
    EXPECT_NE(zh.find("质量指标"), std::string::npos) << zh;
    EXPECT_NE(zh.find("三级指标"), std::string::npos) << zh;
    EXPECT_NE(zh.find("二级指标"), std::string::npos) << zh;
    EXPECT_NE(f->message(jixiao::Lang::en).find("by meaning"), std::string::npos);
  }
}

TEST_F(SeedImport, NothingLeftAndNothingLost) {
  EXPECT_TRUE(with_id(r(), "JX-I001").empty());
  EXPECT_TRUE(with_id(r(), "JX-I008").empty());
  EXPECT_EQ(r().stats.cells_in_findings, 0u);
  EXPECT_EQ(r().stats.cells_in_model, r().stats.cells);
  EXPECT_TRUE(unaccounted(read_file(kSeedPath), r()).empty());
}

TEST_F(SeedImport, SourceMapPointsIntoTheText) {
  const auto* pos = r().source_map.find("/indicators/13/annual_target");
  ASSERT_NE(pos, nullptr);
  EXPECT_EQ(pos->file, "seed.tsv");
  EXPECT_EQ(pos->line, 47u);
  EXPECT_EQ(pos->column, 17u);  // three tabs, 质量指标, tab, 协调问题反馈率, tab
  const auto* amount = r().source_map.find("/budget/breakdowns/1/lines/0/amount");
  ASSERT_NE(amount, nullptr);
  EXPECT_EQ(amount->line, 7u);
  // A path without its own entry falls back to its parent.
  const auto* unit = r().source_map.find("/indicators/13/unit");
  ASSERT_NE(unit, nullptr);
  EXPECT_EQ(unit->line, 47u);
  EXPECT_EQ(r().source_map.find("/nothing/here"), nullptr);
  Finding f;
  f.rule_id = "JX-TEST";
  f.severity = Severity::warning;
  f.location.path = "/key_tasks/1/planned_funds";
  f.template_en = "test";
  r().source_map.locate(f);
  EXPECT_EQ(f.render(jixiao::Lang::en), "seed.tsv:15:20: warning[JX-TEST]: test");
}

TEST(TextHelpers, StripHtml) {
  using jixiao::io::strip_html;
  EXPECT_EQ(strip_html("<p>目标1：a</p>"), "目标1：a");
  EXPECT_EQ(strip_html("a&nbsp;&amp;&lt;b&gt;&#8805;&#x25;"), "a &<b>≥%");
  EXPECT_EQ(strip_html("x<br/>y"), "x\ny");
  EXPECT_EQ(strip_html("≤ 5 < 6 & 7"), "≤ 5 < 6 & 7");  // not tags, not entities
  EXPECT_EQ(strip_html("&#0;"), "\xEF\xBF\xBD");
  EXPECT_EQ(strip_html("<unclosed"), "<unclosed");
}

TEST(TextHelpers, Amounts) {
  using jixiao::io::find_amount;
  using jixiao::io::parse_amount;
  ASSERT_TRUE(parse_amount("1,992.29"));
  EXPECT_TRUE(parse_amount("1,992.29")->amount.identical(dec("1992.29")));
  EXPECT_EQ(parse_amount("2279.048 万元")->unit, "万元");
  EXPECT_TRUE(parse_amount("854万")->amount == Decimal(854));
  EXPECT_EQ(parse_amount("8,827,620.53元")->unit, "元");
  EXPECT_TRUE(parse_amount("１２.５")->amount.identical(dec("12.5")));
  EXPECT_FALSE(parse_amount("1,99,2.29"));
  EXPECT_FALSE(parse_amount("≥95%"));
  EXPECT_FALSE(parse_amount("约5万元"));
  EXPECT_FALSE(parse_amount(""));
  const auto a = find_amount("完成2023年档案资料进行归档公用经费（其他）拟投入资金：4（万元）");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->amount, Decimal(4));
  EXPECT_EQ(a->unit, "万元");
  EXPECT_TRUE(a->embedded);
  EXPECT_FALSE(find_amount("完成2023年档案资料整理"));
  EXPECT_EQ(find_amount("共安排资金：12.5")->unit, "");
}

TEST(Import, EmptyAndTinyInputs) {
  for (const std::string& text : {std::string(), std::string("\n\n"), std::string("\xEF\xBB\xBF"), std::string("|||"),
                                 std::string("绩效指标"), std::string("一级指标\t二级指标"), std::string("产出指标")}) {
    const ImportResult r = import_form(text, "t.txt");
    EXPECT_TRUE(r.form.indicators.empty());
    EXPECT_EQ(with_id(r, "JX-I008").size(), 1u);
    EXPECT_TRUE(unaccounted(text, r).empty());
  }
}

TEST(Import, ProjectFormWithPipesAndSplitTargetCells) {
  const std::string text =
      "项目名称 | 绿化养护 | 主管部门 | 市住建局 |\n"
      "资金情况 | 年度资金总额: | 1,200.50 |\n"
      "| 其中:财政拨款 | 1,200.50 |\n"
      "一级指标 | 二级指标 | 三级指标 | 指标值类型 | 目标值 | 度量单位 |\n"
      "产出指标 | 数量指标 | 养护面积 | ≥ | 375 | 万平方米 |\n"
      "满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥ | 95 | % |\n";
  const ImportResult r = import_form(text, "p.txt");
  ASSERT_TRUE(r.form.project.has_value());
  EXPECT_EQ(r.form.project->name, "绿化养护");
  EXPECT_EQ(r.form.project->competent_department, "市住建局");
  ASSERT_EQ(r.form.budget.breakdowns.size(), 1u);
  EXPECT_EQ(r.form.budget.breakdowns[0].kind, jixiao::BreakdownKind::project_funds);
  EXPECT_TRUE(r.form.budget.breakdowns[0].declared_total->identical(dec("1200.50")));
  ASSERT_EQ(r.form.indicators.size(), 2u);
  EXPECT_EQ(r.form.indicators[1].annual_target.text(), "≥95%");
  ASSERT_TRUE(r.form.indicators[1].annual_target.target().has_value());
  EXPECT_EQ(r.form.indicators[1].unit, "%");
  EXPECT_TRUE(unaccounted(text, r).empty());
}

TEST(Import, SelfEvaluationColumns) {
  const std::string text =
      "一级指标\t二级指标\t三级指标\t分值\t年度指标值\t全年实际值\t得分\t未完成原因\n"
      "产出指标(50分)\t数量指标\t救助人数\t10\t≥100人\t98人\t9.8\t对象减少\n";
  const ImportResult r = import_form(text, "s.tsv");
  EXPECT_EQ(r.form.stage, jixiao::FormStage::self_evaluation);
  ASSERT_EQ(r.form.indicators.size(), 1u);
  const auto& i = r.form.indicators[0];
  EXPECT_EQ(i.level1, jixiao::Level1::output);
  EXPECT_EQ(i.level1_text, "产出指标(50分)");
  EXPECT_EQ(*i.weight, Decimal(10));
  EXPECT_EQ(i.annual_target.text(), "≥100人");
  EXPECT_EQ(i.actual, "98人");
  EXPECT_TRUE(i.score->identical(dec("9.8")));
  EXPECT_EQ(i.deviation_reason, "对象减少");
  EXPECT_TRUE(unaccounted(text, r).empty());
}

TEST(Import, UnknownCellsBecomeWarningsWithPositions) {
  const std::string text = "随便写的一段话\n绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\n\t产出指标\t数量指标\t次数\t5次\t多余\n";
  const ImportResult r = import_form(text, "u.tsv");
  ASSERT_EQ(r.form.indicators.size(), 1u);
  const auto left = with_id(r, "JX-I001");
  ASSERT_EQ(left.size(), 2u);
  for (const Finding* f : left) {
    EXPECT_EQ(f->severity, Severity::warning);
    ASSERT_TRUE(f->location.source);
  }
  EXPECT_EQ(left[0]->location.source->line, 3u);  // the extra cell of the indicator row
  EXPECT_EQ(left[0]->argument("text")->text(), "多余");
  EXPECT_EQ(left[1]->location.source->line, 1u);
  EXPECT_EQ(r.stats.cells_in_findings, 2u);
}

// The acceptance table: every corpus form imports, every cell is accounted for, and
// each file either yields indicators or says it found no indicator table.
TEST(CorpusImport, EveryFormImportsAndAccountsForEveryCell) {
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(JIXIAO_TEST_DATA "/forms")) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  ASSERT_EQ(files.size(), 29u);
  // Files whose indicator table survives as cells (a person can point at rows of
  // 一级/二级/三级/指标值); the rest are prose, OCR runs or scrambled extractions.
  const std::set<std::string> with_table = {"004", "010", "014", "018", "020", "022", "024", "026", "028", "032",
                                            "034", "036", "040", "044", "046", "050", "052", "054", "058"};
  std::printf("%-58s %6s %6s %6s %8s %8s\n", "file", "rows", "cells", "ind", "targets", "left");
  std::size_t total_ind = 0;
  for (const auto& p : files) {
    const std::string text = read_file(p);
    const ImportResult r = import_form(text, p.filename().string());
    const std::string name = p.filename().string();
    std::printf("%-58s %6zu %6zu %6zu %4zu/%-3zu %8zu\n", name.c_str(), r.stats.rows_read, r.stats.cells,
                r.stats.indicators, r.stats.targets_parsed, r.stats.targets, r.stats.cells_in_findings);
    total_ind += r.stats.indicators;
    EXPECT_TRUE(text.rfind("# source:", 0) == 0) << name;
    ASSERT_NE(r.form.metadata_value("source"), nullptr) << name;
    const auto missing = unaccounted(text, r);
    EXPECT_TRUE(missing.empty()) << name << ": " << (missing.empty() ? "" : missing.front());
    EXPECT_EQ(r.stats.cells_in_model + r.stats.cells_in_findings, r.stats.cells) << name;
    if (r.form.indicators.empty()) {
      EXPECT_EQ(with_id(r, "JX-I008").size(), 1u) << name;
    }
    if (with_table.count(name.substr(0, 3))) {
      EXPECT_GT(r.form.indicators.size(), 0u) << name;
    }
    for (const Finding& f : r.findings) {
      EXPECT_TRUE(f.location.source.has_value()) << name << " " << f.rule_id;
      EXPECT_EQ(f.rule_id.rfind("JX-I", 0), 0u);
    }
    for (const auto& ind : r.form.indicators) {
      EXPECT_TRUE(ind.level1 != jixiao::Level1::unknown || ind.level2 != jixiao::Level2::unknown) << name;
    }
    // What was imported is a valid canonical form: it survives save and load.
    const auto json = jixiao::io::save_form_to_string(r.form, jixiao::io::Format::json);
    const auto back = jixiao::io::load_form_from_string(json, jixiao::io::Format::json);
    ASSERT_TRUE(back.value.has_value()) << name;
    EXPECT_EQ(jixiao::io::first_difference(r.form, *back.value), "") << name;
  }
  EXPECT_GT(total_ind, 150u);
}

}  // namespace

namespace {

// Acceptance: the seed imports to the hand-made canonical JSON of the model issue.
// The canonical file carries two metadata entries that are not in the table text
// (`source`, a description of where the file came from, and `conventions`, a link to
// the schema notes); they are compared separately.
TEST(SeedCanonical, ImportEqualsTheHandMadeJson) {
  const ImportResult r = import_form(read_file(kSeedPath), "seed.tsv");
  const auto loaded = jixiao::io::load_form(JIXIAO_SOURCE_DIR "/examples/data/seed-suigang-2024-department.json");
  ASSERT_TRUE(loaded.ok()) << (loaded.findings.empty() ? "" : loaded.findings.front().render(jixiao::Lang::en));
  jixiao::PerformanceForm expected = *loaded.value;
  std::vector<std::pair<std::string, std::string>> not_in_text;
  auto& meta = expected.metadata;
  for (auto it = meta.begin(); it != meta.end();) {
    if (it->first == "source" || it->first == "conventions") {
      not_in_text.push_back(*it);
      it = meta.erase(it);
    } else {
      ++it;
    }
  }
  EXPECT_EQ(not_in_text.size(), 2u);
  EXPECT_EQ(jixiao::io::first_difference(r.form, expected), "");
  EXPECT_TRUE(r.form == expected);
  // One repair finding per repaired row, one for the HTML, nothing else.
  EXPECT_EQ(with_id(r, "JX-I002").size(), 10u);
  EXPECT_EQ(with_id(r, "JX-I005").size(), 1u);
  EXPECT_EQ(r.findings.size(), 11u);
}

}  // namespace

// Issue 15: what a careful reader does with the shapes real forms take.
namespace {

const jixiao::Indicator* named(const ImportResult& r, const std::string& name) {
  for (const auto& ind : r.form.indicators) {
    if (ind.name == name) return &ind;
  }
  return nullptr;
}

TEST(ImportRepairs, SideBySideMidTermAndAnnualMakeOneIndicatorPerRow) {
  const std::string text =
      "绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值 | 二级指标 | 三级指标 | 年度指标值 |\n"
      "产出指标 | 数量指标 | 培训人数 | 300人 | 数量指标 | 培训人数 | 100人 |\n"
      "质量指标 | 合格率 | ≥90% | 质量指标 | 结业合格率 | ≥95% |\n";
  const ImportResult r = import_form(text, "t.txt");
  ASSERT_EQ(r.form.indicators.size(), 2u);
  EXPECT_EQ(r.form.indicators[0].name, "培训人数");
  EXPECT_EQ(r.form.indicators[0].period_target.text(), "300人");
  EXPECT_EQ(r.form.indicators[0].annual_target.text(), "100人");
  EXPECT_EQ(r.form.indicators[1].name, "结业合格率");
  EXPECT_EQ(r.form.indicators[1].period_target.text(), "≥90%");
  EXPECT_EQ(r.form.indicators[1].annual_target.text(), "≥95%");
  // One note per row, and the 中期 name that differs is quoted at its cell.
  const auto notes = with_id(r, "JX-I010");
  ASSERT_EQ(notes.size(), 3u);
  EXPECT_EQ(notes[1]->location.source->line, 3u);
  EXPECT_EQ(notes[1]->location.source->column, 8u);
  EXPECT_TRUE(with_id(r, "JX-I002").empty());
  EXPECT_EQ(r.stats.cells_in_model + r.stats.cells_in_findings, r.stats.cells);
}

TEST(ImportRepairs, ASecondValueColumnIsKeptInAFindingNotASecondIndicator) {
  const ImportResult r = import_form("一级指标\t二级指标\t三级指标\t上年实际值\t年度指标值\n"
                                     "产出指标\t数量指标\t培训人数\t280人\t300人\n",
                                     "t.txt");
  ASSERT_EQ(r.form.indicators.size(), 1u);
  EXPECT_EQ(r.form.indicators[0].annual_target.text(), "300人");
  const auto kept = with_id(r, "JX-I006");
  ASSERT_EQ(kept.size(), 1u);
  EXPECT_EQ(kept[0]->message(jixiao::Lang::en),
            "another sub-column of the target (上年实际值), which the form has no field for, kept here: 280人");
}

TEST(ImportRepairs, ProseCategoriesNamesAndTargets) {
  const ImportResult r = import_form("1、数量指标:资助学生1966人。\n2、时效指标:发放率100%达标,到位率100%达标。\n", "t.txt");
  ASSERT_EQ(r.form.indicators.size(), 3u);
  EXPECT_EQ(r.form.indicators[0].name, "资助学生");
  EXPECT_EQ(r.form.indicators[0].annual_target.text(), "1966人");
  EXPECT_EQ(r.form.indicators[2].name, "到位率");
  EXPECT_EQ(r.form.indicators[2].annual_target.text(), "100%达标");
  // No 一级 is written: inferred from the 二级, once per block, and said.
  EXPECT_EQ(r.form.indicators[1].level1, jixiao::Level1::output);
  EXPECT_EQ(r.form.indicators[1].level1_text, "");
  EXPECT_EQ(with_id(r, "JX-I014").size(), 2u);
  EXPECT_EQ(with_id(r, "JX-I003").size(), 3u);
}

TEST(ImportRepairs, ATableFlattenedIntoOneCellIsCutAndRead) {
  const std::string text =
      "一级指标二级指标三级指标指标值产出指标数量指标培训人数反映培训规模≥100人质量指标合格率≥95%效益指标社会效益指标\n";
  const ImportResult r = import_form(text, "t.txt");
  ASSERT_EQ(r.form.indicators.size(), 3u);
  EXPECT_EQ(r.form.indicators[0].name, "培训人数");
  EXPECT_EQ(r.form.indicators[0].annual_target.text(), "≥100人");
  EXPECT_EQ(r.form.indicators[0].note, "反映培训规模");  // the 指标说明, not an indicator
  EXPECT_EQ(r.form.indicators[1].name, "合格率");
  // 社会效益指标 with nothing under it stays an empty category.
  EXPECT_EQ(r.form.indicators[2].name, "");
  EXPECT_FALSE(r.form.indicators[2].annual_target.present());
  ASSERT_FALSE(with_id(r, "JX-I009").empty());
  EXPECT_EQ(r.stats.cells_in_model + r.stats.cells_in_findings, r.stats.cells);
  EXPECT_TRUE(unaccounted(text, r).empty());
}

TEST(ImportRepairs, AProseListOfIndicatorsLeavesItsSeparatorsOutOfTheCells) {
  // source: tests/data/review-heldout/forms/1301_tongxin-xiamaguan-putao-2023-project.txt (line 7, shortened)
  const std::string text =
      "数量指标:★补助黄金蜜(葡萄)种植数量(≥**株)>=17600株;种植作物成活率(≥**%)>=85;时效指标:完成及时率(≥**%)>=100%。"
      "成本指标:黄金蜜(葡萄)补助成本(≤**元/株)≤28.40/株。\n";
  const ImportResult r = import_form(text, "t.txt");
  ASSERT_EQ(r.form.indicators.size(), 4u);
  EXPECT_EQ(r.form.indicators[0].name, "★补助黄金蜜(葡萄)种植数量(≥**株)");  // no `:` before it
  EXPECT_EQ(r.form.indicators[1].name, "种植作物成活率(≥**%)");  // no `;` before it
  EXPECT_EQ(r.form.indicators[1].annual_target.text(), ">=85");
  EXPECT_EQ(r.form.indicators[2].level2, jixiao::Level2::timeliness);
  EXPECT_EQ(r.form.indicators[3].annual_target.text(), "≤28.40/株");  // the rate's unit stays
  EXPECT_TRUE(with_id(r, "JX-I001").empty());
  EXPECT_EQ(r.stats.cells_in_model + r.stats.cells_in_findings, r.stats.cells);
  // A rate's `/` before a character of four bytes takes no piece of it.
  const ImportResult wide = import_form(
      "数量指标:种植数量(≥**株)>=17600株;种植作物成活率(≥**%)>=85/\xF0\xA0\x80\x80;时效指标:完成及时率(≥**%)>=100%。"
      "成本指标:补助成本(≤**元/株)≤28.40/株。\n",
      "t.txt");
  for (const auto& ind : wide.form.indicators) EXPECT_TRUE(jixiao::io::is_valid_text(ind.annual_target.text())) << ind.name;
  for (const auto& f : wide.findings) EXPECT_TRUE(jixiao::io::is_valid_text(f.render(jixiao::Lang::zh))) << f.rule_id;
}

TEST(ImportRepairs, ACommaInAFlattenedRunStillLeavesASentenceFragment) {
  // source: tests/data/review-heldout/forms/206_yuanzhou-songcha-ruhu-2022-selfeval.txt (line 5, shortened): a sentence with
  // figures, not a list; the piece after a comma is no indicator name.
  const ImportResult r = import_form(
      "绩效指标一级指标二级指标三级指标分值指标值产出指标(40分)数量指标针对监测帮扶对象共计3875人,发放边销茶目标人群是"
      "3875人,目前已发放边销茶目标人群3620人,时效指标年底前发放完毕\n",
      "t.txt");
  for (const auto& ind : r.form.indicators) EXPECT_EQ(ind.name.find("目前已发放"), std::string::npos) << ind.name;
}

TEST(ImportRepairs, AnOldLayoutsRowOrdinalIsNoName) {
  // source: tests/data/review-heldout/forms/1403_fujian-taitonglian-taibao-butie-2017-project.txt (lines 10-12)
  const std::string text =
      "绩效目标 评价指标 绩效内容 绩效标准 全年绩效目标\n"
      "投入 成本目标 目标1 发放省直困难、高龄台胞 100% 按实际情况发放\n"
      "目标2 开展丰收节活动、夏令营活动 100% 100%\n";
  const ImportResult r = import_form(text, "t.txt");
  ASSERT_EQ(r.form.indicators.size(), 2u);
  EXPECT_EQ(r.form.indicators[0].name, "发放省直困难、高龄台胞");  // not 目标1
  EXPECT_EQ(r.form.indicators[1].name, "开展丰收节活动、夏令营活动");
  EXPECT_EQ(with_id(r, "JX-I017").size(), 2u);  // each ordinal said, not lost
  EXPECT_EQ(r.stats.cells_in_model + r.stats.cells_in_findings, r.stats.cells);
}

TEST(ImportRepairs, ASelfEvaluationRunTogetherKeepsActualsWeightsScoresAndReasons) {
  const ImportResult r = import_form(
      "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因\n"
      "产出指标 数量指标 补助村数量 =8个 8 10 10 保障人数 =42人 40 10 9 人员减少 质量指标 合规性 合规 达成 10 10 "
      "效益指标 社会效益指标 提高积极性 效果明显 达成 10 10\n",
      "t.txt");
  ASSERT_EQ(r.form.indicators.size(), 4u);
  const auto* people = named(r, "保障人数");
  ASSERT_NE(people, nullptr);
  EXPECT_EQ(people->annual_target.text(), "=42人");
  EXPECT_EQ(people->actual, "40");
  EXPECT_EQ(people->weight, dec("10"));
  EXPECT_EQ(people->score, dec("9"));
  EXPECT_EQ(people->deviation_reason, "人员减少");
  const auto* rules = named(r, "合规性");
  ASSERT_NE(rules, nullptr);
  EXPECT_EQ(rules->annual_target.text(), "合规");  // the text right after the name is the target
  EXPECT_EQ(rules->actual, "达成");
  EXPECT_EQ(r.form.stage, jixiao::FormStage::self_evaluation);
}

TEST(ImportRepairs, AWeightRunIntoATargetTheActualRepeatsIsCutOff) {
  const ImportResult r = import_form(
      "一级指标二级指标三级指标分值年度指标值全年实际值得分产出指标(40分)数量指标指标1免费发放原原种8550万粒550万粒8"
      "指标2企业自行采购8200万粒190万粒7\n",
      "t.txt");
  ASSERT_EQ(r.form.indicators.size(), 2u);
  EXPECT_EQ(r.form.indicators[0].name, "指标1免费发放原原种");
  EXPECT_EQ(r.form.indicators[0].weight, dec("8"));
  EXPECT_EQ(r.form.indicators[0].annual_target.text(), "550万粒");
  EXPECT_EQ(r.form.indicators[0].actual, "550万粒");
  EXPECT_EQ(r.form.indicators[0].score, dec("8"));
  EXPECT_EQ(with_id(r, "JX-I013").size(), 1u);
  // Without the repeat there is no evidence: the value stays as written.
  EXPECT_EQ(r.form.indicators[1].annual_target.text(), "8200万粒");
}

// The same run where OCR misread the comparator before the actual (`^80%`, `5=50%`): the
// number with its unit is the same in both, so the row is cut at it; the 得分 (8) is no
// more than the 分值 (8). Different numbers after digits (`190万粒`) are no repeat.
TEST(ImportRepairs, AnActualThatRepeatsTheTargetBehindAMisreadComparatorIsCutOff) {
  const ImportResult r = import_form(
      "一级指标二级指标三级指标分值年度指标值全年实际值得分效益指标(40分)社会效益指标指标1一级种薯推广面积占总面积比例880%^80%8"
      "指标2群众对脱毒种薯和主食化专用品种的认知度8250%5=50%8指标3企业自行采购8200万粒190万粒7\n",
      "t.txt");
  ASSERT_EQ(r.form.indicators.size(), 3u);
  EXPECT_EQ(r.form.indicators[0].weight, dec("8"));
  EXPECT_EQ(r.form.indicators[0].annual_target.text(), "80%");
  EXPECT_EQ(r.form.indicators[0].actual, "^80%");
  EXPECT_EQ(r.form.indicators[0].score, dec("8"));
  EXPECT_EQ(r.form.indicators[1].annual_target.text(), "250%");
  EXPECT_EQ(r.form.indicators[1].actual, "5=50%");
  EXPECT_EQ(r.form.indicators[1].score, dec("8"));
  EXPECT_EQ(r.form.indicators[2].annual_target.text(), "8200万粒");  // no evidence: as written
}

// OCR text of a 自评表 (分值 | 指标值 | 全年实际值 | 得分 run together): a value the actual
// repeats, whatever its words, is cut between the 分值 and the 得分; an empty numbered
// slot of the template (`指标2:`) is no indicator.
// An .xlsx extracted with spaces: the two lines of the 实际完成值 header cell stand on
// either side of 指标值, the last character of 偏差原因分析及改进措施 is a cell of its own,
// and a wrapped deviation reason is no indicator.
TEST(ImportRepairs, AHeaderWordInterleavedWithItsNeighbourIsJoined) {
  const ImportResult r = import_form(
      "项目支出绩效自评表 绩 效 指 标 产出 指标 (50分 ) 实际 指标值 完成值 分值 得分 偏差原因分析及改进措 施 "
      "8676 15 13 建档立卡中有新增死亡 人员,导致有偏差 质量指标 指标1:资金是否全部纳入医 保统筹 100% 98% 15 14\n",
      "t.txt");
  ASSERT_EQ(r.form.indicators.size(), 1u);
  const auto& ind = r.form.indicators[0];
  EXPECT_EQ(ind.name, "指标1:资金是否全部纳入医保统筹");
  EXPECT_EQ(ind.annual_target.text(), "100%");
  EXPECT_EQ(ind.actual, "98%");
  EXPECT_EQ(ind.weight, dec("15"));
  EXPECT_EQ(ind.score, dec("14"));
  bool joined = false;
  for (const Finding* f : with_id(r, "JX-I009")) {
    joined = joined || f->message(jixiao::Lang::en).find("'实际' + '完成值'") != std::string::npos;
  }
  EXPECT_TRUE(joined);
  EXPECT_EQ(r.stats.cells_in_model + r.stats.cells_in_findings, r.stats.cells);
}

// Prose wrapped at a fixed width (梧州 030): a category name broken before its colon and
// a name broken before its target are joined across the line end; a category after a
// name with its target starts the next indicator.
TEST(ImportRepairs, ProseWordsBrokenAtTheLineEndAreJoined) {
  const ImportResult r = import_form(
      "绩效指标\n"
      "1条数量指标:开通业务月份≥1个月;设 1条质量指标:\n"
      "应急运维系统保障率≥80%;设 1条时效指标:资金支付及\n"
      "时率=100%;设 1条满意\n"
      "度指标:职工满意度≥90%。\n",
      "t.txt");
  std::vector<std::string> names;
  for (const auto& ind : r.form.indicators) {
    if (!ind.name.empty()) names.push_back(ind.name);
  }
  ASSERT_EQ(names, (std::vector<std::string>{"开通业务月份", "应急运维系统保障率", "资金支付及时率", "职工满意度"}));
  const auto* timely = named(r, "资金支付及时率");
  ASSERT_NE(timely, nullptr);
  EXPECT_EQ(timely->annual_target.text(), "=100%");
  EXPECT_EQ(timely->level2, jixiao::Level2::timeliness);
  const auto* satisfied = named(r, "职工满意度");
  ASSERT_NE(satisfied, nullptr);
  EXPECT_EQ(satisfied->annual_target.text(), "≥90%");
  std::size_t joins = 0;
  for (const Finding* f : with_id(r, "JX-I009")) {
    joins += f->message(jixiao::Lang::en).find("broken at the end of a line") != std::string::npos;
  }
  EXPECT_EQ(joins, 2u);
  EXPECT_EQ(r.stats.cells_in_model + r.stats.cells_in_findings, r.stats.cells);
}

// A scrambled .xlsx extraction (稷山 056): the values of the last rows come as one run
// before their names; each named row without a value takes the next group of them, as
// many as the table has value columns, in order; what is left over stays in findings.
TEST(ImportRepairs, DetachedValuesArePairedInOrderWithTheRowsWithout) {
  const ImportResult r = import_form(
      "项目支出绩效自评表 绩 效 指 标 产出 指标 (50分 ) 实际 指标值 完成值 分值 得分 偏差原因分析及改进措 施 "
      "时效指标 指标1:资金是否全部及时纳入 100% 100% 10 10 75元 75元 10 10 95% 95% 30 27 100 94 "
      "成本指标 指标1:配套资金每人每年 效益指标(30 分) 社会效益 指标1:是否解决看病难贵问题 总分\n",
      "t.txt");
  const auto* cost = named(r, "指标1:配套资金每人每年");
  ASSERT_NE(cost, nullptr);
  EXPECT_EQ(cost->annual_target.text(), "75元");
  EXPECT_EQ(cost->actual, "75元");
  EXPECT_EQ(cost->weight, dec("10"));
  EXPECT_EQ(cost->score, dec("10"));
  const auto* social = named(r, "指标1:是否解决看病难贵问题");
  ASSERT_NE(social, nullptr);
  EXPECT_EQ(social->annual_target.text(), "95%");
  EXPECT_EQ(social->score, dec("27"));
  const auto* timely = named(r, "指标1:资金是否全部及时纳入");
  ASSERT_NE(timely, nullptr);
  EXPECT_TRUE(timely->deviation_reason.empty());  // the 75元 after its four values is not its reason
  std::size_t paired = 0;
  for (const Finding* f : with_id(r, "JX-I009")) {
    paired += f->message(jixiao::Lang::en).find("paired in order") != std::string::npos;
  }
  EXPECT_EQ(paired, 2u);
  bool total_left = false;
  for (const Finding* f : with_id(r, "JX-I001")) total_left = total_left || f->message(jixiao::Lang::en).find(": 94") != std::string::npos;
  EXPECT_TRUE(total_left);
  EXPECT_EQ(r.stats.cells_in_model + r.stats.cells_in_findings, r.stats.cells);
}

TEST(ImportRepairs, AValueTheActualRepeatsIsCutBetweenWeightAndScore) {
  const ImportResult r = import_form(
      "一级指标二级指标三级指标考值参分指标值(A)全年实际值(B)得分未完成原因分析及改进措施"
      "产出指标(30分)数量指标(10分)保障人数102370人2370人10指标2:质量指标(5分)公用经费标准5符合相关文件要求"
      "符合相关文件要求5指标2:时效指标(5分)公用经费完成时间52021年12月完成2021年12月完成4指标L指标2:成本指标"
      "种薯采购价格不高于市场价8是是8经费审批流程规范性2.5合规合规2.5\n",
      "t.txt");
  ASSERT_EQ(r.form.indicators.size(), 5u);
  const auto* rules = named(r, "经费审批流程规范性");
  ASSERT_NE(rules, nullptr);
  EXPECT_EQ(rules->annual_target.text(), "合规");
  EXPECT_EQ(rules->actual, "合规");
  EXPECT_EQ(rules->weight, dec("2.5"));
  EXPECT_EQ(rules->score, dec("2.5"));
  const auto* standard = named(r, "公用经费标准");
  ASSERT_NE(standard, nullptr);
  EXPECT_EQ(standard->annual_target.text(), "符合相关文件要求");
  EXPECT_EQ(standard->actual, "符合相关文件要求");
  EXPECT_EQ(standard->weight, dec("5"));
  EXPECT_EQ(standard->score, dec("5"));
  const auto* when = named(r, "公用经费完成时间");
  ASSERT_NE(when, nullptr);
  EXPECT_EQ(when->annual_target.text(), "2021年12月完成");
  EXPECT_EQ(when->actual, "2021年12月完成");
  EXPECT_EQ(when->weight, dec("5"));
  EXPECT_EQ(when->score, dec("4"));
  const auto* price = named(r, "种薯采购价格不高于市场价");
  ASSERT_NE(price, nullptr);
  EXPECT_EQ(price->annual_target.text(), "是");
  EXPECT_EQ(price->actual, "是");
  EXPECT_EQ(with_id(r, "JX-I017").size(), 4u);  // 指标2: ×3, 指标L
  for (const Finding* f : with_id(r, "JX-I017")) {
    ASSERT_TRUE(f->location.source.has_value());
    EXPECT_EQ(f->location.source->line, 1u);
    EXPECT_GT(f->location.source->column, 1u);
  }
  EXPECT_EQ(r.stats.cells_in_model + r.stats.cells_in_findings, r.stats.cells);
}

}  // namespace

namespace {

// A 一级 label standing lower in its merged block: the rows above it that start a new
// 二级 block take the 一级 their 二级 belongs to, and the label keeps the block's 二级.
TEST(ImportRepairs, ACategoryLabelInTheMiddleOfItsBlock) {
  const ImportResult r = import_form(
      "一级指标\t二级指标\t三级指标\t指标值\n"
      "产出指标\t数量指标\t培训人数\t≥100人\n"
      "\t经济效益指标\t增收\t≥5%\n"
      "效益指标\t\t带动就业\t≥20人\n",
      "t.txt");
  ASSERT_EQ(r.form.indicators.size(), 3u);
  EXPECT_EQ(r.form.indicators[1].level1, jixiao::Level1::benefit);
  EXPECT_EQ(r.form.indicators[2].level1, jixiao::Level1::benefit);
  EXPECT_EQ(r.form.indicators[2].level2, jixiao::Level2::economic_benefit);
  const auto inferred = with_id(r, "JX-I014");
  ASSERT_EQ(inferred.size(), 1u);
  EXPECT_EQ(inferred[0]->location.source->line, 3u);
}

// One cell per line with blank lines between (a school's web page, a self-evaluation):
// header words wrapped onto their column names, the template's ellipsis rows, the
// execution block's wrapped column names.
TEST(ImportRepairs, OneCellPerLineWithWrappedHeaderWords) {
  const ImportResult r = import_form(
      "项目支出绩效自评表\n\n项目资金\n\n年初\n\n预算数\n\n全年\n\n预算数\n\n全年\n\n执行数\n\n"
      "年度资金总额\n\n43.2\n\n43.2\n\n37.24\n\n"
      "一级指标\n\n二级指标\n\n三级指标\n\n年度\n\n指标值\n\n实际\n\n完成值\n\n分值\n\n得分\n\n"
      "产出指标\n\n数量指标\n\n工程资金金额\n\n43.2万元\n\n37.24万元\n\n10\n\n9\n\n"
      "……\n\n质量指标\n\n工程完工率\n\n100%\n\n100%\n\n10\n\n10\n",
      "t.txt");
  ASSERT_EQ(r.form.indicators.size(), 2u);
  EXPECT_EQ(r.form.indicators[0].name, "工程资金金额");
  EXPECT_EQ(r.form.indicators[0].actual, "37.24万元");
  EXPECT_EQ(r.form.indicators[1].name, "工程完工率");
  EXPECT_EQ(r.form.indicators[1].score, Decimal(10));
  ASSERT_EQ(r.form.budget.execution.size(), 1u);
  EXPECT_EQ(r.form.budget.execution[0].executed, Decimal::parse("37.24").value());
  EXPECT_EQ(with_id(r, "JX-I017").size(), 1u);  // the ellipsis row
}

// A 湖南 project form: one `cell |` per line, a 绩效标准 column of choices, the total
// alone on its line above its amount, a 三级 named 满意度 under its own category.
TEST(ImportRepairs, ProvincialLabelsStandardChoicesAndANameLikeItsCategory) {
  const ImportResult r = import_form(
      "填报单位:(盖章) 单位:万元 |\n项目支出名称 |\n雾炮车降尘抑尘服务 |\n预算部门 |\n湘潭市环境卫生管理处 |\n"
      "年度本级 预算金额 |\n250万 |\n本年度绩效目标 |\n全市空气质量达到优良 |\n"
      "一级指标 |\n二级指标 |\n三级指标 |\n指标值及单位 |\n绩效标准 |\n"
      "产出指标 |\n数量指标 |\n配备车辆数 |\n10辆 |\n计划标准 |\n"
      "满意度指标 |\n服务对象满意度指标 |\n满意度 |\n90% |\n计划标准 |\n",
      "t.txt");
  EXPECT_EQ(r.form.unit_name, "湘潭市环境卫生管理处");
  ASSERT_EQ(r.form.goals.size(), 1u);
  ASSERT_EQ(r.form.budget.breakdowns.size(), 1u);
  EXPECT_EQ(r.form.budget.breakdowns[0].declared_total, Decimal(250));
  ASSERT_EQ(r.form.indicators.size(), 2u);
  EXPECT_EQ(r.form.indicators[0].name, "配备车辆数");
  EXPECT_EQ(r.form.indicators[1].name, "满意度");
  EXPECT_EQ(r.form.indicators[1].level2, jixiao::Level2::satisfaction);
  EXPECT_EQ(r.form.indicators[1].annual_target.text(), "90%");
}

// After a row whose values are complete, a score column the header did not name (`5`), a
// fragment or a bare target never starts an indicator; the row's name repeated is a value.
TEST(ImportRepairs, ValuesAndFragmentsNeverNameAnIndicator) {
  const ImportResult r = import_form(
      "一级指标\n\n二级指标\n\n三级指标\n\n年度指标值\n\n实际完成指标值\n\n50\n\n"
      "产出指标\n\n质量指标\n\n指标1:违法案件查办率\n\n100%\n\n100%\n\n4\n\n"
      "指标2:风险分级完成率\n\n95%\n\n96%\n\n5\n\n100%\n\n以上\n\n"
      "效益指标\n\n社会效益指标\n\n美化环境。\n\n美化环境。\n",
      "t.txt");
  ASSERT_EQ(r.form.indicators.size(), 3u);
  EXPECT_EQ(r.form.indicators[0].actual, "100%");
  EXPECT_EQ(r.form.indicators[1].name, "指标2:风险分级完成率");
  EXPECT_EQ(r.form.indicators[2].name, "美化环境。");
  EXPECT_EQ(r.form.indicators[2].annual_target.text(), "美化环境。");
  EXPECT_GE(with_id(r, "JX-I001").size(), 4u);  // 4, 5, 100%, 以上: left, never indicators
}

// A 一级 printed one character per line (a merged cell set vertically) is one label; the
// seal's date line under the table ends it.
TEST(ImportRepairs, AVerticalLabelAndASealLine) {
  const ImportResult r = import_form(
      "一级指标\n二级指标\n三级指标\n指标值\n产\n出\n指\n标\n数量指标\n扶持主体数\n≥20个\n"
      "满意度指标\n服务对象满意度指标\n受益对象满意度\n≥90%\n财政资金管理科室(盖章) 年 月 日\n",
      "t.txt");
  ASSERT_EQ(r.form.indicators.size(), 2u);
  EXPECT_EQ(r.form.indicators[0].level1, jixiao::Level1::output);
  EXPECT_EQ(r.form.indicators[0].name, "扶持主体数");
  EXPECT_EQ(r.form.indicators[1].name, "受益对象满意度");
}

// A 二级 written after its 一级's word (`产出数量`, a 山西 self-evaluation) is that 二级.
TEST(ImportRepairs, ASecondLevelPrefixedByItsFirstLevel) {
  const ImportResult r = import_form(
      "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t产出数量\t培训人数\t≥100人\n\t产出质量\t合格率\t≥95%\n",
      "t.txt");
  ASSERT_EQ(r.form.indicators.size(), 2u);
  EXPECT_EQ(r.form.indicators[0].level2, jixiao::Level2::quantity);
  EXPECT_EQ(r.form.indicators[1].level2, jixiao::Level2::quality);
  EXPECT_EQ(r.form.indicators[1].name, "合格率");
}

// A 自评表 header with a leading cell and `年初目标值(A)`; rows lost their merged cells, so
// some start at the 三级 column and one at its 二级: each is read at its own columns.
TEST(ImportRepairs, ASelfEvaluationRowStartingAtItsSecondLevel) {
  const ImportResult r = import_form(
      "年度绩效目标 (80分) | 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分\n"
      "产出指标 | 数量指标 | 一、示范区建立 | ≧20000亩 | 20000亩 | 15.0\n"
      "1、水稻侧深施肥 | ≧500亩 | 500亩 | 5.0\n"
      "2、玉米种肥同播 | ≧1000亩 | 1000亩 | 5.0\n"
      "质量指标 | 示范区配方肥到位率 | ≧80% | 85.6% | 10.0\n",
      "t.txt");
  ASSERT_EQ(r.form.indicators.size(), 4u);
  const auto& quality = r.form.indicators[3];
  EXPECT_EQ(quality.level2, jixiao::Level2::quality);
  EXPECT_EQ(quality.annual_target.text(), "≧80%");
  EXPECT_EQ(quality.actual, "85.6%");
  EXPECT_EQ(r.form.indicators[1].annual_target.text(), "≧500亩");
  EXPECT_EQ(r.form.indicators[1].actual, "500亩");
}

// A flattened table (a document preview): a target in words that bounds the cost by the
// budget sits between two names and is the first one's target.
TEST(ImportRepairs, ABudgetBoundInAFlattenedTableIsATarget) {
  const ImportResult r = import_form(
      "# kind: project\n某项目支出绩效目标表项目名称大楼运行保障绩效指标一级指标二级指标绩效标准当年预期实现值产出指标"
      "数量指标大楼安检巡察次数反映大楼保卫巡检情况200次成本指标成本控制率不超预算水电气消耗下降率"
      "反映水电气消耗比上年下降情况≥5%\n",
      "t.txt");
  ASSERT_EQ(r.form.indicators.size(), 3u);
  EXPECT_EQ(r.form.indicators[1].name, "成本控制率");
  EXPECT_EQ(r.form.indicators[1].annual_target.text(), "不超预算");
  EXPECT_EQ(r.form.indicators[2].name, "水电气消耗下降率");
  EXPECT_EQ(r.form.indicators[2].annual_target.text(), "≥5%");
}

// A self-evaluation report that states some rows only in its sentences: those rows are
// read (JX-I018), the rows its table gave are not added twice, and every cell is counted.
TEST(ImportRepairs, IndicatorsStatedInSentencesOfAReport) {
  const std::string text =
      "# kind: self-eval\n"
      "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\n"
      "产出指标\t数量指标\t组织活动数量\t≥28次\t40次\n"
      "(二)项目绩效目标完成情况1.产出目标完成情况(1)时效目标:资金到位时间绩效目标值是2023年12月前,实际完成值为"
      "2023年12月前,目标完成率为100%,(2)成本目标:项目资金投入绩效目标值是10万元,实际完成值为0万元,目标完成率为0%,"
      "(3)数量目标:组织活动数量绩效目标值是28次,实际完成值为40次,目标完成率为143%\n";
  const ImportResult r = import_form(text, "t.txt");
  ASSERT_EQ(r.form.indicators.size(), 3u);
  const auto& cost = r.form.indicators[2];
  EXPECT_EQ(cost.name, "项目资金投入");
  EXPECT_EQ(cost.level2, jixiao::Level2::cost);
  EXPECT_EQ(cost.annual_target.text(), "10万元");
  EXPECT_EQ(cost.actual, "0万元");
  EXPECT_EQ(r.form.indicators[1].level2, jixiao::Level2::timeliness);
  EXPECT_EQ(r.form.indicators[1].actual, "2023年12月前");
  EXPECT_FALSE(with_id(r, "JX-I018").empty());
  EXPECT_EQ(r.stats.cells_in_model + r.stats.cells_in_findings, r.stats.cells);
  // Sentences that only repeat the table leave the cell unread, as before.
  const ImportResult same = import_form(
      "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\n产出指标\t数量指标\t组织活动数量\t≥28次\t40次\n"
      "(3)数量目标:组织活动数量绩效目标值是28次,实际完成值为40次,目标完成率为143%\n",
      "t.txt");
  EXPECT_EQ(same.form.indicators.size(), 1u);
  EXPECT_EQ(same.stats.cells_in_model + same.stats.cells_in_findings, same.stats.cells);
  // A report of sentences only: its rows, and no "no indicator table" warning.
  const ImportResult only = import_form(
      "(2)成本目标:项目资金投入绩效目标值是10万元,实际完成值为0万元,目标完成率为0%,(3)数量目标:培训人数绩效目标值是"
      "50人,实际完成值为52人\n",
      "t.txt");
  EXPECT_EQ(only.form.indicators.size(), 2u);
  EXPECT_TRUE(with_id(only, "JX-I008").empty());
  // Hostile text: a long run of the words stays linear and names stay whole characters.
  std::string run = "一级指标\t三级指标\t年度指标值\n产出指标\t某数量\t≥1个\n";
  for (int k = 0; k < 20000; ++k) run += "目标值是1,";
  run += "\n(二)情况,资资资资资a";
  for (int k = 0; k < 39; ++k) run += "资";
  run += "目标值是10万元,实际完成值为0万元,\n";
  const ImportResult hostile = import_form(run, "t.txt");
  EXPECT_EQ(hostile.stats.cells_in_model + hostile.stats.cells_in_findings, hostile.stats.cells);
  ASSERT_FALSE(hostile.form.indicators.empty());
  // The name starts 120 bytes back at a whole character (`a资…`), not inside 资.
  EXPECT_EQ(hostile.form.indicators.back().name.substr(0, 1), "a");
}

// A flattened row whose 分值 ran into the end of its target (`100%20`, `95%以上10`): the
// weight is cut off (JX-I013); digits only (`210010`) are not cut, where would it be?
TEST(ImportRepairs, AWeightRunIntoTheTargetIsCutOff) {
  const ImportResult r = import_form(
      "2019年度某县高中助学金项目绩效评价指标表\n评价指标评价内容指标名称指标说明目标值分值备注\n"
      "产出数量指标享受资助人数达到预计值210010\n时效指标及时发放率达到目标值100%20\n"
      "成本指标资助标准达标率100%20\n质量指标故障响应时间≤2小时30\n"
      "效益指标社会效益指标受助学生按时毕业率达到95%以上10\n",
      "t.txt");
  ASSERT_GE(r.form.indicators.size(), 4u);
  const auto& cost = r.form.indicators[r.form.indicators.size() - 3];
  // After a unit that may go on (`2小时30` is two and a half hours) nothing is cut.
  EXPECT_EQ(r.form.indicators[r.form.indicators.size() - 2].annual_target.text(), "≤2小时30");
  EXPECT_FALSE(r.form.indicators[r.form.indicators.size() - 2].weight);
  EXPECT_EQ(cost.name, "资助标准达标率");
  EXPECT_EQ(cost.annual_target.text(), "100%");
  ASSERT_TRUE(cost.weight);
  EXPECT_EQ(*cost.weight, Decimal(20));
  EXPECT_EQ(r.form.indicators.back().annual_target.text(), "95%以上");
  EXPECT_FALSE(with_id(r, "JX-I013").empty());
  EXPECT_EQ(r.stats.cells_in_model + r.stats.cells_in_findings, r.stats.cells);
}

// Space-separated prose cut at a space inside a list of figures (corpus 052): the rest of
// the sentence is joined back (JX-I009), so the goal and its completion keep their
// sentences; a dot leader is filler, not a goal. A goal and a completion that do not
// leave a list open stay apart.
TEST(ImportRepairs, AGoalCutAtASpaceIsJoined) {
  const std::string head =
      "项目支出绩效自评表 (2022年度) 项目名称 村级补助及运转经费 年度总体目标 预期目标 实际完成情况 ";
  const ImportResult r = import_form(
      head + "本项目共申请预算资金2026400元,其中村级组织运转400000元,村民监督委员会 工资28000元,村级事务补助960000元。 "
             ".............. 本项目共完成预算资金1288000元,其中村级组织运转300000元,村民监督委员会 工资28000元,"
             "村级事务补助960000元。 绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n",
      "t.txt");
  ASSERT_EQ(r.form.goals.size(), 1u);
  EXPECT_EQ(r.form.goals[0],
            "本项目共申请预算资金2026400元,其中村级组织运转400000元,村民监督委员会工资28000元,村级事务补助960000元。");
  const std::string* completion = r.form.metadata_value("goal_completion");
  ASSERT_NE(completion, nullptr);
  EXPECT_EQ(completion->substr(0, 30), "本项目共完成预算资金");
  EXPECT_EQ(with_id(r, "JX-I009").size(), 2u);
  EXPECT_EQ(r.stats.cells_in_model + r.stats.cells_in_findings, r.stats.cells);

  const ImportResult pair = import_form(
      head + "保障学校正常运转，受益学生2370人 已完成，受益学生2370人。 绩效指标 一级指标 二级指标 三级指标 年度指标值\n",
      "t.txt");
  ASSERT_EQ(pair.form.goals.size(), 1u);
  EXPECT_EQ(pair.form.goals[0], "保障学校正常运转，受益学生2370人");
  const ImportResult one_figure = import_form(
      head + "受益学生2370人，改善办学条件 已受益2370人，办学条件改善。 绩效指标 一级指标 二级指标 三级指标 年度指标值\n",
      "t.txt");
  ASSERT_EQ(one_figure.form.goals.size(), 1u);
  EXPECT_EQ(one_figure.form.goals[0], "受益学生2370人，改善办学条件");
  const ImportResult two_lists = import_form(
      head + "新建道路5公里，受益人口3000人，改善群众出行条件 完成道路硬化5公里，受益人口3000人。 绩效指标 一级指标 "
             "二级指标 三级指标 年度指标值\n",
      "t.txt");
  ASSERT_EQ(two_lists.form.goals.size(), 1u);
  EXPECT_EQ(two_lists.form.goals[0], "新建道路5公里，受益人口3000人，改善群众出行条件");
  EXPECT_NE(two_lists.form.metadata_value("goal_completion"), nullptr);
}

// Held-out 1201 (塘湖镇 2020 部门整体自评表): the budget row leaves 执行数 empty, so its
// `100%` is the rate and its `20` the score, not 执行数 and 执行率; bare `预算数`/`执行数`
// are columns beside 执行率. A `群众满意度 指标` 二级 is the satisfaction category.
TEST(ImportRepairs, AnExecutionRowWithAnEmptyCellAndAGroupSatisfactionCategory) {
  const ImportResult r = import_form(
      "# kind: self-eval\n"
      "预算执行情况(万元) (20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) | |||||\n"
      "部门整体支出总额 | 864.2 | 100% | 20 | ||||||\n"
      "年度绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 | |||\n"
      "产出指标 | 数量指标 | 办结信访案件 | 168起 | 168起 | 10 | ||||\n"
      "满意度指标 | 群众满意度 指标 | 群众对政府工作满意度 | ≧90% | 95% | 20 | ||||\n",
      "t.txt");
  ASSERT_EQ(r.form.budget.execution.size(), 1u);
  const auto& e = r.form.budget.execution[0];
  ASSERT_TRUE(e.full_year_budget);
  EXPECT_EQ(*e.full_year_budget, Decimal::parse("864.2").value());
  EXPECT_FALSE(e.executed);
  EXPECT_EQ(e.rate_text, "100%");
  ASSERT_TRUE(e.score);
  EXPECT_EQ(*e.score, Decimal(20));
  EXPECT_TRUE(with_id(r, "JX-I007").empty());
  ASSERT_EQ(r.form.indicators.size(), 2u);
  EXPECT_EQ(r.form.indicators[1].level2, jixiao::Level2::satisfaction);
  // 分值 before 执行率, the last cell empty: the percentage is the rate, not the weight.
  const ImportResult w = import_form(
      "# kind: self-eval\n项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分\n"
      "其中:当年财政拨款 | 30 | 30 | 30 | 100%\n",
      "t.txt");
  ASSERT_EQ(w.form.budget.execution.size(), 1u);
  EXPECT_EQ(w.form.budget.execution[0].rate_text, "100%");
  EXPECT_FALSE(w.form.budget.execution[0].weight);
  EXPECT_TRUE(with_id(w, "JX-I007").empty());
  // Two bare headers head a project form's breakdown, not an execution table.
  const ImportResult b = import_form("项目资金(万元) | 预算数 | 执行数\n年度资金总额 | 120 | 100\n财政拨款 | 100 | 100\n", "t.txt");
  EXPECT_TRUE(b.form.budget.execution.empty());
  EXPECT_EQ(r.form.indicators[1].name, "群众对政府工作满意度");
  EXPECT_EQ(r.form.indicators[1].annual_target.text(), "≧90%");
}

// Prose that writes a template hint before the target (held-out 1301, 同心):
// `受益脱贫户满意度(≥**%)≥95%` is the name with its hint, then `≥95%`.
TEST(ImportRepairs, AComparatorAfterABracketedHintStartsTheTarget) {
  const ImportResult r = import_form(
      "项目绩效目标\n一、 产出指标\n数量指标:黄金蜜(葡萄)种植数量(≥**株)>=17600株。\n三、 满意度指标\n"
      "服务对象满意度指标:受益脱贫户满意度(≥**%)≥95%。\n",
      "t.txt");
  ASSERT_FALSE(r.form.indicators.empty());
  const auto& last = r.form.indicators.back();
  EXPECT_EQ(last.annual_target.text(), "≥95%");
  EXPECT_EQ(last.name.find("≥**%)≥"), std::string::npos) << last.name;
}

// A text that ends in the last row of its indicator table (an excerpt cut off, held-out
// 1302: `… | 气`) says so (JX-I019); a last row followed by a note, or with its target,
// does not.
TEST(ImportRepairs, ATableTheTextCutsOffIsNamed) {
  const std::string table =
      "一级指标 | 二级指标 | 三级指标 | 指标值\n产出指标 | 数量指标 | 购置灭火器数量 | ≥20个\n"
      "产出指标 | 质量指标 | 设备验收合格率 | 100%\n";
  const ImportResult cut = import_form(table + "效益指标 | 社会效益指标 | 消防安全意识\n", "t.txt");
  const auto found = with_id(cut, "JX-I019");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0]->location.path, "/indicators");
  EXPECT_EQ(found[0]->location.source->line, 4u);
  EXPECT_EQ(cut.stats.cells_in_model + cut.stats.cells_in_findings, cut.stats.cells);
  EXPECT_TRUE(with_id(import_form(table + "效益指标 | 社会效益指标 | 消防安全意识 | 提高\n", "t.txt"), "JX-I019").empty());
  // Empty cells after the name on its line: the row is whole, its target left blank.
  EXPECT_TRUE(with_id(import_form(table + "效益指标 | 社会效益指标 | 消防安全意识 | |\n", "t.txt"), "JX-I019").empty());
  EXPECT_TRUE(with_id(import_form("一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t购置灭火器数量\t\n", "t.txt"),
                      "JX-I019")
                  .empty());
  EXPECT_TRUE(with_id(import_form(table + "效益指标 | 社会效益指标 | 消防安全意识\n填报人: 张三\n", "t.txt"), "JX-I019").empty());
}

// A text that ends at a category label with no row under it (corpus 034: `效益指标` /
// `经济效益`) may be cut off too (JX-I019). A template's empty slot after the label
// (`成本指标 | 指标1:`) says the table ends there unfilled, not cut.
TEST(ImportRepairs, ATableCutAtACategoryIsNamed) {
  // source: tests/data/review-heldout/forms/303_jinzhai-chagu-meili-xiangcun-2023-dept-selfeval.txt (lines 25-28, shortened)
  const std::string head =
      "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
      "产出指标 | 时效指标 | 指标1:完成美丽宜居自然村庄验收时间 | 9月前 | 7月 | 5 | 5 |\n";
  const ImportResult cut = import_form(head + "效益指标 | 经济效益\n", "t.txt");
  const auto found = with_id(cut, "JX-I019");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_NE(found[0]->render(jixiao::Lang::en).find("category 经济效益"), std::string::npos) << found[0]->render(jixiao::Lang::en);
  EXPECT_TRUE(with_id(import_form(head + "成本指标 | 指标1:\n", "t.txt"), "JX-I019").empty());
  EXPECT_TRUE(with_id(import_form(head + "效益指标 | 经济效益\n填报人: 张三\n", "t.txt"), "JX-I019").empty());
  EXPECT_TRUE(with_id(import_form(head + "成本指标 | | | | | |\n", "t.txt"), "JX-I019").empty());  // a row of empty cells
}

// A text that ends at the target of an output row, with no 效益 or 满意度 row before it
// (held-out 1501: `质量指标 验收合格率 1`): the table does not end there, so it may be cut
// off (JX-I019). A table that has reached its 效益 rows, or text after the row, does not.
TEST(ImportRepairs, ATableCutAtAnOutputTargetIsNamed) {
  const std::string head = "一级指标 二级指标 三级指标 指标值\n产出指标 数量指标 签约康复人数 ≥18000人\n";
  const ImportResult cut = import_form(head + "质量指标 验收合格率 1\n", "t.txt");
  const auto found = with_id(cut, "JX-I019");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0]->location.source->line, 3u);
  EXPECT_NE(found[0]->render(jixiao::Lang::en).find("target 1"), std::string::npos) << found[0]->render(jixiao::Lang::en);
  EXPECT_EQ(cut.form.indicators.back().annual_target.text(), "1");  // kept as read
  EXPECT_TRUE(with_id(import_form(head + "效益指标 社会效益指标 康复意识 提高\n质量指标 验收合格率 1\n", "t.txt"), "JX-I019")
                  .empty());
  EXPECT_TRUE(with_id(import_form(head + "质量指标 验收合格率 1\n填报人: 张三\n", "t.txt"), "JX-I019").empty());
  // A whole target ends a form that lacks 效益 as well as an excerpt: no cut is claimed.
  EXPECT_TRUE(with_id(import_form(head + "成本指标 经济成本指标 培训经费 ≤20万元\n", "t.txt"), "JX-I019").empty());
}

// A grade or an effect where a name belongs (`优`, `显著`: a self-evaluation's actual on
// a line of its own, held-out 803 and 906) names no indicator: it is left, not read as an
// indicator `优` with its score as a target.
TEST(ImportRepairs, AGradeWhereANameBelongsIsNoIndicator) {
  // source: tests/data/review-heldout/forms/803_dyrmt-tielu-yanxian-zhengzhi-selfeval.txt (lines 20-24)
  const ImportResult r = import_form(
      "一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 实际完成值 | 得分 |\n"
      "效益指标 | 社会效益指标 | 安全隐患排查有效处置率 | ≥ | 90% | 91% | 10 |\n"
      "可持续影响指标 | 铁路沿线环境及安全整治管理机制健全性 | 定性 | 优良中低差 |\n"
      "| 优 | 10 |\n",
      "t.txt");
  for (const auto& ind : r.form.indicators) {
    EXPECT_NE(ind.name, "优");
    EXPECT_NE(ind.name, "显著");
  }
  EXPECT_EQ(r.stats.cells_in_model + r.stats.cells_in_findings, r.stats.cells);
  const ImportResult effect = import_form(
      "一级指标\n二级指标\n三级指标\n指标值\n实际完成值\n分值\n得分\n效益指标\n社会效益指标\n提高就业率\n显著\n显著\n6\n6\n", "t.txt");
  for (const auto& ind : effect.form.indicators) EXPECT_NE(ind.name, "显著");
  // A short name that speaks of an effect is still a name.
  const ImportResult named = import_form(
      "一级指标 | 二级指标 | 三级指标 | 指标值\n产出指标 | 数量指标 | 培训人次 | ≥500人次\n"
      "效益指标 | 社会效益指标 | 宣传效果 | ≥90%\n",
      "t.txt");
  ASSERT_EQ(named.form.indicators.size(), 2u);
  EXPECT_EQ(named.form.indicators[1].name, "宣传效果");
}

// A self-evaluation whose actual column is headed 实施进度 (held-out 505, 大英 2020): the
// progress is the row's actual, not a second row named 已完成.
TEST(ImportRepairs, AProgressColumnHoldsTheActual) {
  // source: tests/data/review-heldout/forms/505_daying-shuangxin-wenming-chuangjian-2020-selfeval.txt (lines 7-25, one line per row)
  const ImportResult r = import_form(
      "一级指标 | 二级指标 | 三级指标 | 指标值 | 实施进度 |\n"
      "产出指标 | 数量指标 | 宣传次数 | 至少全年完成2次宣传 | 已完成100% |\n"
      "成本指标 | 成本 | 10万元 | 已完成100% |\n"
      "项目效益 | 社会效益指标 | 提升全县消费者维权意识 | 不断提升 | 已完成100% |\n",
      "t.txt");
  ASSERT_EQ(r.form.indicators.size(), 3u);
  for (const auto& ind : r.form.indicators) {
    EXPECT_EQ(ind.actual, "已完成100%") << ind.name;
    EXPECT_NE(ind.name, "已完成");
  }
  EXPECT_EQ(r.form.indicators[2].level1, jixiao::Level1::benefit);  // 项目效益
}

// A mirror site's pinyin glosses inside words (held-out 501, 丽江 2020: `項(xiàng)目`) are
// removed before the table is read, said once (JX-I009), and every position still points
// into the text as given. A bracket of letters without a tone mark stays.
TEST(ImportRepairs, PinyinGlossesAreRemovedAndPositionsKept) {
  // source: tests/data/review-heldout/forms/501_lijiang-gucheng-weipian-zhifa-2020-selfeval.txt (lines 21-28, shortened)
  const std::string text =
      "# note: 項(xiàng)目 stays in a comment\n"
      "| 績效指標(biāo) | 年度指標(biāo)值 | 實(shí)際完成值 | 分值 | 得分 | 偏差原因分析及改進(jìn)措施 |\n"
      "| 一級指標(biāo) | 二級指標(biāo) | 三級指標(biāo) | 指標(biāo)性質(zhì) | 指標(biāo)值 | 度量單位 |\n"
      "| 產(chǎn)出指標(biāo) | 數(shù)量指標(biāo) | 衛(wèi)片執(zhí)法補(bǔ)助經(jīng)費(fèi) | ﹦ | 72890 | 元 | 72890 | 10.00 | 9.00 | |\n"
      "| 質(zhì)量指標(biāo) | 項(xiàng)目驗(yàn)收合格率(km) | ≥ | 95 | % | 100 | 20 | 19 | |\n";
  const ImportResult r = import_form(text, "t.txt");
  ASSERT_EQ(r.form.indicators.size(), 2u);
  EXPECT_EQ(r.form.indicators[0].name, "衛片執法補助經費");
  EXPECT_EQ(r.form.indicators[0].unit, "元");  // 度量單位 read as the unit column
  EXPECT_EQ(r.form.indicators[0].actual, "72890");
  EXPECT_EQ(r.form.indicators[1].name, "項目驗收合格率(km)");  // no tone mark: no gloss
  ASSERT_EQ(r.form.metadata.size(), 1u);
  EXPECT_NE(r.form.metadata[0].second.find("項(xiàng)目"), std::string::npos);  // a comment as written
  const auto said = with_id(r, "JX-I009");
  ASSERT_FALSE(said.empty());
  EXPECT_EQ(said[0]->argument("count")->text(), "23");
  EXPECT_EQ(said[0]->location.source->line, 2u);
  EXPECT_EQ(said[0]->location.source->column, 7u);  // the `(` of `績效指標(biāo)`
  // The name's position is its column in the text as given (after four glossed words).
  const auto* name = r.source_map.find("/indicators/0/name");
  ASSERT_NE(name, nullptr);
  EXPECT_EQ(name->line, 4u);
  const std::string line4 = "| 產(chǎn)出指標(biāo) | 數(shù)量指標(biāo) | ";
  const auto points = std::count_if(line4.begin(), line4.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
  EXPECT_EQ(name->column, static_cast<std::size_t>(points) + 1);
  EXPECT_EQ(r.stats.cells_in_model + r.stats.cells_in_findings, r.stats.cells);
  // A byte-order mark is no column, and does not hide the comment line.
  const ImportResult bom = import_form("\xEF\xBB\xBF" + text, "t.txt");
  const auto said_bom = with_id(bom, "JX-I009");
  ASSERT_FALSE(said_bom.empty());
  EXPECT_EQ(said_bom[0]->location.source->line, 2u);
  EXPECT_EQ(said_bom[0]->location.source->column, 7u);
  ASSERT_FALSE(bom.form.metadata.empty());
  EXPECT_NE(bom.form.metadata[0].second.find("項(xiàng)目"), std::string::npos);
}

// A budget label right after a cost category names the cost row (held-out 207:
// `成本指标 | 项目金额 | 5万元`); it does not end the table.
TEST(ImportRepairs, ABudgetLabelUnderACostCategoryNamesTheRow) {
  // source: tests/data/review-heldout/forms/207_huaibei-nongcun-wenhua-peitao-2025-project.txt (lines 39-62, one line per row)
  const ImportResult r = import_form(
      "一级指标 | 二级指标 | 三级指标 | 指标值 |\n"
      "产出指标 | 时效指标 | 项目完成时限 | 2025年12月 |\n"
      "成本指标 | 项目金额 | 5万元 |\n"
      "效益指标 | 社会效益指标 | 保障人民群众基本文化权益 | 影响程度明显 |\n",
      "t.txt");
  ASSERT_EQ(r.form.indicators.size(), 3u);
  EXPECT_EQ(r.form.indicators[1].name, "项目金额");
  EXPECT_EQ(r.form.indicators[1].annual_target.text(), "5万元");
  EXPECT_EQ(r.form.indicators[2].level1, jixiao::Level1::benefit);
  EXPECT_TRUE(with_id(r, "JX-I001").empty());
}

// A text that begins at the indicator table (held-out 805: an attachment OCR'd from an
// image, only the table published) says so (JX-I020); a text with a field before the
// table, an unread cell before it, or a field after it does not.
TEST(ImportRepairs, ATextThatIsOnlyTheTableIsNamed) {
  // source: tests/data/review-heldout/forms/805_lvliang-hugong-peixun-2021-selfeval.txt (lines 5-7)
  const std::string table =
      "一级指标 | 二级指标 | 指标名称 | 目标值 | 完成值 |\n"
      "产出指标 | 产出数量 | 完成2021年吕梁山护工培训任务 | 12500名 | 12166名 |\n"
      "| | 完成2021年吕梁山护工培训就业质量考核及验收 | 11所 | 11所 |\n";
  const ImportResult only = import_form("# kind: self-eval\n" + table, "t.txt");
  const auto found = with_id(only, "JX-I020");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0]->severity, jixiao::Severity::info);
  EXPECT_EQ(found[0]->location.source->line, 2u);
  EXPECT_TRUE(with_id(import_form("单位名称 | 吕梁市人社局\n" + table, "t.txt"), "JX-I020").empty());
  EXPECT_TRUE(with_id(import_form("吕梁山护工培训工作情况如下表所列:\n" + table, "t.txt"), "JX-I020").empty());
  EXPECT_TRUE(with_id(import_form(table + "\n填报单位 | 吕梁市人社局\n", "t.txt"), "JX-I020").empty());  // the head after the table
}

// 长期 and 年度 halves side by side, one cell per line (held-out 1303, 武汉 青山 2020): the
// 年度 half's 二级 after the 长期 value continues the row, so the indicator is read once,
// with the 长期 value as its period target (JX-I010), not twice (a false JX-C010).
TEST(ImportRepairs, SideBySideHalvesOneCellPerLine) {
  std::string text = "绩效项目指标表\n";
  for (const char* cell : {"一级指标", "二级指标(长期)", "三级指标(长期)", "指标值(长期)", "二级指标(年度)", "三级指标(年度)",
                           "指标值(年度)", "产出指标", "数量指标", "经济普查资料开发文章", "12篇", "数量指标",
                           "经济普查资料开发文章", "6篇", "质量指标", "数据差错率", "≤1%", "质量指标", "数据差错率", "≤1%"}) {
    text += std::string(cell) + "\n\n";
  }
  const ImportResult r = import_form(text, "t.txt");
  ASSERT_EQ(r.form.indicators.size(), 2u);
  EXPECT_EQ(r.form.indicators[0].name, "经济普查资料开发文章");
  EXPECT_EQ(r.form.indicators[0].annual_target.text(), "6篇");
  EXPECT_EQ(r.form.indicators[0].period_target.text(), "12篇");
  EXPECT_EQ(r.form.indicators[1].name, "数据差错率");
  EXPECT_FALSE(with_id(r, "JX-I010").empty());
  EXPECT_EQ(r.stats.cells_in_model + r.stats.cells_in_findings, r.stats.cells);
  // A row with only its 长期 half, then another indicator: not joined to it.
  std::string other = text;
  for (const char* cell : {"时效指标", "完成时间", "2025年底", "时效指标", "年度完成时间", "2023年底"}) {
    other += std::string(cell) + "\n\n";
  }
  const std::string half = "质量指标\n\n数据差错率\n\n≤1%\n\n";
  const std::size_t cut = other.rfind(half);
  ASSERT_NE(cut, std::string::npos);
  other.erase(cut, half.size());  // the 质量 row keeps only its 长期 half
  const ImportResult r2 = import_form(other, "t.txt");
  ASSERT_EQ(r2.form.indicators.size(), 4u);
  EXPECT_EQ(r2.form.indicators[1].name, "数据差错率");
  EXPECT_EQ(r2.form.indicators[1].annual_target.text(), "≤1%");
  EXPECT_EQ(r2.form.indicators[2].name, "完成时间");  // two names: two indicators
  EXPECT_EQ(r2.form.indicators[3].name, "年度完成时间");
  EXPECT_EQ(r2.form.indicators[3].annual_target.text(), "2023年底");
  EXPECT_EQ(r2.stats.cells_in_model + r2.stats.cells_in_findings, r2.stats.cells);
}

// `# kind: self-eval` names the stage; a 部门整体 title still makes it a department form.
TEST(ImportRepairs, ADepartmentSelfEvaluationStaysADepartmentForm) {
  const ImportResult r = import_form("# kind: self-eval\n部门整体支出绩效自评表\n部门\t某服务中心\n", "t.txt");
  EXPECT_EQ(r.form.kind, jixiao::FormKind::department);
  EXPECT_EQ(r.form.stage, jixiao::FormStage::self_evaluation);
  EXPECT_EQ(r.form.unit_name, "某服务中心");
}

}  // namespace

namespace {

// The repairs cut and join cells by bytes: every corpus form cut at many places (inside
// UTF-8 sequences too) still imports, with every cell accounted for.
TEST(ImportRepairs, CorpusFormsCutAnywhereStillImportAndAccountForEveryCell) {
  std::size_t imports = 0;
  for (const auto& e : std::filesystem::directory_iterator(JIXIAO_TEST_DATA "/forms")) {
    const std::string text = read_file(e.path());
    for (std::size_t cut = 1; cut < text.size(); cut += 1 + text.size() / 40) {
      const std::string part = text.substr(0, cut);
      const ImportResult r = import_form(part, "cut.txt");
      ++imports;
      EXPECT_EQ(r.stats.cells_in_model + r.stats.cells_in_findings, r.stats.cells) << e.path() << " @" << cut;
      const auto missing = unaccounted(part, r);
      EXPECT_TRUE(missing.empty()) << e.path() << " @" << cut << ": " << (missing.empty() ? "" : missing.front());
    }
  }
  EXPECT_GT(imports, 1000u);
}

}  // namespace
