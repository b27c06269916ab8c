// The importer measured against hand labels (issue 15): every corpus form in
// data/forms/ is imported and its indicators are matched with the rows a careful
// reader listed in data/forms-expected/NNN.tsv (format in its README). Prints every
// miss and every invented indicator with its reason, then four figures, and asserts
// floors that only ever move up:
//   name recall          labelled rows (not `?`) whose name was imported
//   name + target recall the same rows imported with the labelled annual target
//   actuals kept         labelled rows with an actual whose indicator carries it
//   precision            imported indicators that are labelled rows (`?` rows aside)
// An entry with no name and no value at all is how the model keeps an empty category
// (`成本指标` listed with nothing under it, see indicator.hpp; the review's JX-C009
// reads it): it is counted apart, not as a returned indicator. An entry with no name
// but some value is an indicator that lost its name and counts against precision.
// Names and targets compare with all whitespace removed. A `?` row is optional: an
// imported indicator matching it is neither a hit nor a false positive, and missing it
// is not a miss. Reading the labels and matching are in expected_labels.hpp, shared with
// workbook_agreement_test (the same forms laid out as workbooks).
#include <jixiao/io/profile_io.hpp>
#include <jixiao/io/table_import.hpp>
#include <jixiao/scoring.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "expected_labels.hpp"
#include "test_files.hpp"

