// The review measured against a reviewer's verdicts (issue 20): data/review-judged/
// judged.tsv holds findings of an earlier build on the corpus forms (data/forms/) and
// the seed, each judged correct, wrong, import-artifact or debatable, with the subject
// it is about. Every form is imported and reviewed as `jixiao check` does (national
// profile, the importer's findings passed to the rules); a judged finding is still
// raised when the same rule fires on the same form with the same message (numbers
// aside: a count that changed as the importer read more rows is the same point), or
// with a message that names its subject. Prints what is still raised or gone and the
// precision per rule, and asserts floors that only ever move up.
#include <jixiao/io/profile_io.hpp>

#include <gtest/gtest.h>

#include <cstdio>
#include <map>
#include <string>
#include <vector>
#include "judged_findings.hpp"

namespace {

// Measured on branch i20-review (before: main d555f9f with 0 of 35 wrong and 1 of 34
// import artifacts still raised, 23 of 26 correct kept). The one artifact left shares
// its subject and message with a correct finding (the 中期 and 年度 halves of one row of
// 022). The one correct finding lost is 016's missing 效益: the importer found no
// indicator table there (JX-I008), so JX-C001's one "not reliably read" finding names
// the indicators as not read and no rule can see which category is missing.
constexpr int kWrongRaisedMax = 0;
constexpr int kArtifactRaisedMax = 1;
constexpr int kCorrectKeptMin = 25;

using jixiao::test::Judged;
using jixiao::test::Raised;

// The review findings of one corpus form (data/forms/) or of the seed.
std::vector<Raised> review(const std::string& form, const jixiao::RuleSet& rules) {
  const std::string path = form.rfind("seed-", 0) == 0 ? std::string(JIXIAO_TEST_DATA "/") + form
                                                       : std::string(JIXIAO_TEST_DATA "/forms/") + form;
  return jixiao::test::review(path, form, rules);
}

TEST(ReviewJudged, WrongAndImportArtifactsGoneCorrectKept) {
  const auto judged = jixiao::test::read_judged(JIXIAO_TEST_DATA "/review-judged/judged.tsv");
  ASSERT_GE(judged.size(), 120u) << "judged.tsv not read";
  const auto rules = jixiao::RuleSet::builtin(jixiao::io::builtin_profile("national"));
  std::map<std::string, std::vector<Raised>> by_form;
  std::map<std::string, std::pair<int, int>> verdicts;                // verdict → (still raised, all)
  std::map<std::string, std::map<std::string, int>> per_rule;         // rule → "correct"/"wrong" still raised
  for (const auto& j : judged) {
    if (by_form.find(j.form) == by_form.end()) by_form[j.form] = review(j.form, rules);
    const bool hit = jixiao::test::still_raised(j, by_form[j.form]);
    auto& v = verdicts[j.verdict];
    v.first += hit;
    ++v.second;
    if (hit) ++per_rule[j.rule][j.verdict];
    if ((j.verdict == "correct") != hit && j.verdict != "debatable") {
      std::printf("%s %-15s %s %s | %s\n", hit ? "RAISED" : "GONE  ", j.verdict.c_str(), j.form.substr(0, 12).c_str(),
                  j.rule.c_str(), j.subject.empty() ? j.message.c_str() : j.subject.c_str());
    }
  }
  std::printf("\nstill raised per verdict:");
  for (const auto& [verdict, n] : verdicts) std::printf("  %s %d/%d", verdict.c_str(), n.first, n.second);
  std::printf("\nprecision per rule (correct / (correct + wrong) of the judged findings still raised):\n");
  for (const auto& [rule, n] : per_rule) {
    const int c = n.count("correct") ? n.at("correct") : 0;
    const int w = n.count("wrong") ? n.at("wrong") : 0;
    if (c + w == 0) {
      std::printf("  %s n/a (import-artifact %d, debatable %d)\n", rule.c_str(),
                  n.count("import-artifact") ? n.at("import-artifact") : 0, n.count("debatable") ? n.at("debatable") : 0);
    } else {
      std::printf("  %s %.2f (%d correct, %d wrong)\n", rule.c_str(), static_cast<double>(c) / (c + w), c, w);
      EXPECT_GE(c * 100, (c + w) * 85) << rule << ": precision below 0.85";
    }
  }
  // Floors at the measured values (issue 20 asks for ≥ 90% of wrong and import
  // artifacts gone and ≥ 95% of correct kept; see the report of branch i20-precision).
  const auto& wrong = verdicts["wrong"];
  const auto& artifact = verdicts["import-artifact"];
  const auto& correct = verdicts["correct"];
  EXPECT_EQ(wrong.second, 35);
  EXPECT_EQ(artifact.second, 34);
  EXPECT_EQ(correct.second, 26);
  EXPECT_LE(wrong.first, kWrongRaisedMax) << "wrong findings raised again";
  EXPECT_LE(artifact.first, kArtifactRaisedMax) << "import artifacts raised again";
  EXPECT_GE(correct.first, kCorrectKeptMin) << "correct findings lost";
  // The acceptance on this corpus: ≥ 90% of wrong and import-artifact findings
  // gone, ≥ 95% of correct ones kept; precision of what is still raised ≥ 0.85.
  const int gone = (wrong.second - wrong.first) + (artifact.second - artifact.first);
  EXPECT_GE(gone * 10, (wrong.second + artifact.second) * 9) << gone << " gone";
  EXPECT_GE(correct.first * 100, correct.second * 95) << correct.first << " of " << correct.second << " kept";
  std::printf("overall: %d of %d wrong/import-artifact gone, %d of %d correct kept, precision %.2f (%d correct, %d wrong)\n",
              gone, wrong.second + artifact.second, correct.first, correct.second,
              static_cast<double>(correct.first) / (correct.first + wrong.first), correct.first, wrong.first);
  EXPECT_GE(correct.first * 100, (correct.first + wrong.first) * 85);
}

}  // namespace
