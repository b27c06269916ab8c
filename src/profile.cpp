// Profile: the built-in profiles (embedded text), the INFO/JSON reader with diagnostics
// that name the key and line, and the INFO writer.
#include "jixiao/profile.hpp"

#include <boost/property_tree/info_parser.hpp>
#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>

#include <algorithm>
#include <cctype>
#include <sstream>

#include "tree_document.hpp"

namespace jixiao {
namespace detail {
struct EmbeddedProfile {
  const char* name;
  const char* text;
};
extern const EmbeddedProfile kBuiltinProfiles[];
extern const std::size_t kBuiltinProfileCount;
}  // namespace detail

namespace {

using boost::property_tree::ptree;

// The 一级 keys a profile uses; kept here so profiles do not depend on the taxonomy
// lookup functions.
struct Level1Key {
  const char* key;
  Level1 level;
};
constexpr Level1Key kLevel1Keys[] = {
    {"output", Level1::output},
    {"cost", Level1::cost},
    {"benefit", Level1::benefit},
    {"satisfaction", Level1::satisfaction},
};

const char* level1_key(Level1 level) {
  for (const auto& k : kLevel1Keys) {
    if (k.level == level) return k.key;
  }
  return "unknown";
}

bool level1_from_key(std::string_view text, Level1& out) {
  for (const auto& k : kLevel1Keys) {
    if (text == k.key) {
      out = k.level;
      return true;
    }
  }
  return false;
}

// 1-based line of byte `offset`.
std::size_t line_of(std::string_view text, std::size_t offset) {
  return 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(std::min(offset, text.size())), '\n'));
}

// Byte offset of the first character of 1-based `line`.
std::size_t offset_of_line(std::string_view text, std::size_t line) {
  std::size_t offset = 0;
  for (std::size_t l = 1; l < line && offset < text.size(); ++l) {
    const std::size_t nl = text.find('\n', offset);
    if (nl == std::string_view::npos) return text.size();
    offset = nl + 1;
  }
  return offset;
}

// Finds where a key path (`formulas.reverse`) is written, component by component:
// an INFO key at the start of a line, or a quoted JSON key. Returns the byte offset,
// or npos when not found.
std::size_t find_key(std::string_view text, const std::vector<std::string>& path, bool json) {
  std::size_t pos = 0;
  std::size_t found = std::string_view::npos;
  for (const auto& comp : path) {
    std::size_t hit = std::string_view::npos;
    if (json) {
      const std::string quoted = "\"" + comp + "\"";
      hit = text.find(quoted, pos);
    } else {
      std::size_t p = pos;
      while (p < text.size()) {
        const std::size_t h = text.find(comp, p);
        if (h == std::string_view::npos) break;
        std::size_t b = h;
        while (b > 0 && (text[b - 1] == ' ' || text[b - 1] == '\t')) --b;
        const bool at_line_start = b == 0 || text[b - 1] == '\n';
        const std::size_t e = h + comp.size();
        const bool ends = e >= text.size() || text[e] == ' ' || text[e] == '\t' || text[e] == '\n' || text[e] == '\r';
        if (at_line_start && ends) {
          hit = h;
          break;
        }
        p = h + 1;
      }
    }
    if (hit == std::string_view::npos) return found;
    found = hit;
    pos = hit + comp.size();
  }
  return found;
}

class Reader {
 public:
  Reader(std::string_view text, std::string_view origin, bool json) : text_(text), origin_(origin), json_(json) {}

  std::vector<Diagnostic>& diagnostics() { return diagnostics_; }

  void error(const std::vector<std::string>& path, const std::string& code, const std::string& what,
             const std::string& offending) {
    std::string dotted;
    for (const auto& p : path) dotted += (dotted.empty() ? "" : ".") + p;
    Diagnostic d;
    d.code = "jixiao.profile." + code;
    const std::size_t off = find_key(text_, path, json_);
    std::string where = std::string(origin_);
    if (off != std::string_view::npos) {
      d.offset = off;
      const std::size_t line = line_of(text_, off);
      d.column = utf8_column(std::string(text_.substr(offset_of_line(text_, line), off - offset_of_line(text_, line) + 1)), off - offset_of_line(text_, line));
      where += ":" + std::to_string(line);
    }
    d.message = where + ": key `" + dotted + "`: " + what;
    d.text = offending;
    diagnostics_.push_back(std::move(d));
  }