namespace {

using jixiao::test::Expected;
using jixiao::test::Label;
using jixiao::test::read_expected;
using jixiao::test::read_file;
using jixiao::test::squeeze;

struct Totals {
  std::size_t labelled = 0;      // rows not marked `?`
  std::size_t names = 0;         // of them, imported by name
  std::size_t targets = 0;       // … with the labelled target
  std::size_t with_actual = 0;   // rows not marked `?` with an actual
  std::size_t actuals = 0;       // … imported with it
  std::size_t returned = 0;      // imported indicators not matching a `?` row
  std::size_t returned_ok = 0;   // … matching a labelled row
  std::size_t categories = 0;    // empty categories (no name, no value)
  std::size_t from_sentences = 0;  // rows a report states only in sentences (JX-I018)
};

double percent(std::size_t a, std::size_t b) { return b == 0 ? 100.0 : 100.0 * static_cast<double>(a) / static_cast<double>(b); }

TEST(ImportExpected, RecallAndPrecisionAgainstHandLabels) {
  std::vector<std::filesystem::path> label_files;
  for (const auto& e : std::filesystem::directory_iterator(JIXIAO_TEST_DATA "/forms-expected")) {
    if (e.path().extension() == ".tsv") label_files.push_back(e.path());
  }
  std::sort(label_files.begin(), label_files.end());
  ASSERT_EQ(label_files.size(), 29u);

  Totals t;
  for (const auto& lp : label_files) {
    Expected ex = read_expected(lp);
    ASSERT_FALSE(ex.file.empty()) << lp;
    const std::filesystem::path form_path = std::filesystem::path(JIXIAO_TEST_DATA "/forms") / ex.file;
    ASSERT_TRUE(std::filesystem::exists(form_path)) << form_path;
    const auto r = jixiao::io::import_form(read_file(form_path), ex.file);
    const auto& inds = r.form.indicators;

    const std::vector<std::size_t> lines = jixiao::test::indicator_lines(r);
    const std::vector<long> match = jixiao::test::match_labels(ex, inds, lines);

    const std::string id = lp.stem().string();
    for (const Label& l : ex.rows) {
      if (l.optional) continue;
      ++t.labelled;
      if (!l.actual.empty()) ++t.with_actual;
      if (l.matched < 0) {
        // Say what was read in its place: an unmatched indicator on the same line.
        std::string instead;
        for (std::size_t k = 0; k < inds.size(); ++k) {
          if (match[k] < 0 && lines[k] == l.line) instead += (instead.empty() ? " — read there: '" : ", '") + inds[k].name + "'";
        }
        std::printf("MISS     %s:%zu  '%s'  not imported%s\n", id.c_str(), l.line, l.name.c_str(), instead.c_str());
        continue;
      }
      ++t.names;
      const auto& ind = inds[static_cast<std::size_t>(l.matched)];
      if (jixiao::test::target_agrees(ind, l)) {
        ++t.targets;
      } else {
        std::printf("TARGET   %s:%zu  '%s'  target '%s', expected '%s'\n", id.c_str(), l.line, l.name.c_str(),
                    ind.annual_target.text().c_str(), l.target.c_str());
      }
      if (!l.actual.empty()) {
        if (squeeze(ind.actual) == squeeze(l.actual)) {
          ++t.actuals;
        } else {
          std::printf("ACTUAL   %s:%zu  '%s'  actual '%s', expected '%s'\n", id.c_str(), l.line, l.name.c_str(),
                      ind.actual.c_str(), l.actual.c_str());
        }
      }
    }
    for (std::size_t k = 0; k < inds.size(); ++k) {
      if (match[k] >= 0 && ex.rows[static_cast<std::size_t>(match[k])].optional) continue;
      if (jixiao::test::empty_category(inds[k])) {
        ++t.categories;
        continue;
      }
      // A row a self-evaluation report states only in its sentences (JX-I018): the labels
      // list the tables' rows, so it is counted apart and printed.
      const std::string path = "/indicators/" + std::to_string(k);
      if (std::any_of(r.findings.begin(), r.findings.end(),
                      [&](const auto& f) { return f.rule_id == "JX-I018" && f.location.path == path; })) {
        ++t.from_sentences;
        std::printf("SENTENCE %s:%zu  '%s'  (target '%s', actual '%s'): read from the report's sentences\n", id.c_str(),
                    lines[k], inds[k].name.c_str(), inds[k].annual_target.text().c_str(), inds[k].actual.c_str());
        continue;
      }
      ++t.returned;
      if (match[k] >= 0) {
        ++t.returned_ok;
        continue;
      }
      const char* why = inds[k].name.empty() ? "values without a 三级 name read as an indicator"
                                             : "no labelled row of this name";
      std::printf("INVENTED %s:%zu  '%s'  (target '%s'): %s\n", id.c_str(), lines[k], inds[k].name.c_str(),
                  inds[k].annual_target.text().c_str(), why);
    }
  }

  const double name_recall = percent(t.names, t.labelled);
  const double target_recall = percent(t.targets, t.labelled);
  const double actuals = percent(t.actuals, t.with_actual);
  const double precision = percent(t.returned_ok, t.returned);
  std::printf("\nname recall          %3zu/%-3zu %5.1f%%\n", t.names, t.labelled, name_recall);
  std::printf("name + target recall %3zu/%-3zu %5.1f%%\n", t.targets, t.labelled, target_recall);
  std::printf("actuals kept         %3zu/%-3zu %5.1f%%\n", t.actuals, t.with_actual, actuals);
  std::printf("precision            %3zu/%-3zu %5.1f%%\n", t.returned_ok, t.returned, precision);
  std::printf("(empty categories kept as entries without a name: %zu; counted as indicators, precision would be %.1f%%)\n",
              t.categories, percent(t.returned_ok, t.returned + t.categories));
  std::printf("(rows read from a report's sentences, outside the labelled tables: %zu)\n", t.from_sentences);

  // Floors: what the importer reached when they were last raised (never above it);
  // the goal of issue 15 is 95 / 92 / 90 / 95.
  EXPECT_EQ(t.labelled, 149u);
  EXPECT_EQ(t.with_actual, 50u);
  EXPECT_GE(name_recall, 95.9);
  EXPECT_GE(target_recall, 95.3);
  EXPECT_GE(actuals, 92.0);
  EXPECT_GE(precision, 96.6);
}

// `jixiao score` on an imported 自评表: every row with a published 得分 is scored from the
// imported target, actual and 分值 under the national profile, and the points are compared
// with the table's own. Each difference is printed with the arithmetic that gives it (where
// the publisher's differs: a deadline met on time given 4 of 5, rates rounded by hand …);
// the count that agrees is a floor, and a table that is read cleanly (052) must agree row
// for row.
TEST(ImportExpected, ScoringAnImportedSelfEvaluationRedoesTheTablesArithmetic) {
  const jixiao::Profile profile = jixiao::io::builtin_profile("national");
  std::size_t published = 0;
  std::size_t agree = 0;
  for (const char* name : {"006_yinchuan-liuzhong-gongyong-2021-selfeval.txt", "010_daying-sifaju-anke-2023-selfeval.txt",
                           "018_suixi-linshi-jiuzhu-2019-selfeval.txt", "046_taihe-yanglou-tese-zhongyangzhi-2023-selfeval.txt",
                           "048_yuanzhou-malingshu-zhongshu-2022-selfeval.txt", "052_chizhou-tangxi-cunji-buzhu-2022-selfeval.txt",
                           "056_jishan-yibao-jiandang-peitao-2020-selfeval.txt"}) {
    const auto r = jixiao::io::import_form(read_file(std::filesystem::path(JIXIAO_TEST_DATA "/forms") / name), name);
    const jixiao::Actuals actuals = jixiao::actuals_from_form(r.form, nullptr);
    const jixiao::Scorecard card = jixiao::score(r.form, actuals, profile);
    std::size_t form_published = 0;
    std::size_t form_agree = 0;
    for (const auto& row : card.rows) {
      if (!row.published_points) continue;
      ++form_published;
      if (row.points && *row.points == *row.published_points) {
        ++form_agree;
        continue;
      }
      std::printf("SCORE    %.3s  '%s'  published %s, scored %s (%s)\n", name, row.name.c_str(),
                  row.published_points->to_string().c_str(), row.points ? row.points->to_string().c_str() : "none",
                  row.arithmetic.empty() ? "not scored" : row.arithmetic.c_str());
    }
    std::printf("scored   %.3s  %zu of %zu published 得分 reproduced\n", name, form_agree, form_published);
    if (std::string(name).rfind("052", 0) == 0) {
      EXPECT_EQ(form_published, 8u);
      EXPECT_EQ(form_agree, form_published);
    }
    published += form_published;
    agree += form_agree;
  }
  std::printf("published 得分 reproduced by scoring the imported form: %zu/%zu\n", agree, published);
  EXPECT_GE(agree, 29u);  // floor: what scoring the imported forms reproduced when last raised
}

}  // namespace
