/// @file rules.hpp
/// @brief The review (绩效目标审核) API: `Rule` and its metadata, `RuleContext` (the
/// profile parameters and rule parameters a rule reads), `RuleSet` (the built-in
/// catalogue plus user rules, configured and immutable) and `Report`.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "jixiao/decimal.hpp"
#include "jixiao/diagnostic.hpp"
#include "jixiao/finding.hpp"
#include "jixiao/form.hpp"
#include "jixiao/profile.hpp"
#include "jixiao/taxonomy.hpp"

namespace jixiao {

/// The review dimensions of 财预〔2015〕88号 plus a format dimension.
enum class ReviewDimension : std::uint8_t {
  completeness,     ///< 完整性: the content is complete, targets clear and specific.
  relevance,        ///< 相关性: targets relate to the tasks; indicators refined and quantified.
  appropriateness,  ///< 适当性: funds and targets match; the figures add up.
  feasibility,      ///< 可行性: targets are achievable and consistent.
  format,           ///< 格式: the form is filled in the expected format.
};

/// English key of a dimension (`completeness`, …).
const char* to_string(ReviewDimension dimension) noexcept;
/// Chinese name of a dimension (`完整性`, …).
const char* chinese_name(ReviewDimension dimension) noexcept;

/// The review grade of 88号: what happens to the form.
enum class ReviewGrade : std::uint8_t {
  excellent,  ///< 优: proceeds.
  good,       ///< 良: refined together with the finance bureau, then proceeds.
  fair,       ///< 中: the department revises and resubmits.
  poor,       ///< 差: does not enter budget arrangement.
};

/// `优`, `良`, `中` or `差`.
const char* chinese_name(ReviewGrade grade) noexcept;
/// `excellent`, `good`, `fair` or `poor`.
const char* to_string(ReviewGrade grade) noexcept;

/// What kind of value a rule parameter takes; `RuleSet::with_parameter` (and so a rule
/// configuration file) refuses any other.
enum class ParameterType : std::uint8_t {
  text,     ///< Any text. For compatibility, a text parameter whose default is a number takes only numbers.
  decimal,  ///< An exact decimal (`0.4`), within `min`..`max` when they are set.
  integer,  ///< A whole number (`2`) within `min`..`max`, and always within the range of `int`.
  choice,   ///< One of `choices` (`total`, `project`).
};

/// `text`, `decimal`, `integer` or `choice`.
const char* to_string(ParameterType type) noexcept;

/// One tunable parameter of a rule: its type, its range and its default as text. Every
/// member after `description` has a default, so `{"name", "1", "what"}` still declares
/// a (text) parameter.
struct RuleParameter {
  /// Name used in code and configuration files (`threshold`).
  std::string name;
  /// Default value as text (`0.5`); decimals are parsed exactly. It must satisfy the
  /// declaration (`RuleSet::with` throws `[jixiao.rules.bad_parameter]` otherwise).
  std::string default_value;
  /// What it controls, in English.
  std::string description;
  /// The kind of value accepted.
  ParameterType type = ParameterType::text;
  /// Lowest accepted value (inclusive) of a decimal or integer parameter.
  std::optional<Decimal> min = std::nullopt;
  /// Highest accepted value (inclusive) of a decimal or integer parameter.
  std::optional<Decimal> max = std::nullopt;
  /// The accepted values of a choice parameter.
  std::vector<std::string> choices = {};
};

/// Why `value` is not acceptable for `parameter` (English, e.g. `a whole number 0..18`),
/// or an empty string when it is. Never throws on any text.
std::string parameter_problem(const RuleParameter& parameter, std::string_view value);

/// What a rule is: everything the catalogue documentation is generated from.
struct RuleInfo {
  /// Stable id (`JX-B001`); never reused for another check.
  std::string id;
  /// Short Chinese title.
  std::string title_zh;
  /// Short English title.
  std::string title_en;
  /// Review dimension.
  ReviewDimension dimension = ReviewDimension::completeness;
  /// Severity unless the rule set overrides it.
  Severity default_severity = Severity::warning;
  /// Tunable parameters with their defaults.
  std::vector<RuleParameter> parameters;
  /// Why the check exists, in English.
  std::string rationale;
  /// Where it comes from (regulation, observed forms, inference).
  std::string source;
  /// An example finding as `jixiao check` prints it (English).
  std::string example;
};

/// What a rule sees besides the form: the profile (review thresholds, taxonomy) and
/// its own parameters.
class RuleContext {
 public:
  /// A context over `profile` with parameter values `parameters` (name → text);
  /// both must outlive the context.
  RuleContext(const Profile& profile, const std::vector<std::pair<std::string, std::string>>& parameters) noexcept
      : profile_(profile), parameters_(parameters) {}
  /// Data derived from the form once per check and shared by the built-in rules (the
  /// bigram index of the indicator names' content words); opaque, defined inside the library.
  struct Memo;
  /// A context that also carries the per-check memo `memo` (owned by the caller).
  RuleContext(const Profile& profile, const std::vector<std::pair<std::string, std::string>>& parameters,
              Memo* memo) noexcept
      : profile_(profile), parameters_(parameters), memo_(memo) {}
  /// A context with the memo and the findings of the import the form came from
  /// (`JX-I…`, owned by the caller), so a rule can tell a block the importer could not
  /// read from a gap in the form.
  RuleContext(const Profile& profile, const std::vector<std::pair<std::string, std::string>>& parameters,
              Memo* memo, const std::vector<Finding>* import_findings) noexcept
      : profile_(profile), parameters_(parameters), memo_(memo), import_findings_(import_findings) {}
  /// The per-check memo, or nullptr when the context has none.
  Memo* memo() const noexcept { return memo_; }
  /// The importer's findings for the form under review; empty when the form was not
  /// imported from a published table (or they were not passed to the check).
  const std::vector<Finding>& import_findings() const noexcept;
  /// The profile in force.
  const Profile& profile() const noexcept { return profile_; }
  /// A parameter as text; throws `[jixiao.rules.unknown_parameter]` if the rule did
  /// not declare it.
  const std::string& text(std::string_view name) const;
  /// A parameter as an exact decimal; throws `[jixiao.rules.bad_parameter]` when it is
  /// not a number (values are validated when set, so this means a rule bug).
  Decimal decimal(std::string_view name) const;
  /// A parameter as a whole number; throws `[jixiao.rules.bad_parameter]` when it is not
  /// a whole number that fits an `int` (declare it `ParameterType::integer` and the
  /// value is validated when set).
  int integer(std::string_view name) const;