  // Reports keys of `node` that are not in `known`.
  void only(const ptree& node, const std::vector<std::string>& path, std::initializer_list<const char*> known) {
    for (const auto& child : node) {
      bool ok = false;
      for (const char* k : known) ok = ok || child.first == k;
      if (!ok) {
        auto p = path;
        p.push_back(child.first);
        std::string list;
        for (const char* k : known) list += std::string(list.empty() ? "" : ", ") + k;
        error(p, "unknown_key", "unknown key (expected one of: " + list + ")", child.first);
      }
    }
  }

  void decimal(const ptree& node, const std::vector<std::string>& path, const char* key, Decimal& out,
               bool allow_negative = false) {
    auto child = node.get_child_optional(key);
    if (!child) return;
    auto p = path;
    p.push_back(key);
    const std::string v = child->get_value<std::string>();
    auto parsed = Decimal::parse(v);
    if (!parsed) {
      error(p, "bad_number", "not a decimal number: `" + v + "` (" + parsed.diagnostics().front().message + ")", v);
      return;
    }
    if (!allow_negative && parsed.value().is_negative()) {
      error(p, "negative", "must not be negative: `" + v + "`", v);
      return;
    }
    out = parsed.value();
  }

  void integer(const ptree& node, const std::vector<std::string>& path, const char* key, int& out, int lo, int hi) {
    auto child = node.get_child_optional(key);
    if (!child) return;
    auto p = path;
    p.push_back(key);
    const std::string v = child->get_value<std::string>();
    auto parsed = Decimal::parse(v);
    if (!parsed || parsed.value().normalized().scale() != 0 || parsed.value() < Decimal(lo) || parsed.value() > Decimal(hi)) {
      error(p, "bad_integer", "expected a whole number " + std::to_string(lo) + ".." + std::to_string(hi) + ", got `" + v + "`", v);
      return;
    }
    out = static_cast<int>(parsed.value().normalized().coefficient());
  }

  void boolean(const ptree& node, const std::vector<std::string>& path, const char* key, bool& out) {
    auto child = node.get_child_optional(key);
    if (!child) return;
    auto p = path;
    p.push_back(key);
    const std::string v = child->get_value<std::string>();
    if (v == "true") {
      out = true;
    } else if (v == "false") {
      out = false;
    } else {
      error(p, "bad_boolean", "expected true or false, got `" + v + "`", v);
    }
  }

  template <class E, std::size_t N>
  void enumeration(const ptree& node, const std::vector<std::string>& path, const char* key, E& out,
                   const std::pair<const char*, E> (&names)[N]) {
    auto child = node.get_child_optional(key);
    if (!child) return;
    auto p = path;
    p.push_back(key);
    const std::string v = child->get_value<std::string>();
    std::string list;
    for (const auto& n : names) {
      if (v == n.first) {
        out = n.second;
        return;
      }
      list += std::string(list.empty() ? "" : ", ") + n.first;
    }
    error(p, "bad_value", "expected one of " + list + ", got `" + v + "`", v);
  }

  void rounding(const ptree& node, const std::vector<std::string>& path, const char* key, RoundingRule& out) {
    auto child = node.get_child_optional(key);
    if (!child) return;
    auto p = path;
    p.push_back(key);
    only(*child, p, {"scale", "mode"});
    integer(*child, p, "scale", out.scale, 0, Decimal::max_scale);
    if (auto m = child->get_child_optional("mode")) {
      const std::string v = m->get_value<std::string>();
      RoundingMode mode{};
      if (parse_rounding_mode(v, mode)) {
        out.mode = mode;
      } else {
        auto pm = p;
        pm.push_back("mode");
        error(pm, "bad_value", "unknown rounding mode `" + v + "` (half_up, half_even, half_down, up, down, ceiling, floor, 05up)", v);
      }
    }
  }

