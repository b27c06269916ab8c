// `jixiao monitor FORM PROGRESS --month M [--profile P] [--format text|json|md]`: the
// in-year monitoring report (双监控). Exit 0 when every light is green or explained,
// 1 when reasons are missing, 2 on bad input.
#include <jixiao/io/form_io.hpp>
#include <jixiao/io/observations_io.hpp>
#include <jixiao/monitoring.hpp>

#include <iostream>
#include <memory>

#include "commands.hpp"
#include "profile_choice.hpp"
#include "report_writer.hpp"

namespace jixiao::tool {
namespace {

std::string opt(const std::optional<Decimal>& d) { return d ? d->to_string() : std::string("—"); }

void print_text(const MonitorReport& r, std::ostream& out) {
  out << "month " << r.month << ", time progress " << r.time_progress << "%\n";
  out << "budget: progress " << opt(r.budget_progress) << "%, " << (r.budget_arithmetic.empty() ? "not judged" : r.budget_arithmetic)
      << " → " << to_string(r.budget_colour) << (r.budget_missing_reason ? " REASON-MISSING" : "") << "\n";
  for (const auto& row : r.rows) {
    out << "#" << row.index << ' ' << row.name << "  A=" << row.target_text << "  now=" << (row.progress_text.empty() ? "—" : row.progress_text)
        << (row.cumulative ? "  [cumulative]" : "  [rate]") << "\n    " << (row.arithmetic.empty() ? "not judged" : row.arithmetic)
        << " → " << to_string(row.colour) << ", " << (row.likelihood ? chinese_name(*row.likelihood) : "—")
        << (row.likelihood && !row.likelihood_given ? " (derived)" : "") << (row.needs_reason && row.reason.empty() ? " REASON-MISSING" : "") << "\n";
  }
  for (const auto& f : r.findings) out << f.render(Lang::en) << "\n";
}

void print_md(const MonitorReport& r, std::ostream& out) {
  out << "时间进度 " << r.time_progress << "%; 预算执行进度 " << opt(r.budget_progress) << "% → **" << to_string(r.budget_colour) << "**\n\n";
  out << "| # | 三级 | 年度指标值 | 当前完成值 | 计算 | 颜色 | 完成可能性 | 原因 |\n|---|---|---|---|---|---|---|---|\n";
  for (const auto& row : r.rows) {
    out << "| " << row.index << " | " << md_cell(row.name) << " | " << md_cell(row.target_text) << " | " << md_cell(row.progress_text)
        << " | " << md_cell(row.arithmetic) << " | " << to_string(row.colour) << " | "
        << (row.likelihood ? chinese_name(*row.likelihood) : "—") << " | "
        << md_cell(row.needs_reason && row.reason.empty() ? "**missing**" : row.reason) << " |\n";
  }
}

void print_json(const MonitorReport& r, std::ostream& out) {
  out << "{\n  \"month\": " << r.month << ",\n  \"time_progress\": " << json_decimal(r.time_progress)
      << ",\n  \"budget_progress\": " << json_decimal(r.budget_progress) << ",\n  \"budget_ratio\": " << json_decimal(r.budget_ratio)
      << ",\n  \"budget_colour\": " << json_string(to_string(r.budget_colour)) << ",\n  \"rows\": [";
  for (std::size_t i = 0; i < r.rows.size(); ++i) {
    const auto& row = r.rows[i];
    out << (i ? "," : "") << "\n    {\"index\": " << row.index << ", \"name\": " << json_string(row.name)
        << ", \"target\": " << json_string(row.target_text) << ", \"progress\": " << json_string(row.progress_text)
        << ", \"cumulative\": " << (row.cumulative ? "true" : "false") << ", \"completion\": " << json_decimal(row.completion)
        << ", \"ratio\": " << json_decimal(row.ratio) << ", \"arithmetic\": " << json_string(row.arithmetic)
        << ", \"colour\": " << json_string(to_string(row.colour))
        << ", \"likelihood\": " << (row.likelihood ? json_string(chinese_name(*row.likelihood)) : std::string("null"))
        << ", \"needs_reason\": " << (row.needs_reason ? "true" : "false") << ", \"reason\": " << json_string(row.reason) << "}";
  }
  out << "\n  ],\n  \"findings\": [";
  for (std::size_t i = 0; i < r.findings.size(); ++i) {
    const auto& f = r.findings[i];
    out << (i ? "," : "") << "\n    {\"rule\": " << json_string(f.rule_id) << ", \"severity\": " << json_string(to_string(f.severity))
        << ", \"path\": " << json_string(f.location.path) << ", \"message_en\": " << json_string(f.message(Lang::en)) << "}";
  }
  out << "\n  ]\n}\n";
}

int run_monitor(const std::string& form_path, const std::string& progress_path, int month, const std::string& profile_name,
                const std::string& format) {
  auto profile = select_profile(profile_name, "jixiao monitor");
  if (!profile) return 2;
  auto loaded = io::load_form(form_path);
  for (const auto& f : loaded.findings) std::cerr << f.render(Lang::en) << '\n';
  if (!loaded.value) return 2;
  auto progress = io::load_progress(progress_path);
  for (const auto& f : progress.findings) std::cerr << f.render(Lang::en) << '\n';
  if (!progress.ok()) return 2;
  const MonitorReport report = monitor(*loaded.value, *progress.value, month, *profile);
  if (format == "json") {
    print_json(report, std::cout);
  } else if (format == "md") {
    print_md(report, std::cout);
  } else {
    print_text(report, std::cout);
  }
  return report.missing_reasons.empty() && !report.budget_missing_reason ? 0 : 1;
}

}  // namespace

void add_monitor_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("monitor", "In-year monitoring (双监控): budget and indicator progress at a month");
  auto form = std::make_shared<std::string>();
  auto progress = std::make_shared<std::string>();
  auto month = std::make_shared<int>(0);
  auto profile = std::make_shared<std::string>("national");
  auto format = std::make_shared<std::string>("text");
  cmd->add_option("FORM", *form, "The form (JSON/XML/INFO, schema jixiao.form/1)")->required();
  cmd->add_option("PROGRESS", *progress, "Progress to date (JSON/INFO/XML)")->required();
  cmd->add_option("--month,-m", *month, "Month monitored (1..12)")->required()->check(CLI::Range(1, 12));
  cmd->add_option("--profile,-p", *profile, "Built-in profile name or profile file")->capture_default_str();
  cmd->add_option("--format,-f", *format, "Output format")->check(CLI::IsMember({"text", "json", "md"}))->capture_default_str();
  cmd->callback([=] {
    const int rc = run_monitor(*form, *progress, *month, *profile, *format);
    if (rc != 0) throw CLI::RuntimeError(rc);
  });
}

}  // namespace jixiao::tool
