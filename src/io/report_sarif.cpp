// The review report as a SARIF 2.1.0 log (for code-scanning viewers and CI annotations).
#include "jixiao/io/finding_json.hpp"
#include "jixiao/io/json_text.hpp"
#include "jixiao/io/report_io.hpp"
#include "jixiao/version.hpp"

namespace jixiao::io {
namespace {

using Rules = std::vector<std::shared_ptr<const Rule>>;

const char* sarif_level(Severity s) {
  switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "note";
  }
  return "note";
}

// tool.driver.rules: one reportingDescriptor per rule.
void append_driver_rules(std::string& out, Lang lang, const Rules& rules) {
  for (std::size_t i = 0; i < rules.size(); ++i) {
    const RuleInfo& r = rules[i]->info();
    out += i == 0 ? "\n            {" : ",\n            {";
    out += "\"id\":";
    append_json_string(out, r.id);
    out += ",\"name\":";
    append_json_string(out, r.title_en);
    out += ",\"shortDescription\":{\"text\":";
    append_json_string(out, lang == Lang::zh ? r.title_zh : r.title_en);
    out += "},\"fullDescription\":{\"text\":";
    append_json_string(out, r.rationale);
    out += "},\"defaultConfiguration\":{\"level\":";
    append_json_string(out, sarif_level(r.default_severity));
    out += "},\"properties\":{\"dimension\":";
    append_json_string(out, chinese_name(r.dimension));
    out += "}}";
  }
  out += rules.empty() ? "]\n" : "\n          ]\n";
}

// A result's locations: the physical one when a file is known, always the JSON pointer.
void append_locations(std::string& out, const Finding& f, const std::string& artifact) {
  out += ",\"locations\":[{";
  const auto& source = f.location.source;
  const std::string uri = source && !source->file.empty() ? source->file : artifact;
  if (!uri.empty()) {
    out += "\"physicalLocation\":{\"artifactLocation\":{\"uri\":";
    append_json_string(out, uri);
    out += '}';
    if (source && source->line > 0) {
      out += ",\"region\":{\"startLine\":" + std::to_string(source->line);
      if (source->column > 0) out += ",\"startColumn\":" + std::to_string(source->column);
      out += '}';
    }
    out += "},";
  }
  out += "\"logicalLocations\":[{\"fullyQualifiedName\":";
  append_json_string(out, f.location.path.empty() ? "/" : f.location.path);
  out += ",\"kind\":\"member\"}]}]";
}

// One SARIF result; its properties carry the finding's arguments, expected and actual.
void append_result(std::string& out, const Finding& f, Lang lang, const Rules& rules, const std::string& artifact) {
  out += "\"ruleId\":";
  append_json_string(out, f.rule_id);
  for (std::size_t i = 0; i < rules.size(); ++i) {
    if (rules[i]->info().id == f.rule_id) {
      out += ",\"ruleIndex\":" + std::to_string(i);
      break;
    }
  }
  out += ",\"level\":";
  append_json_string(out, sarif_level(f.severity));
  out += ",\"message\":{\"text\":";
  append_json_string(out, f.message(lang));
  out += '}';
  append_locations(out, f, artifact);
  out += ",\"properties\":{\"arguments\":";
  append_arguments_json(out, f);
  if (f.expected) {
    out += ",\"expected\":";
    append_json_string(out, *f.expected);
  }
  if (f.actual) {
    out += ",\"actual\":";
    append_json_string(out, *f.actual);
  }
  out += "}";
}

}  // namespace

std::string report_sarif(const Report& report, Lang lang, const Rules& rules, const std::string& artifact) {
  std::string out =
      "{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n  \"version\": \"2.1.0\",\n"
      "  \"runs\": [\n    {\n      \"tool\": {\n        \"driver\": {\n          \"name\": \"jixiao\",\n"
      "          \"version\": \"" JIXIAO_VERSION_STRING "\",\n          \"rules\": [";
  append_driver_rules(out, lang, rules);
  out += "        }\n      },\n      \"results\": [";
  const auto& findings = report.findings();
  for (std::size_t k = 0; k < findings.size(); ++k) {
    out += k == 0 ? "\n        {" : ",\n        {";
    append_result(out, findings[k], lang, rules, artifact);
    out += '}';
  }
  out += findings.empty() ? "]\n" : "\n      ]\n";
  out += "    }\n  ]\n}\n";
  return out;
}

}  // namespace jixiao::io
