// The corpus forms laid out as workbooks (data/workbooks/corpus/, made from the forms' text
// by tests/tools/make_corpus_workbooks.py) against the hand labels of data/forms-expected:
// each workbook and the text table it came from are imported and matched with the labels
// exactly as import_expected_test matches the text tables (expected_labels.hpp). Prints,
// per form, name recall and name + target recall for both sources, and asserts that the
// workbook reaches at least its text table's figures: the workbook path must not lose what
// the text path reads.
#include <jixiao/io/table_import.hpp>
#include <jixiao/io/workbook_import.hpp>

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "expected_labels.hpp"
#include "test_files.hpp"

namespace {

using jixiao::test::Expected;
using jixiao::test::Label;

const std::filesystem::path kData = JIXIAO_TEST_DATA;

// One line of workbooks/corpus/SOURCES.tsv.
struct Fixture {
  std::string workbook;       // file name in workbooks/corpus/
  std::string form;           // file name in forms/
  std::size_t first_line = 0; // the text line held by sheet row 1
};

std::vector<Fixture> read_sources() {
  std::vector<Fixture> out;
  std::istringstream in(jixiao::test::read_file(kData / "workbooks" / "corpus" / "SOURCES.tsv"));
  std::string line;
  bool header_seen = false;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    if (!header_seen) {
      header_seen = true;  // workbook form first_line source
      continue;
    }
    const auto f = jixiao::test::split_tabs(line);
    EXPECT_EQ(f.size(), 4u) << line;
    if (f.size() != 4) continue;
    EXPECT_EQ(f[3].rfind("http", 0), 0u) << "every fixture names the URL of its form: " << line;
    out.push_back({f[0], f[1], static_cast<std::size_t>(std::strtoul(f[2].c_str(), nullptr, 10))});
  }
  return out;
}

// How much of the labelled rows (`?` rows aside) one import reaches.
struct Agreement {
  std::size_t labelled = 0;
  std::size_t names = 0;
  std::size_t targets = 0;
  std::size_t returned = 0;     // imported indicators with a value or a name, `?` rows aside
  std::size_t returned_ok = 0;  // … matching a labelled row
  std::size_t optional = 0;     // `?` rows
  std::size_t optional_names = 0;  // … imported by name
  std::size_t optional_targets = 0;  // … with the labelled target
};

// "n/m" for a figure.
std::string of(std::size_t n, std::size_t m) { return std::to_string(n) + "/" + std::to_string(m); }

Agreement agreement(const jixiao::io::ImportResult& r, std::size_t line_offset, const std::filesystem::path& labels,
                    const char* source) {
  Expected ex = jixiao::test::read_expected(labels);
  const auto& inds = r.form.indicators;
  const std::vector<std::size_t> lines = jixiao::test::indicator_lines(r, line_offset);
  const std::vector<long> match = jixiao::test::match_labels(ex, inds, lines);
  Agreement a;
  for (const Label& l : ex.rows) {
    if (l.optional) {
      ++a.optional;
      if (l.matched >= 0) ++a.optional_names;
      if (l.matched < 0) continue;
      const auto& ind = inds[static_cast<std::size_t>(l.matched)];
      if (jixiao::test::target_agrees(ind, l)) {
        ++a.optional_targets;
      } else {
        std::printf("  %-8s TARGET %zu '%s' (? row): '%s', expected '%s'\n", source, l.line, l.name.c_str(),
                    ind.annual_target.text().c_str(), l.target.c_str());
      }
      continue;
    }
    ++a.labelled;
    if (l.matched < 0) {
      std::printf("  %-8s MISS   %zu '%s'\n", source, l.line, l.name.c_str());
      continue;
    }
    ++a.names;
    const auto& ind = inds[static_cast<std::size_t>(l.matched)];
    if (jixiao::test::target_agrees(ind, l)) {
      ++a.targets;
    } else {
      std::printf("  %-8s TARGET %zu '%s': '%s', expected '%s'\n", source, l.line, l.name.c_str(),
                  ind.annual_target.text().c_str(), l.target.c_str());
    }
  }
  for (std::size_t k = 0; k < inds.size(); ++k) {
    if (match[k] >= 0 && ex.rows[static_cast<std::size_t>(match[k])].optional) continue;
    const auto& ind = inds[k];
    if (jixiao::test::empty_category(ind)) continue;
    ++a.returned;
    if (match[k] >= 0) {
      ++a.returned_ok;
    } else {
      std::printf("  %-8s INVENTED %zu '%s' (target '%s')\n", source, lines[k], ind.name.c_str(), ind.annual_target.text().c_str());
    }
  }
  return a;
}

