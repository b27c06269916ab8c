// `jixiao monitor FORM PROGRESS --month M [--profile P] [--format text|json|md]`: the
// in-year monitoring report (双监控). Exit 0 when every light is green or explained,
// 1 when reasons are missing, 2 on bad input.
#include <jixiao/io/form_io.hpp>
#include <jixiao/io/monitor_io.hpp>
#include <jixiao/io/observations_io.hpp>
#include <jixiao/monitoring.hpp>

#include <iostream>
#include <memory>

#include "commands.hpp"
#include "exit_codes.hpp"
#include "profile_choice.hpp"

namespace jixiao::tool {
namespace {

int run_monitor(const std::string& form_path, const std::string& progress_path, int month, const std::string& profile_name,
                const std::string& format) {
  auto profile = select_profile(profile_name, "jixiao monitor");
  if (!profile) return exit_bad_input;
  auto loaded = io::load_form(form_path);
  for (const auto& f : loaded.findings) std::cerr << f.render(Lang::en) << '\n';
  if (!loaded.value) return exit_bad_input;
  auto progress = io::load_progress(progress_path);
  for (const auto& f : progress.findings) std::cerr << f.render(Lang::en) << '\n';
  if (!progress.ok()) return exit_bad_input;
  const MonitorReport report = monitor(*loaded.value, *progress.value, month, *profile);
  if (format == "json") {
    std::cout << io::monitor_json(report);
  } else if (format == "md") {
    std::cout << io::monitor_markdown(report);
  } else {
    std::cout << io::monitor_text(report);
  }
  return report.missing_reasons.empty() && !report.budget_missing_reason ? exit_clean : exit_problems;
}

}  // namespace

void add_monitor_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("monitor", "In-year monitoring (双监控): budget and indicator progress at a month");
  describe_problems_exit(cmd, "a light that is not green has no reason");
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
