// RuleSet: the configured, immutable set of rules; RuleContext; lambda rules.
#include <algorithm>
#include <cctype>
#include <exception>
#include <fstream>
#include <limits>

#include "catalogue.hpp"
#include "jixiao/error.hpp"

namespace jixiao {

const char* to_string(ReviewDimension dimension) noexcept {
  switch (dimension) {
    case ReviewDimension::completeness: return "completeness";
    case ReviewDimension::relevance: return "relevance";
    case ReviewDimension::appropriateness: return "appropriateness";
    case ReviewDimension::feasibility: return "feasibility";
    case ReviewDimension::format: return "format";
  }
  return "format";
}

const char* chinese_name(ReviewDimension dimension) noexcept {
  switch (dimension) {
    case ReviewDimension::completeness: return "完整性";
    case ReviewDimension::relevance: return "相关性";
    case ReviewDimension::appropriateness: return "适当性";
    case ReviewDimension::feasibility: return "可行性";
    case ReviewDimension::format: return "格式";
  }
  return "格式";
}

const std::string& RuleContext::text(std::string_view name) const {
  for (const auto& p : parameters_) {
    if (p.first == name) return p.second;
  }
  throw error("jixiao.rules.unknown_parameter", "rule reads undeclared parameter '" + std::string(name) + "'");
}

const std::vector<Finding>& RuleContext::import_findings() const noexcept {
  static const std::vector<Finding> none;
  return import_findings_ != nullptr ? *import_findings_ : none;
}

Decimal RuleContext::decimal(std::string_view name) const {
  const auto parsed = Decimal::parse(text(name));
  if (!parsed) throw error("jixiao.rules.bad_parameter", "parameter '" + std::string(name) + "' is not a number");
  return parsed.value();
}

int RuleContext::integer(std::string_view name) const {
  const Decimal d = decimal(name);
  const Decimal whole = d.round_to(0, RoundingMode::down);
  if (whole != d || whole < Decimal(std::numeric_limits<int>::min()) || whole > Decimal(std::numeric_limits<int>::max())) {
    throw error("jixiao.rules.bad_parameter", "parameter '" + std::string(name) + "' is not a whole number that fits an int");
  }
  return static_cast<int>(whole.coefficient());
}

const char* to_string(ParameterType type) noexcept {
  switch (type) {
    case ParameterType::text: return "text";
    case ParameterType::decimal: return "decimal";
    case ParameterType::integer: return "integer";
    case ParameterType::choice: return "choice";
  }
  return "text";
}

namespace {

// `a number 0..1`, `a whole number ≥ 0`: the declared range in words.
std::string range_words(const char* kind, const RuleParameter& p) {
  std::string out = kind;
  if (p.min && p.max) return out + " " + p.min->to_string() + ".." + p.max->to_string();
  if (p.min) return out + " >= " + p.min->to_string();
  if (p.max) return out + " <= " + p.max->to_string();
  return out;
}

std::string number_problem(const RuleParameter& p, std::string_view value, bool whole) {
  const char* kind = whole ? "a whole number" : "a number";
  const auto parsed = Decimal::parse(value);
  if (!parsed) return range_words(kind, p);
  const Decimal& d = parsed.value();
  if (whole) {
    const Decimal lo = p.min ? *p.min : Decimal(std::numeric_limits<int>::min());
    const Decimal hi = p.max ? *p.max : Decimal(std::numeric_limits<int>::max());
    const bool fits = Decimal(std::numeric_limits<int>::min()) <= d && d <= Decimal(std::numeric_limits<int>::max());
    if (d.round_to(0, RoundingMode::down) != d || !fits || d < lo || d > hi) {
      return range_words(kind, p) + (p.min || p.max ? "" : " that fits an int");
    }
    return {};
  }
  if ((p.min && d < *p.min) || (p.max && d > *p.max)) return range_words(kind, p);
  return {};
}

}  // namespace

std::string parameter_problem(const RuleParameter& parameter, std::string_view value) {
  switch (parameter.type) {
    case ParameterType::decimal: return number_problem(parameter, value, false);
    case ParameterType::integer: return number_problem(parameter, value, true);
    case ParameterType::choice: {
      std::string list;
      for (const auto& c : parameter.choices) {
        if (c == value) return {};
        list += (list.empty() ? "" : ", ") + c;
      }
      return "one of: " + list;
    }
    case ParameterType::text: break;
  }
  // A text parameter whose default is a number only takes numbers (rules declared
  // before parameters had types).
  if (Decimal::parse(parameter.default_value) && !Decimal::parse(value)) return "a number";
  return {};
}

namespace {

class LambdaRule final : public Rule {
 public:
  LambdaRule(RuleInfo info, RuleFunction fn) : info_(std::move(info)), fn_(std::move(fn)) {}
  const RuleInfo& info() const noexcept override { return info_; }
  void check(const PerformanceForm& form, const RuleContext& context, FindingSink& sink) const override {
    fn_(form, context, sink);
  }