 private:
  std::string_view text_;
  std::string_view origin_;
  bool json_;
  std::vector<Diagnostic> diagnostics_;
};

constexpr std::pair<const char*, TaxonomyVariant> kTaxonomies[] = {{"classic", TaxonomyVariant::classic},
                                                                   {"fin2021", TaxonomyVariant::fin2021}};
constexpr std::pair<const char*, ReverseFormula> kReverse[] = {{"ratio", ReverseFormula::ratio},
                                                               {"linear", ReverseFormula::linear}};
constexpr std::pair<const char*, EqualFormula> kEqual[] = {{"as_positive", EqualFormula::as_positive},
                                                           {"symmetric", EqualFormula::symmetric}};
constexpr std::pair<const char*, ZeroTargetRule> kZero[] = {{"met_or_nothing", ZeroTargetRule::met_or_nothing},
                                                            {"finding", ZeroTargetRule::finding}};
constexpr std::pair<const char*, BudgetRule> kBudgetRule[] = {{"linear", BudgetRule::linear}, {"steps", BudgetRule::steps}};

template <class E, std::size_t N>
const char* name_of(E value, const std::pair<const char*, E> (&names)[N]) {
  for (const auto& n : names) {
    if (n.second == value) return n.first;
  }
  return "?";
}

// The national defaults that are not plain member initialisers.
Profile defaults() {
  Profile p;
  p.mandatory_level1 = {Level1::output, Level1::benefit};
  p.level1_weights = {{Level1::output, Decimal(50)}, {Level1::benefit, Decimal(30)}, {Level1::satisfaction, Decimal(10)}};
  p.grades = {{"优", Decimal(90)}, {"良", Decimal(80)}, {"中", Decimal(60)}, {"差", Decimal(0)}};
  return p;
}

