// Inputs the libFuzzer targets (fuzz/, docs/fuzzing.md) once failed on, kept as
// regression tests: tests/data/fuzz_regressions/<target>/ holds each input under the
// name of the target it was found by, and this test gives it to the same reader with
// the same checks (no exception, findings and every output valid UTF-8, written
// output loads again and writes the same bytes). The target parser's own findings
// are in target_fuzz_regression_test.cpp.
#include <jixiao/decimal.hpp>
#include <jixiao/io/finding_json.hpp>
#include <jixiao/io/form_io.hpp>
#include <jixiao/io/observations_io.hpp>
#include <jixiao/io/profile_io.hpp>
#include <jixiao/io/report_io.hpp>
#include <jixiao/io/rule_config_io.hpp>
#include <jixiao/io/scorecard_io.hpp>
#include <jixiao/io/monitor_io.hpp>
#include <jixiao/io/table_import.hpp>
#include <jixiao/io/table_reader.hpp>
#include <jixiao/io/workbook_import.hpp>
#include <jixiao/monitoring.hpp>
#include <jixiao/rules.hpp>
#include <jixiao/scoring.hpp>

#include <gtest/gtest.h>

#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <string_view>

#include "utf8.hpp"
#include "test_files.hpp"

namespace {

namespace io = jixiao::io;
using jixiao::fuzz::valid_utf8;

using jixiao::test::read_file;

const jixiao::PerformanceForm& context_form() {
  static const jixiao::PerformanceForm form =
      *io::load_form_from_string(read_file(JIXIAO_TEST_DATA "/selfeval/01_yongde.form.json"), io::Format::json).value;
  return form;
}

// Each check: no exception, findings valid UTF-8, what is written valid and reloadable.
template <class Result>
void expect_findings_valid(const Result& r) {
  for (const auto& f : r.findings) EXPECT_TRUE(valid_utf8(io::finding_json(f))) << io::finding_json(f);
}

void expect_form_round_trips(const jixiao::PerformanceForm& form) {
  for (const io::Format format : {io::Format::json, io::Format::xml, io::Format::info}) {
    const std::string first = io::save_form_to_string(form, format);
    EXPECT_TRUE(valid_utf8(first)) << io::to_string(format);
    const auto again = io::load_form_from_string(first, format);
    ASSERT_TRUE(again.value.has_value()) << io::to_string(format) << ":\n" << first;
    EXPECT_EQ(io::save_form_to_string(*again.value, format), first) << io::to_string(format);
  }
}

void check_form(const std::string& input, io::Format format) {
  const auto r = io::load_form_from_string(input, format);
  expect_findings_valid(r);
  if (!r.value) return;
  expect_form_round_trips(*r.value);
  EXPECT_TRUE(valid_utf8(io::report_json(jixiao::RuleSet::builtin().check(*r.value))));
}

const std::map<std::string, std::function<void(const std::string&)>>& checks() {
  static const std::map<std::string, std::function<void(const std::string&)>> table = {
      {"decimal",
       [](const std::string& input) {
         const auto p = jixiao::Decimal::parse(input);
         if (p.ok()) {
           EXPECT_TRUE(jixiao::Decimal::parse(p.value().to_string()).value().identical(p.value()));
           return;
         }
         for (const auto& d : p.diagnostics()) {
           EXPECT_TRUE(valid_utf8(d.message)) << d.message;
           EXPECT_TRUE(valid_utf8(d.text)) << d.text;
         }
       }},
      {"import",
       [](const std::string& input) {
         const io::ImportResult r = io::import_form(input, "fuzz.txt");
         for (const auto& f : r.findings) EXPECT_TRUE(valid_utf8(io::finding_json(f))) << io::finding_json(f);
         expect_form_round_trips(r.form);
       }},
      {"workbook",
       [](const std::string& input) {
         // Refused or read, never an allocation of what a damaged zip declares.
         const io::WorkbookImport r = io::import_workbook(input, "fuzz.xlsx");
         EXPECT_TRUE(!r.sheets.empty() || !r.findings.empty());
         for (const auto& f : r.findings) EXPECT_TRUE(valid_utf8(io::finding_json(f))) << io::finding_json(f);
         for (const auto& sheet : r.sheets) expect_form_round_trips(sheet.import.form);
       }},
      {"form_json", [](const std::string& input) { check_form(input, io::Format::json); }},
      {"form_xml", [](const std::string& input) { check_form(input, io::Format::xml); }},
      {"form_info", [](const std::string& input) { check_form(input, io::Format::info); }},
      {"profile",
       [](const std::string& input) {
         const auto r = io::read_profile(input);
         expect_findings_valid(r);
         if (!r.value) return;
         const std::string written = io::write_profile(*r.value);
         EXPECT_TRUE(valid_utf8(written));
         const auto again = io::read_profile(written);
         ASSERT_TRUE(again.ok()) << written;
         EXPECT_EQ(io::write_profile(*again.value), written);
         const auto card = jixiao::score(context_form(), jixiao::actuals_from_form(context_form()), *r.value);
         EXPECT_TRUE(valid_utf8(io::scorecard_json(card)));
         EXPECT_TRUE(valid_utf8(io::report_json(jixiao::RuleSet::builtin(*r.value).check(context_form()))));
       }},
      {"rule_config",
       [](const std::string& input) {
         const auto r = io::read_rule_config(input, jixiao::RuleSet::builtin());
         expect_findings_valid(r);
         if (!r.value) return;
         const jixiao::Report report = r.value->check(context_form());
         (void)report.score();
         EXPECT_TRUE(valid_utf8(io::report_json(report)));
       }},
      {"actuals",
       [](const std::string& input) {
         const auto r = io::read_actuals(input);
         expect_findings_valid(r);
         if (!r.value) return;
         const auto card = jixiao::score(context_form(), *r.value, io::builtin_profile("national"));
         EXPECT_TRUE(valid_utf8(io::scorecard_json(card)));
       }},
      {"progress",
       [](const std::string& input) {
         const auto r = io::read_progress(input);
         expect_findings_valid(r);
         if (!r.value) return;
         for (const int month : {6, 12}) {
           const auto report = jixiao::monitor(context_form(), *r.value, month, io::builtin_profile("national"));
           EXPECT_TRUE(valid_utf8(io::monitor_json(report)));
         }
       }},
  };
  return table;
}

TEST(FuzzRegressions, EachInputBehaves) {
  const std::filesystem::path root = JIXIAO_TEST_DATA "/fuzz_regressions";
  int count = 0;
  for (const auto& dir : std::filesystem::directory_iterator(root)) {
    const std::string target = dir.path().filename().string();
    const auto check = checks().find(target);
    ASSERT_NE(check, checks().end()) << "no check for the inputs in " << dir.path();
    for (const auto& file : std::filesystem::directory_iterator(dir.path())) {
      SCOPED_TRACE(file.path().string());
      ++count;
      check->second(read_file(file.path()));
    }
  }
  EXPECT_GE(count, 3);
}

// The classes the fuzzers found, each asserted on its own.

// A workbook regression input is refused before orcus reads it: no sheet, one JX-IO028
// whose message says why.
void expect_refused_as_damaged(const char* input, const char* name, const char* why) {
  const io::WorkbookImport r =
      io::import_workbook(read_file(std::string(JIXIAO_TEST_DATA "/fuzz_regressions/workbook/") + input), name);
  EXPECT_TRUE(r.sheets.empty()) << input;
  ASSERT_EQ(r.findings.size(), 1u) << input;
  EXPECT_EQ(r.findings[0].rule_id, "JX-IO028") << input;
  EXPECT_NE(r.findings[0].message(jixiao::Lang::en).find(why), std::string::npos) << input;
}

TEST(FuzzRegressions, ColumnWidthWithoutItsColumnIsRefusedNotAnAbort) {
  // workbook_fuzzer: `<col mig="1" max="6">` (no `min`) made Debian's orcus 0.17 abort on
  // an assertion (a width at column -1); the reader now checks each position first. (The
  // input is two-forms.xlsx with that sheet, zipped again with sound checksums: as found,
  // its other entries were damaged too, which the zip check now refuses first.)
  expect_refused_as_damaged("col-without-min", "t.xlsx", "out of range");
}

TEST(FuzzRegressions, DamagedDeflateStreamIsRefusedBeforeOrcus) {
  // workbook_fuzzer: an .ods whose content.xml does not inflate ("invalid distance too
  // far back"); orcus's zip reader handed the garbage on and its XML parser aborted
  // (parser_base::has_char). Every entry is now inflated and its CRC-32 checked first.
  expect_refused_as_damaged("damaged-deflate-stream", "t.ods", "does not match its checksum");
}

TEST(FuzzRegressions, ZipEntryDeclaringMorePackedBytesThanTheFileIsRefused) {
  // workbook_fuzzer: orcus allocated the 4 GiB packed size a central directory entry
  // declared; the zip is now refused before orcus sees it.
  expect_refused_as_damaged("packed-size-4gib", "t.xlsx", "central directory is damaged");
}

TEST(FuzzRegressions, ZipWhoseEntryCountsDisagreeIsRefused) {
  // workbook_fuzzer: an .xlsx whose end-of-central-directory record says 12 entries on
  // this disk and 0 in all; the checks walked 0 entries, orcus read 12 and allocated the
  // 4 GiB one of them declared. Both counts must now agree.
  expect_refused_as_damaged("entry-counts-disagree", "t.xlsx", "entry counts disagree");
}

TEST(FuzzRegressions, ImportedInvalidUtf8BecomesReplacementCharacters) {
  const io::ImportResult r = io::import_form(read_file(JIXIAO_TEST_DATA "/fuzz_regressions/import/invalid-utf8-cell"), "t.txt");
  ASSERT_FALSE(r.findings.empty());
  EXPECT_EQ(r.findings.front().rule_id, "JX-I015");
  const std::string json = io::save_form_to_string(r.form, io::Format::json);
  EXPECT_NE(json.find("\xEF\xBF\xBD"), std::string::npos);
  EXPECT_TRUE(io::load_form_from_string(json, io::Format::json).ok());
}

TEST(FuzzRegressions, ImportInvalidUtf8PositionIsTheFirstBadByte) {
  const io::ImportResult r = io::import_form("项目名称\t测试\n指标\t\xE6x\xFF\n", "t.txt");
  ASSERT_FALSE(r.findings.empty());
  const jixiao::Finding& f = r.findings.front();
  EXPECT_EQ(f.rule_id, "JX-I015");
  ASSERT_TRUE(f.location.source.has_value());
  EXPECT_EQ(f.location.source->line, 2u);
  EXPECT_EQ(f.location.source->column, 4u);  // 指 标 tab, then the bad byte
  EXPECT_EQ(f.message(jixiao::Lang::en),
            "invalid UTF-8 byte 0xE6 replaced by U+FFFD");  // one finding per line, at its first bad byte
}

TEST(FuzzRegressions, ImportedNulAndControlCharactersBecomeReplacementCharacters) {
  const io::ImportResult r = io::import_form(read_file(JIXIAO_TEST_DATA "/fuzz_regressions/import/nul-in-cell"), "t.txt");
  ASSERT_FALSE(r.findings.empty());
  EXPECT_EQ(r.findings.front().rule_id, "JX-I015");
  for (const io::Format format : {io::Format::json, io::Format::xml, io::Format::info}) {
    const std::string written = io::save_form_to_string(r.form, format);
    EXPECT_EQ(written.find('\0'), std::string::npos) << io::to_string(format);
    EXPECT_TRUE(io::load_form_from_string(written, format).value.has_value()) << io::to_string(format);
  }
}

TEST(FuzzRegressions, ImportReadsARunOfNulsAsTextNotAsUtf16) {
  // A corpus table with 80 NULs in its first line: NULs on both parities are not UTF-16,
  // so the table is read (NULs repaired, JX-I015) and every row is accounted for.
  const std::string input = read_file(JIXIAO_TEST_DATA "/fuzz_regressions/import/nul-run-not-utf16");
  const io::ImportResult r = io::import_form(input, "t.txt");
  EXPECT_EQ(r.stats.rows_read, io::read_table(input).rows.size());
  EXPECT_EQ(r.stats.cells_in_model + r.stats.cells_in_findings, r.stats.cells);
  ASSERT_FALSE(r.findings.empty());
  EXPECT_EQ(r.findings.front().rule_id, "JX-I015");
  for (const auto& f : r.findings) EXPECT_EQ(f.message(jixiao::Lang::en).find("UTF-16"), std::string::npos);
}

TEST(FuzzRegressions, ImportRefusesAShortUtf16TextWithOneFinding) {
  // `#\0\x04 `: four bytes of UTF-16LE (`#`, U+2004). Refused as a whole with the one error
  // that says why, at 1:1; the import fuzzer wrongly also wanted "no indicator table" there.
  const io::ImportResult r =
      io::import_form(read_file(JIXIAO_TEST_DATA "/fuzz_regressions/import/short-utf16-refused"), "t.txt");
  EXPECT_TRUE(r.refused());
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].rule_id, "JX-I015");
  ASSERT_TRUE(r.findings[0].location.source);
  EXPECT_EQ(r.findings[0].location.source->line, 1u);
  EXPECT_TRUE(r.form.indicators.empty());
}

