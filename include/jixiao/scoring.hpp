/// @file scoring.hpp
/// @brief Year-end self-evaluation (绩效自评): `Actuals` (what happened), `score` (the
/// arithmetic a finance bureau does, under a `Profile`) and `Scorecard` (every number
/// with its inputs, formula and rounding, the total, the grade and what is missing).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jixiao/decimal.hpp"
#include "jixiao/diagnostic.hpp"
#include "jixiao/finding.hpp"
#include "jixiao/form.hpp"
#include "jixiao/profile.hpp"
#include "jixiao/quantity.hpp"
#include "jixiao/target.hpp"

namespace jixiao {

/// What happened for one indicator (实际完成值 and what the evaluator adds to it).
struct IndicatorActual {
  /// Row in `PerformanceForm::indicators` (0-based); when absent, `name` finds the row.
  std::optional<std::size_t> index;
  /// 三级 name, used to find the row when `index` is absent.
  std::string name;
  /// The actual as written (`487人`, `98%`, `2021年12月20日`, `达成`), kept for display.
  std::string text;
  /// A measured actual.
  std::optional<Quantity> value;
  /// A completion date (for deadline targets).
  std::optional<Deadline> date;
  /// A completion grade (qualitative rows, or any row the evaluator grades).
  std::optional<Achievement> achievement;
  /// The score the evaluator picked inside the grade's band (qualitative rows).
  std::optional<Decimal> chosen_score;
  /// 分值 when the actuals give it (overrides the form's weight).
  std::optional<Decimal> weight;
  /// 偏差原因分析 / 未完成原因.
  std::string reason;
  /// The indicator does not apply this year: it drops out and the rest rescale.
  bool not_applicable = false;
  /// A manual adjustment in points (negative to deduct), as reviewers make.
  std::optional<Decimal> adjustment;
  /// Why the adjustment was made; an adjustment without one is not applied.
  std::string adjustment_justification;
  /// 得分 as published, for comparison.
  std::optional<Decimal> published_score;
};

/// The budget-execution figures of a self-evaluation (项目资金, 年度资金总额 row).
struct BudgetActuals {
  /// 年初预算数 (shown, not used in the rate).
  std::optional<Decimal> initial_budget;
  /// 全年预算数 (A, the adjusted budget incl. 上年结转).
  std::optional<Decimal> full_year_budget;
  /// 全年执行数 (B).
  std::optional<Decimal> executed;
  /// 分值 of the budget row when the table gives it (overrides the profile).
  std::optional<Decimal> weight;
  /// 执行率 as printed (`99%`, `0.1`), compared with the recomputed B/A.
  std::string printed_rate;
  /// 得分 as published, for comparison.
  std::optional<Decimal> published_score;
  /// Reason for an execution rate below the profile's threshold.
  std::string reason;
};

/// Everything that happened: per-indicator actuals, budget figures, published totals.
struct Actuals {
  /// Per-indicator actuals (any order; matched by index or name).
  std::vector<IndicatorActual> indicators;
  /// Budget-execution figures, when there is a budget row.
  std::optional<BudgetActuals> budget;
  /// 总分 as published, for comparison.
  std::optional<Decimal> published_total;
  /// 自评等级 as published, for comparison.
  std::string published_grade;
};

/// Reads one 实际完成值 cell into `actual` (value, date or grade). Never throws.
/// Understood: a number with an optional unit (`487人`, `98%`, `0.95`, `14.8万元`; a
/// leading comparator such as `≥90%` is dropped with a warning diagnostic), a date
/// (`2021-12-20`, `2021年12月20日`, `2021年12月`, `12月底`), and the grades
/// 达成/部分达成/未达成 with their long forms (`达成预期指标`, `已完成`, `是`, `否`, …).
/// Anything else is a diagnostic and leaves the value fields empty.
std::vector<Diagnostic> read_actual(std::string_view text, IndicatorActual& actual);

/// Reads actuals from JSON, INFO or XML text (chosen by content; schema in
/// docs/scoring.md). Never throws; bad entries give diagnostics naming the key path.
Parsed<Actuals> parse_actuals(std::string_view text, std::string_view origin = "actuals");
/// Reads an actuals file. Never throws.
Parsed<Actuals> load_actuals(const std::string& path);
/// The actuals a self-evaluation form carries (实际完成值, 分值, 得分, 偏差原因, the
/// execution rows and the printed total), as the table importer fills them.
Actuals actuals_from_form(const PerformanceForm& form, std::vector<Diagnostic>* diagnostics = nullptr);

/// How a row was scored.
enum class ScoreMethod : std::uint8_t {
  positive,        ///< 正向: w × min(1, B/A).
  reverse_ratio,   ///< 反向 R1: w × min(1, A/B).
  reverse_linear,  ///< 反向 R2: w × (1 − (B−A)/A), 0 from 2A.
  equal,           ///< 等于 (as 正向 or symmetric per profile).
  range,           ///< Within [lo, hi] full; below as 正向 on lo, above as 反向 on hi.
  zero_target,     ///< A = 0: full when the comparison holds, else 0.
  deadline,        ///< On or before the date: full, else 0.
  graded,          ///< A grade and a score inside its band (定性, or graded by hand).
  not_scored,      ///< Could not be scored (see the findings).
  not_applicable,  ///< Dropped: the rest rescale.
};

/// The stable English name of a method (`positive`, `reverse_ratio`, …).
const char* to_string(ScoreMethod method) noexcept;

/// One scored indicator row.
struct ScoreRow {
  /// Row in `PerformanceForm::indicators`.
  std::size_t index = 0;
  /// 一级.
  Level1 level1 = Level1::unknown;
  /// 二级.
  Level2 level2 = Level2::unknown;
  /// 三级 name.
  std::string name;
  /// The target as written (A).
  std::string target_text;
  /// The actual as written (B).
  std::string actual_text;
  /// 分值 used.
  Decimal weight;
  /// True when no weight was given and the row took an equal share of its 一级 block.
  bool weight_derived = false;
  /// How the row was scored.
  ScoreMethod method = ScoreMethod::not_scored;
  /// The formula in words (`w × min(1, B/A)`).
  std::string formula;
  /// The formula with the numbers (`20 × 487/500 = 19.48`).
  std::string arithmetic;
  /// True when the formula's value was cut to the weight (over-achievement).
  bool capped = false;
  /// Whether the target is met.
  bool met = false;
  /// The grade of a graded row.
  std::optional<Achievement> grade;
  /// Band of a graded row: lowest allowed score.
  std::optional<Decimal> band_min;
  /// Band of a graded row: highest allowed score (exclusive except for 达成).
  std::optional<Decimal> band_max;
  /// Points before any manual adjustment; absent when not scored.
  std::optional<Decimal> formula_points;
  /// The manual adjustment applied, if any.
  std::optional<Decimal> adjustment;
  /// Its justification.
  std::string adjustment_justification;
  /// Final points of the row; absent when the row could not be scored or does not apply.
  std::optional<Decimal> points;
  /// Deviation in percent ((B−A)/A for 正向, (A−B)/A for 反向), when defined.
  std::optional<Decimal> deviation;
  /// True when the profile requires a reason (unmet, or |deviation| ≥ threshold).
  bool needs_reason = false;
  /// The reason text given.
  std::string reason;
  /// The indicator does not apply.
  bool not_applicable = false;
  /// 得分 as published, when known.
  std::optional<Decimal> published_points;
};

/// The scored budget-execution row.
struct BudgetScore {
  /// 年初预算数.
  std::optional<Decimal> initial_budget;
  /// 全年预算数 (A).
  std::optional<Decimal> full_year_budget;
  /// 全年执行数 (B).
  std::optional<Decimal> executed;
  /// 执行率 B/A in percent, as used (rounded only when the profile says so).
  std::optional<Decimal> rate;
  /// 执行率 as printed.
  std::string printed_rate;
  /// 分值.
  Decimal weight;
  /// The formula in words.
  std::string formula;
  /// The formula with the numbers (`10 × 96/100 = 9.60`).
  std::string arithmetic;
  /// True when the rate exceeded 100% and the score was capped.
  bool capped = false;
  /// Points; absent when A or B is missing.
  std::optional<Decimal> points;
  /// True when 执行率 is below the profile's threshold.
  bool needs_reason = false;
  /// The reason text given.
  std::string reason;
  /// 得分 as published.
  std::optional<Decimal> published_points;
};

/// Points per 一级 block.
struct Level1Total {
  /// The 一级.
  Level1 level1 = Level1::unknown;
  /// Σ weights of its applicable rows.
  Decimal weight;
  /// Σ points of its rows.
  Decimal points;
  /// The profile's points for the block, when it gives them.
  std::optional<Decimal> profile_weight;
};

/// The result of `score`: every row explained, totals, grade and what is missing.
struct Scorecard {
  /// Name of the profile used.
  std::string profile;
  /// Indicator rows, in form order (rows with an empty name are skipped).
  std::vector<ScoreRow> rows;
  /// The budget row, when the profile has one and the actuals give figures.
  std::optional<BudgetScore> budget;
  /// Totals by 一级, in first-seen order.
  std::vector<Level1Total> level1_totals;
  /// Σ weights of the indicator rows (all rows, applicable or not).
  Decimal indicator_weight;
  /// Σ points of the indicator rows.
  Decimal indicator_points;
  /// The indicator part of the total after not-applicable and block rescaling.
  Decimal indicator_part;
  /// How `indicator_part` was obtained (`Σ rows = 78.15` or `78.15 × 80/100 = 62.52`).
  std::string indicator_arithmetic;
  /// The total, rounded per the profile.
  Decimal total;
  /// The grade the total earns under the profile.
  std::string grade;
  /// The maximum possible total (weights in the total).
  Decimal max_total;
  /// Row indices (form order) whose reason is required and missing.
  std::vector<std::size_t> missing_reasons;
  /// True when the budget row needs a reason and has none.
  bool budget_missing_reason = false;
  /// Form rows without any actual.
  std::vector<std::size_t> without_actuals;
  /// True when the weights add up to what the profile expects.
  bool weights_ok = true;
  /// 总分 as published.
  std::optional<Decimal> published_total;
  /// 自评等级 as published.
  std::string published_grade;
  /// Everything worth reporting: missing actuals and reasons, weights, bands, units,
  /// published numbers that disagree (rule ids `JX-S…`, listed in docs/scoring.md).
  std::vector<Finding> findings;

  /// True when every applicable row got points and no finding is an error.
  bool complete() const noexcept;
};

/// Scores `form` with `actuals` under `profile`. Never throws for bad data (bad data
/// becomes findings); throws only on Decimal overflow from absurd magnitudes.
Scorecard score(const PerformanceForm& form, const Actuals& actuals, const Profile& profile);

}  // namespace jixiao