 private:
  RuleInfo info_;
  RuleFunction fn_;
};

}  // namespace

std::shared_ptr<const Rule> make_rule(RuleInfo info, RuleFunction check) {
  if (info.id.empty()) throw error("jixiao.rules.no_id", "a rule needs an id");
  if (!check) throw error("jixiao.rules.no_check", "rule " + info.id + " has no check function");
  return std::make_shared<LambdaRule>(std::move(info), std::move(check));
}

std::vector<std::shared_ptr<const Rule>> builtin_rules() {
  // Built once: the rules are immutable and stateless, so every set shares them.
  static const detail::RuleList catalogue = [] {
    detail::RuleList list;
    detail::add_budget_rules(list);
    detail::add_completeness_rules(list);
    detail::add_quality_rules(list);
    detail::add_consistency_rules(list);
    detail::add_selfeval_rules(list);
    std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a->info().id < b->info().id; });
    return list;
  }();
  return catalogue;
}

struct RuleSet::Entry {
  std::shared_ptr<const Rule> rule;
  bool enabled = true;
  Severity severity = Severity::warning;
  std::vector<std::pair<std::string, std::string>> parameters;
};

struct RuleSet::State {
  Profile profile;
  std::vector<Entry> entries;  // sorted by id
  RuleFailure failure = RuleFailure::finding;
};

namespace {

template <class Entries>
auto find_entry(Entries& entries, std::string_view id) {
  return std::find_if(entries.begin(), entries.end(), [&](const auto& e) { return e.rule->info().id == id; });
}

}  // namespace

RuleSet::RuleSet() : state_(std::make_shared<State>()) {}

RuleSet RuleSet::builtin(Profile profile) {
  const std::string name_limit = std::to_string(profile.indicator_name_max_chars);
  auto s = std::make_shared<State>();
  s->profile = std::move(profile);
  RuleSet out(s);
  for (auto& r : builtin_rules()) out = out.with(r);
  return out.with_parameter("JX-C011", "max_length", name_limit);
}

RuleSet RuleSet::with(std::shared_ptr<const Rule> rule) const {
  if (!rule) throw error("jixiao.rules.null_rule", "null rule");
  const RuleInfo& info = rule->info();
  if (info.id.empty()) throw error("jixiao.rules.no_id", "a rule needs an id");
  auto s = std::make_shared<State>(*state_);
  if (find_entry(s->entries, info.id) != s->entries.end()) {
    throw error("jixiao.rules.duplicate_id", "rule id " + info.id + " is already in the set");
  }
  for (const auto& p : info.parameters) {
    const std::string problem = parameter_problem(p, p.default_value);
    if (!problem.empty()) {
      throw error("jixiao.rules.bad_parameter", "the default '" + p.default_value + "' of parameter '" + p.name + "' of " +
                                                    info.id + " is not " + problem);
    }
  }
  Entry e;
  e.severity = info.default_severity;
  for (const auto& p : info.parameters) e.parameters.emplace_back(p.name, p.default_value);
  e.rule = std::move(rule);
  const auto pos = std::lower_bound(s->entries.begin(), s->entries.end(), info.id,
                                    [](const Entry& a, const std::string& id) { return a.rule->info().id < id; });
  s->entries.insert(pos, std::move(e));
  return RuleSet(s);
}

RuleSet RuleSet::with(RuleInfo info, RuleFunction check) const { return with(make_rule(std::move(info), std::move(check))); }

namespace {
[[noreturn]] void unknown_rule(std::string_view id) {
  throw error("jixiao.rules.unknown_rule", "no rule with id '" + std::string(id) + "'");
}
}  // namespace

RuleSet RuleSet::without(std::string_view id) const { return with_enabled(id, false); }

RuleSet RuleSet::with_enabled(std::string_view id, bool enabled) const {
  auto s = std::make_shared<State>(*state_);
  const auto it = find_entry(s->entries, id);
  if (it == s->entries.end()) unknown_rule(id);
  it->enabled = enabled;
  return RuleSet(s);
}

RuleSet RuleSet::with_severity(std::string_view id, Severity severity) const {
  auto s = std::make_shared<State>(*state_);
  const auto it = find_entry(s->entries, id);
  if (it == s->entries.end()) unknown_rule(id);
  it->severity = severity;
  return RuleSet(s);
}

