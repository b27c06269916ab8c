// io::import_workbook: the seed form built as a workbook in the official template's
// layout (tests/tools/make_workbooks.py) reads as its text table does, with sheet!cell
// positions; numbers as the sheet shows them; hidden rows reported; bad workbooks refused
// with a finding, never a crash.
#include <jixiao/io/form_io.hpp>
#include <jixiao/io/profile_io.hpp>
#include <jixiao/io/review_file.hpp>
#include <jixiao/io/table_import.hpp>
#include <jixiao/io/workbook_import.hpp>
#include <jixiao/rules.hpp>

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <utility>
#include <vector>

#include "io/workbook_detail.hpp"
#include "test_files.hpp"

namespace jixiao {
namespace {

const std::string kBooks = JIXIAO_TEST_DATA "/workbooks/";
const std::string kSeedText = JIXIAO_TEST_DATA "/seed-suigang-2024-department.tsv";

// The canonical JSON of a form without its metadata (the title and source lines).
std::string form_json(PerformanceForm form) {
  form.metadata.clear();
  return io::save_form_to_string(form, io::Format::json);
}

io::ImportResult text_import() {
  return io::import_form(test::read_file(kSeedText), "seed.tsv");
}

io::WorkbookImport book(const std::string& name, const io::WorkbookOptions& options = {}) {
  return io::import_workbook(std::filesystem::path(kBooks + name), options);
}

bool has(const std::vector<Finding>& findings, const std::string& id) {
  for (const Finding& f : findings) {
    if (f.rule_id == id) return true;
  }
  return false;
}

TEST(WorkbookImport, SeedXlsxImportsToTheFormOfItsTextTable) {
  const io::WorkbookImport xlsx = book("seed.xlsx");
  ASSERT_EQ(xlsx.sheets.size(), 1u);
  EXPECT_TRUE(xlsx.findings.empty());
  EXPECT_EQ(xlsx.sheets[0].sheet, "申报表");
  const io::ImportResult text = text_import();
  ASSERT_FALSE(text.form.indicators.empty());
  EXPECT_EQ(form_json(xlsx.sheets[0].import.form), form_json(text.form));
}

TEST(WorkbookImport, CheckGivesTheSameReviewWithSheetCellPositions) {
  const RuleSet rules = RuleSet::builtin(io::builtin_profile("national"));
  const io::FormFile xlsx = io::read_form_file(kBooks + "seed.xlsx");
  const io::FormFile text = io::read_form_file(kSeedText);
  ASSERT_TRUE(xlsx.form && text.form);
  const Report rx = io::review_read_form(*xlsx.form, rules, xlsx.findings, &*xlsx.source_map);
  const Report rt = io::review_read_form(*text.form, rules, text.findings, &*text.source_map);
  // The review's findings (not the importer's repair notes, JX-I…): same rules, messages
  // and rows; the workbook names the sheet and the cell.
  std::vector<const Finding*> fx, ft;
  for (const Finding& f : rx.findings()) {
    if (f.rule_id.rfind("JX-I", 0) != 0) fx.push_back(&f);
  }
  for (const Finding& f : rt.findings()) {
    if (f.rule_id.rfind("JX-I", 0) != 0) ft.push_back(&f);
  }
  ASSERT_EQ(fx.size(), ft.size());
  ASSERT_FALSE(fx.empty());
  std::size_t positioned = 0;
  for (std::size_t k = 0; k < fx.size(); ++k) {
    EXPECT_EQ(fx[k]->rule_id, ft[k]->rule_id);
    EXPECT_EQ(fx[k]->message(Lang::en), ft[k]->message(Lang::en));
    ASSERT_EQ(fx[k]->location.source.has_value(), ft[k]->location.source.has_value()) << fx[k]->rule_id;
    if (!fx[k]->location.source) continue;
    const SourcePosition& x = *fx[k]->location.source;
    EXPECT_EQ(x.sheet, "申报表");
    EXPECT_EQ(x.line, ft[k]->location.source->line);  // one sheet row per text line
    const std::string shown = to_string(x);
    EXPECT_EQ(shown.rfind(kBooks + "seed.xlsx:申报表!", 0), 0u) << shown;
    ++positioned;
  }
  EXPECT_GT(positioned, 5u);
  EXPECT_EQ(rx.score(), rt.score());
}

TEST(WorkbookImport, MergedCategoryNamesEveryRowItCovers) {
  // In seed.xlsx 一级 产出指标 is one cell merged down column B over the output rows;
  // each of those rows' indicators reads it.
  const io::WorkbookImport xlsx = book("seed.xlsx");
  ASSERT_EQ(xlsx.sheets.size(), 1u);
  const PerformanceForm& form = xlsx.sheets[0].import.form;
  std::size_t outputs = 0;
  for (const Indicator& ind : form.indicators) {
    if (ind.level1 == Level1::output) ++outputs;
  }
  EXPECT_GT(outputs, 10u);
  // The sheet table the importer read has the merged text in every covered row.
  const std::string bytes = test::read_file(kBooks + "seed.xlsx");
  std::vector<Finding> findings;
  const auto sheets = io::detail::read_sheets(bytes, io::detail::WorkbookKind::zip, "seed.xlsx", "", {}, findings);
  ASSERT_EQ(sheets.size(), 1u);
  std::size_t rows_naming_output = 0;
  for (const io::TableRow& row : sheets[0].table.rows) {
    if (row.cells.size() > 1 && row.cells[1].text == "产出指标") ++rows_naming_output;
  }
  EXPECT_GT(rows_naming_output, 10u);
}

TEST(WorkbookImport, NumbersReadAsTheSheetShowsThem) {
  using io::detail::shown_number;
  EXPECT_EQ(shown_number(0.95, "0%"), "95%");
  EXPECT_EQ(shown_number(1, "0%"), "100%");
  EXPECT_EQ(shown_number(0.125, "0.0%"), "12.5%");
  EXPECT_EQ(shown_number(1992.29, "#,##0.00"), "1,992.29");
  EXPECT_EQ(shown_number(1992.2899999999999, "#,##0.00"), "1,992.29");
  EXPECT_EQ(shown_number(0, "#,##0.00"), "0.00");
  EXPECT_EQ(shown_number(1234567.891, "#,##0"), "1,234,568");
  EXPECT_EQ(shown_number(0.125, "0.00"), "0.13");  // half away from zero, as spreadsheets show it
  EXPECT_EQ(shown_number(-0.004, "0.00"), "0.00");
  EXPECT_EQ(shown_number(-12.5, "0"), "-13");
  EXPECT_EQ(shown_number(0.1 + 0.2, "General"), "0.30000000000000004");
  EXPECT_EQ(shown_number(1e-7, ""), "0.0000001");
  EXPECT_EQ(shown_number(2279.048, "0.000\"万元\""), "2279.048");
  EXPECT_EQ(shown_number(45292, "yyyy-mm-dd"), "2024-01-01");
  EXPECT_EQ(shown_number(999.995, "#,##0.00"), "1,000.00");
  EXPECT_EQ(io::detail::builtin_number_format(9), "0%");
  // In the workbook: the budget amounts and the percentages of the seed.
  const io::WorkbookImport xlsx = book("seed.xlsx");
  ASSERT_EQ(xlsx.sheets.size(), 1u);
  const std::string json = form_json(xlsx.sheets[0].import.form);
  EXPECT_NE(json.find("\"1992.29\""), std::string::npos);
  EXPECT_NE(json.find("\"100%\""), std::string::npos);
}

TEST(WorkbookImport, SourcePositionsNameSheetAndCell) {
  EXPECT_EQ(column_name(1), "A");
  EXPECT_EQ(column_name(26), "Z");
  EXPECT_EQ(column_name(28), "AB");
  EXPECT_EQ(column_name(16384), "XFD");
  EXPECT_EQ(to_string(SourcePosition{"f.xlsx", 14, 2, "Sheet1"}), "f.xlsx:Sheet1!B14");
  EXPECT_EQ(to_string(SourcePosition{"f.tsv", 14, 2}), "f.tsv:14:2");
  const io::WorkbookImport xlsx = book("seed.xlsx");
  ASSERT_EQ(xlsx.sheets.size(), 1u);
  const SourcePosition* unit = xlsx.sheets[0].import.source_map.find("/unit_name");
  ASSERT_NE(unit, nullptr);
  EXPECT_EQ(to_string(*unit), kBooks + "seed.xlsx:申报表!A5");  // the 部门名称 row, as the text's line 5
}

TEST(WorkbookImport, HiddenRowsAreReported) {
  const io::WorkbookImport hidden = book("hidden-rows.xlsx");
  ASSERT_EQ(hidden.sheets.size(), 1u);
  const Finding* found = nullptr;
  for (const Finding& f : hidden.sheets[0].import.findings) {
    if (f.rule_id == "JX-IO031") found = &f;
  }
  ASSERT_NE(found, nullptr);
  EXPECT_EQ(found->severity, Severity::warning);
  ASSERT_TRUE(found->location.source);
  EXPECT_EQ(found->location.source->line, 34u);
  EXPECT_NE(found->message(Lang::en).find("hidden rows 34–35"), std::string::npos);
  // The hidden rows are still read: the same form as the shown one.
  EXPECT_EQ(form_json(hidden.sheets[0].import.form), form_json(book("seed.xlsx").sheets[0].import.form));
  EXPECT_FALSE(has(book("seed.xlsx").sheets[0].import.findings, "JX-IO031"));
}

TEST(WorkbookImport, EverySheetHoldingAFormAndSheetPicksOne) {
  const io::WorkbookImport two = book("two-forms.xlsx");
  ASSERT_EQ(two.sheets.size(), 2u);  // the 说明 sheet holds no form
  EXPECT_EQ(two.sheets[0].sheet, "申报表");
  EXPECT_EQ(two.sheets[1].sheet, "申报表（副本）");
  EXPECT_EQ(form_json(two.sheets[1].import.form), form_json(two.sheets[0].import.form));
  io::WorkbookOptions only;
  only.sheet = "申报表（副本）";
  const io::WorkbookImport picked = book("two-forms.xlsx", only);
  ASSERT_EQ(picked.sheets.size(), 1u);
  EXPECT_EQ(picked.sheets[0].sheet, "申报表（副本）");
  only.sheet = "说明";
  const io::WorkbookImport notes = book("two-forms.xlsx", only);
  ASSERT_EQ(notes.sheets.size(), 1u);
  EXPECT_TRUE(notes.sheets[0].import.form.indicators.empty());
  EXPECT_TRUE(has(notes.sheets[0].import.findings, "JX-I008"));
  only.sheet = "无此表";
  const io::WorkbookImport none = book("two-forms.xlsx", only);
  EXPECT_TRUE(none.sheets.empty());
  EXPECT_TRUE(has(none.findings, "JX-IO032"));
  // read_form_file reads the first and names the other.
  const io::FormFile file = io::read_form_file(kBooks + "two-forms.xlsx");
  ASSERT_TRUE(file.form);
  EXPECT_TRUE(has(file.findings, "JX-IO033"));
}

TEST(WorkbookImport, OdsImportsToTheFormOfItsTextTable) {
  const io::WorkbookImport ods = book("seed.ods");
  ASSERT_EQ(ods.sheets.size(), 1u);
  const io::ImportResult text = text_import();
  const PerformanceForm& form = ods.sheets[0].import.form;
  ASSERT_EQ(form.indicators.size(), text.form.indicators.size());
  for (std::size_t k = 0; k < form.indicators.size(); ++k) {
    EXPECT_EQ(form.indicators[k].name, text.form.indicators[k].name);
    EXPECT_EQ(form.indicators[k].level1, text.form.indicators[k].level1);
    EXPECT_EQ(form.indicators[k].level2, text.form.indicators[k].level2);
  }
  EXPECT_EQ(form.unit_name, text.form.unit_name);
  // orcus 0.17 skips covered cells, drops percentages and loses the link from an .ods
  // cell to its number format; read through ods_for_orcus, the .ods gives the text's form
  // and no number is read without its format.
  EXPECT_EQ(form_json(form), form_json(text.form));
  EXPECT_FALSE(has(ods.sheets[0].import.findings, "JX-IO034"));
  EXPECT_EQ(to_string(*ods.sheets[0].import.source_map.find("/unit_name")), kBooks + "seed.ods:申报表!A5");
}

// What orcus 0.17 misreads in an .ods is spelled out before it reads it: a covered cell
// becomes an empty cell (orcus skipped it, moving the rest of the row left), a number
// cell that shows its text becomes that text; formulas, empty paragraphs and other
// elements are left as they are.
TEST(WorkbookImport, OdsContentIsMadePlainForOrcus) {
  using io::detail::ods_content_for_orcus;
  EXPECT_EQ(ods_content_for_orcus("<table:table-row><table:covered-table-cell/><table:covered-table-cell "
                                  "table:number-columns-repeated=\"2\"></table:covered-table-cell></table:table-row>"),
            "<table:table-row><table:table-cell/><table:table-cell "
            "table:number-columns-repeated=\"2\"></table:table-cell></table:table-row>");
  EXPECT_EQ(ods_content_for_orcus("<table:table-cell office:value-type=\"percentage\" office:value=\"0.95\"><text:p>95%</text:p>"
                                  "</table:table-cell>"),
            "<table:table-cell office:value-type=\"string\" office:value=\"0.95\"><text:p>95%</text:p></table:table-cell>");
  EXPECT_EQ(ods_content_for_orcus("<table:table-cell office:value-type=\"float\" office:value=\"1992.29\">\n <text:p>1,992.29"
                                  "</text:p></table:table-cell>"),
            "<table:table-cell office:value-type=\"string\" office:value=\"1992.29\">\n <text:p>1,992.29"
            "</text:p></table:table-cell>");
  for (const char* kept :
       {"<table:table-cell table:formula=\"of:=[.A1]\" office:value-type=\"float\" office:value=\"2\"><text:p>2</text:p>",
        "<table:table-cell office:value-type=\"float\" office:value=\"2\"/>",
        "<table:table-cell office:value-type=\"float\" office:value=\"2\"><text:p/></table:table-cell>",
        "<table:table-cell office:value-type=\"date\" office:date-value=\"2024-01-01\"><text:p>2024/1/1</text:p>",
        "<table:table-cells office:value-type=\"float\"><text:p>2</text:p>", "<table:covered-table-cells/>",
        "text <table:table-cell office:value-type=\"float\"", "<", ""}) {
    EXPECT_EQ(ods_content_for_orcus(kept), kept);
  }
}

// The zip handed to orcus: the members unpacked, stored again, read back the same.
TEST(WorkbookImport, StoredZipKeepsEveryMember) {
  const std::string bytes = test::read_file(kBooks + "seed.ods");
  const auto members = io::detail::zip_members(bytes, 1 << 20);
  ASSERT_TRUE(members);
  ASSERT_GE(members->size(), 3u);
  const auto zip = io::detail::stored_zip(*members);
  ASSERT_TRUE(zip);
  EXPECT_FALSE(io::detail::zip_problem(*zip, 1 << 20));
  const auto again = io::detail::zip_members(*zip, 1 << 20);
  ASSERT_TRUE(again);
  ASSERT_EQ(again->size(), members->size());
  for (std::size_t k = 0; k < members->size(); ++k) {
    EXPECT_EQ((*again)[k].name, (*members)[k].name);
    EXPECT_EQ((*again)[k].data, (*members)[k].data);
  }
  EXPECT_FALSE(io::detail::zip_members(bytes, 100));  // past the limit: not unpacked
  EXPECT_FALSE(io::detail::ods_for_orcus(test::read_file(kBooks + "seed.xlsx"), 1 << 20));  // not an .ods
}

// Each bad workbook: one error finding, no sheet, quickly.
void expect_refused(const std::string& bytes, const std::string& id) {
  const auto start = std::chrono::steady_clock::now();
  const io::WorkbookImport result = io::import_workbook(bytes, "bad.xlsx");
  const auto took = std::chrono::steady_clock::now() - start;
  EXPECT_TRUE(result.sheets.empty()) << id;
  ASSERT_EQ(result.findings.size(), 1u) << id;
  EXPECT_EQ(result.findings[0].rule_id, id);
  EXPECT_EQ(result.findings[0].severity, Severity::error);
  EXPECT_FALSE(result.findings[0].message(Lang::en).empty());
  EXPECT_LT(std::chrono::duration_cast<std::chrono::seconds>(took).count(), 5) << id;
}

TEST(WorkbookImport, BadWorkbooksGiveAnErrorFinding) {
  expect_refused(test::read_file(kBooks + "bad-truncated.xlsx"), "JX-IO028");
  expect_refused(test::read_file(kBooks + "bad-not-a-zip.xlsx"), "JX-IO028");
  expect_refused(test::read_file(kBooks + "bad-malformed.xlsx"), "JX-IO028");
  expect_refused(test::read_file(kBooks + "bad-zip-bomb.xlsx"), "JX-I016");
  expect_refused("", "JX-IO028");
  // The reader's fixed bounds on orcus's model (1,024 columns, 64 sheets).
  expect_refused(test::read_file(kBooks + "bad-wide.xlsx"), "JX-IO028");
  EXPECT_NE(io::import_workbook(test::read_file(kBooks + "bad-wide.xlsx"), "w.xlsx").findings[0].message(Lang::en).find(
                "at most 1024 columns"),
            std::string::npos);
  expect_refused(test::read_file(kBooks + "bad-many-sheets.xlsx"), "JX-I016");
  expect_refused(test::read_file(kBooks + "empty.xlsx"), "JX-IO028");  // a workbook without text
  // An OLE compound file: a legacy .xls, or an encrypted OOXML package when its
  // directory names the EncryptedPackage stream (only the signature and the stream name
  // are looked at; Debian has no tool here to write a real encrypted file).
  std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  ole.resize(4096, '\0');
  expect_refused(ole, "JX-IO030");
  EXPECT_NE(io::import_workbook(ole, "old.xls").findings[0].message(Lang::en).find("--convert-to xlsx"),
            std::string::npos);
  for (const char c : std::string("EncryptedPackage")) {
    ole += c;
    ole += '\0';
  }
  expect_refused(ole, "JX-IO029");
  // Every truncation of the seed workbook: a finding or a form, never a crash.
  const std::string good = test::read_file(kBooks + "seed.xlsx");
  for (std::size_t n = 0; n < good.size(); n += 397) {
    const io::WorkbookImport cut = io::import_workbook(std::string_view(good).substr(0, n), "cut.xlsx");
    EXPECT_TRUE(!cut.sheets.empty() || !cut.findings.empty()) << n;
  }
}

TEST(WorkbookImport, SheetsPastTheLimitsAreRefused) {
  io::WorkbookOptions options;
  options.limits.max_rows = 20;  // the seed sheet has 59 rows
  io::WorkbookImport rows = book("seed.xlsx", options);
  EXPECT_TRUE(rows.sheets.empty());
  ASSERT_EQ(rows.findings.size(), 1u);
  EXPECT_EQ(rows.findings[0].rule_id, "JX-I016");
  EXPECT_NE(rows.findings[0].message(Lang::en).find("max_rows = 20"), std::string::npos);
  options = {};
  options.limits.max_cells = 100;  // 59 rows × 6 columns
  EXPECT_TRUE(has(book("seed.xlsx", options).findings, "JX-I016"));
  options = {};
  options.limits.max_bytes = 4096;  // the file is larger
  EXPECT_TRUE(has(book("seed.xlsx", options).findings, "JX-I016"));
  options = {};
  options.limits.max_text_bytes = 100;  // the 总体绩效目标 cell is longer
  EXPECT_TRUE(has(book("seed.xlsx", options).findings, "JX-I016"));
}

}  // namespace
}  // namespace jixiao
