// The subcommands of the jixiao tool; each registers itself on the CLI11 app.
#pragma once

#include <CLI/CLI.hpp>

namespace jixiao::tool {

/// `jixiao budget FILE`: the budget lines of a table form and their totals.
void add_budget_command(CLI::App& app);
/// `jixiao convert IN OUT`: a form from one of JSON/XML/INFO to another.
void add_convert_command(CLI::App& app);
/// `jixiao import FILE`: a form from a published table, printed as JSON/XML/INFO.
void add_import_command(CLI::App& app);

/// `jixiao target`: target strings from stdin to JSON lines.
void add_target_command(CLI::App& app);

}  // namespace jixiao::tool