void read_profile(const ptree& root, Reader& r, Profile& p) {
  const std::vector<std::string> top;
  r.only(root, top, {"name", "description", "taxonomy", "mandatory_level1", "review", "weights", "formulas", "budget",
                     "rounding", "grades", "thresholds", "monitoring"});
  if (auto n = root.get_optional<std::string>("name")) p.name = *n;
  if (p.name.empty()) r.error({"name"}, "missing_name", "a profile needs a non-empty name", "");
  if (auto d = root.get_optional<std::string>("description")) p.description = *d;
  r.enumeration(root, top, "taxonomy", p.taxonomy, kTaxonomies);
  if (auto m = root.get_optional<std::string>("mandatory_level1")) {
    p.mandatory_level1.clear();
    std::istringstream words(*m);
    for (std::string w; words >> w;) {
      Level1 l{};
      if (level1_from_key(w, l)) {
        p.mandatory_level1.push_back(l);
      } else {
        r.error({"mandatory_level1"}, "bad_value", "unknown 一级 `" + w + "` (output, cost, benefit, satisfaction)", w);
      }
    }
  }
  if (auto review = root.get_child_optional("review")) {
    const std::vector<std::string> path{"review"};
    r.only(*review, path, {"satisfaction_minimum", "qualitative_share_max", "indicator_name_max_chars", "allow_ranges"});
    r.decimal(*review, path, "satisfaction_minimum", p.satisfaction_minimum);
    r.decimal(*review, path, "qualitative_share_max", p.qualitative_share_max);
    r.integer(*review, path, "indicator_name_max_chars", p.indicator_name_max_chars, 1, 100000);
    r.boolean(*review, path, "allow_ranges", p.allow_ranges);
  }
  if (auto weights = root.get_child_optional("weights")) {
    const std::vector<std::string> path{"weights"};
    r.only(*weights, path, {"output", "cost", "benefit", "satisfaction", "budget", "budget_in_total", "total", "indicator_block"});
    p.level1_weights.clear();
    for (const auto& k : kLevel1Keys) {
      if (!weights->get_child_optional(k.key)) continue;
      Level1Weight w{k.level, Decimal()};
      r.decimal(*weights, path, k.key, w.points);
      p.level1_weights.push_back(w);
    }
    r.decimal(*weights, path, "budget", p.budget_weight);
    r.boolean(*weights, path, "budget_in_total", p.budget_in_total);
    r.decimal(*weights, path, "total", p.total_points);
    if (weights->get_child_optional("indicator_block")) {
      Decimal block;
      r.decimal(*weights, path, "indicator_block", block);
      p.indicator_block_points = block;
    }
  }
  if (auto f = root.get_child_optional("formulas")) {
    const std::vector<std::string> path{"formulas"};
    r.only(*f, path, {"reverse", "equal", "zero_target", "cap_over_achievement", "qualitative_achieved_min", "qualitative_partial_min"});
    r.enumeration(*f, path, "reverse", p.reverse, kReverse);
    r.enumeration(*f, path, "equal", p.equal, kEqual);
    r.enumeration(*f, path, "zero_target", p.zero_target, kZero);
    r.boolean(*f, path, "cap_over_achievement", p.cap_over_achievement);
    r.decimal(*f, path, "qualitative_achieved_min", p.qualitative_bands.achieved_min);
    r.decimal(*f, path, "qualitative_partial_min", p.qualitative_bands.partial_min);
    if (!(p.qualitative_bands.partial_min < p.qualitative_bands.achieved_min && p.qualitative_bands.achieved_min <= Decimal(1))) {
      r.error({"formulas", "qualitative_partial_min"}, "bad_bands",
              "qualitative bands need 0 ≤ partial_min < achieved_min ≤ 1 (got " + p.qualitative_bands.partial_min.to_string() +
                  " and " + p.qualitative_bands.achieved_min.to_string() + ")",
              p.qualitative_bands.partial_min.to_string());
    }
  }
  if (auto b = root.get_child_optional("budget")) {
    const std::vector<std::string> path{"budget"};
    r.only(*b, path, {"rule", "capped", "steps", "rate_rounding"});
    r.enumeration(*b, path, "rule", p.budget_rule, kBudgetRule);
    r.boolean(*b, path, "capped", p.budget_capped);
    if (b->get_child_optional("rate_rounding")) {
      RoundingRule rr;
      r.rounding(*b, path, "rate_rounding", rr);
      p.rate_rounding = rr;
    }
    if (auto steps = b->get_child_optional("steps")) {
      p.budget_steps.clear();
      for (const auto& s : *steps) {
        const std::vector<std::string> sp{"budget", "steps", s.first};
        if (s.first != "step") {
          r.error(sp, "unknown_key", "expected `step` entries", s.first);
          continue;
        }
        r.only(s.second, sp, {"min_rate", "fraction"});
        BudgetStep step;
        r.decimal(s.second, sp, "min_rate", step.min_rate);
        r.decimal(s.second, sp, "fraction", step.fraction);
        if (step.fraction > Decimal(1)) r.error(sp, "bad_value", "fraction must be within 0..1", step.fraction.to_string());
        if (!p.budget_steps.empty() && !(step.min_rate < p.budget_steps.back().min_rate)) {
          r.error(sp, "bad_order", "steps must be listed highest min_rate first", step.min_rate.to_string());
        }
        p.budget_steps.push_back(step);
      }
    }
    if (p.budget_rule == BudgetRule::steps && p.budget_steps.empty()) {
      r.error({"budget", "rule"}, "missing_steps", "rule steps needs a `steps` block", "steps");
    }
  }
  if (auto ro = root.get_child_optional("rounding")) {
    const std::vector<std::string> path{"rounding"};
    r.only(*ro, path, {"quantitative", "qualitative", "budget", "total"});
    r.rounding(*ro, path, "quantitative", p.round_quantitative);
    r.rounding(*ro, path, "qualitative", p.round_qualitative);
    r.rounding(*ro, path, "budget", p.round_budget);
    r.rounding(*ro, path, "total", p.round_total);
  }
  if (auto g = root.get_child_optional("grades")) {
    p.grades.clear();
    for (const auto& band : *g) {
      GradeBand gb{band.first, Decimal()};
      r.decimal(*g, {"grades"}, band.first.c_str(), gb.min);
      if (!p.grades.empty() && !(gb.min < p.grades.back().min)) {
        r.error({"grades", band.first}, "bad_order", "grades must be listed highest first with decreasing minimums", band.first);
      }
      p.grades.push_back(gb);
    }
  }
  if (auto t = root.get_child_optional("thresholds")) {
    const std::vector<std::string> path{"thresholds"};
    r.only(*t, path, {"deviation", "execution_reason_below"});
    r.decimal(*t, path, "deviation", p.deviation_threshold);
    r.decimal(*t, path, "execution_reason_below", p.execution_reason_below);
  }
  if (auto m = root.get_child_optional("monitoring")) {
    const std::vector<std::string> path{"monitoring"};
    r.only(*m, path, {"red_below", "green_from"});
    r.decimal(*m, path, "red_below", p.monitoring_bands.red_below);
    r.decimal(*m, path, "green_from", p.monitoring_bands.green_from);
    if (p.monitoring_bands.green_from < p.monitoring_bands.red_below) {
      r.error({"monitoring", "green_from"}, "bad_bands", "green_from must not be below red_below", p.monitoring_bands.green_from.to_string());
    }
  }
}

