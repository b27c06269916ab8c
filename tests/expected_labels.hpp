// The hand labels of data/forms-expected/NNN.tsv (format in its README) and the one way an
// import is matched with them, shared by import_expected_test (the text tables) and
// workbook_agreement_test (the same forms laid out as workbooks): each imported indicator
// takes the unmatched labelled row of the same name nearest to its line; names and
// targets compare with all whitespace removed.
#pragma once

#include <jixiao/io/table_import.hpp>

#include <gtest/gtest.h>

#include <cstddef>
#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "test_files.hpp"

namespace jixiao::test {

// Text without whitespace of any kind (ASCII, NBSP, U+3000).
inline std::string squeeze(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++i;
    } else if (s.compare(i, 2, "\xC2\xA0") == 0) {
      i += 2;
    } else if (s.compare(i, 3, "\xE3\x80\x80") == 0) {
      i += 3;
    } else {
      out += s[i++];
    }
  }
  return out;
}

inline std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> out;
  std::size_t from = 0;
  while (true) {
    const std::size_t tab = line.find('\t', from);
    out.push_back(line.substr(from, tab == std::string::npos ? std::string::npos : tab - from));
    if (tab == std::string::npos) break;
    from = tab + 1;
  }
  return out;
}

// `s` without the bracketed runs that hold a vowel with a pinyin tone mark (`(jīng)`): the
// labels' own reading of a gloss, written apart from the importer's.
inline std::string without_glosses(const std::string& s) {
  static const char* const kToned[] = {"ā", "á", "ǎ", "à", "ē", "é", "ě", "è", "ī", "í", "ǐ", "ì",
                                       "ō", "ó", "ǒ", "ò", "ū", "ú", "ǔ", "ù", "ǖ", "ǘ", "ǚ", "ǜ", "ü"};
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t close = s[i] == '(' ? s.find(')', i) : std::string::npos;
    if (close != std::string::npos && close - i <= 16) {
      const std::string inner = s.substr(i + 1, close - i - 1);
      bool toned = false;
      for (const char* t : kToned) toned = toned || inner.find(t) != std::string::npos;
      if (toned) {
        i = close + 1;
        continue;
      }
    }
    out += s[i++];
  }
  return out;
}

// One labelled indicator row.
struct Label {
  std::string level1, level2, name, target, actual, weight, score;
  std::size_t line = 0;
  bool optional = false;  // marked `?`
  long matched = -1;      // index of the imported indicator
};

// The labels of one form.
struct Expected {
  std::string file;  // the form's file name in data/forms/
  std::vector<Label> rows;
};

inline Expected read_expected(const std::filesystem::path& p) {
  Expected e;
  std::istringstream in(read_file(p));
  std::string line;
  bool header_seen = false;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.rfind("# file:", 0) == 0) {
      e.file = line.substr(7);
      e.file.erase(0, e.file.find_first_not_of(' '));
      continue;
    }
    if (line.empty() || line[0] == '#') continue;
    if (!header_seen) {
      header_seen = true;  // level1 level2 name target actual weight score line
      continue;
    }
    const auto f = split_tabs(line);
    EXPECT_EQ(f.size(), 8u) << p << ": " << line;
    if (f.size() != 8) continue;
    // The labels quote the text as written; the importer drops a mirror site's pinyin
    // glosses (`資助經(jīng)費(fèi)` → `資助經費`), so the labels are compared without them.
    Label l{without_glosses(f[0]), without_glosses(f[1]), without_glosses(f[2]), without_glosses(f[3]),
            without_glosses(f[4]), without_glosses(f[5]), without_glosses(f[6]), 0, false, -1};
    std::string ln = f[7];
    if (!ln.empty() && ln[0] == '?') {
      l.optional = true;
      ln.erase(0, 1);
    }
    l.line = static_cast<std::size_t>(std::strtoul(ln.c_str(), nullptr, 10));
    e.rows.push_back(l);
  }
  return e;
}

// The source line each imported indicator came from (its name cell, else its row),
// moved by `line_offset` (a workbook's sheet row + offset = the text line it holds).
inline std::vector<std::size_t> indicator_lines(const io::ImportResult& r, std::size_t line_offset = 0) {
  std::vector<std::size_t> lines(r.form.indicators.size(), 0);
  for (std::size_t k = 0; k < lines.size(); ++k) {
    const std::string base = "/indicators/" + std::to_string(k);
    const auto* p = r.source_map.find(base + "/name");
    if (p == nullptr) p = r.source_map.find(base);
    if (p != nullptr) lines[k] = p->line + line_offset;
  }
  return lines;
}

// Each imported indicator takes the unmatched labelled row of the same name nearest to
// its line (setting the label's `matched`); the labelled row of each indicator, or -1.
inline std::vector<long> match_labels(Expected& ex, const std::vector<Indicator>& inds, const std::vector<std::size_t>& lines) {
  std::vector<long> match(inds.size(), -1);
  for (std::size_t k = 0; k < inds.size(); ++k) {
    const std::string key = squeeze(inds[k].name);
    if (key.empty()) continue;
    long best = -1;
    std::size_t best_distance = 0;
    for (std::size_t j = 0; j < ex.rows.size(); ++j) {
      const Label& l = ex.rows[j];
      if (l.matched >= 0 || squeeze(l.name) != key) continue;
      const std::size_t d = l.line > lines[k] ? l.line - lines[k] : lines[k] - l.line;
      if (best < 0 || d < best_distance) {
        best = static_cast<long>(j);
        best_distance = d;
      }
    }
    if (best >= 0) {
      match[k] = best;
      ex.rows[static_cast<std::size_t>(best)].matched = static_cast<long>(k);
    }
  }
  return match;
}

// The model's empty category (`成本指标` listed with nothing under it): no name and
// nothing else. Counted apart, not as an imported indicator.
inline bool empty_category(const Indicator& ind) {
  return ind.name.empty() && !ind.annual_target.present() && !ind.period_target.present() && ind.actual.empty() &&
         !ind.weight && !ind.score;
}

// True when the indicator carries the label's annual target.
inline bool target_agrees(const Indicator& ind, const Label& l) { return squeeze(ind.annual_target.text()) == squeeze(l.target); }

}  // namespace jixiao::test
