// write_profile: a Profile as the INFO text of profiles/*.info.
#include <sstream>

#include "jixiao/io/profile_io.hpp"

namespace jixiao::io {
namespace {

// An INFO string literal. A line break cannot stand in one (the reader ends the
// string there), so LF and CR are written as the reader's escapes \n and \r.
std::string quoted(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    if (c == '\r') {
      out += "\\r";
      continue;
    }
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

const char* boolean(bool b) { return b ? "true" : "false"; }

std::string rounding_info(const RoundingRule& r, const char* indent) {
  return std::string(indent) + "{\n" + indent + "    scale " + std::to_string(r.scale) + "\n" + indent + "    mode " +
         to_string(r.mode) + "\n" + indent + "}\n";
}

void write_review(const Profile& p, std::ostream& o) {
  std::string mandatory;
  for (Level1 l : p.mandatory_level1) mandatory += (mandatory.empty() ? "" : " ") + std::string(to_string(l));
  o << "mandatory_level1 " << quoted(mandatory) << "\n";
  const ReviewRubric& r = p.review_rubric;
  o << "review\n{\n    satisfaction_minimum " << p.satisfaction_minimum << "\n    qualitative_share_max "
    << p.qualitative_share_max << "\n    indicator_name_max_chars " << p.indicator_name_max_chars << "\n    allow_ranges "
    << boolean(p.allow_ranges) << "\n    key_task_base " << to_string(p.key_task_base) << "\n    rubric\n    {\n"
    << "        error_points " << r.error_points << "\n        warning_points " << r.warning_points
    << "\n        info_points " << r.info_points << "\n        excellent_min " << r.excellent_min << "\n        good_min "
    << r.good_min << "\n        fair_min " << r.fair_min << "\n        error_caps_at_good " << boolean(r.error_caps_at_good)
    << "\n    }\n}\n";
}

void write_scoring(const Profile& p, std::ostream& o) {
  o << "weights\n{\n";
  for (const auto& w : p.level1_weights) o << "    " << to_string(w.level1) << ' ' << w.points << "\n";
  o << "    budget " << p.budget_weight << "\n    budget_in_total " << boolean(p.budget_in_total) << "\n    total "
    << p.total_points << "\n";
  if (p.indicator_block_points) o << "    indicator_block " << *p.indicator_block_points << "\n";
  o << "}\n";
  o << "formulas\n{\n    reverse " << to_string(p.reverse) << "\n    equal " << to_string(p.equal) << "\n    zero_target "
    << to_string(p.zero_target) << "\n    cap_over_achievement " << boolean(p.cap_over_achievement)
    << "\n    qualitative_achieved_min " << p.qualitative_bands.achieved_min << "\n    qualitative_partial_min "
    << p.qualitative_bands.partial_min << "\n}\n";
  o << "budget\n{\n    rule " << to_string(p.budget_rule) << "\n    capped " << boolean(p.budget_capped) << "\n";
  if (p.rate_rounding) o << "    rate_rounding\n" << rounding_info(*p.rate_rounding, "    ");
  if (!p.budget_steps.empty()) {
    o << "    steps\n    {\n";
    for (const auto& s : p.budget_steps) {
      o << "        step\n        {\n            min_rate " << s.min_rate << "\n            fraction " << s.fraction
        << "\n        }\n";
    }
    o << "    }\n";
  }
  o << "}\n";
  o << "rounding\n{\n    quantitative\n" << rounding_info(p.round_quantitative, "    ") << "    qualitative\n"
    << rounding_info(p.round_qualitative, "    ") << "    budget\n" << rounding_info(p.round_budget, "    ") << "    total\n"
    << rounding_info(p.round_total, "    ") << "}\n";
}

}  // namespace

std::string write_profile(const Profile& p) {
  std::ostringstream o;
  o << "name " << quoted(p.name) << "\n";
  o << "description " << quoted(p.description) << "\n";
  o << "taxonomy " << to_string(p.taxonomy) << "\n";
  write_review(p, o);
  write_scoring(p, o);
  o << "grades\n{\n";
  for (const auto& g : p.rating_bands) o << "    " << g.name << ' ' << g.min << "\n";
  o << "}\n";
  o << "thresholds\n{\n    deviation " << p.deviation_threshold << "\n    execution_reason_below " << p.execution_reason_below
    << "\n}\n";
  o << "monitoring\n{\n    red_below " << p.monitoring_bands.red_below << "\n    green_from " << p.monitoring_bands.green_from
    << "\n}\n";
  return o.str();
}

}  // namespace jixiao::io