 private:
  const Profile& profile_;
  const std::vector<std::pair<std::string, std::string>>& parameters_;
  Memo* memo_ = nullptr;
  const std::vector<Finding>* import_findings_ = nullptr;
};

/// A review rule: metadata plus a check that adds findings to a sink. Rules are
/// stateless; `check` must be safe to call from several threads at once (the built-in
/// rules are). A check that throws does not stop the review: see `RuleFailure`.
class Rule {
 public:
  /// Virtual destructor for a polymorphic base.
  virtual ~Rule() = default;
  /// The rule's metadata.
  virtual const RuleInfo& info() const noexcept = 0;
  /// Examines `form` and adds one finding per problem to `sink` (never stops early).
  virtual void check(const PerformanceForm& form, const RuleContext& context, FindingSink& sink) const = 0;
};

/// The signature of a rule written as a lambda.
using RuleFunction = std::function<void(const PerformanceForm&, const RuleContext&, FindingSink&)>;

/// A rule from metadata and a function (for user rules written as lambdas).
std::shared_ptr<const Rule> make_rule(RuleInfo info, RuleFunction check);

/// The built-in catalogue, in id order (a fresh list of shared immutable rules).
std::vector<std::shared_ptr<const Rule>> builtin_rules();

class Report;

/// Finds the source position of a JSON pointer into the form, when one is known.
using Locator = std::function<std::optional<SourcePosition>(std::string_view path)>;

/// What `RuleSet::check` does when a rule's check throws (a user-rule bug, an
/// arithmetic limit). docs/embedding.md, "A rule that throws".
enum class RuleFailure : std::uint8_t {
  /// The default: the exception becomes an error finding of that rule ("rule JX-… could
  /// not finish: …", always severity error whatever the rule's severity), which costs
  /// the rubric's error points and keeps the grade at 良 or below; the other rules run.
  finding,
  /// The exception propagates out of `check` unchanged (for hosts' own tests of their
  /// rules); the other rules do not run.
  rethrow,
};

/// An immutable, configured set of rules. Every modifier is const and returns a new
/// set, so a built set can be shared across threads and `check` is thread-safe
/// (docs/embedding.md). A default-constructed set is empty.
class RuleSet {
 public:
  /// An empty set under a default `Profile` (the national review thresholds).
  RuleSet();
  /// The built-in catalogue under `profile` (its review thresholds, taxonomy and rubric;
  /// its name-length limit becomes JX-C011's `max_length`, so a limit outside
  /// 1..100000 throws `[jixiao.rules.bad_parameter]`). The default profile is the
  /// national one.
  static RuleSet builtin(Profile profile = {});
  /// This set plus a user rule; throws `[jixiao.rules.duplicate_id]` if the id exists.
  RuleSet with(std::shared_ptr<const Rule> rule) const;
  /// This set plus a lambda rule with metadata.
  RuleSet with(RuleInfo info, RuleFunction check) const;
  /// This set with rule `id` disabled; throws `[jixiao.rules.unknown_rule]`.
  RuleSet without(std::string_view id) const;
  /// This set with rule `id` enabled (`true`, undoing `without`) or disabled (`false`);
  /// throws `[jixiao.rules.unknown_rule]`.
  RuleSet with_enabled(std::string_view id, bool enabled) const;
  /// This set with rule `id` reporting at `severity`.
  RuleSet with_severity(std::string_view id, Severity severity) const;
  /// This set with parameter `name` of rule `id` set to `value`; throws
  /// `[jixiao.rules.unknown_rule]`, `[jixiao.rules.unknown_parameter]` or
  /// `[jixiao.rules.bad_parameter]` (a value of the wrong type or out of the declared
  /// range, see `parameter_problem`).
  RuleSet with_parameter(std::string_view id, std::string_view name, std::string_view value) const;
  /// This set under another profile (rules, severities and parameters kept).
  RuleSet with_profile(Profile profile) const;
  /// This set with `policy` for a rule whose check throws (default `RuleFailure::finding`).
  RuleSet with_failure_policy(RuleFailure policy) const;
  /// What `check` does when a rule throws.
  RuleFailure failure_policy() const noexcept;

