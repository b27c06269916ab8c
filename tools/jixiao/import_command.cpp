// `jixiao import FILE [--to json|xml|info]`: reads a form from table text as published
// (tab, pipe or space separated, one cell per line) and prints it in the canonical
// schema; the import findings go to stderr as `FILE:LINE:COL: severity[id]: message`.
// Exit 0 when every cell was read (info findings only), 1 when cells were left in
// warnings, 2 when the file cannot be read.
#include <jixiao/io/form_io.hpp>
#include <jixiao/io/table_import.hpp>

#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>
#include <string>

#include "commands.hpp"

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
    return 2;
  }
  if (args.lang != "en" && args.lang != "zh") {
    std::cerr << "jixiao import: unknown language \"" << args.lang << "\" (en or zh)\n";
    return 2;
  }
  std::string text;
  if (args.input == "-") {
    text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else {
    std::ifstream in(args.input, std::ios::binary);
    if (!in) {
      std::cerr << args.input << ": cannot open\n";
      return 2;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    text = ss.str();
  }
  const io::ImportResult result = io::import_form(text, args.input == "-" ? "<stdin>" : args.input);
  const Lang lang = args.lang == "zh" ? Lang::zh : Lang::en;
  bool problems = false;
  for (const Finding& f : result.findings) {
    if (f.severity != Severity::info) problems = true;
    if (args.quiet && f.severity == Severity::info) continue;
    std::cerr << f.render(lang) << '\n';
  }
  io::save_form(result.form, std::cout, *format);
  return problems ? 1 : 0;
}

}  // namespace

void add_import_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("import", "Import a form from a published table (tab, |, spaces, one cell per line)");
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
