/// @file scoring.hpp
/// @brief Year-end self-evaluation (绩效自评): `Actuals` (what happened), `score` (the
/// arithmetic a finance bureau does, under a `Profile`) and `Scorecard` (every number
/// with its inputs, formula and rounding, the total, the rating and what is missing).
/// Actuals files are read by `io/observations_io.hpp`.
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
#include "jixiao/observation.hpp"
#include "jixiao/profile.hpp"
#include "jixiao/quantity.hpp"
#include "jixiao/target.hpp"

namespace jixiao {

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
  /// Per-indicator observations at year end (any order; matched by index or name).
  std::vector<Observation> indicators;
  /// Budget-execution figures, when there is a budget row.
  std::optional<BudgetActuals> budget;
  /// 总分 as published, for comparison.
  std::optional<Decimal> published_total;
  /// 自评等级 as published, for comparison.
  std::string published_rating;
};

/// The actuals a self-evaluation form carries (实际完成值, 分值, 得分, 偏差原因, the
/// execution rows and the printed total), as the table importer fills them.
Actuals actuals_from_form(const PerformanceForm& form, std::vector<Diagnostic>* diagnostics = nullptr);

/// True when `form` carries actuals to score: a self-evaluation, or any indicator with an
/// actual value (实际完成值) filled in. The one test the report and the batch use.
bool carries_actuals(const PerformanceForm& form) noexcept;

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
  sub_items,       ///< An aggregate row (★): the sum of its sub-items' points.
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
  /// True when no weight was given and the row took an equal share of its 一级 block
  /// (or, for a sub-item, of its aggregate row's 分值).
  bool weight_derived = false;
  /// For a sub-item, the index (`index`) of its aggregate row. An aggregate row carries a
  /// 分值 and no target or actual, and the rows right after it carry targets and no 分值
  /// (`★补助各类瓜果蔬菜种植面积 10` over `梨树种植面积 6亩 6亩` …): the sub-items share its
  /// 分值 equally, the aggregate's points are the sum of theirs (`ScoreMethod::sub_items`),
  /// and only the aggregate counts in the totals.
  std::optional<std::size_t> part_of;
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
  /// The achievement of a graded row.
  std::optional<Achievement> achievement;
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

/// The result of `score`: every row explained, totals, rating and what is missing.
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
  /// The rating (自评等级) the total earns under the profile.
  std::string rating;
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
  std::string published_rating;
  /// Everything worth reporting: missing actuals and reasons, weights, bands, units,
  /// published numbers that disagree (rule ids `JX-S…`, listed in docs/scoring.md).
  std::vector<Finding> findings;

  /// True when every applicable row got points and no finding is an error.
  bool complete() const noexcept;
};

/// Scores `form` with `actuals` under `profile`. Never throws for any data: bad data
/// becomes findings, and arithmetic past 18 digits a `JX-S021` finding on its row (only
/// `std::bad_alloc` can escape). Thread-safe: any number of threads may score at once,
/// also the same form, actuals and profile (they are only read).
Scorecard score(const PerformanceForm& form, const Actuals& actuals, const Profile& profile);

}  // namespace jixiao
