// The JSON object of one parsed target (io/target_json.hpp), shared by `jixiao target`
// and the C ABI so both write one shape.
#include "jixiao/io/target_json.hpp"

#include <string>

#include "jixiao/io/json_text.hpp"

namespace jixiao::io {
namespace {

void put_field(std::string& out, const char* name, std::string_view value) {
  out += ",\"";
  out += name;
  out += "\":";
  append_json_string(out, value);
}

}  // namespace

std::string target_json(std::string_view input, const Parsed<Target>& p, Lang lang) {
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
          append_json_string(parts, part.label);
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
  append_json_string(out, input);
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
    append_json_string(out, d.code);
    put_field(out, "message", d.message_in(lang));
    out += ",\"offset\":" + std::to_string(d.offset);
    out += ",\"column\":" + std::to_string(d.column);
    put_field(out, "text", d.text);
    out += '}';
  }
  out += "]}";
  return out;
}

}  // namespace jixiao::io