  /// The profile in force.
  const Profile& profile() const noexcept;
  /// The enabled rules, in id order.
  std::vector<std::shared_ptr<const Rule>> rules() const;
  /// Rule `id`, enabled or not, or null when the set has no such rule.
  std::shared_ptr<const Rule> rule(std::string_view id) const noexcept;
  /// True when rule `id` is in the set and enabled.
  bool enabled(std::string_view id) const noexcept;
  /// The effective severity of rule `id`; throws `[jixiao.rules.unknown_rule]`.
  Severity severity(std::string_view id) const;
  /// The effective value of parameter `name` of rule `id`.
  std::string parameter(std::string_view id, std::string_view name) const;

  /// Runs every enabled rule on `form`. Thread-safe: one set may be checked from any
  /// number of threads at once (each check has its own scratch data), provided the
  /// user rules' checks are thread-safe too. Throws only what a rule throws under
  /// `RuleFailure::rethrow`, and `std::bad_alloc`.
  Report check(const PerformanceForm& form) const;
  /// Runs every enabled rule on `form`, giving each finding the source position
  /// `locate` returns for its path (e.g. from the importer's `io::SourceMap`).
  Report check(const PerformanceForm& form, const Locator& locate) const;
  /// Runs every enabled rule on an imported `form`, with the importer's findings
  /// `import_findings` (`io::ImportResult::findings`): rules that read a block the
  /// importer could not place cells of say so once instead of a finding per symptom
  /// (docs/rules.md, "imported with repairs").
  Report check(const PerformanceForm& form, const Locator& locate, const std::vector<Finding>& import_findings) const;

 private:
  struct Entry;
  struct State;
  explicit RuleSet(std::shared_ptr<const State> state) : state_(std::move(state)) {}
  std::shared_ptr<const State> state_;
};

/// The outcome of a review: every finding, sorted by location, with counts and a
/// suggested grade. Its writers (text, JSON, SARIF, Markdown) are in `io/report_io.hpp`.
class Report {
 public:
  /// An empty report graded with the default rubric.
  Report() = default;
  /// A report of `findings` (sorted here) graded by `rubric`; every finding costs its
  /// points (a rule set's own check, with no reading findings among them).
  Report(std::vector<Finding> findings, ReviewRubric rubric);
  /// A report of the findings of reading a form (`reading`: the importer's JX-I…, the
  /// files' JX-IO…) and of reviewing it (`review`), sorted together. Reading findings are
  /// listed and counted but deduct no points: the score grades the form, not how well it
  /// was read. A reading error or warning (cells lost or repaired) keeps the grade at 良
  /// or below, since part of the form could not be checked (whatever `error_caps_at_good`
  /// says: that setting is about the form's own errors).
  Report(std::vector<Finding> reading, std::vector<Finding> review, ReviewRubric rubric);
  /// Findings in location order (form order of sections, then numeric indices), then rule id.
  const std::vector<Finding>& findings() const noexcept { return findings_; }
  /// Number of findings of `severity`.
  std::size_t count(Severity severity) const noexcept;
  /// True when there is no error.
  bool ok() const noexcept { return count(Severity::error) == 0; }
  /// The rubric score (100 − deductions, at least 0; reading findings deduct nothing).
  Decimal score() const { return score_; }
  /// The suggested review grade.
  ReviewGrade grade() const;

 private:
  void sort(std::vector<Finding> findings);

  std::vector<Finding> findings_;
  ReviewRubric rubric_;
  Decimal score_ = Decimal(100);
  bool read_with_loss_ = false;  // reading left an error or a warning
};

}  // namespace jixiao