TEST(FuzzRegressions, ImportReadsNoCommentFromAHashInsideALine) {
  // "…≤10次# source: …" in a spaces table: the cell "# source:" does not start the line.
  const io::ImportResult r = io::import_form(read_file(JIXIAO_TEST_DATA "/fuzz_regressions/import/hash-inside-line"), "t.txt");
  for (const auto& [key, value] : r.form.metadata) {
    EXPECT_TRUE(valid_utf8(key)) << key;
    EXPECT_TRUE(valid_utf8(value)) << value;
    EXPECT_EQ(key.find("出指标数量"), std::string::npos) << key;  // the line's own text is no comment key
  }
  EXPECT_EQ(r.stats.cells_in_model + r.stats.cells_in_findings, r.stats.cells);
}

TEST(FuzzRegressions, ImportReadsALineOfHashesOnlyAsAnEmptyTitle) {
  // "##" (found through capi_fuzzer): the title's text was cut at find_first_not_of('#'),
  // npos, and std::out_of_range escaped import_form. "#" alone gave a nameless key.
  for (const std::string& text : {read_file(JIXIAO_TEST_DATA "/fuzz_regressions/import/hashes-only-line"),
                                 std::string("#"), std::string("###\n"), std::string("# \r\n")}) {
    const io::ImportResult r = io::import_form(text, "t.txt");
    ASSERT_EQ(r.form.metadata.size(), 1u) << text;
    EXPECT_EQ(r.form.metadata[0].first, "title") << text;
    EXPECT_EQ(r.form.metadata[0].second, "") << text;
    EXPECT_EQ(r.stats.cells_in_model + r.stats.cells_in_findings, r.stats.cells) << text;
  }
}

