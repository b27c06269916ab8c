// Acceptance: the published self-evaluation tables (tests/data/selfeval/*.txt, copied
// from the corpus with their source lines) as canonical forms. Each published 得分 and
// 总分 either reproduces under the profile that fits the table, or is listed in the
// table's .expect.json with the number the formulas give and why they differ.
#include <jixiao/io/profile_io.hpp>
#include <jixiao/io/form_io.hpp>
#include <jixiao/scoring.hpp>

#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>

namespace jixiao {
namespace {

Decimal dec(const std::string& text) { return Decimal::parse(text).value(); }

struct Case {
  const char* form;
  const char* expect;
  const char* table;  // the copied corpus text the form was transcribed from
};

class PublishedTable : public ::testing::TestWithParam<Case> {};

TEST_P(PublishedTable, ReproducesOrExplainsEveryPublishedNumber) {
  const Case c = GetParam();
  const std::string dir = std::string(JIXIAO_TEST_DATA) + "/selfeval/";
  // The transcribed table keeps its source line, and the form and expectations cite it.
  std::ifstream table(dir + c.table);
  ASSERT_TRUE(table) << c.table;
  std::string first;
  std::getline(table, first);
  ASSERT_EQ(first.rfind("# source: ", 0), 0u) << c.table;
  const std::string source = first.substr(10);

  auto loaded = io::load_form(dir + c.form);
  ASSERT_TRUE(loaded.value.has_value()) << c.form;
  for (const auto& f : loaded.findings) ADD_FAILURE() << c.form << ": " << f.render(Lang::en);
  const PerformanceForm& form = *loaded.value;
  ASSERT_NE(form.metadata_value("source"), nullptr);
  EXPECT_EQ(*form.metadata_value("source"), source);

  boost::property_tree::ptree expect;
  boost::property_tree::read_json(dir + c.expect, expect);
  EXPECT_EQ(expect.get<std::string>("source"), source);
  const Profile profile = io::builtin_profile(expect.get<std::string>("profile"));

  std::vector<Diagnostic> diags;
  const Actuals actuals = actuals_from_form(form, &diags);
  for (const auto& d : diags) ADD_FAILURE() << d.message;
  const Scorecard card = score(form, actuals, profile);

  std::map<std::size_t, boost::property_tree::ptree> disagreements;
  for (const auto& r : expect.get_child("rows")) disagreements[r.second.get<std::size_t>("index")] = r.second;

  int reproduced = 0;
  for (const ScoreRow& row : card.rows) {
    ASSERT_TRUE(row.points.has_value()) << row.name << ": " << row.arithmetic;
    ASSERT_TRUE(row.published_points.has_value()) << row.name;
    auto it = disagreements.find(row.index);
    if (it == disagreements.end()) {
      EXPECT_EQ(*row.points, *row.published_points) << row.name << ": " << row.arithmetic;
      ++reproduced;
    } else {
      EXPECT_EQ(*row.points, dec(it->second.get<std::string>("computed"))) << row.name << ": " << row.arithmetic;
      EXPECT_EQ(*row.published_points, dec(it->second.get<std::string>("published"))) << row.name;
      EXPECT_NE(*row.points, *row.published_points) << row.name;
      EXPECT_FALSE(it->second.get<std::string>("why").empty());
      bool flagged = false;
      for (const auto& f : card.findings) {
        flagged = flagged || (f.rule_id == "JX-S009" && f.location.path == "/indicators/" + std::to_string(row.index));
      }
      EXPECT_TRUE(flagged) << row.name << ": the scorecard must flag the published score";
    }
  }
  EXPECT_EQ(reproduced + static_cast<int>(disagreements.size()), static_cast<int>(card.rows.size()));

  if (card.budget && card.budget->published_points) {
    ASSERT_TRUE(card.budget->points.has_value());
    EXPECT_EQ(*card.budget->points, *card.budget->published_points) << card.budget->arithmetic;
  }

  if (expect.get_child_optional("total")) {
    const Decimal computed_total = dec(expect.get<std::string>("total.computed"));
    const Decimal published_total = dec(expect.get<std::string>("total.published"));
    EXPECT_EQ(card.total, computed_total) << card.indicator_arithmetic;
    ASSERT_TRUE(card.published_total.has_value());
    EXPECT_EQ(*card.published_total, published_total);
    bool total_flagged = false;
    bool sum_flagged = false;
    for (const auto& f : card.findings) {
      total_flagged = total_flagged || f.rule_id == "JX-S010";
      sum_flagged = sum_flagged || f.rule_id == "JX-S020";
    }
    EXPECT_EQ(total_flagged, computed_total != published_total);
    if (computed_total != published_total) {
      EXPECT_FALSE(expect.get<std::string>("total.why").empty());
    }
    EXPECT_EQ(sum_flagged, !expect.get<bool>("published_total_is_row_sum") && !profile.indicator_block_points);
  } else {
    EXPECT_FALSE(card.published_total.has_value()) << "a partial table without 总分";
  }
  if (auto grade = expect.get_optional<std::string>("grade")) {
    EXPECT_EQ(card.rating, *grade);
  }
  EXPECT_FALSE(expect.get<std::string>("notes", "x").empty());
  EXPECT_EQ(card.weights_ok, expect.get<bool>("weights_ok", true)) << "weights under " << profile.name;
}

INSTANTIATE_TEST_SUITE_P(
    Corpus, PublishedTable,
    ::testing::Values(Case{"01_yongde.form.json", "01_yongde.expect.json", "01_yongde-minglang-yingyang-gaishan-2022.txt"},
                      Case{"03_shangwuju.form.json", "03_shangwuju.expect.json", "03_qu-shangwuju-fuwu-maoyi-2020.txt"},
                      Case{"05_xinzhou.form.json", "05_xinzhou.expect.json", "05_xinzhou-chujutuan-yanchu-shebei-2020.txt"},
                      Case{"056_jishan.form.json", "056_jishan.expect.json", "056_jishan-yibao-jiandang-peitao-2020-selfeval.txt"},
                      Case{"018_suixi.form.json", "018_suixi.expect.json", "018_suixi-linshi-jiuzhu-2019-selfeval.txt"},
                      Case{"052_chizhou.form.json", "052_chizhou.expect.json", "052_chizhou-tangxi-cunji-buzhu-2022-selfeval.txt"}),
    [](const ::testing::TestParamInfo<Case>& info) {
      std::string n = info.param.form;
      n = n.substr(0, n.find('.'));
      for (char& ch : n) {
        if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
      }
      return "t" + n;
    });

// Under the national defaults the same tables disagree more: the profile options are
// what make them reproduce (whole points, truncated budget, budget outside, 80-point block).
TEST(PublishedTableProfiles, NationalDefaultsDoNotFitTheLocalTables) {
  const std::string dir = std::string(JIXIAO_TEST_DATA) + "/selfeval/";
  const Profile national = io::builtin_profile("national");
  auto yongde = io::load_form(dir + "01_yongde.form.json");
  ASSERT_TRUE(yongde.value);
  const Scorecard y = score(*yongde.value, actuals_from_form(*yongde.value), national);
  EXPECT_EQ(*y.rows[5].points, Decimal::parse("9.8").value());  // 10 × 98/100, not the published 9
  EXPECT_FALSE(y.weights_ok);                                  // 40/30/20 is not 50/30/10
  auto jishan = io::load_form(dir + "056_jishan.form.json");
  ASSERT_TRUE(jishan.value);
  const Scorecard j = score(*jishan.value, actuals_from_form(*jishan.value), national);
  EXPECT_EQ(*j.budget->points, Decimal::parse("9.91").value());  // published 9
  auto shangwu = io::load_form(dir + "03_shangwuju.form.json");
  ASSERT_TRUE(shangwu.value);
  const Scorecard s = score(*shangwu.value, actuals_from_form(*shangwu.value), national);
  EXPECT_NE(s.total, Decimal(100));
}

}  // namespace
}  // namespace jixiao
