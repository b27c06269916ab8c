// The review's precision on real forms judged after the rules were written (issue 20's
// second acceptance): data/review-heldout/forms/ holds published forms that are not in
// the corpus the rules were tuned on, and judged.tsv a reviewer's verdict on every
// finding the review raised on them (warnings, errors, and the info findings of JX-B006
// and JX-C009, as in review-judged). Each form is imported and reviewed as `jixiao
// check` does; every finding raised now is matched to its verdict (same rule, same
// message numbers aside, or a message naming the judged subject). Prints the verdicts
// per rule and asserts the bars: precision (correct / (correct + wrong)) ≥ 0.85,
// at least half of all findings correct, and nearly every finding judged. The info
// findings that say a block was not reliably read, was cut off or is not in the text
// (what the review could not check) are out of scope like every other info finding;
// their number is printed beside the figures.
#include <jixiao/io/profile_io.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <string>
#include <vector>
#include "judged_findings.hpp"

namespace {

using jixiao::test::Judged;
using jixiao::test::Raised;

const std::string kDir = JIXIAO_TEST_DATA "/review-heldout";

// Findings a reviewer reads: warnings, errors, and the two info rules that point at
// content (the budget gap to the key tasks, an empty category).
bool in_scope(const Raised& r) {
  if (r.rule.rfind("JX-I", 0) == 0) return false;
  return r.severity != "info" || r.rule == "JX-B006" || r.rule == "JX-C009";
}

std::vector<std::string> form_files() {
  std::vector<std::string> out;
  for (const auto& e : std::filesystem::directory_iterator(kDir + "/forms")) {
    if (e.path().extension() == ".txt") out.push_back(e.path().filename().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

// The verdict of the judged finding that makes the point of `r` most closely (the same
// message before a subject that is only a substring of it), or "unjudged".
std::string verdict_of(const Raised& r, const std::string& form, const std::vector<Judged>& judged) {
  int best = 0;
  std::string verdict = "unjudged";
  for (const auto& j : judged) {
    if (j.form != form) continue;
    const int rank = jixiao::test::match_rank(j, r);
    if (rank > best) {
      best = rank;
      verdict = j.verdict;
    }
  }
  return verdict;
}

TEST(ReviewHeldout, PrecisionOnFormsJudgedAfterTheRules) {
  const auto judged = jixiao::test::read_judged(kDir + "/judged.tsv");
  const auto forms = form_files();
  ASSERT_GE(forms.size(), 10u) << "held-out forms not found";
  const auto rules = jixiao::RuleSet::builtin(jixiao::io::builtin_profile("national"));
  std::map<std::string, std::map<std::string, int>> per_rule;  // rule → verdict → findings raised now
  std::map<std::string, int> all;                              // verdict → findings raised now
  // Info findings saying what the review could not check (out of scope): a block not
  // reliably read, a table cut off by the end of the text, content not in the text.
  int caveats = 0;
  auto caveat = [](const jixiao::test::Raised& r) {
    return r.severity == "info" && r.rule.rfind("JX-I", 0) != 0 &&
           (r.message.find("未能可靠读取") != std::string::npos || r.message.find("被截断") != std::string::npos ||
            r.message.find("不在文本中") != std::string::npos);
  };
  for (const auto& form : forms) {
    for (const auto& r : jixiao::test::review(kDir + "/forms/" + form, form, rules)) {
      if (caveat(r)) ++caveats;
      if (!in_scope(r)) continue;
      const std::string v = verdict_of(r, form, judged);
      ++per_rule[r.rule][v];
      ++all[v];
      if (v != "correct") std::printf("%-15s %s %s | %s\n", v.c_str(), form.substr(0, 14).c_str(), r.rule.c_str(), r.message.c_str());
    }
  }
  std::printf("\n%-8s %7s %5s %15s %9s %8s %9s\n", "rule", "correct", "wrong", "import-artifact", "debatable", "unjudged",
              "precision");
  for (auto& [rule, n] : per_rule) {
    const int c = n["correct"], w = n["wrong"];
    std::printf("%-8s %7d %5d %15d %9d %8d %9s\n", rule.c_str(), c, w, n["import-artifact"], n["debatable"], n["unjudged"],
                c + w == 0 ? "n/a" : std::to_string(static_cast<double>(c) / (c + w)).substr(0, 4).c_str());
  }
  const int c = all["correct"], w = all["wrong"];
  int total = 0;
  for (const auto& [v, n] : all) total += n;
  std::printf("all: %d findings on %zu forms: %d correct, %d wrong, %d import-artifact, %d debatable, %d unjudged\n", total,
              forms.size(), c, w, all["import-artifact"], all["debatable"], all["unjudged"]);
  std::printf("besides: %d info findings saying a block was not reliably read, was cut off or is not in the text "
              "(counted as findings: %d of %d correct)\n",
              caveats, c, total + caveats);
  ASSERT_GT(total, 0);
  EXPECT_GE(c * 100, (c + w) * 85) << "precision below 0.85";
  EXPECT_GE(c * 2, total) << "fewer than half of the findings are points a reviewer would raise";
  // A finding nobody judged says nothing: a rule change that raises new points must
  // have them judged (add rows to judged.tsv) before the figures mean anything.
  EXPECT_LE(all["unjudged"] * 10, total) << "more than 10% of the findings are not judged";
}

}  // namespace