TEST(FuzzRegressions, EveryLeadingByteOrderMarkIsIgnoredOnce) {
  // Two BOMs (found by form_json_fuzzer, doubled-bom): the checks skipped one, the parser
  // the other, and the position scan read the second as a value and closed more than it
  // opened: a double free, in every format's `convert`. Now every leading BOM is skipped
  // before parsing and reported in one JX-IO005.
  const std::string form = read_file(JIXIAO_TEST_DATA "/selfeval/01_yongde.form.json");
  const std::string bom = "\xEF\xBB\xBF";
  const auto plain = io::load_form_from_string(form, io::Format::json);
  ASSERT_TRUE(plain.value);
  for (const int boms : {1, 2, 3}) {
    std::string text;
    for (int i = 0; i < boms; ++i) text += bom;
    const auto r = io::load_form_from_string(text + form, io::Format::json);
    ASSERT_TRUE(r.value) << boms;
    EXPECT_EQ(*r.value, *plain.value) << boms;
    ASSERT_FALSE(r.findings.empty());
    EXPECT_EQ(r.findings[0].rule_id, "JX-IO005");
    EXPECT_EQ(r.findings[0].message(jixiao::Lang::en),
              boms == 1 ? std::string("UTF-8 byte order mark ignored") : std::to_string(boms) + " UTF-8 byte order marks ignored");
  }
  const auto crash = io::load_form_from_string(read_file(JIXIAO_TEST_DATA "/fuzz_regressions/form_json/doubled-bom"),
                                               io::Format::json);
  for (const jixiao::Finding& f : crash.findings) {
    if (f.rule_id == "JX-IO011") {
      EXPECT_TRUE(f.location.source) << f.location.path;  // the unknown key "sche-a" is located
    }
  }
}

