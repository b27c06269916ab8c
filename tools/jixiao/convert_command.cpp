// `jixiao convert IN OUT`: reads a form in one canonical format and writes it in another
// (JSON, XML, INFO), by extension or --from/--to. Findings go to stderr; a form with
// errors is not written (exit 1; with --force it is, marked partial in its metadata),
// a document that cannot be read, or an output that would not read back, exits 2.
#include <jixiao/io/form_io.hpp>

#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "commands.hpp"
#include "exit_codes.hpp"

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

// A form written with --force despite errors says so in itself: the metadata entry
// `jixiao.partial` counts the errors and names the first (docs/reliability.md).
void mark_partial(PerformanceForm& form, const std::string& input, const std::vector<Finding>& findings) {
  std::size_t errors = 0;
  const Finding* first = nullptr;
  for (const Finding& f : findings) {
    if (f.severity != Severity::error) continue;
    if (++errors == 1) first = &f;
  }
  std::string note = std::to_string(errors) + " error(s) reading " + input + "; values were lost";
  if (first) note += " (first: " + first->rule_id + " at " + (first->location.path.empty() ? "/" : first->location.path) + ")";
  form.metadata.emplace_back("jixiao.partial", note);
  std::cerr << "jixiao convert: --force: writing a partial form, marked with metadata \"jixiao.partial\"\n";
}

int run_convert(const ConvertArgs& args) {
  const auto from = pick(args.from, args.input, "from");
  const auto to = pick(args.to, args.output, "to");
  if (!from || !to) return exit_bad_input;
  io::ReadResult<PerformanceForm> loaded = args.input == "-" ? io::load_form(std::cin, *from) : io::load_form(args.input, *from);
  for (const Finding& f : loaded.findings) {
    std::cerr << f.render(Lang::en);
    // render() shows file:line:col when known; the path into the form helps too.
    if (f.location.source && !f.location.source->file.empty() && !f.location.path.empty()) {
      std::cerr << " [" << f.location.path << ']';
    }
    std::cerr << '\n';
  }
  if (!loaded.value) return exit_bad_input;
  if (!loaded.ok() && !args.force) {
    std::cerr << "jixiao convert: " << args.input << " has errors; nothing written (use --force to write the partial form)\n";
    return exit_problems;
  }
  PerformanceForm& form = *loaded.value;
  if (!loaded.ok()) mark_partial(form, args.input, loaded.findings);
  const std::string text = io::save_form_to_string(form, *to);
  const std::vector<Finding> refused = io::check_written(form, text, *to);
  if (!refused.empty()) {
    for (Finding f : refused) {
      if (!f.location.source) f.location.source = SourcePosition{args.output == "-" ? "<stdout>" : args.output, 0, 0};
      std::cerr << f.render(Lang::en) << '\n';
    }
    std::cerr << "jixiao convert: the " << to_string(*to) << " output would be refused when read back; nothing written\n";
    return exit_bad_input;
  }
  if (args.output == "-") {
    std::cout << text;
    return loaded.ok() ? exit_clean : exit_problems;
  }
  std::ofstream out(args.output, std::ios::binary | std::ios::trunc);
  out << text;
  out.flush();
  if (!out) {
    std::cerr << "jixiao convert: cannot write " << args.output << '\n';
    return exit_bad_input;
  }
  return loaded.ok() ? exit_clean : exit_problems;
}

}  // namespace

void add_convert_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("convert", "Convert a form between JSON, XML and INFO (canonical schema jixiao.form/1)");
  describe_problems_exit(cmd, "the form had errors: nothing was written, or with --force the partial form was");
  auto args = std::make_shared<ConvertArgs>();
  cmd->add_option("IN", args->input, "Input form (.json, .xml, .info; - for stdin with --from)")->required();
  cmd->add_option("OUT", args->output, "Output form (.json, .xml, .info; - for stdout with --to)")->required();
  cmd->add_option("--from", args->from, "Input format: json, xml or info (default: by extension)");
  cmd->add_option("--to", args->to, "Output format: json, xml or info (default: by extension)");
  cmd->add_flag("--force", args->force, "Write the form even when loading reported errors (marked with metadata jixiao.partial)");
  cmd->callback([args] {
    const int rc = run_convert(*args);
    if (rc != 0) throw CLI::RuntimeError(rc);
  });
}

}  // namespace jixiao::tool
