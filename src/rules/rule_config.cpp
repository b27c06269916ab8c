// RuleSet configuration from a property tree (JSON, XML or INFO file).
#include <algorithm>

#include <boost/property_tree/info_parser.hpp>
#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>

#include "jixiao/error.hpp"
#include "jixiao/rules.hpp"

namespace jixiao {
namespace {

namespace pt = boost::property_tree;

Diagnostic bad(const std::string& key, const std::string& value, const std::string& why) {
  Diagnostic d;
  d.code = "jixiao.rules.config";
  d.message = key + ": " + why;
  d.text = value;
  return d;
}

bool read_decimal(const pt::ptree& node, const std::string& key, Decimal& out, std::vector<Diagnostic>& diags) {
  const auto parsed = Decimal::parse(node.data());
  if (!parsed) {
    diags.push_back(bad(key, node.data(), "not a number"));
    return false;
  }
  out = parsed.value();
  return true;
}

bool read_bool(const std::string& text, bool& out) {
  if (text == "true" || text == "1" || text == "yes" || text == "on") {
    out = true;
  } else if (text == "false" || text == "0" || text == "no" || text == "off") {
    out = false;
  } else {
    return false;
  }
  return true;
}

void read_settings(const pt::ptree& node, ReviewSettings& s, std::vector<Diagnostic>& diags) {
  for (const auto& [name, child] : node) {
    const std::string key = "settings." + name;
    const std::string& v = child.data();
    if (name == "taxonomy") {
      if (v == "classic") {
        s.taxonomy = TaxonomyVariant::classic;
      } else if (v == "fin2021") {
        s.taxonomy = TaxonomyVariant::fin2021;
      } else {
        diags.push_back(bad(key, v, "expected classic or fin2021"));
      }
    } else if (name == "mandatory_level1") {
      std::vector<Level1> list;
      std::size_t start = 0;
      bool ok = true;
      while (start <= v.size()) {
        const std::size_t comma = v.find(',', start);
        std::string item = v.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        const auto b = item.find_first_not_of(' ');
        const auto e = item.find_last_not_of(' ');
        item = b == std::string::npos ? std::string() : item.substr(b, e - b + 1);
        if (!item.empty()) {
          static const std::pair<const char*, Level1> keys[] = {
              {"output", Level1::output}, {"cost", Level1::cost}, {"benefit", Level1::benefit},
              {"satisfaction", Level1::satisfaction}, {"产出指标", Level1::output}, {"成本指标", Level1::cost},
              {"效益指标", Level1::benefit}, {"满意度指标", Level1::satisfaction}};
          bool found = false;
          for (const auto& [k, level] : keys) {
            if (item == k) {
              list.push_back(level);
              found = true;
            }
          }
          if (!found) {
            diags.push_back(bad(key, item, "unknown first-level category"));
            ok = false;
          }
        }
        if (comma == std::string::npos) break;
        start = comma + 1;
      }
      if (ok) s.mandatory_level1 = list;
    } else if (name == "satisfaction_minimum") {
      read_decimal(child, key, s.satisfaction_minimum, diags);
    } else if (name == "qualitative_share_maximum") {
      read_decimal(child, key, s.qualitative_share_maximum, diags);
    } else if (name == "allow_ranges") {
      if (!read_bool(v, s.allow_ranges)) diags.push_back(bad(key, v, "expected true or false"));
    } else if (name == "key_task_base") {
      if (v == "project_expenditure" || v == "project") {
        s.key_task_base = KeyTaskBase::project_expenditure;
      } else if (v == "total") {
        s.key_task_base = KeyTaskBase::total;
      } else {
        diags.push_back(bad(key, v, "expected project_expenditure or total"));
      }
    } else {
      diags.push_back(bad(key, v, "unknown setting"));
    }
  }
}

void read_rubric(const pt::ptree& node, GradeRubric& r, std::vector<Diagnostic>& diags) {
  for (const auto& [name, child] : node) {
    const std::string key = "rubric." + name;
    if (name == "error_points") {
      read_decimal(child, key, r.error_points, diags);
    } else if (name == "warning_points") {
      read_decimal(child, key, r.warning_points, diags);
    } else if (name == "info_points") {
      read_decimal(child, key, r.info_points, diags);
    } else if (name == "excellent_min") {
      read_decimal(child, key, r.excellent_min, diags);
    } else if (name == "good_min") {
      read_decimal(child, key, r.good_min, diags);
    } else if (name == "fair_min") {
      read_decimal(child, key, r.fair_min, diags);
    } else if (name == "error_caps_at_good") {
      if (!read_bool(child.data(), r.error_caps_at_good)) diags.push_back(bad(key, child.data(), "expected true or false"));
    } else {
      diags.push_back(bad(key, child.data(), "unknown rubric key"));
    }
  }
}

}  // namespace

Parsed<RuleSet> RuleSet::configured(const pt::ptree& config) const {
  std::vector<Diagnostic> diags;
  ReviewSettings settings = this->settings();
  RuleSet out = *this;
  for (const auto& [section, node] : config) {
    if (section == "settings") {
      read_settings(node, settings, diags);
    } else if (section == "rubric") {
      read_rubric(node, settings.rubric, diags);
    } else if (section == "rules") {
      for (const auto& [id, rule] : node) {
        bool known = true;
        try {
          (void)out.severity(id);
        } catch (const error&) {
          known = false;
        }
        if (!known) {
          diags.push_back(bad("rules." + id, id, "no rule with this id"));
          continue;
        }
        for (const auto& [name, child] : rule) {
          const std::string key = "rules." + id + "." + name;
          if (name == "enabled") {
            bool on = true;
            if (!read_bool(child.data(), on)) {
              diags.push_back(bad(key, child.data(), "expected true or false"));
            } else if (!on) {
              out = out.without(id);
            }
          } else if (name == "severity") {
            Severity sev;
            if (!parse_severity(child.data(), sev)) {
              diags.push_back(bad(key, child.data(), "expected error, warning or info"));
            } else {
              out = out.with_severity(id, sev);
            }
          } else if (name == "parameters") {
            for (const auto& [pname, pvalue] : child) {
              try {
                out = out.with_parameter(id, pname, pvalue.data());
              } catch (const error& e) {
                diags.push_back(bad(key + "." + pname, pvalue.data(), e.what()));
              }
            }
          } else {
            diags.push_back(bad(key, child.data(), "unknown rule key (enabled, severity, parameters)"));
          }
        }
      }
    } else {
      diags.push_back(bad(section, node.data(), "unknown section (settings, rubric, rules)"));
    }
  }
  if (!diags.empty()) return diags;
  return out.with_settings(std::move(settings));
}

Parsed<RuleSet> RuleSet::configured_from_file(const std::string& path) const {
  pt::ptree tree;
  const auto dot = path.rfind('.');
  const std::string ext = dot == std::string::npos ? std::string() : path.substr(dot + 1);
  try {
    if (ext == "json") {
      pt::read_json(path, tree);
    } else if (ext == "xml") {
      pt::ptree doc;
      pt::read_xml(path, doc, pt::xml_parser::trim_whitespace);
      // An XML configuration has one root element (any name) holding the sections.
      if (doc.size() != 1) return bad(path, "", "an XML configuration needs exactly one root element");
      tree = doc.begin()->second;
      tree.erase("<xmlattr>");
    } else if (ext == "info") {
      pt::read_info(path, tree);
    } else {
      return bad(path, ext, "unknown configuration format (expected .json, .xml or .info)");
    }
  } catch (const pt::file_parser_error& e) {
    Diagnostic d = bad(path, "", e.message());
    d.code = "jixiao.rules.config_syntax";
    d.column = 1;
    d.offset = e.line();
    return d;
  }
  return configured(tree);
}

}  // namespace jixiao
