// jixiao: the command-line tool. Exit codes: exit_codes.hpp (0 clean, 1 problems found in
// the input, 2 bad input or usage, or output that could not be written).
#include <jixiao/version.hpp>

#include <iostream>

#include "commands.hpp"
#include "exit_codes.hpp"

namespace {

// A write to standard output that failed (a full disk, a closed pipe) loses the result:
// exit 2 with a message, never the subcommand's 0 or 1.
int exit_code(int rc) {
  std::cout.flush();
  if (std::cout) return rc;
  std::cerr << "jixiao: cannot write to standard output\n";
  return jixiao::tool::exit_bad_input;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"jixiao " JIXIAO_VERSION_STRING " — budget performance targets (预算绩效目标)"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "jixiao " JIXIAO_VERSION_STRING);
  app.add_subcommand("version", "Print the version")->callback([] { std::cout << "jixiao " JIXIAO_VERSION_STRING "\n"; });
  jixiao::tool::add_convert_command(app);
  jixiao::tool::add_score_command(app);
  jixiao::tool::add_monitor_command(app);
  jixiao::tool::add_target_command(app);
  jixiao::tool::add_check_command(app);
  jixiao::tool::add_import_command(app);
  jixiao::tool::add_batch_command(app);
  jixiao::tool::add_report_command(app);
  jixiao::tool::add_manual_command(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::RuntimeError& e) {  // a subcommand's own exit code (1 = problems found)
    return exit_code(e.get_exit_code());
  } catch (const CLI::ParseError& e) {
    const int rc = app.exit(e);
    return exit_code(rc == 0 ? jixiao::tool::exit_clean : jixiao::tool::exit_bad_input);
  }
  return exit_code(jixiao::tool::exit_clean);
}