TEST(WorkbookAgreement, EveryCorpusWorkbookReadsAtLeastAsWellAsItsTextTable) {
  const std::vector<Fixture> fixtures = read_sources();
  ASSERT_GE(fixtures.size(), 7u);
  std::size_t ods = 0;
  std::printf("per form: labelled rows (`?` rows aside) imported by name, and by name + target; `?` rows by name + target; "
              "imported indicators that are labelled rows\n");
  Agreement text_total, book_total;
  for (const Fixture& fx : fixtures) {
    SCOPED_TRACE(fx.workbook);
    const std::filesystem::path form = kData / "forms" / fx.form;
    const std::filesystem::path labels = kData / "forms-expected" / (fx.form.substr(0, 3) + ".tsv");
    ASSERT_TRUE(std::filesystem::exists(form)) << form;
    ASSERT_TRUE(std::filesystem::exists(labels)) << labels;
    if (std::filesystem::path(fx.workbook).extension() == ".ods") ++ods;

    const jixiao::io::ImportResult text = jixiao::io::import_form(jixiao::test::read_file(form), fx.form);
    const jixiao::io::WorkbookImport book = jixiao::io::import_workbook(kData / "workbooks" / "corpus" / fx.workbook);
    ASSERT_EQ(book.sheets.size(), 1u) << "one sheet, one form";
    EXPECT_TRUE(book.findings.empty());

    std::printf("%s\n", fx.workbook.c_str());
    const Agreement t = agreement(text, 0, labels, "text");
    const Agreement b = agreement(book.sheets[0].import, fx.first_line - 1, labels, "workbook");
    std::printf("%-9s names text %-6s workbook %-6s | name+target text %-6s workbook %-6s | ? rows text %-5s workbook %-5s | "
                "precision text %-6s workbook %s\n",
                fx.workbook.c_str(), of(t.names, t.labelled).c_str(), of(b.names, b.labelled).c_str(),
                of(t.targets, t.labelled).c_str(), of(b.targets, b.labelled).c_str(),
                of(t.optional_targets, t.optional).c_str(), of(b.optional_targets, b.optional).c_str(),
                of(t.returned_ok, t.returned).c_str(), of(b.returned_ok, b.returned).c_str());
    EXPECT_GT(t.labelled + t.optional, 0u) << "a fixture of a form with labelled rows";
    EXPECT_EQ(b.labelled, t.labelled);
    EXPECT_GE(b.names, t.names) << "the workbook loses names its text table gives";
    EXPECT_GE(b.targets, t.targets) << "the workbook loses targets its text table gives";
    EXPECT_GE(b.optional_names, t.optional_names) << "the workbook loses `?` rows its text table gives";
    EXPECT_GE(b.optional_targets, t.optional_targets) << "the workbook loses `?` rows' targets its text table gives";
    EXPECT_LE(b.returned - b.returned_ok, t.returned - t.returned_ok) << "the workbook invents indicators its text table does not";
    for (Agreement* sum : {&text_total, &book_total}) sum->labelled += t.labelled;
    text_total.names += t.names;
    text_total.targets += t.targets;
    book_total.names += b.names;
    book_total.targets += b.targets;
  }
  std::printf("all       names text %s, workbook %s; name + target text %s, workbook %s\n",
              of(text_total.names, text_total.labelled).c_str(), of(book_total.names, book_total.labelled).c_str(),
              of(text_total.targets, text_total.labelled).c_str(), of(book_total.targets, book_total.labelled).c_str());
  EXPECT_GE(ods, 1u) << "at least one corpus form as .ods";
}

}  // namespace