RuleSet RuleSet::with_parameter(std::string_view id, std::string_view name, std::string_view value) const {
  auto s = std::make_shared<State>(*state_);
  const auto it = find_entry(s->entries, id);
  if (it == s->entries.end()) unknown_rule(id);
  const auto& declared = it->rule->info().parameters;
  const auto p = std::find_if(declared.begin(), declared.end(), [&](const RuleParameter& d) { return d.name == name; });
  if (p == declared.end()) {
    throw error("jixiao.rules.unknown_parameter",
                "rule " + std::string(id) + " has no parameter '" + std::string(name) + "'");
  }
  const std::string problem = parameter_problem(*p, value);
  if (!problem.empty()) {
    throw error("jixiao.rules.bad_parameter", "parameter '" + std::string(name) + "' of " + std::string(id) + " needs " +
                                                  problem + ", not '" + std::string(value) + "'");
  }
  for (auto& kv : it->parameters) {
    if (kv.first == name) kv.second = std::string(value);
  }
  return RuleSet(s);
}

RuleSet RuleSet::with_profile(Profile profile) const {
  auto s = std::make_shared<State>(*state_);
  s->profile = std::move(profile);
  return RuleSet(s);
}

RuleSet RuleSet::with_failure_policy(RuleFailure policy) const {
  auto s = std::make_shared<State>(*state_);
  s->failure = policy;
  return RuleSet(s);
}

RuleFailure RuleSet::failure_policy() const noexcept { return state_->failure; }

const Profile& RuleSet::profile() const noexcept { return state_->profile; }

std::vector<std::shared_ptr<const Rule>> RuleSet::rules() const {
  std::vector<std::shared_ptr<const Rule>> out;
  for (const auto& e : state_->entries) {
    if (e.enabled) out.push_back(e.rule);
  }
  return out;
}

std::shared_ptr<const Rule> RuleSet::rule(std::string_view id) const noexcept {
  const auto it = find_entry(state_->entries, id);
  return it == state_->entries.end() ? nullptr : it->rule;
}

bool RuleSet::enabled(std::string_view id) const noexcept {
  const auto it = find_entry(state_->entries, id);
  return it != state_->entries.end() && it->enabled;
}

Severity RuleSet::severity(std::string_view id) const {
  const auto it = find_entry(state_->entries, id);
  if (it == state_->entries.end()) unknown_rule(id);
  return it->severity;
}

std::string RuleSet::parameter(std::string_view id, std::string_view name) const {
  const auto it = find_entry(state_->entries, id);
  if (it == state_->entries.end()) unknown_rule(id);
  for (const auto& kv : it->parameters) {
    if (kv.first == name) return kv.second;
  }
  throw error("jixiao.rules.unknown_parameter", "rule " + std::string(id) + " has no parameter '" + std::string(name) + "'");
}

Report RuleSet::check(const PerformanceForm& form) const { return check(form, Locator()); }

Report RuleSet::check(const PerformanceForm& form, const Locator& locate) const {
  static const std::vector<Finding> none;
  return check(form, locate, none);
}

Report RuleSet::check(const PerformanceForm& form, const Locator& locate,
                      const std::vector<Finding>& import_findings) const {
  FindingSink sink;
  RuleContext::Memo memo;  // local to this check, so concurrent checks share nothing
  for (const auto& e : state_->entries) {
    if (!e.enabled) continue;
    const std::string& id = e.rule->info().id;
    sink.set_rule(id, e.severity);
    const RuleContext ctx(state_->profile, e.parameters, &memo, &import_findings);
    try {
      e.rule->check(form, ctx, sink);
    } catch (const std::exception& ex) {
      if (state_->failure == RuleFailure::rethrow) throw;
      // A rule that fails (a decimal overflow on absurd amounts, a user-rule bug) must
      // not hide the other findings: it becomes a finding itself.
      Finding& f = sink.add("", "规则 {rule} 无法完成检查：{reason}", "rule {rule} could not finish: {reason}");
      f.arg("rule", id).arg("reason", ex.what());
      f.severity = Severity::error;
    } catch (...) {
      if (state_->failure == RuleFailure::rethrow) throw;
      Finding& f = sink.add("", "规则 {rule} 无法完成检查：{reason}", "rule {rule} could not finish: {reason}");
      f.arg("rule", id).arg("reason", "an exception that is not a std::exception");
      f.severity = Severity::error;
    }
  }
  std::vector<Finding> findings = sink.take();
  if (locate) {
    for (auto& f : findings) {
      if (!f.location.source) f.location.source = locate(f.location.path);
    }
  }
  return Report(std::move(findings), state_->profile.review_rubric);
}

}  // namespace jixiao
