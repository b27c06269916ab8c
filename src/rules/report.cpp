// Report: ordering, counts, the grade rubric and the text/JSON/SARIF renderings.
#include <algorithm>

#include "jixiao/io/json_text.hpp"
#include "jixiao/rules.hpp"
#include "jixiao/version.hpp"

namespace jixiao {

const char* chinese_name(ReviewGrade grade) noexcept {
  switch (grade) {
    case ReviewGrade::excellent: return "优";
    case ReviewGrade::good: return "良";
    case ReviewGrade::fair: return "中";
    case ReviewGrade::poor: return "差";
  }
  return "差";
}

const char* to_string(ReviewGrade grade) noexcept {
  switch (grade) {
    case ReviewGrade::excellent: return "excellent";
    case ReviewGrade::good: return "good";
    case ReviewGrade::fair: return "fair";
    case ReviewGrade::poor: return "poor";
  }
  return "poor";
}

namespace {

// Sections in the order a form prints them, so findings read top to bottom.
int section_rank(std::string_view s) {
  static const char* order[] = {"unit_name", "year", "project", "goals", "budget", "key_tasks", "other_tasks",
                                "indicators", "metadata"};
  for (int i = 0; i < static_cast<int>(std::size(order)); ++i) {
    if (s == order[i]) return i;
  }
  return static_cast<int>(std::size(order));
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The next segment of a JSON pointer from position `pos` (just after a '/').
std::string_view next_segment(std::string_view path, std::size_t& pos) {
  const std::size_t j = path.find('/', pos);
  const std::string_view seg = path.substr(pos, j == std::string_view::npos ? std::string_view::npos : j - pos);
  pos = j == std::string_view::npos ? path.size() + 1 : j + 1;
  return seg;
}

// Compares two JSON pointers segment by segment: sections in form order, indices as
// numbers, other keys as text; a parent sorts before its children. No allocation.
int compare_paths(std::string_view a, std::string_view b) {
  std::size_t i = a.empty() ? 1 : 1;
  std::size_t j = 1;
  bool first = true;
  while (true) {
    const bool a_done = i > a.size();
    const bool b_done = j > b.size();
    if (a_done || b_done) return a_done && b_done ? 0 : a_done ? -1 : 1;
    const std::string_view x = next_segment(a, i);
    const std::string_view y = next_segment(b, j);
    if (x != y) {
      if (first) {
        const int rx = section_rank(x);
        const int ry = section_rank(y);
        if (rx != ry) return rx < ry ? -1 : 1;
      }
      if (all_digits(x) && all_digits(y) && x.size() != y.size()) return x.size() < y.size() ? -1 : 1;
      return x.compare(y) < 0 ? -1 : 1;
    }
    first = false;
  }
}

void json_arguments(std::string& out, const Finding& f) {
  out += '{';
  bool first = true;
  for (const auto& a : f.arguments) {
    if (!first) out += ',';
    first = false;
    io::append_json_string(out, a.name);
    out += ':';
    if (std::holds_alternative<Decimal>(a.value)) {
      out += std::get<Decimal>(a.value).to_string();  // exact decimal text is a valid JSON number
    } else {
      io::append_json_string(out, std::get<std::string>(a.value));
    }
  }
  out += '}';
}

// The arguments object, then "expected" and "actual" when the finding has them (the
// JSON report and the SARIF properties write the same members).
void json_arguments_and_values(std::string& out, const Finding& f) {
  json_arguments(out, f);
  if (f.expected) {
    out += ",\"expected\":";
    io::append_json_string(out, *f.expected);
  }
  if (f.actual) {
    out += ",\"actual\":";
    io::append_json_string(out, *f.actual);
  }
}

const char* sarif_level(Severity s) {
  switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "note";
  }
  return "note";
}

}  // namespace

Report::Report(std::vector<Finding> findings, ReviewRubric rubric) : rubric_(rubric) {
  // Sort positions, then move each finding once (findings are large to move around).
  std::vector<std::size_t> order(findings.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
    const Finding& a = findings[x];
    const Finding& b = findings[y];
    const int c = compare_paths(a.location.path, b.location.path);
    if (c != 0) return c < 0;
    return a.rule_id < b.rule_id;
  });
  findings_.reserve(findings.size());
  for (const std::size_t i : order) findings_.push_back(std::move(findings[i]));
}

std::size_t Report::count(Severity severity) const noexcept {
  return static_cast<std::size_t>(
      std::count_if(findings_.begin(), findings_.end(), [&](const Finding& f) { return f.severity == severity; }));
}

Decimal Report::score() const {
  Decimal s(100);
  for (const auto& f : findings_) {
    s -= f.severity == Severity::error ? rubric_.error_points
         : f.severity == Severity::warning ? rubric_.warning_points
                                           : rubric_.info_points;
    if (s.is_negative()) return Decimal(0);
  }
  return s;
}

ReviewGrade Report::grade() const {
  const Decimal s = score();
  ReviewGrade g = s >= rubric_.excellent_min ? ReviewGrade::excellent
                  : s >= rubric_.good_min    ? ReviewGrade::good
                  : s >= rubric_.fair_min    ? ReviewGrade::fair
                                             : ReviewGrade::poor;
  if (rubric_.error_caps_at_good && !ok() && g == ReviewGrade::excellent) g = ReviewGrade::good;
  return g;
}