std::string rounding_info(const RoundingRule& r, const char* indent) {
  return std::string(indent) + "{\n" + indent + "    scale " + std::to_string(r.scale) + "\n" + indent + "    mode " +
         to_string(r.mode) + "\n" + indent + "}\n";
}

}  // namespace

const RoundingRule& Profile::rounding(RowKind kind) const noexcept {
  switch (kind) {
    case RowKind::quantitative: return round_quantitative;
    case RowKind::qualitative: return round_qualitative;
    case RowKind::budget: return round_budget;
    case RowKind::total: return round_total;
  }
  return round_total;
}

std::optional<Decimal> Profile::weight_of(Level1 level1) const noexcept {
  for (const auto& w : level1_weights) {
    if (w.level1 == level1) return w.points;
  }
  return std::nullopt;
}

std::string Profile::grade(const Decimal& total) const {
  for (const auto& g : grades) {
    if (total >= g.min) return g.name;
  }
  return {};
}

std::string_view Profile::builtin_text(std::string_view name) noexcept {
  for (std::size_t i = 0; i < detail::kBuiltinProfileCount; ++i) {
    if (name == detail::kBuiltinProfiles[i].name) return detail::kBuiltinProfiles[i].text;
  }
  return {};
}

std::vector<std::string> Profile::builtin_names() {
  std::vector<std::string> names;
  for (std::size_t i = 0; i < detail::kBuiltinProfileCount; ++i) names.emplace_back(detail::kBuiltinProfiles[i].name);
  return names;
}

Profile Profile::builtin(std::string_view name) {
  const std::string_view text = builtin_text(name);
  if (text.empty()) {
    std::string known;
    for (const auto& n : builtin_names()) known += (known.empty() ? "" : ", ") + n;
    throw profile_error("jixiao.profile.unknown", "no built-in profile `" + std::string(name) + "` (built in: " + known + ")");
  }
  auto parsed = parse_profile(text, std::string("builtin:") + std::string(name));
  if (!parsed) throw profile_error("jixiao.profile.builtin_broken", parsed.diagnostics().front().message);
  return parsed.value();
}

