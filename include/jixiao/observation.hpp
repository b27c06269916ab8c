/// @file observation.hpp
/// @brief `Observation`: what happened to one indicator, as a self-evaluation (实际完成值)
/// or an in-year monitoring (当前完成值) records it, and `read_observation`, which reads
/// one such cell. Scoring and monitoring take the same type.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jixiao/decimal.hpp"
#include "jixiao/diagnostic.hpp"
#include "jixiao/quantity.hpp"
#include "jixiao/target.hpp"
#include "jixiao/text.hpp"

namespace jixiao {

/// 完成目标可能性, as a unit judges it during monitoring.
enum class Likelihood : std::uint8_t {
  certain,     ///< 确定能.
  possible,    ///< 有可能.
  impossible,  ///< 完全不可能.
};

/// `certain`, `possible` or `impossible`.
const char* to_string(Likelihood likelihood) noexcept;
/// The Chinese words (`确定能`, `有可能`, `完全不可能`).
const char* chinese_name(Likelihood likelihood) noexcept;
/// Reads the key or the Chinese words.
template <>
std::optional<Likelihood> from_string<Likelihood>(std::string_view text);

/// What happened to one indicator: the value to date (monitoring) or at year end
/// (self-evaluation), and what the unit or the evaluator adds to it. Fields that only
/// one of the two uses are marked so; the other ignores them.
struct Observation {
  /// Row in `PerformanceForm::indicators` (0-based); when absent, `name` finds the row.
  std::optional<std::size_t> index;
  /// 三级 name, used to find the row when `index` is absent.
  std::string name;
  /// The value as written (`487人`, `98%`, `2021年12月20日`, `达成`), kept for display.
  /// The text and its reading (`value()`, `date()`) are set together, only by
  /// `read_observation`, so they cannot disagree.
  const std::string& text() const noexcept { return text_; }
  /// A measured value read from `text()`.
  const std::optional<Quantity>& value() const noexcept { return value_; }
  /// A completion date (for deadline targets) read from `text()`.
  const std::optional<Deadline>& date() const noexcept { return date_; }
  /// A completion grade (定性 rows, or any row the evaluator grades): set by
  /// `read_observation` when the cell's words name one (`达成`), and by the evaluator's
  /// own grade (the `grade` key of an actuals file), which takes precedence.
  std::optional<Achievement> achievement;
  /// 偏差原因分析 / 未完成原因 / 偏差原因说明.
  std::string reason;

  /// Scoring: the score the evaluator picked inside the achievement's band (定性 rows).
  std::optional<Decimal> chosen_score;
  /// Scoring: 分值 when the observation gives it (overrides the form's weight).
  std::optional<Decimal> weight;
  /// Scoring: the indicator does not apply this year; it drops out and the rest rescale.
  bool not_applicable = false;
  /// Scoring: a manual adjustment in points (negative to deduct), as reviewers make.
  std::optional<Decimal> adjustment;
  /// Scoring: why the adjustment was made; an adjustment without one is not applied.
  std::string adjustment_justification;
  /// Scoring: 得分 as published, for comparison.
  std::optional<Decimal> published_score;

  /// Monitoring: 完成可能性 as the unit judges it.
  std::optional<Likelihood> likelihood;
  /// Monitoring: forces cumulative (true) or rate (false) treatment; otherwise `%`
  /// targets are rates.
  std::optional<bool> cumulative;

 private:
  std::string text_;
  std::optional<Quantity> value_;
  std::optional<Deadline> date_;
  friend std::vector<Diagnostic> read_observation(std::string_view text, Observation& observation);
};

/// Reads one observed cell into `observation` (`text()`, and `value()`, `date()` or
/// `achievement`): the only way to set the text and its reading. Never throws.
/// Understood: a number with an optional unit (`487人`,
/// `98%`, `0.95`, `14.8万元`; a leading comparator such as `≥90%` is dropped with a
/// `jixiao.actual.comparator_dropped` diagnostic), a date in the target grammar's
/// spellings (`2021-12-20`, `2021年12月20日`, `2021年12月`, `12月底`, `12月底前`), and the
/// grades 达成/部分达成/未达成 with their long forms (`达成预期指标`, `已完成`, `是`, `否`, …).
/// Anything else is a diagnostic and leaves the value fields empty.
std::vector<Diagnostic> read_observation(std::string_view text, Observation& observation);

/// The achievement a whole cell names (`达成`, `部分完成`, `否`, `achieved`, …), if any.
std::optional<Achievement> achievement_from_words(std::string_view text) noexcept;

}  // namespace jixiao
