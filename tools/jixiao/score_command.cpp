// `jixiao score FORM [ACTUALS] [--profile P] [--format text|json|md]`: the self-evaluation
// scorecard of a form. Without ACTUALS, the actuals are the ones a self-evaluation form
// carries (实际完成值, 得分, 偏差原因, execution rows). Exit 0 when the scorecard is
// complete, 1 when it has errors or rows needing a reason, 2 on bad input.
#include <jixiao/io/form_io.hpp>
#include <jixiao/io/observations_io.hpp>
#include <jixiao/scoring.hpp>

#include <iostream>
#include <memory>
#include <sstream>

#include "commands.hpp"
#include "profile_choice.hpp"
#include "report_writer.hpp"

namespace jixiao::tool {
namespace {

std::string opt(const std::optional<Decimal>& d) { return d ? d->to_string() : std::string("—"); }

std::string row_flags(const ScoreRow& r) {
  std::string f;
  if (r.capped) f += " capped";
  if (r.weight_derived) f += " weight-derived";
  if (r.adjustment) f += " adjusted";
  if (r.needs_reason && r.reason.empty()) f += " REASON-MISSING";
  if (r.published_points && r.points && *r.published_points != *r.points) f += " published=" + r.published_points->to_string();
  return f;
}

void print_text(const Scorecard& c, std::ostream& out) {
  out << "profile: " << c.profile << "\n";
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
  out << "一级:";
  for (const auto& t : c.level1_totals) out << "  " << chinese_name(t.level1) << ' ' << t.points << '/' << t.weight;
  out << "\nindicators: " << c.indicator_arithmetic << "\n";
  out << "total: " << c.total << " / " << c.max_total << "  grade: " << c.rating;
  if (c.published_total) out << "  (published " << *c.published_total << (c.published_rating.empty() ? "" : " " + c.published_rating) << ")";
  out << "\n";
  for (const auto& f : c.findings) out << f.render(Lang::en) << "\n";
}

void print_md(const Scorecard& c, std::ostream& out) {
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
  if (!c.findings.empty()) {
    out << "\n";
    for (const auto& f : c.findings) out << "- `" << f.rule_id << "` " << to_string(f.severity) << " " << f.location.path << ": " << f.message(Lang::zh) << "\n";
  }
}

void print_json(const Scorecard& c, std::ostream& out) {
  out << "{\n  \"profile\": " << json_string(c.profile) << ",\n  \"rows\": [";
  for (std::size_t i = 0; i < c.rows.size(); ++i) {
    const auto& r = c.rows[i];
    out << (i ? "," : "") << "\n    {\"index\": " << r.index << ", \"level1\": " << json_string(to_string(r.level1))
        << ", \"name\": " << json_string(r.name) << ", \"target\": " << json_string(r.target_text)
        << ", \"actual\": " << json_string(r.actual_text) << ", \"weight\": " << json_decimal(r.weight)
        << ", \"weight_derived\": " << (r.weight_derived ? "true" : "false") << ", \"method\": " << json_string(to_string(r.method))
        << ", \"formula\": " << json_string(r.formula) << ", \"arithmetic\": " << json_string(r.arithmetic)
        << ", \"capped\": " << (r.capped ? "true" : "false") << ", \"met\": " << (r.met ? "true" : "false")
        << ", \"band_min\": " << json_decimal(r.band_min) << ", \"band_max\": " << json_decimal(r.band_max)
        << ", \"formula_points\": " << json_decimal(r.formula_points) << ", \"adjustment\": " << json_decimal(r.adjustment)
        << ", \"points\": " << json_decimal(r.points) << ", \"deviation\": " << json_decimal(r.deviation)
        << ", \"needs_reason\": " << (r.needs_reason ? "true" : "false") << ", \"reason\": " << json_string(r.reason)
        << ", \"not_applicable\": " << (r.not_applicable ? "true" : "false")
        << ", \"published\": " << json_decimal(r.published_points) << "}";
  }
  out << "\n  ],\n  \"budget\": ";
  if (c.budget) {
    const auto& b = *c.budget;
    out << "{\"full_year_budget\": " << json_decimal(b.full_year_budget) << ", \"executed\": " << json_decimal(b.executed)
        << ", \"rate\": " << json_decimal(b.rate) << ", \"weight\": " << json_decimal(b.weight)
        << ", \"arithmetic\": " << json_string(b.arithmetic) << ", \"capped\": " << (b.capped ? "true" : "false")
        << ", \"points\": " << json_decimal(b.points) << ", \"needs_reason\": " << (b.needs_reason ? "true" : "false")
        << ", \"published\": " << json_decimal(b.published_points) << "}";
  } else {
    out << "null";
  }
  out << ",\n  \"level1_totals\": [";
  for (std::size_t i = 0; i < c.level1_totals.size(); ++i) {
    const auto& t = c.level1_totals[i];
    out << (i ? ", " : "") << "{\"level1\": " << json_string(to_string(t.level1)) << ", \"weight\": " << json_decimal(t.weight)
        << ", \"points\": " << json_decimal(t.points) << "}";
  }
  out << "],\n  \"indicator_points\": " << json_decimal(c.indicator_points) << ",\n  \"indicator_part\": " << json_decimal(c.indicator_part)
      << ",\n  \"indicator_arithmetic\": " << json_string(c.indicator_arithmetic) << ",\n  \"total\": " << json_decimal(c.total)
      << ",\n  \"max_total\": " << json_decimal(c.max_total) << ",\n  \"grade\": " << json_string(c.rating)
      << ",\n  \"weights_ok\": " << (c.weights_ok ? "true" : "false") << ",\n  \"complete\": " << (c.complete() ? "true" : "false")
      << ",\n  \"missing_reasons\": [";
  for (std::size_t i = 0; i < c.missing_reasons.size(); ++i) out << (i ? ", " : "") << c.missing_reasons[i];
  out << "],\n  \"without_actuals\": [";
  for (std::size_t i = 0; i < c.without_actuals.size(); ++i) out << (i ? ", " : "") << c.without_actuals[i];
  out << "],\n  \"published_total\": " << json_decimal(c.published_total) << ",\n  \"findings\": [";
  for (std::size_t i = 0; i < c.findings.size(); ++i) {
    const auto& f = c.findings[i];
    out << (i ? "," : "") << "\n    {\"rule\": " << json_string(f.rule_id) << ", \"severity\": " << json_string(to_string(f.severity))
        << ", \"path\": " << json_string(f.location.path) << ", \"message_zh\": " << json_string(f.message(Lang::zh))
        << ", \"message_en\": " << json_string(f.message(Lang::en)) << "}";
  }
  out << "\n  ]\n}\n";
}

int run_score(const std::string& form_path, const std::string& actuals_path, const std::string& profile_name, const std::string& format) {
  auto profile = select_profile(profile_name, "jixiao score");
  if (!profile) return 2;
  auto loaded = io::load_form(form_path);
  for (const auto& f : loaded.findings) std::cerr << f.render(Lang::en) << '\n';
  if (!loaded.value) return 2;
  Actuals actuals;
  if (actuals_path.empty()) {
    std::vector<Diagnostic> diags;
    actuals = actuals_from_form(*loaded.value, &diags);
    for (const auto& d : diags) std::cerr << form_path << ": " << d.message << '\n';
  } else {
    auto parsed = io::load_actuals(actuals_path);
    for (const auto& f : parsed.findings) std::cerr << f.render(Lang::en) << '\n';
    if (!parsed.ok()) return 2;
    actuals = std::move(*parsed.value);
  }
  const Scorecard card = score(*loaded.value, actuals, *profile);
  if (format == "json") {
    print_json(card, std::cout);
  } else if (format == "md") {
    print_md(card, std::cout);
  } else {
    print_text(card, std::cout);
  }
  return card.complete() && card.missing_reasons.empty() && !card.budget_missing_reason ? 0 : 1;
}

}  // namespace

void add_score_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("score", "Self-evaluation scorecard (绩效自评) of a form under a profile");
  auto form = std::make_shared<std::string>();
  auto actuals = std::make_shared<std::string>();
  auto profile = std::make_shared<std::string>("national");
  auto format = std::make_shared<std::string>("text");
  cmd->add_option("FORM", *form, "The form (JSON/XML/INFO, schema jixiao.form/1)")->required();
  cmd->add_option("ACTUALS", *actuals, "Actual values (JSON/INFO/XML); default: the ones a self-evaluation form carries");
  cmd->add_option("--profile,-p", *profile, "Built-in profile name or profile file")->capture_default_str();
  cmd->add_option("--format,-f", *format, "Output format")->check(CLI::IsMember({"text", "json", "md"}))->capture_default_str();
  cmd->callback([=] {
    const int rc = run_score(*form, *actuals, *profile, *format);
    if (rc != 0) throw CLI::RuntimeError(rc);
  });
}

}  // namespace jixiao::tool
