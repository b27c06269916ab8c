// The subcommands of the jixiao tool; each registers itself on the CLI11 app.
#pragma once

#include <CLI/CLI.hpp>

namespace jixiao::tool {

/// `jixiao convert IN OUT`: a form from one of JSON/XML/INFO to another.
void add_convert_command(CLI::App& app);
/// `jixiao score FORM [ACTUALS]`: the self-evaluation scorecard under a profile.
void add_score_command(CLI::App& app);
/// `jixiao monitor FORM PROGRESS --month M`: the in-year monitoring report.
void add_monitor_command(CLI::App& app);

/// `jixiao target`: target strings from stdin to JSON lines.
void add_target_command(CLI::App& app);

/// `jixiao check FILE`: review a form with the rule catalogue; `jixiao rules`: list it.
void add_check_command(CLI::App& app);
/// `jixiao import FILE`: a form from a published table, printed as JSON/XML/INFO.
void add_import_command(CLI::App& app);
/// `jixiao batch [INPUT…]`: many forms reviewed and scored, one JSON line each, in order.
void add_batch_command(CLI::App& app);
/// `jixiao report FORM [ACTUALS]`: the HTML (or Markdown, or text) report a reviewer reads.
void add_report_command(CLI::App& app);
/// `jixiao manual`: this tool's manual (docs/tool.md) generated from the definitions above.
void add_manual_command(CLI::App& app);

}  // namespace jixiao::tool
