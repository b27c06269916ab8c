/// @file profile.hpp
/// @brief `Profile`: everything a jurisdiction or a year changes in scoring, review and
/// monitoring (taxonomy variant, weights, formulas, rounding, bands, thresholds), as
/// data. Built-in profiles ship as files under `profiles/` and are embedded in the
/// library; `io/profile_io.hpp` reads them (`io::builtin_profile`) and users' own copies
/// (`io::load_profile`).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "jixiao/decimal.hpp"
#include "jixiao/taxonomy.hpp"
#include "jixiao/text.hpp"

namespace jixiao {

/// Formula for 反向 (≤, <) rows, A = target, B = actual, w = weight.
enum class ReverseFormula : std::uint8_t {
  ratio,   ///< R1: w × min(1, A/B).
  linear,  ///< R2: w if B ≤ A; w × (1 − (B−A)/A) if A < B < 2A; 0 if B ≥ 2A.
};

/// `ratio` or `linear`.
const char* to_string(ReverseFormula formula) noexcept;
/// Reads `ratio` or `linear`.
template <>
std::optional<ReverseFormula> from_string<ReverseFormula>(std::string_view text);

/// Formula for 等于 (=, ranges) rows that miss the value.
enum class EqualFormula : std::uint8_t {
  as_positive,  ///< Scored like 正向: B ≥ A → w, else w × B/A (the deployed rule).
  symmetric,    ///< w × max(0, 1 − |B−A|/A): over- and under-shooting cost the same.
};

/// `as_positive` or `symmetric`.
const char* to_string(EqualFormula formula) noexcept;
/// Reads `as_positive` or `symmetric`.
template <>
std::optional<EqualFormula> from_string<EqualFormula>(std::string_view text);

/// What a row with target A = 0 scores (division by zero in the ratio formulas).
enum class ZeroTargetRule : std::uint8_t {
  met_or_nothing,  ///< Full weight when the comparison holds (B ≥ 0 for 正向, B ≤ 0 for 等于), else 0.
  finding,         ///< No score; the row gets a finding and needs a manual score.
};

/// `met_or_nothing` or `finding`.
const char* to_string(ZeroTargetRule rule) noexcept;
/// Reads `met_or_nothing` or `finding`.
template <>
std::optional<ZeroTargetRule> from_string<ZeroTargetRule>(std::string_view text);

/// How the budget-execution (预算执行率) row is scored.
enum class BudgetRule : std::uint8_t {
  linear,  ///< w × 执行率 (capped at w when `Profile::budget_capped`).
  steps,   ///< A step table: the first `BudgetStep` whose `min_rate` the rate reaches.
};

/// `linear` or `steps`.
const char* to_string(BudgetRule rule) noexcept;
/// Reads `linear` or `steps`.
template <>
std::optional<BudgetRule> from_string<BudgetRule>(std::string_view text);

/// One step of a stepwise budget rule: at 执行率 ≥ `min_rate` (%), the row scores
/// `fraction` × w. Steps are tried in order, highest rate first.
struct BudgetStep {
  /// Lowest execution rate in percent for this step (`90` for 90%).
  Decimal min_rate;
  /// Share of the weight awarded, 0..1.
  Decimal fraction;
};

/// A named rounding: `scale` decimals with `mode` (`{0, down}` is truncation to whole points).
struct RoundingRule {
  /// Decimals kept.
  int scale = 2;
  /// How the dropped digits round.
  RoundingMode mode = RoundingMode::half_up;
};

/// Which kind of row a rounding applies to.
enum class RowKind : std::uint8_t {
  quantitative,  ///< 定量 rows (正向, 反向, 等于, deadlines).
  qualitative,   ///< 定性 rows (a score picked inside its band).
  budget,        ///< The budget-execution row.
  total,         ///< The total (after the rows are rounded and summed).
};

/// The lower boundaries of the qualitative bands as shares of the weight:
/// 达成 [achieved_min·w, w], 部分达成 [partial_min·w, achieved_min·w), 未达成 [0, partial_min·w).
struct QualitativeBands {
  /// Lowest share of w for 达成 (0.8).
  Decimal achieved_min = Decimal::from_parts(8, 1);
  /// Lowest share of w for 部分达成 (0.6 national, 0.5 municipal).
  Decimal partial_min = Decimal::from_parts(6, 1);
};

/// A rating (自评等级) and the lowest self-evaluation total that earns it (inclusive).
struct RatingBand {
  /// The rating (`优`, `良`, `中`, `差`).
  std::string name;
  /// Lowest total for the rating, inclusive.
  Decimal min;
};

/// Which amount the key-task funds are compared with (domain-sources §7.4 I5).
enum class KeyTaskBase : std::uint8_t {
  project_expenditure,  ///< 项目支出 (default: tasks are project money).
  total,                ///< The whole 部门预算支出.
};

/// `project_expenditure` or `total`.
const char* to_string(KeyTaskBase base) noexcept;
/// Reads `project_expenditure` (also `project`) or `total`.
template <>
std::optional<KeyTaskBase> from_string<KeyTaskBase>(std::string_view text);

/// The rubric of 财预〔2015〕88号 that turns review findings into a suggested review
/// grade (`ReviewGrade`): score = 100 − Σ points per finding (by severity), floored at
/// 0; then 优 when score ≥ `excellent_min`, 良 when ≥ `good_min`, 中 when ≥ `fair_min`,
/// else 差. With `error_caps_at_good`, any error keeps the grade at 良 or below.
/// Points are never negative in a profile file (JX-IO019); set negative through this
/// struct they deduct nothing, so the score stays within 0..100.
struct ReviewRubric {
  /// Points deducted per error.
  Decimal error_points = Decimal(10);
  /// Points deducted per warning.
  Decimal warning_points = Decimal(1);
  /// Points deducted per info finding.
  Decimal info_points = Decimal(0);
  /// Lowest score graded 优.
  Decimal excellent_min = Decimal(90);
  /// Lowest score graded 良.
  Decimal good_min = Decimal(80);
  /// Lowest score graded 中.
  Decimal fair_min = Decimal(60);
  /// An error means the form cannot proceed unchanged: at best 良.
  bool error_caps_at_good = true;
};

/// Traffic-light bands for monitoring ratios in percent: red below `red_below`,
/// yellow up to `green_from`, green from `green_from`.
struct ColourBands {
  /// Ratios below this are red (60).
  Decimal red_below = Decimal(60);
  /// Ratios at or above this are green (80).
  Decimal green_from = Decimal(80);
};

/// The weight of one 一级 block in the indicator total.
struct Level1Weight {
  /// The 一级.
  Level1 level1 = Level1::unknown;
  /// Its points (产出 50).
  Decimal points;
};

/// A scoring, review and monitoring policy. Regular value; read one with
/// `io::builtin_profile`, `io::load_profile` or `io::read_profile`, or set the fields
/// directly.
///
/// A default-constructed profile **is the national profile**: every field equals
/// `io::builtin_profile("national")` (profiles/national.info), name and description
/// included, so `score(form, actuals, Profile{})` scores as 财预〔2020〕10号 does
/// (docs/profiles.md, "The default profile"). Not thread-safe to modify while another
/// thread reads it; any number of threads may read one profile.
struct Profile {
  /// Short key (`national`).
  std::string name = "national";
  /// One line saying what the profile is for and where its numbers come from.
  std::string description =
      "财预〔2020〕10号 defaults: 50/30/10 + budget 10, ratio reverse, bands 0.8/0.6, 2 decimals half-up, grades 90/80/60";

