// `jixiao import FILE [--to json|xml|info]`: reads a form from table text as published
// (tab, pipe or space separated, one cell per line) and prints it in the canonical
// schema; the import findings go to stderr as `FILE:LINE:COL: severity[id]: message`.
// Exit 0 when every cell was read (info findings only), 1 when cells were left in
// warnings, 2 when the file cannot be read, is UTF-16 or past a limit (io/limits.hpp),
// or when the form written would be refused when read back.
#include <jixiao/io/form_io.hpp>
#include <jixiao/io/table_import.hpp>

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
  bool quiet = false;
};

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
  std::optional<std::string> text;
  if (args.input == "-") {
    text = io::read_limited(std::cin, limits.max_bytes);
  } else {
    std::vector<Finding> unreadable;
    text = io::read_file_limited(args.input, limits.max_bytes, unreadable);
    for (const Finding& f : unreadable) std::cerr << f.render(Lang::en) << '\n';
    if (!text) return exit_bad_input;
  }
  const io::ImportResult result = io::import_form(*text, args.input == "-" ? "<stdin>" : args.input, limits);
  const Lang lang = args.lang == "zh" ? Lang::zh : Lang::en;
  bool problems = false, refused = false;
  for (const Finding& f : result.findings) {
    if (f.severity != Severity::info) problems = true;
    if (f.severity == Severity::error && (f.rule_id == "JX-I015" || f.rule_id == "JX-I016")) refused = true;
    if (args.quiet && f.severity == Severity::info) continue;
    std::cerr << f.render(lang) << '\n';
  }
  if (refused) return exit_bad_input;  // UTF-16 or past a limit: nothing was read
  const std::string out = io::save_form_to_string(result.form, *format);
  const std::vector<Finding> unreadable = io::check_written(result.form, out, *format, limits);
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
  auto* cmd = app.add_subcommand("import", "Import a form from a published table (tab, |, spaces, one cell per line)");
  describe_problems_exit(cmd, "cells were left unread or repaired with warnings");
  auto args = std::make_shared<ImportArgs>();
  cmd->add_option("FILE", args->input, "Table text (UTF-8; - for stdin)")->required();
  cmd->add_option("--to", args->to, "Output format: json (default), xml or info");
  cmd->add_option("--lang", args->lang, "Language of the findings: en (default) or zh");
  cmd->add_flag("--quiet", args->quiet, "Do not print info findings (repairs)");
  cmd->callback([args] {
    const int rc = run_import(*args);
    if (rc != 0) throw CLI::RuntimeError(rc);
  });
}

}  // namespace jixiao::tool
