// `jixiao target`: reads target strings (指标值), one per line, from stdin and writes one
// JSON object per line with the parse: kind, op, lo, hi, unit, parts, canonical
// spelling and diagnostics (messages in English, or Chinese with `--lang zh`). Lines end at LF, CR LF or a lone CR; a UTF-8 BOM is
// skipped; bytes that are not UTF-8 are written as U+FFFD by the JSON escaper. A line
// containing ` | ` is split cells (`≥ | 95 | %`).
// Exit code 0 when every line parsed, 1 when some line was rejected.
#include <jixiao/io/target_json.hpp>
#include <jixiao/target.hpp>

#include <iostream>
#include <memory>
#include <string>

#include "commands.hpp"
#include "exit_codes.hpp"

namespace jixiao::tool {
namespace {

// One input line: parsed and written as one JSON line; true when it parsed.
bool run_line(const std::string& line, std::ostream& out, Lang lang) {
  const Parsed<Target> p = line.find(" | ") != std::string::npos ? Target::parse_cells(line) : Target::parse(line);
  out << io::target_json(line, p, lang) << '\n';
  return p.ok();
}

// Lines end at LF, CR LF or a lone CR (old Mac text, some spreadsheet exports).
int run_target(std::istream& in, std::ostream& out, Lang lang) {
  std::string chunk;
  int rejected = 0;
  for (bool first = true; std::getline(in, chunk); first = false) {
    if (first && chunk.rfind("\xEF\xBB\xBF", 0) == 0) chunk.erase(0, 3);  // a UTF-8 BOM is not part of the first target
    if (!chunk.empty() && chunk.back() == '\r') chunk.pop_back();
    std::size_t start = 0;
    for (std::size_t cr = chunk.find('\r'); cr != std::string::npos; cr = chunk.find('\r', start)) {
      if (!run_line(chunk.substr(start, cr - start), out, lang)) ++rejected;
      start = cr + 1;
    }
    if (!run_line(chunk.substr(start), out, lang)) ++rejected;
  }
  return rejected == 0 ? exit_clean : exit_problems;
}

}  // namespace

void add_target_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("target",
                                 "Parse target strings (指标值) from stdin, one per line, into JSON lines "
                                 "(a line with ' | ' is split cells: comparator | number | unit)");
  describe_problems_exit(cmd, "some line was rejected");
  auto lang = std::make_shared<std::string>("en");
  cmd->add_option("--lang", *lang, "Language of the diagnostics' messages: en (default) or zh")
      ->check(CLI::IsMember({"zh", "en"}));
  cmd->callback([lang] {
    const int rc = run_target(std::cin, std::cout, *lang == "zh" ? Lang::zh : Lang::en);
    if (rc != 0) throw CLI::RuntimeError(rc);
  });
}

}  // namespace jixiao::tool