  // --- taxonomy and review ---------------------------------------------------------
  /// Which taxonomy (成本 as 二级 of 产出, or as 一级 under 101号).
  TaxonomyVariant taxonomy = TaxonomyVariant::classic;
  /// 一级 that must carry at least one 三级 row (review rule R5).
  std::vector<Level1> mandatory_level1 = {Level1::output, Level1::benefit};
  /// Lowest acceptable 满意度 target in percent (review rule R8).
  Decimal satisfaction_minimum = Decimal(80);
  /// Highest acceptable share of 定性 rows in percent (review rule R7).
  Decimal qualitative_share_max = Decimal(50);
  /// Longest 三级 name in characters (review rule R2).
  int indicator_name_max_chars = 100;
  /// Whether range targets (`90%-95%`) are allowed (review rule R15).
  bool allow_ranges = true;
  /// What the key-task funds are compared with (review rules JX-B003/JX-B004).
  KeyTaskBase key_task_base = KeyTaskBase::project_expenditure;
  /// How review findings become a suggested review grade.
  ReviewRubric review_rubric;

  // --- weights -----------------------------------------------------------------------
  /// Points of each 一级 block (产出 50, 效益 30, 满意度 10); empty for a free split (the
  /// rows' own 分值 count as written).
  std::vector<Level1Weight> level1_weights = {
      {Level1::output, Decimal(50)}, {Level1::benefit, Decimal(30)}, {Level1::satisfaction, Decimal(10)}};
  /// Points of the budget-execution row (10; 20 in the municipal template; 0 for none).
  Decimal budget_weight = Decimal(10);
  /// Whether the budget row counts in the total (false when the printed total covers
  /// the indicators only).
  bool budget_in_total = true;
  /// The total the weights must add up to (100).
  Decimal total_points = Decimal(100);
  /// When set, the indicator rows' sum is rescaled to these points (100 points of
  /// rows inside an 80-point block: subtotal × 80 / Σ row weights).
  std::optional<Decimal> indicator_block_points;