TEST(FuzzRegressions, EscapedNulIsRefusedLikeARawOne) {
  // A NUL read from a JSON escape could not be written as XML or INFO and read again.
  const auto r = io::load_form_from_string(read_file(JIXIAO_TEST_DATA "/fuzz_regressions/form_json/escaped-nul"), io::Format::json);
  EXPECT_FALSE(r.value.has_value());
  ASSERT_FALSE(r.findings.empty());
  EXPECT_EQ(r.findings.front().rule_id, "JX-IO002");
  EXPECT_NE(r.findings.front().message(jixiao::Lang::en).find("\\u0000"), std::string::npos)
      << r.findings.front().message(jixiao::Lang::en);
}

TEST(FuzzRegressions, EscapesForNulAndLoneSurrogatesAreRefusedInEveryFormat) {
  const std::string form = read_file(JIXIAO_TEST_DATA "/selfeval/01_yongde.form.json");
  const std::string xml = io::save_form_to_string(context_form(), io::Format::xml);
  const std::string info = io::save_form_to_string(context_form(), io::Format::info);
  const auto with = [](std::string text, const std::string& from, const std::string& to) {
    const std::size_t at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    return text.replace(at, from.size(), to);
  };
  const struct {
    std::string text;
    io::Format format;
  } bad[] = {
      {with(form, "义务教育", "义务\\ud800教育"), io::Format::json},        // lone high surrogate
      {with(form, "义务教育", "义务\\udc00教育"), io::Format::json},        // lone low surrogate
      {with(xml, "义务教育", "义务&#xD800;教育"), io::Format::xml},
      {with(xml, "义务教育", "义务&#0;教育"), io::Format::xml},
      {with(xml, "义务教育", "义务&#99999999999999999999;教育"), io::Format::xml},
      {with(info, "义务教育营养改善计划专项资金", "\"义务\\0教育\""), io::Format::info},  // INFO's NUL escape
  };
  for (const auto& b : bad) {
    const auto r = io::load_form_from_string(b.text, b.format);
    EXPECT_FALSE(r.value.has_value()) << io::to_string(b.format);
    ASSERT_FALSE(r.findings.empty());
    EXPECT_EQ(r.findings.front().rule_id, "JX-IO002");
  }
  // Well-formed escapes still read: a surrogate pair, an escaped backslash before u0000.
  EXPECT_TRUE(io::load_form_from_string(with(form, "义务教育", "义务\\ud83d\\ude00教育"), io::Format::json).ok());
  EXPECT_TRUE(io::load_form_from_string(with(form, "义务教育", "义务\\\\u0000教育"), io::Format::json).ok());
  EXPECT_TRUE(io::load_form_from_string(with(xml, "义务教育", "义务&#x4E49;教育"), io::Format::xml).ok());
}

