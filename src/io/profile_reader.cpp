// Profiles from INFO/JSON/XML text, and the built-in profiles embedded in the library.
#include <algorithm>

#include "jixiao/io/profile_io.hpp"
#include "tree_reader.hpp"

namespace jixiao {
namespace detail {
struct EmbeddedProfile {
  const char* name;
  const char* text;
};
extern const EmbeddedProfile kBuiltinProfiles[];
extern const std::size_t kBuiltinProfileCount;
}  // namespace detail

namespace io {
namespace {

using boost::property_tree::ptree;
using detail::KeyPath;
using detail::TreeReader;

// What an omitted key keeps: the national numbers (a default Profile), but not its name
// and description, which a file must give for itself.
Profile defaults() {
  Profile p;
  p.name.clear();
  p.description.clear();
  return p;
}

void read_rounding(TreeReader& r, const ptree& node, const KeyPath& path, const char* key, RoundingRule& out) {
  auto child = node.get_child_optional(key);
  if (!child) return;
  const KeyPath p = TreeReader::child(path, key);
  r.only(*child, p, {"scale", "mode"});
  r.integer(*child, p, "scale", out.scale, 0, Decimal::max_scale);
  r.enumeration(*child, p, "mode", out.mode, "half_up, half_even, half_down, up, down, ceiling, floor or 05up");
}

void read_mandatory(TreeReader& r, const ptree& root, Profile& p) {
  const auto m = r.text(root, "mandatory_level1");
  if (!m) return;
  p.mandatory_level1.clear();
  std::string_view rest = *m;
  while (!rest.empty()) {
    const std::size_t sep = std::min(rest.find(' '), rest.find(','));
    const std::string_view word = trim(rest.substr(0, sep));
    rest = sep == std::string_view::npos ? std::string_view() : rest.substr(sep + 1);
    if (word.empty()) continue;
    const auto level = from_string<Level1>(word);
    if (level && *level != Level1::unknown) {
      p.mandatory_level1.push_back(*level);
    } else {
      r.bad_value({"mandatory_level1"}, std::string(word), "output, cost, benefit or satisfaction");
    }
  }
}

void read_rubric(TreeReader& r, const ptree& review, ReviewRubric& rubric) {
  auto node = review.get_child_optional("rubric");
  if (!node) return;
  const KeyPath path{"review", "rubric"};
  r.only(*node, path, {"error_points", "warning_points", "info_points", "excellent_min", "good_min", "fair_min",
                       "error_caps_at_good"});
  r.decimal(*node, path, "error_points", rubric.error_points);
  r.decimal(*node, path, "warning_points", rubric.warning_points);
  r.decimal(*node, path, "info_points", rubric.info_points);
  r.decimal(*node, path, "excellent_min", rubric.excellent_min);
  r.decimal(*node, path, "good_min", rubric.good_min);
  r.decimal(*node, path, "fair_min", rubric.fair_min);
  r.boolean(*node, path, "error_caps_at_good", rubric.error_caps_at_good);
  if (!(rubric.fair_min <= rubric.good_min && rubric.good_min <= rubric.excellent_min)) {
    r.constraint({"review", "rubric", "good_min"}, rubric.good_min.to_string(),
                 "the rubric needs fair_min ≤ good_min ≤ excellent_min", "评分规则要求 fair_min ≤ good_min ≤ excellent_min");
  }
}

void read_review(TreeReader& r, const ptree& root, Profile& p) {
  auto review = root.get_child_optional("review");
  if (!review) return;
  const KeyPath path{"review"};
  r.only(*review, path, {"satisfaction_minimum", "qualitative_share_max", "indicator_name_max_chars", "allow_ranges",
                         "key_task_base", "rubric"});
  r.decimal(*review, path, "satisfaction_minimum", p.satisfaction_minimum);
  r.decimal(*review, path, "qualitative_share_max", p.qualitative_share_max);
  r.integer(*review, path, "indicator_name_max_chars", p.indicator_name_max_chars, 1, 100000);
  r.boolean(*review, path, "allow_ranges", p.allow_ranges);
  r.enumeration(*review, path, "key_task_base", p.key_task_base, "project_expenditure or total");
  read_rubric(r, *review, p.review_rubric);
}

void read_weights(TreeReader& r, const ptree& root, Profile& p) {
  auto weights = root.get_child_optional("weights");
  if (!weights) return;
  const KeyPath path{"weights"};
  r.only(*weights, path, {"output", "cost", "benefit", "satisfaction", "budget", "budget_in_total", "total", "indicator_block"});
  p.level1_weights.clear();
  for (const Level1 level : {Level1::output, Level1::cost, Level1::benefit, Level1::satisfaction}) {
    if (auto points = r.decimal(*weights, path, to_string(level))) p.level1_weights.push_back({level, *points});
  }
  r.decimal(*weights, path, "budget", p.budget_weight);
  r.boolean(*weights, path, "budget_in_total", p.budget_in_total);
  r.decimal(*weights, path, "total", p.total_points);
  if (auto block = r.decimal(*weights, path, "indicator_block")) p.indicator_block_points = block;
}

void read_formulas(TreeReader& r, const ptree& root, Profile& p) {
  auto f = root.get_child_optional("formulas");
  if (!f) return;
  const KeyPath path{"formulas"};
  r.only(*f, path, {"reverse", "equal", "zero_target", "cap_over_achievement", "qualitative_achieved_min", "qualitative_partial_min"});
  r.enumeration(*f, path, "reverse", p.reverse, "ratio or linear");
  r.enumeration(*f, path, "equal", p.equal, "as_positive or symmetric");
  r.enumeration(*f, path, "zero_target", p.zero_target, "met_or_nothing or finding");
  r.boolean(*f, path, "cap_over_achievement", p.cap_over_achievement);
  QualitativeBands& q = p.qualitative_bands;
  r.decimal(*f, path, "qualitative_achieved_min", q.achieved_min);
  r.decimal(*f, path, "qualitative_partial_min", q.partial_min);
  if (!(q.partial_min < q.achieved_min && q.achieved_min <= Decimal(1))) {
    r.constraint({"formulas", "qualitative_partial_min"}, q.partial_min.to_string(),
                 "qualitative bands need 0 ≤ partial_min < achieved_min ≤ 1",
                 "定性档次要求 0 ≤ partial_min < achieved_min ≤ 1");
  }
}

void read_steps(TreeReader& r, const ptree& steps, Profile& p) {
  p.budget_steps.clear();
  std::size_t k = 0;
  for (const auto& s : steps) {
    if (detail::is_xml_meta(s.first)) continue;
    const KeyPath sp{"budget", "steps", std::to_string(k++)};
    if (s.first != "step") {
      r.bad_value(sp, s.first, "`step` entries");
      continue;
    }
    r.only(s.second, sp, {"min_rate", "fraction"});
    BudgetStep step;
    r.decimal(s.second, sp, "min_rate", step.min_rate);
    r.decimal(s.second, sp, "fraction", step.fraction);
    if (step.fraction > Decimal(1)) r.constraint(sp, step.fraction.to_string(), "fraction must be within 0..1", "比例须在 0..1 之间");
    if (!p.budget_steps.empty() && !(step.min_rate < p.budget_steps.back().min_rate)) {
      r.constraint(sp, step.min_rate.to_string(), "steps must be listed highest min_rate first", "档次须按 min_rate 从高到低排列");
    }
    p.budget_steps.push_back(step);
  }
}

void read_budget(TreeReader& r, const ptree& root, Profile& p) {
  auto b = root.get_child_optional("budget");
  if (!b) return;
  const KeyPath path{"budget"};
  r.only(*b, path, {"rule", "capped", "steps", "rate_rounding"});
  r.enumeration(*b, path, "rule", p.budget_rule, "linear or steps");
  r.boolean(*b, path, "capped", p.budget_capped);
  if (b->get_child_optional("rate_rounding")) {
    RoundingRule rr;
    read_rounding(r, *b, path, "rate_rounding", rr);
    p.rate_rounding = rr;
  }
  if (auto steps = b->get_child_optional("steps")) read_steps(r, *steps, p);
  if (p.budget_rule == BudgetRule::steps && p.budget_steps.empty()) {
    r.constraint({"budget", "rule"}, "steps", "rule steps needs a `steps` block", "steps 规则需要 steps 块");
  }
}

void read_ratings(TreeReader& r, const ptree& root, Profile& p) {
  auto g = root.get_child_optional("grades");
  if (!g) return;
  p.rating_bands.clear();
  for (const auto& band : *g) {
    if (detail::is_xml_meta(band.first)) continue;
    RatingBand rb{band.first, Decimal()};
    r.decimal(*g, {"grades"}, band.first.c_str(), rb.min);
    if (!p.rating_bands.empty() && !(rb.min < p.rating_bands.back().min)) {
      r.constraint({"grades", band.first}, band.first, "grades must be listed highest first with decreasing minimums",
                   "等级须从高到低排列，最低分递减");
    }
    p.rating_bands.push_back(rb);
  }
}

void read_thresholds(TreeReader& r, const ptree& root, Profile& p) {
  if (auto t = root.get_child_optional("thresholds")) {
    const KeyPath path{"thresholds"};
    r.only(*t, path, {"deviation", "execution_reason_below"});
    r.decimal(*t, path, "deviation", p.deviation_threshold);
    r.decimal(*t, path, "execution_reason_below", p.execution_reason_below);
  }
  if (auto m = root.get_child_optional("monitoring")) {
    const KeyPath path{"monitoring"};
    r.only(*m, path, {"red_below", "green_from"});
    r.decimal(*m, path, "red_below", p.monitoring_bands.red_below);
    r.decimal(*m, path, "green_from", p.monitoring_bands.green_from);
    if (p.monitoring_bands.green_from < p.monitoring_bands.red_below) {
      r.constraint({"monitoring", "green_from"}, p.monitoring_bands.green_from.to_string(),
                   "green_from must not be below red_below", "green_from 不能低于 red_below");
    }
  }
}

void read_profile_tree(TreeReader& r, const ptree& root, Profile& p) {
  r.only(root, {}, {"name", "description", "taxonomy", "mandatory_level1", "review", "weights", "formulas", "budget",
                    "rounding", "grades", "thresholds", "monitoring"});
  if (auto n = r.text(root, "name")) p.name = *n;
  if (p.name.empty()) {
    r.report({"name"}, "JX-IO012", "a profile needs a non-empty name", "评分方案需要非空的 name");
  }
  if (auto d = r.text(root, "description")) p.description = *d;
  r.enumeration(root, {}, "taxonomy", p.taxonomy, "classic or fin2021");
  read_mandatory(r, root, p);
  read_review(r, root, p);
  read_weights(r, root, p);
  read_formulas(r, root, p);
  read_budget(r, root, p);
  if (auto ro = root.get_child_optional("rounding")) {
    r.only(*ro, {"rounding"}, {"quantitative", "qualitative", "budget", "total"});
    read_rounding(r, *ro, {"rounding"}, "quantitative", p.round_quantitative);
    read_rounding(r, *ro, {"rounding"}, "qualitative", p.round_qualitative);
    read_rounding(r, *ro, {"rounding"}, "budget", p.round_budget);
    read_rounding(r, *ro, {"rounding"}, "total", p.round_total);
  }
  read_ratings(r, root, p);
  read_thresholds(r, root, p);
}

}  // namespace

ReadResult<Profile> read_profile(std::string_view text, const LoadOptions& options) {
  return detail::read_document<Profile>(text, options, "profile", [](TreeReader& r, const ptree& root, Profile& p) {
    p = defaults();
    read_profile_tree(r, root, p);
  });
}

ReadResult<Profile> load_profile(const std::filesystem::path& path, LoadOptions options) {
  return detail::load_document<Profile>(path, std::move(options), read_profile);
}

std::string_view builtin_profile_text(std::string_view name) noexcept {
  for (std::size_t i = 0; i < jixiao::detail::kBuiltinProfileCount; ++i) {
    if (name == jixiao::detail::kBuiltinProfiles[i].name) return jixiao::detail::kBuiltinProfiles[i].text;
  }
  return {};
}

std::vector<std::string> builtin_profile_names() {
  std::vector<std::string> names;
  for (std::size_t i = 0; i < jixiao::detail::kBuiltinProfileCount; ++i) {
    names.emplace_back(jixiao::detail::kBuiltinProfiles[i].name);
  }
  return names;
}

Profile builtin_profile(std::string_view name) {
  const std::string_view text = builtin_profile_text(name);
  if (text.empty()) {
    std::string known;
    for (const auto& n : builtin_profile_names()) known += (known.empty() ? "" : ", ") + n;
    throw profile_error("jixiao.profile.unknown", "no built-in profile `" + std::string(name) + "` (built in: " + known + ")");
  }
  LoadOptions options;
  options.file_name = "builtin:" + std::string(name);
  auto parsed = read_profile(text, options);
  if (!parsed.ok()) {
    throw profile_error("jixiao.profile.builtin_broken", parsed.findings.empty() ? std::string("no value")
                                                                                 : parsed.findings.front().render(Lang::en));
  }
  return std::move(*parsed.value);
}

}  // namespace io
}  // namespace jixiao