  // --- formulas ----------------------------------------------------------------------
  /// 反向 formula.
  ReverseFormula reverse = ReverseFormula::ratio;
  /// 等于 formula when the value is missed.
  EqualFormula equal = EqualFormula::as_positive;
  /// What A = 0 scores.
  ZeroTargetRule zero_target = ZeroTargetRule::met_or_nothing;
  /// Whether quantitative rows are capped at their weight (false: over-achievement
  /// scores above the weight, as one published table does).
  bool cap_over_achievement = true;
  /// Qualitative band boundaries.
  QualitativeBands qualitative_bands;
  /// Budget-execution rule.
  BudgetRule budget_rule = BudgetRule::linear;
  /// Whether the linear budget score is capped at its weight.
  bool budget_capped = true;
  /// Steps for `BudgetRule::steps`, highest rate first.
  std::vector<BudgetStep> budget_steps;
  /// When set, 执行率 (in %) is rounded this way before it is used (`99.10%` → `99%`).
  std::optional<RoundingRule> rate_rounding;

  // --- rounding ----------------------------------------------------------------------
  /// Rounding of quantitative row scores.
  RoundingRule round_quantitative;
  /// Rounding of qualitative row scores (a picked score with more decimals is rounded).
  RoundingRule round_qualitative;
  /// Rounding of the budget row score.
  RoundingRule round_budget;
  /// Rounding of the total.
  RoundingRule round_total;

  // --- ratings and thresholds --------------------------------------------------------
  /// Rating bands (自评等级), highest first (优 90, 良 80, 中 60, 差 0).
  std::vector<RatingBand> rating_bands = {{"优", Decimal(90)}, {"良", Decimal(80)}, {"中", Decimal(60)}, {"差", Decimal(0)}};
  /// |deviation| in percent at or above which a reason is required (30).
  Decimal deviation_threshold = Decimal(30);
  /// 执行率 in percent below which a reason is required (90).
  Decimal execution_reason_below = Decimal(90);

  // --- monitoring --------------------------------------------------------------------
  /// Bands for budget progress ÷ time progress and indicator progress (60/80).
  ColourBands monitoring_bands;

  /// The rounding for a row kind.
  const RoundingRule& rounding(RowKind kind) const noexcept;
  /// The points of a 一级 block, when the profile gives it one.
  std::optional<Decimal> weight_of(Level1 level1) const noexcept;
  /// The rating a total earns (the first band whose minimum it reaches); empty when
  /// the profile has no bands.
  std::string rating(const Decimal& total) const;
};

}  // namespace jixiao
