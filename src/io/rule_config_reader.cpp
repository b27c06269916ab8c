// Rule configurations: switch rules, set severities, override parameters.
#include "jixiao/io/rule_config_io.hpp"
#include "tree_reader.hpp"

namespace jixiao::io {
namespace {

using boost::property_tree::ptree;
using detail::KeyPath;
using detail::TreeReader;

bool known_rule(const RuleSet& set, const std::string& id) {
  try {
    (void)set.severity(id);
    return true;
  } catch (const error&) {
    return false;
  }
}

void read_parameters(TreeReader& r, const ptree& node, const KeyPath& path, const std::string& id, RuleSet& out) {
  for (const auto& [name, value] : node) {
    if (detail::is_xml_meta(name)) continue;
    if (!value.empty() || detail::empty_container(value)) {
      r.report(TreeReader::child(path, name), "JX-IO013", "expected text, found {found}", "类型错误：应为文本，实际为{found}")
          .arg("found", value.empty() ? detail::empty_container(value) : "an object or an array");
      continue;
    }
    try {
      out = out.with_parameter(id, name, std::string(trim(value.data())));
    } catch (const error& e) {
      r.bad_value(TreeReader::child(path, name), value.data(), e.what());
    }
  }
}

void read_rule(TreeReader& r, const ptree& node, const std::string& id, RuleSet& out) {
  const KeyPath path{"rules", id};
  r.only(node, path, {"enabled", "severity", "parameters"});
  if (r.boolean(node, path, "enabled") == false) out = out.without(id);
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
    for (const auto& [id, rule] : node) {
      if (detail::is_xml_meta(id)) continue;
      if (!known_rule(out, id)) {
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
