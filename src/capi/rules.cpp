// Profiles and rule sets: jixiao_profile_*, jixiao_ruleset_* and the custom checks a host
// registers with jixiao_ruleset_add_check (a callback behind an ordinary user rule).
#include <jixiao/error.hpp>
#include <jixiao/io/form_io.hpp>
#include <jixiao/io/json_text.hpp>
#include <jixiao/io/limits.hpp>
#include <jixiao/io/profile_io.hpp>
#include <jixiao/io/rule_config_io.hpp>
#include <jixiao/io/utf8_text.hpp>

#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>

#include <algorithm>
#include <memory>
#include <sstream>
#include <stdexcept>

#include "handles.hpp"

namespace jixiao::capi {
namespace {

namespace pt = boost::property_tree;

// A JSON text as a tree, or a std::runtime_error naming what is wrong with it.
pt::ptree parse_json(std::string_view text, const char* what) {
  if (text.size() > io::Limits{}.max_bytes) throw std::runtime_error(std::string(what) + " is too large");
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t n = io::utf8_length_at(text, i);
    if (n == 0) throw std::runtime_error(std::string(what) + " is not UTF-8 (byte " + std::to_string(i) + ")");
    i += n;
  }
  std::istringstream in{std::string(text)};
  pt::ptree tree;
  try {
    pt::read_json(in, tree);
  } catch (const pt::json_parser_error& e) {
    throw std::runtime_error(std::string(what) + " is not JSON: line " + std::to_string(e.line()) + ": " +
                             e.message());
  }
  return tree;
}

// True when `node` is a JSON array (Boost keeps array items under empty keys).
bool is_array(const pt::ptree& node) {
  for (const auto& child : node)
    if (!child.first.empty()) return false;
  return true;
}

// The text value of member `key` of `node`, when present as a value (not an object).
std::optional<std::string> text_member(const pt::ptree& node, const char* key, const char* what) {
  const auto child = node.get_child_optional(key);
  if (!child) return std::nullopt;
  if (!child->empty()) throw std::runtime_error(std::string(what) + ": \"" + key + "\" must be a text");
  return child->data();
}

// One finding object of a callback's array, added to `sink` under the rule's id.
void add_finding(const pt::ptree& item, std::size_t index, FindingSink& sink) {
  const std::string what = "finding " + std::to_string(index);
  if (item.empty() || is_array(item)) throw std::runtime_error(what + " is not an object");
  for (const auto& member : item) {
    static const char* const known[] = {"path", "message_zh", "message_en", "arguments", "expected", "actual"};
    bool ok = false;
    for (const char* k : known) ok = ok || member.first == k;
    if (!ok) throw std::runtime_error(what + ": unknown member \"" + member.first + "\"");
  }
  const std::string path = text_member(item, "path", what.c_str()).value_or("");
  if (!path.empty() && path.front() != '/') throw std::runtime_error(what + ": path is not a JSON Pointer: " + path);
  auto zh = text_member(item, "message_zh", what.c_str());
  auto en = text_member(item, "message_en", what.c_str());
  if (!zh && !en) throw std::runtime_error(what + " has no message_zh or message_en");
  Finding& f = sink.add(path, zh ? *zh : *en, en ? *en : *zh);
  if (const auto args = item.get_child_optional("arguments")) {
    for (const auto& [name, value] : *args) {
      if (name.empty() || !value.empty()) throw std::runtime_error(what + ": arguments must map names to texts");
      f.arg(name, value.data());
    }
  }
  f.expected = text_member(item, "expected", what.c_str());
  f.actual = text_member(item, "actual", what.c_str());
}

// The rule behind a host's callback: the form as jixiao.form/1 JSON and the parameters
// in, findings as JSON out. What goes wrong throws, which RuleSet::check turns into the
// rule's "could not finish" finding.
RuleFunction callback_rule(std::vector<std::string> parameter_names, jixiao_check_callback callback, void* user) {
  return [names = std::move(parameter_names), callback, user](const PerformanceForm& form,
                                                              const RuleContext& context, FindingSink& sink) {
    const std::string form_json = io::save_form_to_string(form, io::Format::json);
    std::string parameters = "{";
    for (const std::string& name : names) {
      if (parameters.size() > 1) parameters += ',';
      io::append_json_string(parameters, name);
      parameters += ':';
      io::append_json_string(parameters, context.text(name));
    }
    parameters += '}';
    jixiao_check_output output;
    const int rc = callback(user, form_json.c_str(), parameters.c_str(), &output);
    if (output.failure) throw std::runtime_error("the check returned " + std::to_string(rc) + ": " + *output.failure);
    if (rc != 0) throw std::runtime_error("the check returned " + std::to_string(rc));
    if (!output.findings_json) return;
    const pt::ptree tree = parse_json(*output.findings_json, "the check's findings");
    if (!tree.data().empty() || !is_array(tree))
      throw std::runtime_error("the check's findings are not a JSON array");
    std::size_t index = 0;
    for (const auto& item : tree) add_finding(item.second, index++, sink);
  };
}

// Most bytes of a failure message a custom check passes (jixiao_check_output_fail): a
// reason in one finding, not a log; a host's long traceback is cut, not refused.
constexpr std::size_t kMaxFailureBytes = 4096;

// `text` as the reason of a finding: cut to kMaxFailureBytes at a character boundary
// (with "…" when cut) and with what is not valid text replaced by U+FFFD, so that
// nothing raw reaches the report's JSON.
std::string failure_reason(std::string_view text) {
  if (text.size() <= kMaxFailureBytes) return io::valid_text(text);
  std::size_t end = 0;
  while (end < text.size()) {
    const std::size_t n = std::max<std::size_t>(io::utf8_length_at(text, end), 1);  // a bad byte is one
    if (end + n > kMaxFailureBytes) break;
    end += n;
  }
  return io::valid_text(text.substr(0, end)) + "…";
}

// The RuleInfo of a custom check from its JSON description (jixiao_ruleset_add_check).
RuleInfo custom_rule_info(std::string_view text, const char* entry) {
  pt::ptree tree;
  try {
    tree = parse_json(text, "rule_json");
  } catch (const std::runtime_error& e) {
    throw Failure{JIXIAO_INVALID_ARGUMENT, std::string(entry) + ": " + e.what()};
  }
  const auto bad = [&](const std::string& why) { return Failure{JIXIAO_INVALID_ARGUMENT, std::string(entry) + ": " + why}; };
  RuleInfo info;
  info.id = tree.get<std::string>("id", "");
  if (info.id.empty()) throw bad("rule_json has no \"id\"");
  const std::string severity = tree.get<std::string>("severity", "warning");
  const auto parsed = from_string<Severity>(severity);
  if (!parsed) throw bad("unknown severity '" + severity + "' (error, warning, info)");
  info.default_severity = *parsed;
  info.title_zh = tree.get<std::string>("title_zh", info.id);
  info.title_en = tree.get<std::string>("title_en", info.title_zh);
  info.rationale = "A custom check registered through the C ABI.";
  info.source = "host";
  if (const auto params = tree.get_child_optional("parameters")) {
    for (const auto& [name, value] : *params) {
      if (name.empty() || !value.empty()) throw bad("\"parameters\" must map names to default texts");
      info.parameters.push_back(RuleParameter{name, value.data(), "custom check parameter"});
    }
  }
  return info;
}

}  // namespace
}  // namespace jixiao::capi

