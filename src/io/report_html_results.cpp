// The HTML report's sections about results: the self-evaluation scorecard (table with
// every number explained, and the completion chart, shortfalls first) and the in-year
// monitoring (execution against time progress, traffic lights).
#include <algorithm>

#include "report_html_detail.hpp"

namespace jixiao::io::detail {
namespace {

// Points as a percentage of the row's 分值: the completion the chart draws (for 正向,
// min(1, B/A); for a graded row, where its score sits). Nothing when the row has no
// points or no 分值.
std::optional<Decimal> completion(const ScoreRow& r) {
  if (!r.points || r.weight.sign() <= 0) return std::nullopt;
  try {
    return percent_of(*r.points, r.weight, 2, RoundingMode::half_up);
  } catch (const jixiao::error&) {
    return std::nullopt;
  }
}

void side_findings(std::string& out, const PageContext& page, const std::vector<Finding>& findings, const char* cls) {
  if (findings.empty()) return;
  out += "<ol class=\"findings\">\n";
  for (const Finding& f : findings) {
    out += "<li class=\"" + std::string(cls) + " level-" + to_string(f.severity) + "\"><span class=\"sev " +
           severity_class(f.severity) + "\">" + severity_label(f.severity, page.lang) + "</span><span class=\"rule\">" +
           html_escape(f.rule_id) + "</span> <span class=\"pos\">" + html_escape(finding_position(f)) +
           "</span><div class=\"msg\"><bdi>" + html_escape(f.message(page.lang)) + "</bdi></div></li>\n";
  }
  out += "</ol>\n";
}

void score_row(std::string& out, const ScoreRow& r, bool shortfall) {
  out += std::string("<tr class=\"score-row") + (shortfall ? " shortfall" : "") + "\"><td class=\"num\">" +
         std::to_string(r.index) + "</td><td>" + chinese_name(r.level1) + "</td><td><bdi>" + html_escape(r.name) +
         "</bdi></td><td>" + html_escape(r.target_text) + "</td><td>" + html_escape(r.actual_text) +
         "</td><td class=\"num\">" + r.weight.to_string() + "</td><td>" + html_escape(r.formula) + "<br>" +
         html_escape(r.arithmetic) + "</td><td class=\"num\">" + money(r.points) + "</td><td><bdi>" +
         html_escape(r.reason) + "</bdi></td></tr>\n";
}

}  // namespace

void append_scorecard(std::string& out, const PageContext& page, const Scorecard& card) {
  out += "<section class=\"scorecard\">\n<h2>";
  out += page.tr("绩效自评", "Self-evaluation");
  out += "</h2>\n<p><b>" + std::string(page.tr("总分 ", "Total ")) + card.total.to_string() + " / " +
         card.max_total.to_string() + page.tr("，等级 ", ", rating ") + html_escape(card.rating) + "</b> (" +
         html_escape(card.indicator_arithmetic) + ")";
  if (card.published_total) {
    out += page.tr("；公布的总分 ", "; published total ") + card.published_total->to_string() + " " +
           html_escape(card.published_rating);
  }
  out += "</p>\n<table class=\"score-table\"><colgroup><col style=\"width:4%\"><col style=\"width:9%\">"
         "<col style=\"width:17%\"><col style=\"width:11%\"><col style=\"width:11%\"><col style=\"width:6%\">"
         "<col style=\"width:22%\"><col style=\"width:7%\"><col style=\"width:13%\"></colgroup>\n<thead><tr>"
         "<th class=\"num\">#</th><th>";
  out += page.tr("一级指标</th><th>三级指标</th><th>指标值 A</th><th>实际完成值 B</th><th class=\"num\">分值</th>"
                 "<th>计算</th><th class=\"num\">得分</th><th>偏差原因",
                 "level 1</th><th>level 3</th><th>target A</th><th>actual B</th><th class=\"num\">weight</th>"
                 "<th>arithmetic</th><th class=\"num\">points</th><th>reason");
  out += "</th></tr></thead>\n<tbody>\n";
  for (const ScoreRow& r : card.rows) score_row(out, r, r.points && *r.points < r.weight);
  if (card.budget) {
    const BudgetScore& b = *card.budget;
    out += "<tr class=\"budget-row\"><td></td><td colspan=\"2\">" + std::string(page.tr("预算执行率", "budget execution")) +
           "</td><td>" + money(b.full_year_budget) + "</td><td>" + money(b.executed) + "</td><td class=\"num\">" +
           b.weight.to_string() + "</td><td>" + html_escape(b.formula) + "<br>" + html_escape(b.arithmetic) +
           "</td><td class=\"num\">" + money(b.points) + "</td><td><bdi>" + html_escape(b.reason) + "</bdi></td></tr>\n";
  }
  out += "</tbody></table>\n";
  // The chart: scored rows by completion, shortfalls (below 100 %) first, lowest first.
  std::vector<std::pair<const ScoreRow*, Decimal>> bars;
  for (const ScoreRow& r : card.rows) {
    if (const auto c = completion(r)) bars.emplace_back(&r, *c);
  }
  std::stable_sort(bars.begin(), bars.end(), [](const auto& a, const auto& b) {
    const bool a_short = a.second < Decimal(100);
    const bool b_short = b.second < Decimal(100);
    if (a_short != b_short) return a_short;
    return a_short && a.second < b.second;
  });
  out += "<h3>";
  out += page.tr("完成情况（得分 ÷ 分值），未满分的在前", "Completion (points ÷ weight), shortfalls first");
  out += "</h3>\n<div class=\"chart\">\n";
  for (const auto& [row, percent] : bars) {
    const std::string figure = money(row->points) + " / " + row->weight.to_string() + " · " + percent.to_string() + "%";
    append_bar_row(out, row->name, percent, figure, percent < Decimal(100));
  }
  out += "</div>\n";
  side_findings(out, page, card.findings, "score-finding");
  out += "</section>\n";
}

void append_monitoring(std::string& out, const PageContext& page, const MonitorReport& report) {
  out += "<section class=\"monitoring\">\n<h2>";
  out += page.tr("运行监控", "Monitoring");
  out += "</h2>\n<p>";
  out += page.tr("截至 ", "At the end of month ") + std::to_string(report.month) + page.tr(" 月", "") + "</p>\n";
  out += "<div class=\"progress-bars\">\n";
  append_bar_row(out, page.tr("时间进度", "time progress"), report.time_progress, report.time_progress.to_string() + "%",
                 false);
  if (report.budget_progress) {
    const bool behind = report.budget_colour != Colour::green;
    append_bar_row(out, page.tr("预算执行进度", "budget execution"), *report.budget_progress,
                   report.budget_progress->to_string() + "%", behind);
  }
  out += "</div>\n<p class=\"budget-light\">";
  append_light(out, report.budget_colour);
  out += " " + html_escape(report.budget_arithmetic);
  if (report.budget_missing_reason) out += page.tr("（缺少原因）", " (reason missing)");
  out += "</p>\n<table class=\"progress-table\"><colgroup><col style=\"width:4%\"><col style=\"width:6%\">"
         "<col style=\"width:24%\"><col style=\"width:14%\"><col style=\"width:14%\"><col style=\"width:24%\">"
         "<col style=\"width:14%\"></colgroup>\n<thead><tr><th class=\"num\">#</th><th></th><th>";
  out += page.tr("三级指标</th><th>年度指标值</th><th>当前完成</th><th>计算</th><th>完成可能性",
                 "level 3</th><th>annual target</th><th>to date</th><th>arithmetic</th><th>likelihood");
  out += "</th></tr></thead>\n<tbody>\n";
  for (const ProgressRow& r : report.rows) {
    out += "<tr class=\"progress-row\"><td class=\"num\">" + std::to_string(r.index) + "</td><td>";
    append_light(out, r.colour);
    out += "</td><td><bdi>" + html_escape(r.name) + "</bdi></td><td>" + html_escape(r.target_text) + "</td><td>" +
           html_escape(r.progress_text) + "</td><td>" + html_escape(r.arithmetic) + "</td><td>" +
           (r.likelihood ? chinese_name(*r.likelihood) : "—") + "</td></tr>\n";
  }
  out += "</tbody></table>\n";
  side_findings(out, page, report.findings, "monitor-finding");
  out += "</section>\n";
}

}  // namespace jixiao::io::detail
