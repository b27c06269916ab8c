// `jixiao report FORM [ACTUALS] [--profile P] [--progress FILE --month M] [--rules R]
// [-o FILE] [--lang zh|en] [--format html|md|text]`: the report a reviewer reads
// (docs/report.md). FILE is any form `jixiao check` reads (canonical or a published
// table); the review is `check`'s. With ACTUALS, or a self-evaluation form that carries
// its actuals, the page also has the scorecard; with --progress and --month the
// monitoring. Exit codes as `check`: 0 clean, 1 the review found errors, 2 bad input or
// output that could not be written.
#include <jixiao/io/form_io.hpp>
#include <jixiao/io/observations_io.hpp>
#include <jixiao/io/report_html.hpp>
#include <jixiao/io/report_io.hpp>
#include <jixiao/io/rule_config_io.hpp>
#include <jixiao/io/review_file.hpp>
#include <jixiao/monitoring.hpp>
#include <jixiao/rules.hpp>
#include <jixiao/scoring.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>

#include "commands.hpp"
#include "exit_codes.hpp"
#include "profile_choice.hpp"

namespace jixiao::tool {
namespace {

struct ReportOptions {
  std::string form;
  std::string sheet;
  std::string actuals;
  std::string profile = "national";
  std::string progress;
  int month = 0;
  std::string rules;
  std::string output = "-";
  std::string lang = "zh";
  std::string format = "html";
};

// The form and its review, as `jixiao check` reads and reviews it (tables through the
// importer, its findings first).
struct Reviewed {
  PerformanceForm form;
  Report review;
};

std::optional<Reviewed> load_and_review(const std::string& path, const std::string& sheet, const RuleSet& rules, Lang lang) {
  io::FormFile file = io::read_form_file(path, {}, sheet);
  if (!file.form) {
    for (const auto& f : file.findings) std::cerr << f.render(lang) << '\n';
    return std::nullopt;
  }
  Report review = io::review_read_form(*file.form, rules, file.findings, file.source_map ? &*file.source_map : nullptr);
  return Reviewed{std::move(*file.form), std::move(review)};
}

// The scorecard when there are actuals: the file given, or those the form carries
// (carries_actuals, as the batch decides). False when the actuals file cannot be read.
bool score_if_actuals(const ReportOptions& o, const PerformanceForm& form, const Profile& profile,
                      std::optional<Scorecard>& card) {
  Actuals actuals;
  if (!o.actuals.empty()) {
    auto parsed = io::load_actuals(o.actuals);
    for (const auto& f : parsed.findings) std::cerr << f.render(Lang::en) << '\n';
    if (!parsed.ok()) return false;
    actuals = std::move(*parsed.value);
  } else if (carries_actuals(form)) {
    actuals = actuals_from_form(form);
  } else {
    return true;
  }
  card = score(form, actuals, profile);
  return true;
}

bool write_output(const std::string& path, const std::string& text) {
  if (path.empty() || path == "-") {
    std::cout << text << std::flush;
    return static_cast<bool>(std::cout);
  }
  std::ofstream file(path, std::ios::binary);
  file << text;
  file.close();
  if (!file) std::cerr << "jixiao report: cannot write " << path << '\n';
  return static_cast<bool>(file);
}

int run_report(const ReportOptions& o) {
  const Lang lang = o.lang == "en" ? Lang::en : Lang::zh;
  const auto selected = select_rules(o.profile, o.rules, "jixiao report", lang);
  if (!selected) return exit_bad_input;
  const RuleSet& rules = *selected;
  const Profile* profile = &rules.profile();
  if (o.progress.empty() != (o.month == 0)) {
    std::cerr << "jixiao report: --progress and --month go together\n";
    return exit_bad_input;
  }
  const auto reviewed = load_and_review(o.form, o.sheet, rules, lang);
  if (!reviewed) return exit_bad_input;
  std::optional<Scorecard> card;
  if (!score_if_actuals(o, reviewed->form, *profile, card)) return exit_bad_input;
  std::optional<MonitorReport> monitoring;
  if (!o.progress.empty()) {
    auto progress = io::load_progress(o.progress);
    for (const auto& f : progress.findings) std::cerr << f.render(Lang::en) << '\n';
    if (!progress.ok()) return exit_bad_input;
    monitoring = monitor(reviewed->form, *progress.value, o.month, *profile);
  }
  io::ReportPageParts parts;
  parts.profile = profile->name;
  parts.rules = rules.rules();
  parts.scorecard = card ? &*card : nullptr;
  parts.monitoring = monitoring ? &*monitoring : nullptr;
  std::string text;
  if (o.format == "md") {
    text = io::report_page_markdown(reviewed->form, reviewed->review, parts, lang);
  } else if (o.format == "text") {
    text = io::indicator_table_text(reviewed->form, reviewed->review, lang) + io::report_text(reviewed->review, lang);
  } else {
    text = io::report_html(reviewed->form, reviewed->review, parts, lang);
  }
  if (!write_output(o.output, text)) return exit_bad_input;
  if (o.output != "-" && !o.output.empty()) std::cerr << "jixiao report: wrote " << o.output << '\n';
  return reviewed->review.ok() ? exit_clean : exit_problems;
}

}  // namespace

void add_report_command(CLI::App& app) {
  auto o = std::make_shared<ReportOptions>();
  auto* cmd = app.add_subcommand(
      "report", "The report a reviewer reads: one HTML page (inline CSS and SVG, no script) with the review, "
                "and the scorecard and monitoring when given");
  describe_problems_exit(cmd, "the review found errors");
  cmd->add_option("FORM", o->form, "Form: .json/.xml/.info (canonical), .tsv/.txt (published table) or .xlsx/.ods (workbook)")->required();
  cmd->add_option("ACTUALS", o->actuals, "Actual values (JSON/INFO/XML); default: the ones a self-evaluation form carries");
  cmd->add_option("--profile,-p", o->profile, "Built-in profile name or profile file")->capture_default_str();
  cmd->add_option("--sheet", o->sheet, "The workbook's sheet to read (default: the first that holds a form)");
  cmd->add_option("--progress", o->progress, "Progress to date (JSON/INFO/XML); with --month, adds the monitoring");
  cmd->add_option("--month,-m", o->month, "Month monitored (1..12)")->check(CLI::Range(1, 12));
  cmd->add_option("--rules", o->rules, "Rule configuration (.json/.xml/.info): rules.<id>.{enabled,severity,parameters}");
  cmd->add_option("--output,-o", o->output, "Output file (- for stdout)")->capture_default_str();
  cmd->add_option("--lang", o->lang, "Message language")->check(CLI::IsMember({"zh", "en"}))->capture_default_str();
  cmd->add_option("--format,-f", o->format, "Output format: html (the page), md (Markdown) or text (aligned table)")
      ->check(CLI::IsMember({"html", "md", "text"}))
      ->capture_default_str();
  cmd->callback([o] {
    const int rc = run_report(*o);
    if (rc != 0) throw CLI::RuntimeError(rc);
  });
}

}  // namespace jixiao::tool
