// The HTML report's sections about the form and its review: the budget identities, the
// findings grouped by review dimension, and the indicator table with each row's findings.
#include <array>
#include <map>

#include "report_html_detail.hpp"

namespace jixiao::io::detail {
namespace {

bool under(std::string_view path, std::string_view prefix) {
  return path.substr(0, prefix.size()) == prefix && (path.size() == prefix.size() || path[prefix.size()] == '/');
}

// The review's findings of @p ids at or under @p prefix (empty prefix: anywhere).
std::vector<const Finding*> findings_of(const Report& review, std::initializer_list<std::string_view> ids,
                                        std::string_view prefix) {
  std::vector<const Finding*> found;
  for (const Finding& f : review.findings()) {
    for (const auto id : ids) {
      if (f.rule_id == id && (prefix.empty() || under(f.location.path, prefix))) found.push_back(&f);
    }
  }
  return found;
}

// True when one of @p against is an error or a warning (an info finding notes, as JX-B006
// does the money not placed on a key task, without breaking the identity).
bool broken(const std::vector<const Finding*>& against) {
  for (const Finding* f : against) {
    if (f->severity != Severity::info) return true;
  }
  return false;
}

// ✓, ✗ or ⓘ (info only) with the rule ids that make it ✗ linked to their findings.
void verdict(std::string& out, const PageContext& page, const std::vector<const Finding*>& against) {
  if (against.empty()) {
    out += "<span class=\"verdict\">✓</span>";
    return;
  }
  out += broken(against) ? "<span class=\"verdict\">✗</span>" : "<span class=\"verdict\">ⓘ</span>";
  for (const Finding* f : against) {
    const auto n = static_cast<std::size_t>(f - page.review.findings().data());
    out += "<a class=\"chip sev " + severity_class(f->severity) + "\" href=\"#f-" + std::to_string(n) + "\">" +
           html_escape(f->rule_id) + "</a>";
  }
}

void breakdown_identity(std::string& out, const PageContext& page, std::size_t i) {
  const BudgetBreakdown& b = page.form.budget.breakdowns[i];
  const auto against = findings_of(page.review, {"JX-B001", "JX-B002", "JX-B003"},
                                   "/budget/breakdowns/" + std::to_string(i));
  out += std::string("<div class=\"identity ") + (broken(against) ? "broken" : "ok") + "\">";
  verdict(out, page, against);
  const std::string title = b.title.empty() ? to_string(b.kind) : b.title;
  out += "<b><bdi>" + html_escape(title) + "</bdi></b> ";
  const std::optional<Decimal> sum = b.lines_total();
  out += page.tr("明细合计 ", "lines total ") + money(sum) + page.tr("，申报合计 ", ", declared total ") +
         money(b.declared_total) + " " + chinese_name(b.unit);
  std::vector<std::pair<std::string, Decimal>> segments;
  for (const BudgetLine& line : b.lines) {
    segments.emplace_back(line.name, line.amount_in(b.unit).value_or(Decimal()));
  }
  append_stacked_bar(out, segments);
  out += "</div>\n";
}

// Key tasks against the project expenditure (or, without one, the expenditure total).
void key_task_identity(std::string& out, const PageContext& page) {
  const PerformanceForm& form = page.form;
  std::optional<Decimal> base = form.budget.amount_of(BudgetCategory::project_expenditure);
  const char* base_name = page.tr("项目支出", "project expenditure");
  if (!base) {
    if (const BudgetBreakdown* e = form.budget.find(BreakdownKind::expenditure)) base = e->declared_total;
    base_name = page.tr("部门预算支出", "expenditure");
  }
  const auto against = findings_of(page.review, {"JX-B005", "JX-B006"}, "");
  out += std::string("<div class=\"identity ") + (broken(against) ? "broken" : "ok") + "\">";
  verdict(out, page, against);
  const Decimal placed = form.key_tasks_total();
  out += std::string("<b>") + page.tr("重点任务资金", "key-task funds") + "</b> " + money(placed) + " / " + money(base) +
         page.tr(" 万元（", " 万元 (") + base_name;
  std::vector<std::pair<std::string, Decimal>> segments;
  for (const KeyTask& t : form.key_tasks) {
    if (t.planned_funds) segments.emplace_back(t.name, *t.planned_funds);
  }
  bool rest_shown = false;
  if (base) {
    const Decimal rest = *base - placed;
    out += page.tr("）：", "): ") + money(rest.sign() > 0 ? rest : Decimal()) +
           page.tr(" 未落实到重点任务", " not placed on a key task");
    if (rest.sign() > 0) segments.emplace_back(page.tr("未落实到重点任务", "not placed on a key task"), rest);
    rest_shown = rest.sign() > 0;
  } else {
    out += page.tr("）", ")");
  }
  append_stacked_bar(out, segments, rest_shown);
  out += "</div>\n";
}

// The review dimensions in 88号's order, then findings whose rule is not in the set
// (the importer's JX-I…, a host's rule passed without metadata).
constexpr std::array<ReviewDimension, 5> dimensions = {ReviewDimension::completeness, ReviewDimension::relevance,
                                                       ReviewDimension::appropriateness, ReviewDimension::feasibility,
                                                       ReviewDimension::format};

void finding_item(std::string& out, const PageContext& page, const Finding& f, std::size_t n, const RuleInfo* info) {
  out += "<li class=\"finding level-" + std::string(to_string(f.severity)) + "\" id=\"f-" + std::to_string(n) + "\">";
  out += "<span class=\"sev " + severity_class(f.severity) + "\">" + severity_label(f.severity, page.lang) + "</span>";
  out += "<span class=\"rule\">" + html_escape(f.rule_id);
  if (info) out += " " + html_escape(page.lang == Lang::zh ? info->title_zh : info->title_en);
  out += "</span><span class=\"pos\">" + html_escape(finding_position(f)) + "</span>";
  out += "<div class=\"msg\"><bdi>" + html_escape(f.message(page.lang)) + "</bdi></div>";
  if (info && !info->rationale.empty()) out += "<p class=\"why\">" + html_escape(info->rationale) + "</p>";
  out += "</li>\n";
}

}  // namespace

void append_budget(std::string& out, const PageContext& page) {
  out += "<section class=\"budget\">\n<h2>";
  out += page.tr("预算恒等式", "Budget identities");
  out += "</h2>\n";
  for (std::size_t i = 0; i < page.form.budget.breakdowns.size(); ++i) breakdown_identity(out, page, i);
  if (!page.form.key_tasks.empty()) key_task_identity(out, page);
  if (page.form.budget.breakdowns.empty() && page.form.key_tasks.empty()) {
    out += std::string("<p>") + page.tr("表中没有预算明细。", "The form has no budget breakdown.") + "</p>\n";
  }
  out += "</section>\n";
}

void append_findings(std::string& out, const PageContext& page) {
  const auto& all = page.review.findings();
  out += "<section class=\"review\">\n<h2>";
  out += page.tr("审核发现", "Review findings");
  out += "</h2>\n";
  if (all.empty()) out += std::string("<p>") + page.tr("没有发现问题。", "No findings.") + "</p>\n";
  // Group n → dimension index (dimensions.size() for no known rule), keeping report order.
  std::vector<std::vector<std::size_t>> groups(dimensions.size() + 1);
  std::vector<const RuleInfo*> infos(all.size());
  for (std::size_t n = 0; n < all.size(); ++n) {
    infos[n] = page.rule(all[n].rule_id);
    std::size_t g = dimensions.size();
    for (std::size_t d = 0; infos[n] && d < dimensions.size(); ++d) {
      if (dimensions[d] == infos[n]->dimension) g = d;
    }
    groups[g].push_back(n);
  }
  for (std::size_t g = 0; g < groups.size(); ++g) {
    if (groups[g].empty()) continue;
    out += "<div class=\"dimension\"><h3>";
    if (g < dimensions.size()) {
      out += page.lang == Lang::zh ? chinese_name(dimensions[g]) : to_string(dimensions[g]);
    } else {
      out += page.tr("表格读取与其他", "Reading the table, other");
    }
    out += " <span class=\"sub\">" + std::to_string(groups[g].size()) + "</span></h3>\n<ol class=\"findings\">\n";
    for (const std::size_t n : groups[g]) finding_item(out, page, all[n], n, infos[n]);
    out += "</ol></div>\n";
  }
  out += "</section>\n";
}

void append_indicators(std::string& out, const PageContext& page) {
  const auto& all = page.review.findings();
  std::map<std::size_t, std::vector<std::size_t>> by_row;
  for (std::size_t n = 0; n < all.size(); ++n) {
    if (const auto row = indicator_of(all[n].location.path)) by_row[*row].push_back(n);
  }
  out += "<section class=\"indicators\">\n<h2>";
  out += page.tr("绩效指标", "Indicators");
  out += "</h2>\n<table class=\"indicator-table\"><colgroup><col style=\"width:4%\"><col style=\"width:11%\">"
         "<col style=\"width:13%\"><col style=\"width:27%\"><col style=\"width:15%\"><col style=\"width:15%\">"
         "<col style=\"width:15%\"></colgroup>\n<thead><tr><th class=\"num\">#</th><th>";
  out += page.tr("一级指标</th><th>二级指标</th><th>三级指标</th><th>实施周期指标值</th><th>年度指标值</th><th>审核发现",
                 "level 1</th><th>level 2</th><th>level 3</th><th>period target</th><th>annual target</th><th>findings");
  out += "</th></tr></thead>\n<tbody>\n";
  for (std::size_t i = 0; i < page.form.indicators.size(); ++i) {
    const Indicator& ind = page.form.indicators[i];
    const auto found = by_row.find(i);
    std::string cls = "indicator-row";
    if (found != by_row.end()) {
      bool error = false;
      for (const std::size_t n : found->second) error = error || all[n].severity == Severity::error;
      cls += error ? " has-error" : " has-warning";
    }
    const std::string l1 = ind.level1_text.empty() ? chinese_name(ind.level1) : ind.level1_text;
    const std::string l2 = ind.level2_text.empty() ? chinese_name(ind.level2) : ind.level2_text;
    out += "<tr class=\"" + cls + "\"><td class=\"num\">" + std::to_string(i) + "</td><td>" + html_escape(l1) +
           "</td><td>" + html_escape(l2) + "</td><td><bdi>" + html_escape(ind.name) + "</bdi>" +
           (ind.note.empty() ? std::string() : "<div class=\"sub\"><bdi>" + html_escape(ind.note) + "</bdi></div>") + "</td><td>" +
           html_escape(ind.period_target.text()) + "</td><td>" + html_escape(ind.annual_target.text()) + "</td><td>";
    if (found != by_row.end()) {
      for (const std::size_t n : found->second) {
        out += "<a class=\"chip sev " + severity_class(all[n].severity) + "\" href=\"#f-" + std::to_string(n) + "\">" +
               html_escape(all[n].rule_id) + "</a>";
      }
    }
    out += "</td></tr>\n";
  }
  out += "</tbody></table>\n</section>\n";
}

}  // namespace jixiao::io::detail