TEST(FuzzRegressions, ProfileNameWithLineBreaksIsWrittenAsEscapes) {
  const auto r = io::read_profile("<profile><name>a\nb\r\nc \"d\" \\e</name></profile>");
  ASSERT_TRUE(r.ok());
  const std::string written = io::write_profile(*r.value);
  EXPECT_NE(written.find("name \"a\\nb\\nc \\\"d\\\" \\\\e\""), std::string::npos) << written;
  const auto again = io::read_profile(written);
  ASSERT_TRUE(again.ok()) << written;
  EXPECT_EQ(again.value->name, r.value->name);
}

TEST(FuzzRegressions, ImportedLabelEndsAtTheColonNotInsideACharacter) {
  // 编 is E7 BC 96 and '：' is EF BC 9A: a byte set search for ":：" stopped at BC.
  const io::ImportResult r = io::import_form("项目名称: | 绿化养护经费 | 项目编号: 12|\n", "t.txt");
  ASSERT_FALSE(r.form.metadata.empty());
  EXPECT_EQ(r.form.metadata.front().first, "项目编号");
  EXPECT_EQ(r.form.metadata.front().second, "12");
}

TEST(FuzzRegressions, DecimalDiagnosticQuotesBrokenUtf8AsBytes) {
  const auto p = jixiao::Decimal::parse("1\xEF\xBC");
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.diagnostics().front().text, "\\xEF\\xBC");
  EXPECT_TRUE(valid_utf8(p.diagnostics().front().message));
  // Well-formed text is quoted as it is.
  EXPECT_EQ(jixiao::Decimal::parse("1元").diagnostics().front().text, "元");
}

}  // namespace
