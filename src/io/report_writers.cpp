// The review report as text, `jixiao.report/1` JSON and Markdown.
#include <algorithm>

#include "jixiao/io/finding_json.hpp"

#include "jixiao/io/utf8_text.hpp"
#include "jixiao/io/report_io.hpp"
#include "result_json.hpp"

namespace jixiao::io {
namespace {

// `3 error(s), 1 warning(s), 0 info; review score 68, suggested grade: 中 (fair)`.
std::string summary(const Report& report, Lang lang) {
  const auto e = std::to_string(report.count(Severity::error));
  const auto w = std::to_string(report.count(Severity::warning));
  const auto i = std::to_string(report.count(Severity::info));
  const ReviewGrade grade = report.grade();
  if (lang == Lang::zh) {
    return "错误 " + e + "，警告 " + w + "，提示 " + i + "；审核评分 " + report.score().to_string() + "，建议等级：" +
           chinese_name(grade);
  }
  return e + " error(s), " + w + " warning(s), " + i + " info; review score " + report.score().to_string() +
         ", suggested grade: " + chinese_name(grade) + " (" + to_string(grade) + ")";
}

// Where a finding is, for a table cell: `file:line:column` when imported, else the path.
std::string where(const Finding& f) {
  if (f.location.source && !f.location.source->file.empty()) {
    const SourcePosition& s = *f.location.source;
    if (s.line == 0) return f.location.path.empty() ? s.file : s.file + "#" + f.location.path;
    return to_string(s);
  }
  return f.location.path.empty() ? "/" : f.location.path;
}

// A cell of a text table on one line: tabs and line breaks as spaces.
std::string one_line(std::string_view text) {
  std::string out = valid_text(text);
  for (char& c : out) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return out;
}

// @p rows as lines, every column but the last padded to its widest cell plus two spaces.
std::string aligned(const std::vector<std::vector<std::string>>& rows) {
  std::vector<std::size_t> widths;
  for (const auto& row : rows) {
    if (widths.size() < row.size()) widths.resize(row.size(), 0);
    for (std::size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], display_width(row[c]));
  }
  std::string out;
  for (const auto& row : rows) {
    std::string line;
    for (std::size_t c = 0; c < row.size(); ++c) line += c + 1 < row.size() ? pad_to_width(row[c], widths[c] + 2) : row[c];
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + '\n';
  }
  return out;
}

}  // namespace

std::string indicator_table_text(const PerformanceForm& form, const Report& review, Lang lang) {
  std::vector<std::vector<std::string>> rows;
  if (lang == Lang::zh) {
    rows.push_back({"#", "一级指标", "二级指标", "三级指标", "年度指标值", "审核发现"});
  } else {
    rows.push_back({"#", "level 1", "level 2", "level 3", "annual target", "findings"});
  }
  for (std::size_t i = 0; i < form.indicators.size(); ++i) {
    const Indicator& ind = form.indicators[i];
    const std::string prefix = "/indicators/" + std::to_string(i);
    std::string ids;
    for (const Finding& f : review.findings()) {
      const std::string& p = f.location.path;
      if (p.compare(0, prefix.size(), prefix) == 0 && (p.size() == prefix.size() || p[prefix.size()] == '/')) {
        ids += (ids.empty() ? "" : " ") + f.rule_id;
      }
    }
    rows.push_back({std::to_string(i), one_line(ind.level1_text.empty() ? chinese_name(ind.level1) : ind.level1_text),
                    one_line(ind.level2_text.empty() ? chinese_name(ind.level2) : ind.level2_text), one_line(ind.name),
                    one_line(ind.annual_target.text()), one_line(ids)});
  }
  return aligned(rows);
}

std::string report_text(const Report& report, Lang lang) {
  std::string out;
  for (const Finding& f : report.findings()) {
    out += f.render(lang);
    out += '\n';
  }
  out += summary(report, lang);
  out += '\n';
  return valid_text(out);  // a text a caller set by hand may not be valid UTF-8
}

std::string report_json(const Report& report) {
  std::string out;
  detail::JsonObject doc(out, 2);
  doc.text("schema", "jixiao.report/1");
  doc.array("findings", report.findings(), append_finding_json);
  detail::JsonObject counts(doc.member("counts"));
  counts.integer("error", static_cast<long long>(report.count(Severity::error)))
      .integer("warning", static_cast<long long>(report.count(Severity::warning)))
      .integer("info", static_cast<long long>(report.count(Severity::info)));
  counts.close();
  const ReviewGrade grade = report.grade();
  doc.boolean("ok", report.ok())
      .decimal("score", report.score())
      .text("review_grade", to_string(grade))
      .text("review_grade_zh", chinese_name(grade));
  doc.close();
  out += '\n';
  return out;
}

std::string report_markdown(const Report& report, Lang lang) {
  std::string out = lang == Lang::zh ? "| 位置 | 规则 | 级别 | 说明 |\n|---|---|---|---|\n"
                                     : "| location | rule | severity | message |\n|---|---|---|---|\n";
  for (const Finding& f : report.findings()) {
    out += "| " + detail::md_cell(where(f)) + " | `" + f.rule_id + "` | " + to_string(f.severity) + " | " +
           detail::md_cell(f.message(lang)) + " |\n";
  }
  out += "\n**" + summary(report, lang) + "**\n";
  return valid_text(out);  // a text a caller set by hand may not be valid UTF-8
}

}  // namespace jixiao::io
