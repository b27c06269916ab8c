// `jixiao import FILE [--to json|xml|info] [--sheet NAME]`: reads a form from table text
// as published (tab, pipe or space separated, one cell per line) or from a workbook
// (.xlsx, .ods: the first sheet holding a form, or --sheet) and prints it in the canonical
// schema; the import findings go to stderr as `FILE:LINE:COL: severity[id]: message`.
// Exit 0 when every cell was read (info findings only), 1 when cells were left in
// warnings, 2 when the file cannot be read, is UTF-16 or past a limit (io/limits.hpp),
// or when the form written would be refused when read back.
#include <jixiao/io/form_io.hpp>
#include <jixiao/io/review_file.hpp>
#include <jixiao/io/table_import.hpp>
#include <jixiao/io/workbook_import.hpp>

#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>
#include <optional>
#include <string>
#include <vector>

#include "commands.hpp"
#include "exit_codes.hpp"

namespace jixiao::tool {
namespace {

struct ImportArgs {
  std::string input;
  std::string to = "json";
  std::string lang = "en";
  std::string sheet;
  bool quiet = false;
};

// The form read from `args.input` and the reader's findings; no form when nothing was
// read (unreadable, UTF-16, past a limit, not a workbook).
std::optional<PerformanceForm> read_input(const ImportArgs& args, const io::Limits& limits, std::vector<Finding>& findings) {
  if (args.input != "-" && io::is_workbook_file(args.input)) {
    io::FormFile file = io::read_form_file(args.input, limits, args.sheet);
    findings = std::move(file.findings);
    return std::move(file.form);
  }
  std::optional<std::string> text;
  if (args.input == "-") {
    text = io::read_limited(std::cin, limits.max_bytes);
  } else {
    text = io::read_file_limited(args.input, limits.max_bytes, findings);
    if (!text) return std::nullopt;
  }
  io::ImportResult result = io::import_form(*text, args.input == "-" ? "<stdin>" : args.input, limits);
  const bool refused = result.refused();  // UTF-16 or past a limit: nothing was read
  findings = std::move(result.findings);
  if (refused) return std::nullopt;
  return std::move(result.form);
}

int run_import(const ImportArgs& args) {
  const auto format = from_string<io::Format>(args.to);
  if (!format) {
    std::cerr << "jixiao import: unknown output format \"" << args.to << "\" (json, xml or info)\n";
    return exit_bad_input;
  }
  if (args.lang != "en" && args.lang != "zh") {
    std::cerr << "jixiao import: unknown language \"" << args.lang << "\" (en or zh)\n";
    return exit_bad_input;
  }
  const io::Limits limits;
  std::vector<Finding> findings;
  const std::optional<PerformanceForm> form = read_input(args, limits, findings);
  const Lang lang = args.lang == "zh" ? Lang::zh : Lang::en;
  bool problems = false;
  for (const Finding& f : findings) {
    if (f.severity != Severity::info) problems = true;
    if (args.quiet && f.severity == Severity::info) continue;
    std::cerr << f.render(lang) << '\n';
  }
  if (!form) return exit_bad_input;
  const std::string out = io::save_form_to_string(*form, *format);
  const std::vector<Finding> unreadable = io::check_written(*form, out, *format, limits);
  if (!unreadable.empty()) {
    for (Finding f : unreadable) {
      if (!f.location.source) f.location.source = SourcePosition{"<stdout>", 0, 0};
      std::cerr << f.render(lang) << '\n';
    }
    std::cerr << "jixiao import: the " << args.to << " output would be refused when read back; nothing written\n";
    return exit_bad_input;
  }
  std::cout << out;
  return problems ? 1 : 0;
}

}  // namespace

void add_import_command(CLI::App& app) {
  auto* cmd = app.add_subcommand(
      "import", "Import a form from a published table (tab, |, spaces, one cell per line) or a workbook (.xlsx, .ods)");
  describe_problems_exit(cmd, "cells were left unread or repaired with warnings");
  auto args = std::make_shared<ImportArgs>();
  cmd->add_option("FILE", args->input, "Table text (UTF-8; - for stdin) or a workbook (.xlsx, .ods)")->required();
  cmd->add_option("--sheet", args->sheet, "The workbook's sheet to read (default: the first that holds a form)");
  cmd->add_option("--to", args->to, "Output format: json (default), xml or info");
  cmd->add_option("--lang", args->lang, "Language of the findings: en (default) or zh");
  cmd->add_flag("--quiet", args->quiet, "Do not print info findings (repairs)");
  cmd->callback([args] {
    const int rc = run_import(*args);
    if (rc != 0) throw CLI::RuntimeError(rc);
  });
}

}  // namespace jixiao::tool