Parsed<Profile> parse_profile(std::string_view text, std::string_view origin) {
  std::size_t first = 0;
  while (first < text.size() && std::isspace(static_cast<unsigned char>(text[first]))) ++first;
  const bool json = first < text.size() && text[first] == '{';
  ptree root;
  try {
    std::istringstream in{std::string(text)};
    if (json) {
      boost::property_tree::read_json(in, root);
    } else {
      boost::property_tree::read_info(in, root);
    }
  } catch (const boost::property_tree::file_parser_error& e) {
    Diagnostic d;
    d.code = "jixiao.profile.syntax";
    const std::size_t line = e.line() == 0 ? 1 : e.line();
    d.offset = offset_of_line(text, line);
    d.column = 1;
    d.message = std::string(origin) + ":" + std::to_string(line) + ": " + (json ? "JSON" : "INFO") + " syntax error: " + e.message();
    const std::size_t end = text.find('\n', d.offset);
    d.text = std::string(text.substr(d.offset, end == std::string_view::npos ? std::string_view::npos : end - d.offset));
    return Parsed<Profile>(std::move(d));
  } catch (const std::exception& e) {
    Diagnostic d;
    d.code = "jixiao.profile.syntax";
    d.message = std::string(origin) + ": cannot read the profile: " + e.what();
    return Parsed<Profile>(std::move(d));
  }
  Reader reader(text, origin, json);
  Profile profile = defaults();
  read_profile(root, reader, profile);
  if (!reader.diagnostics().empty()) return Parsed<Profile>(std::move(reader.diagnostics()));
  return Parsed<Profile>(std::move(profile));
}

Parsed<Profile> load_profile(const std::string& path) {
  auto text = detail::read_document_file(path, "profile");
  if (!text) return Parsed<Profile>(text.diagnostics());
  return parse_profile(text.value(), path);
}

std::string to_info(const Profile& p) {
  std::ostringstream o;
  auto q = [](const std::string& s) {
    std::string out = "\"";
    for (char c : s) {
      if (c == '"' || c == '\\') out += '\\';
      out += c;
    }
    return out + "\"";
  };
  o << "name " << q(p.name) << "\n";
  o << "description " << q(p.description) << "\n";
  o << "taxonomy " << name_of(p.taxonomy, kTaxonomies) << "\n";
  std::string mandatory;
  for (Level1 l : p.mandatory_level1) mandatory += (mandatory.empty() ? "" : " ") + std::string(level1_key(l));
  o << "mandatory_level1 " << q(mandatory) << "\n";
  o << "review\n{\n    satisfaction_minimum " << p.satisfaction_minimum << "\n    qualitative_share_max "
    << p.qualitative_share_max << "\n    indicator_name_max_chars " << p.indicator_name_max_chars << "\n    allow_ranges "
    << (p.allow_ranges ? "true" : "false") << "\n}\n";
  o << "weights\n{\n";
  for (const auto& w : p.level1_weights) o << "    " << level1_key(w.level1) << ' ' << w.points << "\n";
  o << "    budget " << p.budget_weight << "\n    budget_in_total " << (p.budget_in_total ? "true" : "false") << "\n    total "
    << p.total_points << "\n";
  if (p.indicator_block_points) o << "    indicator_block " << *p.indicator_block_points << "\n";
  o << "}\n";
  o << "formulas\n{\n    reverse " << name_of(p.reverse, kReverse) << "\n    equal " << name_of(p.equal, kEqual)
    << "\n    zero_target " << name_of(p.zero_target, kZero) << "\n    cap_over_achievement "
    << (p.cap_over_achievement ? "true" : "false") << "\n    qualitative_achieved_min " << p.qualitative_bands.achieved_min
    << "\n    qualitative_partial_min " << p.qualitative_bands.partial_min << "\n}\n";
  o << "budget\n{\n    rule " << name_of(p.budget_rule, kBudgetRule) << "\n    capped " << (p.budget_capped ? "true" : "false") << "\n";
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
  o << "grades\n{\n";
  for (const auto& g : p.grades) o << "    " << g.name << ' ' << g.min << "\n";
  o << "}\n";
  o << "thresholds\n{\n    deviation " << p.deviation_threshold << "\n    execution_reason_below " << p.execution_reason_below
    << "\n}\n";
  o << "monitoring\n{\n    red_below " << p.monitoring_bands.red_below << "\n    green_from " << p.monitoring_bands.green_from
    << "\n}\n";
  return o.str();
}

}  // namespace jixiao
