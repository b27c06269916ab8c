// The calls that produce results: jixiao_check (jixiao.report/1), jixiao_score
// (jixiao.scorecard/1), jixiao_monitor (jixiao.monitor/1), jixiao_parse_target and the
// lists of rules and profiles. Each writes what the io/ writers write, so the C ABI and
// the C++ API give the same bytes.
#include <jixiao/io/json_text.hpp>
#include <jixiao/io/monitor_io.hpp>
#include <jixiao/io/observations_io.hpp>
#include <jixiao/io/profile_io.hpp>
#include <jixiao/io/report_io.hpp>
#include <jixiao/io/scorecard_io.hpp>
#include <jixiao/io/target_json.hpp>
#include <jixiao/monitoring.hpp>
#include <jixiao/scoring.hpp>
#include <jixiao/target.hpp>

#include "handles.hpp"

namespace jixiao::capi {
namespace {

// The review as `jixiao check` makes it: the rules' findings (with table positions and
// the importer's findings when the form was imported) after the findings of reading.
Report review(const RuleSet& rules, const jixiao_form& form) {
  Report report;
  if (form.source_map) {
    const io::SourceMap& map = *form.source_map;
    report = rules.check(
        form.form,
        [&map](std::string_view path) -> std::optional<SourcePosition> {
          const SourcePosition* p = map.find(path);
          return p != nullptr ? std::optional<SourcePosition>(*p) : std::nullopt;
        },
        form.read_findings);
  } else {
    report = rules.check(form.form);
  }
  return Report(form.read_findings, report.findings(), rules.profile().review_rubric);
}

void append_rule_json(std::string& out, const Rule& rule) {
  const RuleInfo& i = rule.info();
  out += "{\"id\":";
  io::append_json_string(out, i.id);
  out += ",\"severity\":";
  io::append_json_string(out, to_string(i.default_severity));
  out += ",\"dimension\":";
  io::append_json_string(out, to_string(i.dimension));
  out += ",\"title_zh\":";
  io::append_json_string(out, i.title_zh);
  out += ",\"title_en\":";
  io::append_json_string(out, i.title_en);
  out += ",\"parameters\":[";
  for (std::size_t k = 0; k < i.parameters.size(); ++k) {
    const RuleParameter& p = i.parameters[k];
    out += k == 0 ? "{\"name\":" : ",{\"name\":";
    io::append_json_string(out, p.name);
    out += ",\"default\":";
    io::append_json_string(out, p.default_value);
    out += ",\"type\":";
    io::append_json_string(out, to_string(p.type));
    out += ",\"description\":";
    io::append_json_string(out, p.description);
    out += '}';
  }
  out += "]}";
}

const Profile& profile_or_national(const jixiao_profile* profile) {
  static const Profile national{};  // Profile{} is the national profile (profile.hpp)
  return profile != nullptr ? profile->profile : national;
}

}  // namespace
}  // namespace jixiao::capi

using namespace jixiao::capi;

extern "C" {

jixiao_status jixiao_check(const jixiao_ruleset* ruleset, const jixiao_form* form, char** report_json) {
  static const char* const entry = "jixiao_check";
  if (report_json != nullptr) *report_json = nullptr;
  return guarded(entry, [&] {
    require(ruleset, entry, "ruleset");
    require(form, entry, "form");
    require(report_json, entry, "report_json");
    *report_json = copy_out(jixiao::io::report_json(review(ruleset->rules, *form)));
    return success();
  });
}

jixiao_status jixiao_score(const jixiao_form* form, const char* actuals_text, size_t length,
                           const jixiao_profile* profile, char** scorecard_json) {
  static const char* const entry = "jixiao_score";
  if (scorecard_json != nullptr) *scorecard_json = nullptr;
  return guarded(entry, [&] {
    require(form, entry, "form");
    require(scorecard_json, entry, "scorecard_json");
    jixiao::Actuals actuals;
    std::vector<jixiao::Diagnostic> diagnostics;  // as `jixiao score` without ACTUALS
    if (actuals_text == nullptr && length == 0) {
      actuals = jixiao::actuals_from_form(form->form, &diagnostics);
    } else {
      auto read = jixiao::io::read_actuals(checked_text(actuals_text, length, entry, "actuals_text"));
      if (!read.ok()) {
        put(scorecard_json, findings_json(read.findings));
        return read_status(read.findings, entry);
      }
      actuals = std::move(*read.value);
    }
    const jixiao::Scorecard card = jixiao::score(form->form, actuals, profile_or_national(profile));
    *scorecard_json = copy_out(jixiao::io::scorecard_json(card, diagnostics));
    return success();
  });
}

jixiao_status jixiao_monitor(const jixiao_form* form, const char* progress_text, size_t length, int month,
                             const jixiao_profile* profile, char** monitor_json) {
  static const char* const entry = "jixiao_monitor";
  if (monitor_json != nullptr) *monitor_json = nullptr;
  return guarded(entry, [&] {
    require(form, entry, "form");
    require(monitor_json, entry, "monitor_json");
    if (month < 1 || month > 12)
      throw Failure{JIXIAO_INVALID_ARGUMENT, std::string(entry) + ": month " + std::to_string(month) + " is not 1..12"};
    auto read = jixiao::io::read_progress(checked_text(progress_text, length, entry, "progress_text"));
    if (!read.ok()) {
      put(monitor_json, findings_json(read.findings));
      return read_status(read.findings, entry);
    }
    const auto report = jixiao::monitor(form->form, *read.value, month, profile_or_national(profile));
    *monitor_json = copy_out(jixiao::io::monitor_json(report));
    return success();
  });
}

jixiao_status jixiao_parse_target(const char* text, size_t length, char** target_json) {
  static const char* const entry = "jixiao_parse_target";
  if (target_json != nullptr) *target_json = nullptr;
  return guarded(entry, [&] {
    require(target_json, entry, "target_json");
    const std::string_view input = checked_text(text, length, entry, "text");
    const auto parsed = jixiao::Target::parse(input);
    *target_json = copy_out(jixiao::io::target_json(input, parsed, jixiao::Lang::en));
    if (parsed.ok()) return success();
    const std::string why = parsed.diagnostics().empty() ? std::string("not a target") : parsed.diagnostics().front().message;
    return Failure{JIXIAO_PARSE_ERROR, std::string(entry) + ": " + why};
  });
}

jixiao_status jixiao_list_rules(char** rules_json) {
  static const char* const entry = "jixiao_list_rules";
  if (rules_json != nullptr) *rules_json = nullptr;
  return guarded(entry, [&] {
    require(rules_json, entry, "rules_json");
    std::string out = "[";
    const auto rules = jixiao::builtin_rules();
    for (std::size_t i = 0; i < rules.size(); ++i) {
      out += i == 0 ? "\n  " : ",\n  ";
      append_rule_json(out, *rules[i]);
    }
    out += "\n]\n";
    *rules_json = copy_out(out);
    return success();
  });
}

jixiao_status jixiao_list_profiles(char** profiles_json) {
  static const char* const entry = "jixiao_list_profiles";
  if (profiles_json != nullptr) *profiles_json = nullptr;
  return guarded(entry, [&] {
    require(profiles_json, entry, "profiles_json");
    std::string out = "[";
    for (const auto& name : jixiao::io::builtin_profile_names()) {
      if (out.size() > 1) out += ", ";
      jixiao::io::append_json_string(out, name);
    }
    out += "]\n";
    *profiles_json = copy_out(out);
    return success();
  });
}

}  // extern "C"
