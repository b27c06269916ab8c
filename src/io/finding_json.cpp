// The finding object of every result schema, written in one place.
#include "jixiao/io/finding_json.hpp"

#include "jixiao/io/json_text.hpp"
#include "result_json.hpp"

namespace jixiao::io {

void append_arguments_json(std::string& out, const Finding& finding) {
  detail::JsonObject args(out);
  for (const Argument& a : finding.arguments) args.text(a.name, a.text());
  args.close();
}

void append_finding_json(std::string& out, const Finding& finding) {
  detail::JsonObject f(out);
  f.text("rule_id", finding.rule_id).text("severity", to_string(finding.severity)).text("path", finding.location.path);
  std::string& source = f.member("source");
  if (finding.location.source) {
    detail::JsonObject s(source);
    s.text("file", finding.location.source->file)
        .integer("line", static_cast<long long>(finding.location.source->line))
        .integer("column", static_cast<long long>(finding.location.source->column));
    const std::string& sheet = finding.location.source->sheet;
    s.nullable_text("sheet", sheet.empty() ? std::nullopt : std::optional<std::string>(sheet));
    s.close();
  } else {
    source += "null";
  }
  f.text("message_zh", finding.message(Lang::zh)).text("message_en", finding.message(Lang::en));
  append_arguments_json(f.member("arguments"), finding);
  f.nullable_text("expected", finding.expected).nullable_text("actual", finding.actual);
  f.close();
}

std::string finding_json(const Finding& finding) {
  std::string out;
  append_finding_json(out, finding);
  return out;
}

}  // namespace jixiao::io