using namespace jixiao::capi;

extern "C" {

jixiao_status jixiao_profile_builtin(const char* name, jixiao_profile** profile) {
  static const char* const entry = "jixiao_profile_builtin";
  if (profile != nullptr) *profile = nullptr;
  return guarded(entry, [&] {
    require(name, entry, "name");
    require(profile, entry, "profile");
    if (jixiao::io::builtin_profile_text(name).empty())
      throw Failure{JIXIAO_INVALID_ARGUMENT, std::string(entry) + ": unknown profile '" + name +
                                                 "' (jixiao_list_profiles gives the built-in names)"};
    *profile = new jixiao_profile{jixiao::io::builtin_profile(name)};
    return success();
  });
}

jixiao_status jixiao_profile_load(const char* text, size_t length, jixiao_profile** profile, char** findings) {
  static const char* const entry = "jixiao_profile_load";
  if (profile != nullptr) *profile = nullptr;
  if (findings != nullptr) *findings = nullptr;
  return guarded(entry, [&] {
    require(profile, entry, "profile");
    auto read = jixiao::io::read_profile(checked_text(text, length, entry, "text"));
    put(findings, findings_json(read.findings));
    if (!read.ok()) return read_status(read.findings, entry);
    *profile = new jixiao_profile{std::move(*read.value)};
    return success();
  });
}

void jixiao_profile_free(jixiao_profile* profile) { delete profile; }

jixiao_status jixiao_ruleset_new(const jixiao_profile* profile, jixiao_ruleset** ruleset) {
  static const char* const entry = "jixiao_ruleset_new";
  if (ruleset != nullptr) *ruleset = nullptr;
  return guarded(entry, [&] {
    require(ruleset, entry, "ruleset");
    *ruleset = new jixiao_ruleset{jixiao::RuleSet::builtin(profile != nullptr ? profile->profile : jixiao::Profile{})};
    return success();
  });
}

jixiao_status jixiao_ruleset_configure(jixiao_ruleset* ruleset, const char* text, size_t length, char** findings) {
  static const char* const entry = "jixiao_ruleset_configure";
  if (findings != nullptr) *findings = nullptr;
  return guarded(entry, [&] {
    require(ruleset, entry, "ruleset");
    auto read = jixiao::io::read_rule_config(checked_text(text, length, entry, "text"), ruleset->rules);
    put(findings, findings_json(read.findings));
    if (!read.ok()) return read_status(read.findings, entry);
    ruleset->rules = std::move(*read.value);
    return success();
  });
}

jixiao_status jixiao_ruleset_add_check(jixiao_ruleset* ruleset, const char* rule_json, size_t length,
                                       jixiao_check_callback callback, void* user_data) {
  static const char* const entry = "jixiao_ruleset_add_check";
  return guarded(entry, [&] {
    require(ruleset, entry, "ruleset");
    if (callback == nullptr) throw Failure{JIXIAO_INVALID_ARGUMENT, std::string(entry) + ": callback is NULL"};
    jixiao::RuleInfo info = custom_rule_info(checked_text(rule_json, length, entry, "rule_json"), entry);
    std::vector<std::string> names;
    for (const auto& p : info.parameters) names.push_back(p.name);
    try {
      ruleset->rules = ruleset->rules.with(std::move(info), callback_rule(std::move(names), callback, user_data));
    } catch (const jixiao::error& e) {  // a duplicate id: misuse by the host
      throw Failure{JIXIAO_INVALID_ARGUMENT, std::string(entry) + ": " + e.what()};
    }
    return success();
  });
}

void jixiao_ruleset_free(jixiao_ruleset* ruleset) { delete ruleset; }

jixiao_status jixiao_check_output_set(jixiao_check_output* output, const char* findings_json_text, size_t length) {
  static const char* const entry = "jixiao_check_output_set";
  return guarded(entry, [&] {
    require(output, entry, "output");
    require(findings_json_text, entry, "findings_json");
    output->findings_json.emplace(findings_json_text, length);
    return success();
  });
}

jixiao_status jixiao_check_output_fail(jixiao_check_output* output, const char* message, size_t length) {
  static const char* const entry = "jixiao_check_output_fail";
  return guarded(entry, [&] {
    require(output, entry, "output");
    require(message, entry, "message");
    if (length == 0) throw Failure{JIXIAO_INVALID_ARGUMENT, std::string(entry) + ": message is empty"};
    output->failure = failure_reason(std::string_view(message, length));
    return success();
  });
}

}  // extern "C"
