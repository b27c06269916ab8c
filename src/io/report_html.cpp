// The HTML report: the page around the sections, the header, and the small helpers the
// sections share (figures, positions). The sections are in report_html_*.cpp.
#include <charconv>

#include "jixiao/io/report_html.hpp"
#include "report_html_detail.hpp"

namespace jixiao::io {
namespace detail {

const RuleInfo* PageContext::rule(std::string_view id) const {
  for (const auto& r : rules) {
    if (r && r->info().id == id) return &r->info();
  }
  return nullptr;
}

std::optional<Decimal> share_percent(const Decimal& value, const Decimal& whole) {
  if (whole.sign() <= 0) return std::nullopt;
  try {
    const Decimal p = percent_of(value.sign() < 0 ? Decimal() : value, whole, 2, RoundingMode::half_up);
    return p > Decimal(100) ? Decimal(100) : p;
  } catch (const jixiao::error&) {  // past 18 digits: no bar, the figures still print
    return std::nullopt;
  }
}

std::string money(const Decimal& value) { return value.format(true, value.scale()); }

std::string money(const std::optional<Decimal>& value) { return value ? money(*value) : std::string("—"); }

const char* severity_label(Severity severity, Lang lang) {
  if (lang == Lang::en) return to_string(severity);
  switch (severity) {
    case Severity::error: return "错误";
    case Severity::warning: return "警告";
    case Severity::info: break;
  }
  return "提示";
}

std::string severity_class(Severity severity) { return std::string("sev-") + to_string(severity); }

std::string finding_position(const Finding& f) {
  if (f.location.source && f.location.source->line > 0) {
    return to_string(*f.location.source);
  }
  return f.location.path.empty() ? "/" : f.location.path;
}

std::optional<std::size_t> indicator_of(std::string_view path) {
  constexpr std::string_view prefix = "/indicators/";
  if (path.substr(0, prefix.size()) != prefix) return std::nullopt;
  const char* first = path.data() + prefix.size();
  const char* last = path.data() + path.size();
  std::size_t index = 0;
  const auto [end, ec] = std::from_chars(first, last, index);
  if (ec != std::errc() || end == first || (end != last && *end != '/')) return std::nullopt;
  return index;
}

namespace {

std::string form_kind(const PageContext& page) {
  const bool project = page.form.kind == FormKind::project;
  return project ? page.tr("项目支出绩效目标", "project expenditure") : page.tr("部门整体绩效目标", "department as a whole");
}

std::string stage_name(const PageContext& page) {
  switch (page.form.stage) {
    case FormStage::monitoring: return page.tr("运行监控", "monitoring");
    case FormStage::self_evaluation: return page.tr("绩效自评", "self-evaluation");
    case FormStage::declaration: break;
  }
  return page.tr("申报", "declaration");
}

void fact(std::string& out, const char* label, const std::string& escaped_value) {
  out += "<div class=\"fact\"><span class=\"label\">";
  out += label;
  out += "</span> <span class=\"value\">" + escaped_value + "</span></div>\n";
}

}  // namespace

void append_header(std::string& out, const PageContext& page) {
  const PerformanceForm& form = page.form;
  const std::string unit = form.unit_name.empty() ? page.tr("（未填单位）", "(no unit named)") : form.unit_name;
  out += "<header class=\"page-header\">\n<h1><bdi>" + html_escape(unit) + "</bdi> ";
  out += page.tr("预算绩效目标报告", "budget performance report");
  out += "</h1>\n<div class=\"facts\">\n";
  if (form.project) fact(out, page.tr("项目", "project"), "<bdi>" + html_escape(form.project->name) + "</bdi>");
  fact(out, page.tr("年度", "year"), form.year ? std::to_string(*form.year) : "—");
  fact(out, page.tr("表格", "form"), form_kind(page) + " · " + stage_name(page));
  fact(out, page.tr("评价方案", "profile"), html_escape(page.parts.profile.empty() ? "—" : page.parts.profile));
  const ReviewGrade grade = page.review.grade();
  out += "<div class=\"fact grade grade-" + std::string(to_string(grade)) + "\"><span class=\"label\">";
  out += page.tr("审核等级", "review grade");
  out += "</span> <span class=\"value\">" + std::string(chinese_name(grade));
  if (page.lang == Lang::en) out += std::string(" (") + to_string(grade) + ")";
  out += "</span> <span class=\"sub\">" + std::string(page.tr("审核评分 ", "review score ")) +
         page.review.score().to_string() + "</span></div>\n";
  out += "<div class=\"fact counts\"><span class=\"sev sev-error\">" + std::to_string(page.review.count(Severity::error)) +
         " " + page.tr("错误", "error(s)") + "</span> <span class=\"sev sev-warning\">" +
         std::to_string(page.review.count(Severity::warning)) + " " + page.tr("警告", "warning(s)") +
         "</span> <span class=\"sev sev-info\">" + std::to_string(page.review.count(Severity::info)) + " " +
         page.tr("提示", "info") + "</span></div>\n";
  out += "</div>\n";
  if (const Scorecard* card = page.parts.scorecard) {
    const std::string caption = std::string(page.tr("自评总分（满分 ", "self-evaluation (of ")) + card->max_total.to_string() +
                                page.tr("）· 等级 ", ") · rating ") + card->rating;
    append_gauge(out, card->total, card->max_total, html_escape(caption));
  }
  out += "</header>\n";
}

}  // namespace detail

std::string report_html(const PerformanceForm& form, const Report& review, const ReportPageParts& parts, Lang lang) {
  const std::vector<std::shared_ptr<const Rule>> builtin = parts.rules.empty() ? builtin_rules()
                                                                                : std::vector<std::shared_ptr<const Rule>>{};
  const detail::PageContext page{lang, form, review, parts, parts.rules.empty() ? builtin : parts.rules};
  std::string out;
  out.reserve(32768 + 512 * (review.findings().size() + form.indicators.size()));
  out += "<!DOCTYPE html>\n<html lang=\"";
  out += lang == Lang::zh ? "zh-CN" : "en";
  out += "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<title>" + html_escape(form.unit_name) + " — " + page.tr("预算绩效目标报告", "budget performance report") +
         "</title>\n<style>\n";
  out += detail::report_css();
  out += "</style>\n</head>\n<body>\n";
  detail::append_header(out, page);
  detail::append_budget(out, page);
  detail::append_findings(out, page);
  detail::append_indicators(out, page);
  if (parts.scorecard != nullptr) detail::append_scorecard(out, page, *parts.scorecard);
  if (parts.monitoring != nullptr) detail::append_monitoring(out, page, *parts.monitoring);
  out += "<footer>";
  out += page.tr("由 jixiao 生成。", "Written by jixiao.");
  out += "</footer>\n</body>\n</html>\n";
  return out;
}

}  // namespace jixiao::io
