// The in-year monitoring report as text, `jixiao.monitor/1` JSON and Markdown.
#include <sstream>

#include "jixiao/io/utf8_text.hpp"

#include "jixiao/io/finding_json.hpp"
#include "jixiao/io/monitor_io.hpp"
#include "result_json.hpp"

namespace jixiao::io {
namespace {

using detail::JsonObject;
using detail::md_cell;

std::string opt(const std::optional<Decimal>& d) { return d ? d->to_string() : std::string("—"); }

void json_row(std::string& out, const ProgressRow& row) {
  JsonObject o(out);
  o.integer("index", static_cast<long long>(row.index)).text("name", row.name).text("target", row.target_text);
  o.text("progress", row.progress_text).boolean("cumulative", row.cumulative).decimal("completion", row.completion);
  o.decimal("ratio", row.ratio).text("arithmetic", row.arithmetic).text("colour", to_string(row.colour));
  o.nullable_text("likelihood", row.likelihood ? std::optional<std::string>(to_string(*row.likelihood)) : std::nullopt);
  o.boolean("likelihood_given", row.likelihood_given).decimal("deviation", row.deviation);
  o.boolean("needs_reason", row.needs_reason).text("reason", row.reason);
  o.close();
}

}  // namespace

std::string monitor_text(const MonitorReport& r, Lang lang) {
  std::ostringstream out;
  out << "month " << r.month << ", time progress " << r.time_progress << "%\n";
  out << "budget: progress " << opt(r.budget_progress) << "%, " << (r.budget_arithmetic.empty() ? "not judged" : r.budget_arithmetic)
      << " → " << to_string(r.budget_colour) << (r.budget_missing_reason ? " REASON-MISSING" : "") << "\n";
  for (const auto& row : r.rows) {
    out << "#" << row.index << ' ' << row.name << "  A=" << row.target_text << "  now=" << (row.progress_text.empty() ? "—" : row.progress_text)
        << (row.cumulative ? "  [cumulative]" : "  [rate]") << "\n    " << (row.arithmetic.empty() ? "not judged" : row.arithmetic)
        << " → " << to_string(row.colour) << ", " << (row.likelihood ? chinese_name(*row.likelihood) : "—")
        << (row.likelihood && !row.likelihood_given ? " (derived)" : "") << (row.needs_reason && row.reason.empty() ? " REASON-MISSING" : "") << "\n";
  }
  for (const auto& f : r.findings) out << f.render(lang) << "\n";
  return valid_text(out.str());  // a text a caller set by hand may not be valid UTF-8
}

std::string monitor_json(const MonitorReport& r) {
  std::string out;
  JsonObject doc(out, 2);
  doc.text("schema", "jixiao.monitor/1").integer("month", r.month).decimal("time_progress", r.time_progress);
  doc.decimal("budget_progress", r.budget_progress).decimal("budget_ratio", r.budget_ratio);
  doc.text("budget_arithmetic", r.budget_arithmetic).text("budget_colour", to_string(r.budget_colour));
  doc.boolean("budget_missing_reason", r.budget_missing_reason);
  doc.array("rows", r.rows, json_row);
  doc.integers("missing_reasons", r.missing_reasons);
  doc.array("findings", r.findings, append_finding_json);
  doc.close();
  out += '\n';
  return out;
}

std::string monitor_markdown(const MonitorReport& r, Lang lang) {
  std::ostringstream out;
  out << "时间进度 " << r.time_progress << "%; 预算执行进度 " << opt(r.budget_progress) << "% → **" << to_string(r.budget_colour) << "**\n\n";
  out << "| # | 三级 | 年度指标值 | 当前完成值 | 计算 | 颜色 | 完成可能性 | 原因 |\n|---|---|---|---|---|---|---|---|\n";
  for (const auto& row : r.rows) {
    out << "| " << row.index << " | " << md_cell(row.name) << " | " << md_cell(row.target_text) << " | " << md_cell(row.progress_text)
        << " | " << md_cell(row.arithmetic) << " | " << to_string(row.colour) << " | "
        << (row.likelihood ? chinese_name(*row.likelihood) : "—") << " | "
        << md_cell(row.needs_reason && row.reason.empty() ? "**missing**" : row.reason) << " |\n";
  }
  out << detail::md_findings(r.findings, lang);
  return valid_text(out.str());  // a text a caller set by hand may not be valid UTF-8
}

}  // namespace jixiao::io
