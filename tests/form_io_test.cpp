// Loading and saving forms: the bundled samples' content, round trips in all three
// formats, and findings with JSON-pointer paths.
#include <jixiao/io/form_io.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include "test_files.hpp"

namespace jixiao::io {
namespace {

namespace fs = std::filesystem;

using jixiao::test::read_file;

std::string describe(const ReadResult<PerformanceForm>& r) {
  std::string s;
  for (const Finding& f : r.findings) s += f.render(Lang::en) + "\n";
  return s;
}

Decimal dec(const char* text) { return Decimal::parse(text).value(); }

fs::path examples() { return fs::path(JIXIAO_SOURCE_DIR) / "examples" / "data"; }
fs::path test_data() { return fs::path(JIXIAO_TEST_DATA) / "io"; }

PerformanceForm load_ok(const fs::path& path) {
  ReadResult<PerformanceForm> r = load_form(path);
  EXPECT_TRUE(r.ok()) << path << "\n" << describe(r);
  return r.value.value_or(PerformanceForm{});
}

// Every sample and test file, in every format it exists in.
std::vector<fs::path> all_inputs() {
  std::vector<fs::path> files;
  for (const fs::path& dir : {examples(), test_data()}) {
    for (const auto& entry : fs::directory_iterator(dir)) {
      if (format_from_path(entry.path())) files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

TEST(FormIo, FormatsByKeyAndExtension) {
  EXPECT_EQ(format_from_path("a/b.JSON"), Format::json);
  EXPECT_EQ(format_from_path("x.xml"), Format::xml);
  EXPECT_EQ(format_from_path("x.info"), Format::info);
  EXPECT_EQ(format_from_path("x.tsv"), std::nullopt);
  EXPECT_EQ(format_from_path("json"), std::nullopt);
  EXPECT_EQ(from_string<io::Format>("info"), Format::info);
}

TEST(FormIo, EnoughInputsForTheRoundTrip) {
  // 3 samples + 2 test forms stored as JSON, XML and INFO: a vanished directory fails here.
  EXPECT_GE(all_inputs().size(), 3u + 2u * 3u);
}

TEST(FormIo, RoundTripInEveryFormat) {
  for (const fs::path& input : all_inputs()) {
    ReadResult<PerformanceForm> first = load_form(input);
    ASSERT_TRUE(first.ok()) << input << "\n" << describe(first);
    for (Format format : {Format::json, Format::xml, Format::info}) {
      SCOPED_TRACE(input.string() + " as " + to_string(format));
      const std::string bytes1 = save_form_to_string(*first.value, format);
      ReadResult<PerformanceForm> second = load_form_from_string(bytes1, format);
      ASSERT_TRUE(second.ok()) << describe(second) << bytes1.substr(0, 2000);
      EXPECT_EQ(*second.value, *first.value) << first_difference(*second.value, *first.value);
      const std::string bytes2 = save_form_to_string(*second.value, format);
      EXPECT_EQ(bytes2, bytes1);
      // The same findings (unparseable targets) come back on each load.
      EXPECT_EQ(second.findings.size(), first.findings.size()) << describe(second);
    }
  }
}

TEST(FormIo, CanonicalFilesAreAFixedPoint) {
  // Samples and canonical test files are stored exactly as save_form writes them.
  for (const fs::path& input : all_inputs()) {
    if (input.filename() == "lenient.json") continue;  // deliberately not canonical
    const Format format = *format_from_path(input);
    ReadResult<PerformanceForm> r = load_form(input);
    ASSERT_TRUE(r.value) << input;
    EXPECT_EQ(save_form_to_string(*r.value, format), read_file(input)) << input;
  }
}

TEST(FormIo, LenientInputBecomesCanonical) {
  const PerformanceForm form = load_ok(test_data() / "lenient.json");
  EXPECT_EQ(form.kind, FormKind::project);
  EXPECT_EQ(form.year, 2021);
  ASSERT_EQ(form.budget.breakdowns.size(), 1u);
  const BudgetBreakdown& b = form.budget.breakdowns[0];
  EXPECT_EQ(b.kind, BreakdownKind::project_funds);
  EXPECT_EQ(b.declared_total, dec("2992.29"));
  ASSERT_EQ(b.lines.size(), 2u);
  EXPECT_EQ(b.lines[0].category, BudgetCategory::fiscal_appropriation);  // from the name
  EXPECT_EQ(b.lines[0].unit, AmountUnit(MoneyUnit::wan_yuan));  // the default
  EXPECT_TRUE(b.lines[1].amount.identical(dec("1000.00")));
  ASSERT_EQ(form.indicators.size(), 1u);
  EXPECT_EQ(form.indicators[0].level1, Level1::satisfaction);  // derived from the text
  EXPECT_EQ(form.indicators[0].level2, Level2::satisfaction);
  const std::string json = save_form_to_string(form, Format::json);
  EXPECT_NE(json.find("\"amount\": \"1000.00\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"year\": 2021,"), std::string::npos) << json;
  EXPECT_LT(json.find("\"schema\""), json.find("\"kind\""));
}

TEST(FormIo, SeedSampleHoldsTheWholeSeed) {
  const PerformanceForm form = load_ok(examples() / "seed-suigang-2024-department.json");
  EXPECT_EQ(form.kind, FormKind::department);
  EXPECT_EQ(form.unit_name, "广州开发区穗港智造合作区管理委员会（部门）");
  // Budget identities of DOMAIN.md §1: 966.36 + 1,025.93 = 1,992.29 = 1,992.29 + 0.00.
  EXPECT_TRUE(form.budget.amount_of(BudgetCategory::basic_expenditure)->identical(dec("966.36")));
  EXPECT_EQ(form.budget.find(BreakdownKind::expenditure)->lines_total(), dec("1992.29"));
  EXPECT_EQ(form.budget.find(BreakdownKind::income)->lines_total(), dec("1992.29"));
  EXPECT_EQ(form.budget.find(BreakdownKind::level)->lines_total(), dec("1992.29"));
  EXPECT_EQ(form.budget.find(BreakdownKind::development)->lines_total(), dec("0"));
  // Goals: <p> stripped, split 目标1…目标10.
  ASSERT_EQ(form.goals.size(), 10u);
  EXPECT_EQ(form.goals[4], "完成年鉴入编《中国保税区出口加工区年鉴》工作");
  for (const std::string& g : form.goals) {
    EXPECT_EQ(g.find("<p>"), std::string::npos);
    EXPECT_EQ(g.find("目标1"), std::string::npos);
  }
  // 16 key tasks, including the row that lost its leading tab; 项目支出 − Σ funds = 130.00.
  ASSERT_EQ(form.key_tasks.size(), 16u);
  EXPECT_EQ(form.key_tasks[13].name, "完成年鉴入编《中国保税区出口加工区年鉴》工作");
  EXPECT_EQ(form.key_tasks[13].planned_funds, dec("3.60"));
  EXPECT_EQ(form.key_tasks[13].expected_result.text(), "1项");
  const Decimal gap = *form.budget.amount_of(BudgetCategory::project_expenditure) - form.key_tasks_total();
  EXPECT_TRUE(gap.identical(dec("130.00"))) << gap;
  ASSERT_EQ(form.other_tasks.size(), 2u);
  EXPECT_EQ(form.other_tasks_total(), dec("7"));
  // 26 indicator rows, the empty 二级 rows kept with an empty name.
  ASSERT_EQ(form.indicators.size(), 26u);
  const Indicator& quality = form.indicators[13];
  EXPECT_EQ(quality.level2, Level2::quality);
  EXPECT_EQ(quality.name, "协调问题反馈率");
  EXPECT_EQ(quality.annual_target.text(), "≥90%");
  int empty_rows = 0;
  for (const Indicator& ind : form.indicators) {
    EXPECT_NE(ind.level1, Level1::unknown) << ind;
    EXPECT_NE(ind.level2, Level2::unknown) << ind;
    if (ind.name.empty()) {
      ++empty_rows;
      EXPECT_FALSE(ind.annual_target.present()) << ind;
    }
  }
  EXPECT_EQ(empty_rows, 4);  // 成本, 经济效益, 生态效益, 可持续影响
  EXPECT_EQ(form.indicators.back().name, "辖内青少年满意率");
  EXPECT_EQ(form.indicators.back().level1, Level1::satisfaction);
}

TEST(FormIo, SeedTargetsAreReParsedOnLoad) {
  ReadResult<PerformanceForm> r = load_form(examples() / "seed-suigang-2024-department.json");
  ASSERT_TRUE(r.ok()) << describe(r);
  EXPECT_TRUE(r.findings.empty()) << describe(r);  // every target of the seed parses
  const PerformanceForm& form = *r.value;
  for (const Indicator& ind : form.indicators) {
    EXPECT_EQ(ind.annual_target.present(), ind.annual_target.target().has_value()) << ind;
    EXPECT_EQ(ind.period_target.present(), ind.period_target.target().has_value()) << ind;
  }
  const Target& visits = *form.indicators[0].annual_target.target();
  EXPECT_EQ(visits.kind(), TargetKind::comparison);
  EXPECT_EQ(visits.op(), Comparator::ge);
  EXPECT_EQ(visits.quantity().value, Decimal(50));
  EXPECT_EQ(form.indicators[2].annual_target.target()->kind(), TargetKind::compound);
  // A key task's result becomes a Target only when it is measurable.
  EXPECT_FALSE(form.key_tasks[0].expected_result.target());
  ASSERT_TRUE(form.key_tasks[1].expected_result.target());
  EXPECT_EQ(form.key_tasks[1].expected_result.target()->op(), Comparator::ge);
  ASSERT_TRUE(form.key_tasks[14].expected_result.target());  // ≥10次
  EXPECT_EQ(form.key_tasks[14].expected_result.target()->quantity().value, Decimal(10));
}

// Every cell of the seed table is either a label of the form's layout or appears in the
// sample (amounts by value), so the hand-entered JSON lost nothing.
TEST(FormIo, SeedSampleAccountsForEveryCellOfTheTable) {
  const fs::path tsv = examples() / "seed-suigang-2024-department.tsv";
  const std::string json = read_file(examples() / "seed-suigang-2024-department.json");
  const std::vector<std::string> labels = {
      "## 部门整体预算绩效目标申报表", "部门名称", "预算整体情况", "预算金额（万元）", "总体绩效目标",
      "年度重点工作任务", "名称", "主要实施内容", "拟投入的资金（万元）", "期望达到的目标（概述）",
      "其他需完成的任务（可选填）", "绩效指标", "一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值"};
  std::ifstream in(tsv, std::ios::binary);
  ASSERT_TRUE(in) << tsv;
  std::string line;
  int line_no = 0, cells = 0;
  while (std::getline(in, line)) {
    ++line_no;
    std::stringstream ss(line);
    for (std::string cell; std::getline(ss, cell, '\t');) {
      if (cell.empty() || std::find(labels.begin(), labels.end(), cell) != labels.end()) continue;
      ++cells;
      std::string needle = cell;
      needle.erase(std::remove(needle.begin(), needle.end(), ','), needle.end());
      if (cell.rfind("<p>", 0) == 0) needle = "促进区域经济发展";  // the goals cell, split
      EXPECT_NE(json.find(needle), std::string::npos) << "line " << line_no << ": " << cell;
    }
  }
  EXPECT_GT(cells, 150);
}

TEST(FormIo, ProjectAndSelfEvaluationSamples) {
  const PerformanceForm project = load_ok(examples() / "project-nanyue-2018.json");
  EXPECT_EQ(project.kind, FormKind::project);
  ASSERT_TRUE(project.project);
  EXPECT_EQ(project.project->name, "2018年南岳镇资产收益扶贫项目");
  EXPECT_EQ(project.year, 2018);
  ASSERT_NE(project.budget.find(BreakdownKind::project_funds), nullptr);
  EXPECT_EQ(project.budget.find(BreakdownKind::project_funds)->declared_total, dec("214.06"));
  EXPECT_EQ(project.indicators.size(), 11u);
  ASSERT_NE(project.metadata_value("source"), nullptr);
  const std::string source_text = read_file(fs::path(JIXIAO_TEST_DATA) / "forms" / "044_nanyue-zichan-shouyi-fupin-2018-project.txt");
  EXPECT_NE(source_text.find("# source: " + *project.metadata_value("source")), std::string::npos);
  for (const Indicator& ind : project.indicators) {
    EXPECT_NE(source_text.find(ind.name + " " + ind.annual_target.text()), std::string::npos) << ind;
  }

  const PerformanceForm self = load_ok(examples() / "selfeval-yanglou-2023.json");
  EXPECT_EQ(self.stage, FormStage::self_evaluation);
  ASSERT_EQ(self.budget.execution.size(), 3u);
  EXPECT_EQ(self.budget.execution[1].category, BudgetCategory::fiscal_appropriation);
  EXPECT_EQ(self.budget.execution[0].executed, dec("8.408"));
  EXPECT_EQ(self.budget.execution[0].rate_text, "100.00%");
  ASSERT_EQ(self.indicators.size(), 13u);
  EXPECT_EQ(self.indicators.back().score, dec("9"));
  EXPECT_EQ(self.indicators[1].actual, "5.5亩");
  const std::string self_source = read_file(fs::path(JIXIAO_TEST_DATA) / "forms" / "046_taihe-yanglou-tese-zhongyangzhi-2023-selfeval.txt");
  EXPECT_NE(self_source.find("# source: " + *self.metadata_value("source")), std::string::npos);
  for (const Indicator& ind : self.indicators) {
    const std::string row = ind.weight ? ind.name + " " + ind.weight->to_string() + " " + ind.score->to_string()
                                       : ind.name + " " + ind.annual_target.text() + " " + ind.actual;
    EXPECT_NE(self_source.find(row), std::string::npos) << row;
  }
}

TEST(FormIo, JsonKeepsChineseUnescapedAndDecimalsAsStrings) {
  const PerformanceForm form = load_ok(examples() / "seed-suigang-2024-department.json");
  const std::string json = save_form_to_string(form, Format::json);
  EXPECT_EQ(json.find("\\u"), std::string::npos);
  EXPECT_NE(json.find("\"amount\": \"1025.93\""), std::string::npos);
  EXPECT_NE(json.find("\"amount\": \"0.00\""), std::string::npos);
  EXPECT_EQ(json.rfind("{\n  \"schema\": \"jixiao.form/1\",\n", 0), 0u);
  const std::string xml = save_form_to_string(form, Format::xml);
  EXPECT_NE(xml.find("<amount>1025.93</amount>"), std::string::npos);
  EXPECT_NE(xml.find("穗港智造"), std::string::npos);
  const std::string info = save_form_to_string(form, Format::info);
  EXPECT_NE(info.find("schema jixiao.form/1"), std::string::npos) << info.substr(0, 200);
}

TEST(FormIo, UnparseableTargetIsKeptAndReportedWithItsPath) {
  ReadResult<PerformanceForm> r = load_form(test_data() / "edge-cases.json");
  ASSERT_TRUE(r.ok()) << describe(r);
  const Indicator& ind = r.value->indicators.at(0);
  EXPECT_EQ(ind.period_target.text(), "≥**%");
  EXPECT_FALSE(ind.period_target.target());
  EXPECT_TRUE(ind.annual_target.target());
  const auto it = std::find_if(r.findings.begin(), r.findings.end(), [](const Finding& f) { return f.rule_id == "JX-IO016"; });
  ASSERT_NE(it, r.findings.end()) << describe(r);
  EXPECT_EQ(it->location.path, "/indicators/0/period_target");
  EXPECT_EQ(it->severity, Severity::warning);
  EXPECT_NE(it->message(Lang::en).find("unparseable target \"≥**%\""), std::string::npos) << it->message(Lang::en);
  ASSERT_TRUE(it->location.source);
  EXPECT_EQ(it->location.source->line, 62u);    // "period_target": "≥**%" in edge-cases.json
  EXPECT_EQ(it->location.source->column, 24u);  // the opening quote of the value
  EXPECT_NE(it->render(Lang::en).find("edge-cases.json:62:24: warning[JX-IO016]: unparseable target"), std::string::npos)
      << it->render(Lang::en);
  // From a string there is no file: the finding is rendered by its path.
  ReadResult<PerformanceForm> from_text = load_form_from_string(read_file(test_data() / "edge-cases.xml"), Format::xml);
  const auto xml_it = std::find_if(from_text.findings.begin(), from_text.findings.end(),
                                   [](const Finding& f) { return f.rule_id == "JX-IO016"; });
  ASSERT_NE(xml_it, from_text.findings.end());
  EXPECT_EQ(xml_it->render(Lang::en).rfind("/indicators/0/period_target: warning[JX-IO016]: unparseable target \"≥**%\"", 0), 0u)
      << xml_it->render(Lang::en);
}

TEST(FormIo, SaveAndLoadThroughFiles) {
  const PerformanceForm form = load_ok(examples() / "seed-suigang-2024-department.json");
  const fs::path dir = fs::temp_directory_path() / "jixiao_form_io_test";
  fs::create_directories(dir);
  for (const char* name : {"seed.json", "seed.xml", "seed.info"}) {
    ASSERT_TRUE(save_form(form, dir / name)) << name;
    EXPECT_EQ(load_ok(dir / name), form) << name;
  }
  EXPECT_FALSE(save_form(form, dir / "seed.txt"));
  fs::remove_all(dir);
}

}  // namespace
}  // namespace jixiao::io
