// Rule configurations: switch rules, set severities, override parameters.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "jixiao/io/rule_config_io.hpp"
#include "tree_reader.hpp"

namespace jixiao::io {
namespace {

using boost::property_tree::ptree;
using detail::KeyPath;
using detail::TreeReader;

bool has_keys(const ptree& node) {
  for (const auto& c : node) {
    if (!detail::is_xml_meta(c.first)) return true;
  }
  return false;
}

// JX-IO013: `path` holds a block where a value belongs, or a value where a block does.
// True when the node has the shape expected (`block` or not).
bool shape_ok(TreeReader& r, const ptree& node, const KeyPath& path, bool block) {
  // A JSON `{}` or `[]`, or an INFO `key {}`, is marked in the data (document.hpp): an
  // empty block, not a value.
  const char* empty = detail::empty_container(node);
  if (block && !has_keys(node) && empty == nullptr && !trim(node.data()).empty()) {
    r.report(path, "JX-IO013", "expected an object of keys, found the value \"{value}\"", "类型错误：应为对象，实际为值“{value}”")
        .arg("value", std::string(trim(node.data())));
    return false;
  }
  if (!block && (has_keys(node) || empty != nullptr)) {
    r.at_node(r.report(path, "JX-IO013", "expected a value, found {found}", "类型错误：应为值，实际为对象或数组"), node)
        .arg("found", empty != nullptr ? empty : "an object or array");
    return false;
  }
  return true;
}

// JX-IO017 for each key written more than once in `node`: a configuration that says
// two things about one rule or parameter is refused rather than resolved silently.
// Sorted, so that a hostile file of many keys costs n log n, not n².
void repeated_keys(TreeReader& r, const ptree& node, const KeyPath& path) {
  std::vector<std::string_view> keys;
  for (const auto& c : node) {
    if (!detail::is_xml_meta(c.first)) keys.emplace_back(c.first);
  }
  std::sort(keys.begin(), keys.end());
  for (std::size_t i = 0; i < keys.size();) {
    std::size_t j = i + 1;
    while (j < keys.size() && keys[j] == keys[i]) ++j;
    if (j - i > 1) {
      r.report(TreeReader::child(path, std::string(keys[i])), "JX-IO017", "key \"{key}\" appears {count} times",
               "键“{key}”出现 {count} 次")
          .arg("key", std::string(keys[i]))
          .arg("count", std::to_string(j - i));
    }
    i = j;
  }
}

void read_parameters(TreeReader& r, const ptree& node, const KeyPath& path, const std::string& id, RuleSet& out) {
  if (!shape_ok(r, node, path, true)) return;
  repeated_keys(r, node, path);
  const auto& declared = out.rule(id)->info().parameters;
  std::string names;
  for (const auto& p : declared) names += (names.empty() ? "" : ", ") + p.name;
  for (const auto& [name, value] : node) {
    if (detail::is_xml_meta(name)) continue;
    const KeyPath at = TreeReader::child(path, name);
    const std::string& key = name;  // a lambda may not capture a structured binding in C++17
    const auto p = std::find_if(declared.begin(), declared.end(), [&](const RuleParameter& d) { return d.name == key; });
    if (p == declared.end()) {
      r.report(at, "JX-IO011", "unknown parameter \"{key}\" of {rule} (expected one of: {expected})",
               "{rule} 没有参数“{key}”（应为其中之一：{expected}）")
          .arg("key", name)
          .arg("rule", id)
          .arg("expected", names.empty() ? std::string("none") : names);
      continue;
    }
    if (!shape_ok(r, value, at, false)) continue;
    const std::string text(trim(value.data()));
    // The declared type and range, checked here to name them in the finding; the
    // same check guards RuleSet::with_parameter for hosts.
    if (const std::string problem = parameter_problem(*p, text); !problem.empty()) {
      r.bad_value(at, text, problem);
      continue;
    }
    out = out.with_parameter(id, name, text);
  }
}

void read_rule(TreeReader& r, const ptree& node, const std::string& id, RuleSet& out) {
  const KeyPath path{"rules", id};
  if (!shape_ok(r, node, path, true)) return;
  repeated_keys(r, node, path);
  r.only(node, path, {"enabled", "severity", "parameters"});
  for (const char* key : {"enabled", "severity"}) {
    if (auto c = node.get_child_optional(key); c && !shape_ok(r, *c, TreeReader::child(path, key), false)) return;
  }
  // Symmetric: `true` re-enables a rule the base set (a host's, a profile's) disabled.
  if (const auto enabled = r.boolean(node, path, "enabled")) out = out.with_enabled(id, *enabled);
  if (const auto text = r.text(node, "severity")) {
    if (const auto severity = from_string<Severity>(*text)) {
      out = out.with_severity(id, *severity);
    } else {
      r.bad_value(TreeReader::child(path, "severity"), *text, "error, warning or info");
    }
  }
  if (auto p = node.get_child_optional("parameters")) read_parameters(r, *p, TreeReader::child(path, "parameters"), id, out);
}

void read_config_tree(TreeReader& r, const ptree& root, RuleSet& out) {
  repeated_keys(r, root, {});
  for (const auto& [section, node] : root) {
    if (detail::is_xml_meta(section)) continue;
    if (section == "settings" || section == "rubric") {
      r.report({section}, "JX-IO011", "\"{key}\" belongs in the profile now (its review block), not in the rule configuration",
               "“{key}”现属于评分方案（review 块），不在规则配置中")
          .arg("key", section);
      continue;
    }
    if (section != "rules") {
      r.report({section}, "JX-IO011", "unknown key \"{key}\" (expected one of: rules)", "未知的键“{key}”（应为其中之一：rules）")
          .arg("key", section);
      continue;
    }
    if (!shape_ok(r, node, {"rules"}, true)) continue;
    repeated_keys(r, node, {"rules"});
    for (const auto& [id, rule] : node) {
      if (detail::is_xml_meta(id)) continue;
      if (!out.rule(id)) {
        r.bad_value({"rules", id}, id, "the id of a rule in the set");
        continue;
      }
      read_rule(r, rule, id, out);
    }
  }
}

}  // namespace

ReadResult<RuleSet> read_rule_config(std::string_view text, const RuleSet& base, const LoadOptions& options) {
  return detail::read_document<RuleSet>(text, options, "", [&](TreeReader& r, const ptree& root, RuleSet& out) {
    out = base;
    read_config_tree(r, root, out);
  });
}

ReadResult<RuleSet> load_rule_config(const std::filesystem::path& path, const RuleSet& base, LoadOptions options) {
  return detail::load_document<RuleSet>(path, std::move(options), [&](std::string_view text, const LoadOptions& o) {
    return read_rule_config(text, base, o);
  });
}

}  // namespace jixiao::io
