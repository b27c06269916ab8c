// `jixiao target`: reads target strings (指标值), one per line, from stdin and writes one
// JSON object per line with the parse: kind, op, lo, hi, unit, parts, canonical
// spelling and diagnostics (messages in English, or Chinese with `--lang zh`). Lines end at LF, CR LF or a lone CR; a UTF-8 BOM is
// skipped; bytes that are not UTF-8 are written as U+FFFD by the JSON escaper. A line
// containing ` | ` is split cells (`≥ | 95 | %`).
// Exit code 0 when every line parsed, 1 when some line was rejected.
#include <jixiao/io/json_text.hpp>
#include <jixiao/target.hpp>

#include <iostream>
#include <memory>
#include <string>

#include "commands.hpp"

namespace jixiao::tool {
namespace {

void put_field(std::string& out, const char* name, std::string_view value) {
  out += ",\"";
  out += name;
  out += "\":";
  io::append_json_string(out, value);
}

std::string to_json(const std::string& input, const Parsed<Target>& p, Lang lang) {
  std::string kind = "unparseable", op, lo, hi, unit, canonical, parts = "[]";
  if (p.ok()) {
    const Target& t = p.value();
    kind = to_string(t.kind());
    canonical = t.to_string();
    switch (t.kind()) {
      case TargetKind::comparison:
        op = to_string(t.op());
        lo = t.quantity().value.to_string();
        unit = t.quantity().unit.written();
        break;
      case TargetKind::range:
        op = "between";
        if (t.is_date_range()) {
          lo = t.start().iso();
          hi = t.deadline().iso();
          unit = "date";
        } else {
          lo = t.lo().value.to_string();
          hi = t.hi().value.to_string();
          unit = t.hi().unit.empty() ? t.lo().unit.written() : t.hi().unit.written();
        }
        break;
      case TargetKind::deadline:
        op = "<=";
        lo = t.deadline().iso();
        unit = "date";
        break;
      case TargetKind::compound:
        parts = "[";
        for (std::size_t i = 0; i < t.parts().size(); ++i) {
          const TargetPart& part = t.parts()[i];
          if (i > 0) parts += ',';
          parts += "{\"label\":";
          io::append_json_string(parts, part.label);
          put_field(parts, "op", to_string(part.op));
          put_field(parts, "lo", part.quantity.value.to_string());
          put_field(parts, "unit", part.quantity.unit.written());
          parts += '}';
        }
        parts += ']';
        break;
      case TargetKind::qualitative:
        break;
    }
  }
  std::string out = "{\"input\":";
  io::append_json_string(out, input);
  put_field(out, "kind", kind);
  put_field(out, "op", op);
  put_field(out, "lo", lo);
  put_field(out, "hi", hi);
  put_field(out, "unit", unit);
  out += ",\"parts\":";
  out += parts;
  put_field(out, "canonical", canonical);
  out += ",\"diagnostics\":[";
  for (std::size_t i = 0; i < p.diagnostics().size(); ++i) {
    const Diagnostic& d = p.diagnostics()[i];
    if (i > 0) out += ',';
    out += "{\"code\":";
    io::append_json_string(out, d.code);
    put_field(out, "message", d.message_in(lang));
    out += ",\"offset\":" + std::to_string(d.offset);
    out += ",\"column\":" + std::to_string(d.column);
    put_field(out, "text", d.text);
    out += '}';
  }
  out += "]}";
  return out;
}

// One input line: parsed and written as one JSON line; true when it parsed.
bool run_line(const std::string& line, std::ostream& out, Lang lang) {
  const Parsed<Target> p = line.find(" | ") != std::string::npos ? Target::parse_cells(line) : Target::parse(line);
  out << to_json(line, p, lang) << '\n';
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
  return rejected == 0 ? 0 : 1;
}

}  // namespace

void add_target_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("target",
                                 "Parse target strings (指标值) from stdin, one per line, into JSON lines "
                                 "(a line with ' | ' is split cells: comparator | number | unit)");
  auto lang = std::make_shared<std::string>("en");
  cmd->add_option("--lang", *lang, "Language of the diagnostics' messages: en (default) or zh")
      ->check(CLI::IsMember({"zh", "en"}));
  cmd->callback([lang] {
    const int rc = run_target(std::cin, std::cout, *lang == "zh" ? Lang::zh : Lang::en);
    if (rc != 0) throw CLI::RuntimeError(rc);
  });
}

}  // namespace jixiao::tool
