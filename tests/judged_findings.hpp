// Review findings judged by a reviewer (issue 20): reading a judged.tsv (form, rule,
// severity, path, message, subject, verdict, reason), reviewing a form as `jixiao check`
// does, and matching a judged finding to what the review raises now. Shared by
// review_judged_test (the corpus forms) and review_heldout_test (forms judged later).
#pragma once

#include <jixiao/io/table_import.hpp>
#include <jixiao/rules.hpp>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>
#include "test_files.hpp"

namespace jixiao::test {

/// The tab-separated cells of one line; a trailing tab gives a last empty cell.
inline std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> out;
  std::string cell;
  std::istringstream in(line);
  while (std::getline(in, cell, '\t')) out.push_back(cell);
  if (!line.empty() && line.back() == '\t') out.emplace_back();
  return out;
}

/// One judged finding: the form's file name, the rule, its Chinese message, the subject
/// it is about (indicator, task or line name; empty for form-level findings), the verdict.
struct Judged {
  std::string form, rule, message, subject, verdict;
};

/// The rows of the judged.tsv at `path` (comment lines and the header skipped).
inline std::vector<Judged> read_judged(const std::string& path) {
  std::istringstream in(read_file(path));
  std::vector<Judged> out;
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    if (header) {  // form rule severity path message subject verdict reason
      header = false;
      continue;
    }
    const auto c = split_tabs(line);
    if (c.size() < 7) continue;
    out.push_back({c[0], c[1], c[4], c[5], c[6]});
  }
  return out;
}

/// A review finding as raised now: rule id and Chinese message on one line.
struct Raised {
  std::string rule, message, severity;
};

/// The review findings (JX-B/C/Q/F) of the table text at `path`, imported and checked
/// as `jixiao check` does (the importer's findings passed to the rules).
inline std::vector<Raised> review(const std::string& path, const std::string& name, const RuleSet& rules) {
  const auto imported = io::import_form(read_file(path), name);
  const auto report = rules.check(imported.form, Locator(), imported.findings);
  std::vector<Raised> out;
  for (const auto& f : report.findings()) {
    std::string m = f.message(Lang::zh);
    for (char& ch : m) {
      if (ch == '\t' || ch == '\n' || ch == '\r') ch = ' ';
    }
    out.push_back({f.rule_id, m, std::string(to_string(f.severity))});
  }
  return out;
}

/// The message with every number (`4`, `66.67`) replaced by `#`: a form-level finding
/// whose count changed because the importer now reads more rows makes the same point.
inline std::string without_numbers(const std::string& message) {
  std::string out;
  for (std::size_t i = 0; i < message.size(); ++i) {
    const bool digit = message[i] >= '0' && message[i] <= '9';
    if (!digit) {
      out += message[i];
      continue;
    }
    while (i + 1 < message.size() && ((message[i + 1] >= '0' && message[i + 1] <= '9') || message[i + 1] == '.')) ++i;
    out += '#';
  }
  return out;
}

/// How closely `r` makes the point of `j`: 0 not at all (another rule), 4 the same
/// message, 3 the same message numbers aside, 2 a message quoting j's subject
/// (“subject”), 1 a message holding a subject with a Chinese character anywhere.
inline int match_rank(const Judged& j, const Raised& r) {
  if (r.rule != j.rule) return 0;
  if (r.message == j.message) return 4;
  if (without_numbers(r.message) == without_numbers(j.message)) return 3;
  if (j.subject.empty()) return 0;
  if (r.message.find("“" + j.subject + "”") != std::string::npos) return 2;
  // An ASCII subject (`90%`, `100`) may stand in any message as a value: only quoted.
  const bool ascii = std::all_of(j.subject.begin(), j.subject.end(), [](char c) { return (c & 0x80) == 0; });
  return !ascii && r.message.find(j.subject) != std::string::npos ? 1 : 0;
}

/// Whether `r` makes the point of `j`: same rule, and the same message (numbers aside)
/// or a message that names j's subject.
inline bool same_point(const Judged& j, const Raised& r) { return match_rank(j, r) > 0; }

/// Whether the review still raises the point of `j` among `raised`.
inline bool still_raised(const Judged& j, const std::vector<Raised>& raised) {
  for (const auto& r : raised) {
    if (same_point(j, r)) return true;
  }
  return false;
}

}  // namespace jixiao::test