std::string Report::to_text(Lang lang) const {
  std::string out;
  for (const auto& f : findings_) {
    out += f.render(lang);
    out += '\n';
  }
  const auto e = std::to_string(count(Severity::error));
  const auto w = std::to_string(count(Severity::warning));
  const auto i = std::to_string(count(Severity::info));
  if (lang == Lang::zh) {
    out += "错误 " + e + "，警告 " + w + "，提示 " + i + "；审核评分 " + score().to_string() + "，建议等级：" +
           chinese_name(grade()) + "\n";
  } else {
    out += e + " error(s), " + w + " warning(s), " + i + " info; review score " + score().to_string() +
           ", suggested grade: " + chinese_name(grade()) + " (" + to_string(grade()) + ")\n";
  }
  return out;
}

std::string Report::to_json(Lang lang) const {
  std::string out = "{\n  \"findings\": [";
  bool first = true;
  for (const auto& f : findings_) {
    out += first ? "\n    {" : ",\n    {";
    first = false;
    out += "\"rule_id\":";
    io::append_json_string(out, f.rule_id);
    out += ",\"severity\":";
    io::append_json_string(out, to_string(f.severity));
    out += ",\"path\":";
    io::append_json_string(out, f.location.path);
    if (f.location.source) {
      out += ",\"source\":{\"file\":";
      io::append_json_string(out, f.location.source->file);
      out += ",\"line\":" + std::to_string(f.location.source->line) +
             ",\"column\":" + std::to_string(f.location.source->column) + "}";
    }
    out += ",\"message\":";
    io::append_json_string(out, f.message(lang));
    out += ",\"arguments\":";
    json_arguments_and_values(out, f);
    out += '}';
  }
  out += first ? "],\n" : "\n  ],\n";
  out += "  \"counts\": {\"error\":" + std::to_string(count(Severity::error)) +
         ",\"warning\":" + std::to_string(count(Severity::warning)) +
         ",\"info\":" + std::to_string(count(Severity::info)) + "},\n";
  out += std::string("  \"ok\": ") + (ok() ? "true" : "false") + ",\n";
  out += "  \"score\": " + score().to_string() + ",\n  \"grade\": ";
  io::append_json_string(out, chinese_name(grade()));
  out += ",\n  \"grade_key\": ";
  io::append_json_string(out, to_string(grade()));
  out += "\n}\n";
  return out;
}

std::string Report::to_sarif(Lang lang, const std::vector<std::shared_ptr<const Rule>>& rules,
                             const std::string& artifact) const {
  std::string out =
      "{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n  \"version\": \"2.1.0\",\n"
      "  \"runs\": [\n    {\n      \"tool\": {\n        \"driver\": {\n          \"name\": \"jixiao\",\n"
      "          \"version\": \"" JIXIAO_VERSION_STRING "\",\n          \"rules\": [";
  for (std::size_t i = 0; i < rules.size(); ++i) {
    const RuleInfo& r = rules[i]->info();
    out += i == 0 ? "\n            {" : ",\n            {";
    out += "\"id\":";
    io::append_json_string(out, r.id);
    out += ",\"name\":";
    io::append_json_string(out, r.title_en);
    out += ",\"shortDescription\":{\"text\":";
    io::append_json_string(out, lang == Lang::zh ? r.title_zh : r.title_en);
    out += "},\"fullDescription\":{\"text\":";
    io::append_json_string(out, r.rationale);
    out += "},\"defaultConfiguration\":{\"level\":";
    io::append_json_string(out, sarif_level(r.default_severity));
    out += "},\"properties\":{\"dimension\":";
    io::append_json_string(out, chinese_name(r.dimension));
    out += "}}";
  }
  out += rules.empty() ? "]\n" : "\n          ]\n";
  out += "        }\n      },\n      \"results\": [";
  for (std::size_t k = 0; k < findings_.size(); ++k) {
    const Finding& f = findings_[k];
    out += k == 0 ? "\n        {" : ",\n        {";
    out += "\"ruleId\":";
    io::append_json_string(out, f.rule_id);
    for (std::size_t i = 0; i < rules.size(); ++i) {
      if (rules[i]->info().id == f.rule_id) {
        out += ",\"ruleIndex\":" + std::to_string(i);
        break;
      }
    }
    out += ",\"level\":";
    io::append_json_string(out, sarif_level(f.severity));
    out += ",\"message\":{\"text\":";
    io::append_json_string(out, f.message(lang));
    out += "},\"locations\":[{";
    const std::string uri = f.location.source && !f.location.source->file.empty() ? f.location.source->file : artifact;
    if (!uri.empty()) {
      out += "\"physicalLocation\":{\"artifactLocation\":{\"uri\":";
      io::append_json_string(out, uri);
      out += '}';
      if (f.location.source && f.location.source->line > 0) {
        out += ",\"region\":{\"startLine\":" + std::to_string(f.location.source->line);
        if (f.location.source->column > 0) out += ",\"startColumn\":" + std::to_string(f.location.source->column);
        out += '}';
      }
      out += "},";
    }
    out += "\"logicalLocations\":[{\"fullyQualifiedName\":";
    io::append_json_string(out, f.location.path.empty() ? "/" : f.location.path);
    out += ",\"kind\":\"member\"}]}],\"properties\":{\"arguments\":";
    json_arguments_and_values(out, f);
    out += "}}";
  }
  out += findings_.empty() ? "]\n" : "\n      ]\n";
  out += "    }\n  ]\n}\n";
  return out;
}

}  // namespace jixiao
