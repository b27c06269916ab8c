// `jixiao convert IN OUT`: reads a form in one canonical format and writes it in another
// (JSON, XML, INFO), by extension or --from/--to. Findings go to stderr; a form with
// errors is not written (exit 1), a document that cannot be read exits 2.
#include <jixiao/io/form_io.hpp>

#include <fstream>
#include <iostream>
#include <memory>
#include <string>

#include "commands.hpp"

namespace jixiao::tool {
namespace {

struct ConvertArgs {
  std::string input;
  std::string output;
  std::string from;
  std::string to;
  bool force = false;
};

std::optional<io::Format> pick(const std::string& named, const std::string& path, const char* what) {
  if (!named.empty()) {
    const auto f = from_string<io::Format>(named);
    if (!f) std::cerr << "jixiao convert: unknown " << what << " format \"" << named << "\" (json, xml or info)\n";
    return f;
  }
  const auto f = io::format_from_path(path);
  if (!f) std::cerr << "jixiao convert: cannot tell the format of \"" << path << "\"; use --" << what << '\n';
  return f;
}

int run_convert(const ConvertArgs& args) {
  const auto from = pick(args.from, args.input, "from");
  const auto to = pick(args.to, args.output, "to");
  if (!from || !to) return 2;
  io::ReadResult<PerformanceForm> loaded = args.input == "-" ? io::load_form(std::cin, *from) : io::load_form(args.input, *from);
  for (const Finding& f : loaded.findings) {
    std::cerr << f.render(Lang::en);
    // render() shows file:line:col when known; the path into the form helps too.
    if (f.location.source && !f.location.source->file.empty() && !f.location.path.empty()) {
      std::cerr << " [" << f.location.path << ']';
    }
    std::cerr << '\n';
  }
  if (!loaded.value) return 2;
  if (!loaded.ok() && !args.force) {
    std::cerr << "jixiao convert: " << args.input << " has errors; nothing written (use --force to write the partial form)\n";
    return 1;
  }
  if (args.output == "-") {
    io::save_form(*loaded.value, std::cout, *to);
    return loaded.ok() ? 0 : 1;
  }
  if (!io::save_form(*loaded.value, args.output, *to)) {
    std::cerr << "jixiao convert: cannot write " << args.output << '\n';
    return 2;
  }
  return loaded.ok() ? 0 : 1;
}

}  // namespace

void add_convert_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("convert", "Convert a form between JSON, XML and INFO (canonical schema jixiao.form/1)");
  auto args = std::make_shared<ConvertArgs>();
  cmd->add_option("IN", args->input, "Input form (.json, .xml, .info; - for stdin with --from)")->required();
  cmd->add_option("OUT", args->output, "Output form (.json, .xml, .info; - for stdout with --to)")->required();
  cmd->add_option("--from", args->from, "Input format: json, xml or info (default: by extension)");
  cmd->add_option("--to", args->to, "Output format: json, xml or info (default: by extension)");
  cmd->add_flag("--force", args->force, "Write the form even when loading reported errors");
  cmd->callback([args] {
    const int rc = run_convert(*args);
    if (rc != 0) throw CLI::RuntimeError(rc);
  });
}

}  // namespace jixiao::tool
