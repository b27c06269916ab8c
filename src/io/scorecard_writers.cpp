// The self-evaluation scorecard as text, `jixiao.scorecard/1` JSON and Markdown.
#include <sstream>

#include "jixiao/io/utf8_text.hpp"

#include "jixiao/io/finding_json.hpp"
#include "jixiao/io/scorecard_io.hpp"
#include "result_json.hpp"

namespace jixiao::io {
namespace {

using detail::JsonObject;
using detail::md_cell;

std::string opt(const std::optional<Decimal>& d) { return d ? d->to_string() : std::string("—"); }

// The notes after a row's points: capped, derived weight, adjusted, missing reason, a
// published score that differs.
std::string row_flags(const ScoreRow& r) {
  std::string f;
  if (r.capped) f += " capped";
  if (r.weight_derived) f += " weight-derived";
  if (r.part_of) f += " part-of=#" + std::to_string(*r.part_of);
  if (r.adjustment) f += " adjusted";
  if (r.needs_reason && r.reason.empty()) f += " REASON-MISSING";
  if (r.published_points && r.points && *r.published_points != *r.points) f += " published=" + r.published_points->to_string();
  return f;
}

void text_rows(const Scorecard& c, std::ostream& out) {
  for (const auto& r : c.rows) {
    out << "#" << r.index << ' ' << chinese_name(r.level1) << " / " << r.name << "\n"
        << "    A=" << (r.target_text.empty() ? "—" : r.target_text) << "  B=" << (r.actual_text.empty() ? "—" : r.actual_text)
        << "  w=" << r.weight << "  [" << to_string(r.method) << "] " << r.formula << "\n"
        << "    " << (r.arithmetic.empty() ? "(not scored)" : r.arithmetic) << "  → " << opt(r.points) << row_flags(r) << "\n";
  }
  if (c.budget) {
    const auto& b = *c.budget;
    out << "预算执行率: A=" << opt(b.full_year_budget) << " B=" << opt(b.executed) << " 执行率=" << opt(b.rate) << "%  w=" << b.weight
        << "\n    " << (b.arithmetic.empty() ? "(not scored)" : b.arithmetic) << "  → " << opt(b.points)
        << (b.published_points && b.points && *b.published_points != *b.points ? " published=" + b.published_points->to_string() : "")
        << (b.needs_reason && b.reason.empty() ? " REASON-MISSING" : "") << "\n";
  }
}

void json_row(std::string& out, const ScoreRow& r) {
  JsonObject o(out);
  o.integer("index", static_cast<long long>(r.index)).text("level1", to_string(r.level1)).text("level2", to_string(r.level2));
  o.text("name", r.name).text("target", r.target_text).text("actual", r.actual_text);
  o.decimal("weight", r.weight).boolean("weight_derived", r.weight_derived).nullable_integer("part_of", r.part_of);
  o.text("method", to_string(r.method));
  o.text("formula", r.formula).text("arithmetic", r.arithmetic).boolean("capped", r.capped).boolean("met", r.met);
  o.nullable_text("achievement", r.achievement ? std::optional<std::string>(to_string(*r.achievement)) : std::nullopt);
  o.decimal("band_min", r.band_min).decimal("band_max", r.band_max).decimal("formula_points", r.formula_points);
  o.decimal("adjustment", r.adjustment).text("adjustment_justification", r.adjustment_justification);
  o.decimal("points", r.points).decimal("deviation", r.deviation).boolean("needs_reason", r.needs_reason);
  o.text("reason", r.reason).boolean("not_applicable", r.not_applicable).decimal("published_points", r.published_points);
  o.close();
}

void json_budget(std::string& out, const std::optional<BudgetScore>& budget) {
  if (!budget) {
    out += "null";
    return;
  }
  const BudgetScore& b = *budget;
  JsonObject o(out);
  o.decimal("initial_budget", b.initial_budget).decimal("full_year_budget", b.full_year_budget);
  o.decimal("executed", b.executed).decimal("rate", b.rate).text("printed_rate", b.printed_rate);
  o.decimal("weight", b.weight).text("formula", b.formula).text("arithmetic", b.arithmetic).boolean("capped", b.capped);
  o.decimal("points", b.points).boolean("needs_reason", b.needs_reason).text("reason", b.reason);
  o.decimal("published_points", b.published_points);
  o.close();
}

// A diagnostic as `jixiao target` writes one (target_json.cpp), in English as the tool
// prints it on stderr.
void json_diagnostic(std::string& out, const Diagnostic& d) {
  JsonObject o(out);
  o.text("code", d.code).text("message", d.message).integer("offset", static_cast<long long>(d.offset));
  o.integer("column", static_cast<long long>(d.column)).text("text", d.text);
  o.close();
}

void json_level1_total(std::string& out, const Level1Total& t) {
  JsonObject o(out);
  o.text("level1", to_string(t.level1)).decimal("weight", t.weight).decimal("points", t.points);
  o.decimal("profile_weight", t.profile_weight);
  o.close();
}

}  // namespace

std::string scorecard_text(const Scorecard& c, Lang lang) {
  std::ostringstream out;
  out << "profile: " << c.profile << "\n";
  text_rows(c, out);
  out << "一级:";
  for (const auto& t : c.level1_totals) out << "  " << chinese_name(t.level1) << ' ' << t.points << '/' << t.weight;
  out << "\nindicators: " << c.indicator_arithmetic << "\n";
  out << "total: " << c.total << " / " << c.max_total << "  grade: " << c.rating;
  if (c.published_total) {
    out << "  (published " << *c.published_total << (c.published_rating.empty() ? "" : " " + c.published_rating) << ")";
  }
  out << "\n";
  for (const auto& f : c.findings) out << f.render(lang) << "\n";
  return valid_text(out.str());  // a text a caller set by hand may not be valid UTF-8
}

std::string scorecard_json(const Scorecard& c, const std::vector<Diagnostic>& actuals_diagnostics) {
  std::string out;
  JsonObject doc(out, 2);
  doc.text("schema", "jixiao.scorecard/1").text("profile", c.profile);
  doc.array("rows", c.rows, json_row);
  json_budget(doc.member("budget"), c.budget);
  doc.array("level1_totals", c.level1_totals, json_level1_total);
  doc.decimal("indicator_weight", c.indicator_weight).decimal("indicator_points", c.indicator_points);
  doc.decimal("indicator_part", c.indicator_part).text("indicator_arithmetic", c.indicator_arithmetic);
  doc.decimal("total", c.total).decimal("max_total", c.max_total).text("rating", c.rating);
  doc.boolean("weights_ok", c.weights_ok).boolean("complete", c.complete());
  doc.integers("missing_reasons", c.missing_reasons).boolean("budget_missing_reason", c.budget_missing_reason);
  doc.integers("without_actuals", c.without_actuals);
  doc.decimal("published_total", c.published_total).text("published_rating", c.published_rating);
  doc.array("findings", c.findings, append_finding_json);
  doc.array("actuals_diagnostics", actuals_diagnostics, json_diagnostic);
  doc.close();
  out += '\n';
  return out;
}

std::string scorecard_markdown(const Scorecard& c, Lang lang) {
  std::ostringstream out;
  out << "| # | 一级 | 三级 | A | B | 分值 | 计算 | 得分 |\n|---|---|---|---|---|---|---|---|\n";
  for (const auto& r : c.rows) {
    out << "| " << r.index << " | " << chinese_name(r.level1) << " | " << md_cell(r.name) << " | " << md_cell(r.target_text) << " | "
        << md_cell(r.actual_text) << " | " << r.weight << " | " << md_cell(r.arithmetic) << md_cell(row_flags(r)) << " | "
        << opt(r.points) << " |\n";
  }
  if (c.budget) {
    out << "| | 预算执行率 | | " << opt(c.budget->full_year_budget) << " | " << opt(c.budget->executed) << " | " << c.budget->weight
        << " | " << md_cell(c.budget->arithmetic) << " | " << opt(c.budget->points) << " |\n";
  }
  out << "\n**总分 " << c.total << " / " << c.max_total << ", 等级 " << c.rating << "** (profile `" << c.profile << "`; "
      << md_cell(c.indicator_arithmetic) << ")\n";
  out << detail::md_findings(c.findings, lang);
  return valid_text(out.str());  // a text a caller set by hand may not be valid UTF-8
}

}  // namespace jixiao::io
