/// @file monitoring.hpp
/// @brief In-year monitoring (绩效运行监控, 双监控): budget progress against time
/// progress, per-indicator progress (cumulative or rate), 完成可能性 and the rows whose
/// deviation needs a reason, with traffic-light colours from the profile. Progress files
/// are read by `io/observations_io.hpp`.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jixiao/decimal.hpp"
#include "jixiao/finding.hpp"
#include "jixiao/form.hpp"
#include "jixiao/observation.hpp"
#include "jixiao/profile.hpp"
#include "jixiao/quantity.hpp"
#include "jixiao/target.hpp"

namespace jixiao {

/// Traffic light of a monitored item.
enum class Colour : std::uint8_t {
  green,   ///< On track (ratio ≥ the profile's green_from).
  yellow,  ///< Behind (between red_below and green_from).
  red,     ///< Far behind (ratio < red_below).
  none,    ///< Cannot be judged (no progress, no target, no time progress).
};

/// `green`, `yellow`, `red` or `none`.
const char* to_string(Colour colour) noexcept;

/// Everything a monitoring report needs besides the form.
struct Progress {
  /// Per-indicator observations to date.
  std::vector<Observation> indicators;
  /// 预算数 (全年预算数, or 年初预算数 when not adjusted).
  std::optional<Decimal> budget;
  /// 执行数 to date.
  std::optional<Decimal> executed;
  /// Reason for slow budget execution.
  std::string budget_reason;
};

/// One monitored indicator row.
struct ProgressRow {
  /// Row in the form.
  std::size_t index = 0;
  /// 三级 name.
  std::string name;
  /// 年度指标值 as written.
  std::string target_text;
  /// Progress as written.
  std::string progress_text;
  /// Compared with time progress (cumulative) or with the target directly (rate).
  bool cumulative = false;
  /// Completion to date in percent of the target (B/A; A/B for 反向 rates).
  std::optional<Decimal> completion;
  /// Progress judged against expectations, in percent (100 = on track).
  std::optional<Decimal> ratio;
  /// How `ratio` was obtained, with the numbers.
  std::string arithmetic;
  /// The light.
  Colour colour = Colour::none;
  /// 完成可能性: as given, else derived from the colour (green 确定能, else 有可能).
  std::optional<Likelihood> likelihood;
  /// True when `likelihood` was given, not derived.
  bool likelihood_given = false;
  /// ratio − 100, in percent.
  std::optional<Decimal> deviation;
  /// True when |deviation| ≥ the profile's threshold or the target is judged 完全不可能.
  bool needs_reason = false;
  /// The reason given.
  std::string reason;
};

/// The result of `monitor`.
struct MonitorReport {
  /// Month monitored (1..12).
  int month = 0;
  /// Time progress month/12 in percent.
  Decimal time_progress;
  /// 执行数/预算数 in percent.
  std::optional<Decimal> budget_progress;
  /// Budget progress ÷ time progress × 100.
  std::optional<Decimal> budget_ratio;
  /// How the budget ratio was obtained.
  std::string budget_arithmetic;
  /// Light of the budget ratio.
  Colour budget_colour = Colour::none;
  /// True when the budget light is not green and no reason is given.
  bool budget_missing_reason = false;
  /// Indicator rows in form order.
  std::vector<ProgressRow> rows;
  /// Row indices whose deviation needs a reason and has none.
  std::vector<std::size_t> missing_reasons;
  /// Rows without progress, missing budget figures, unit problems (`JX-M…`).
  std::vector<Finding> findings;
};

/// Monitors `form` at the end of `month` (1..12) under `profile`. Throws
/// `jixiao::error` (`[jixiao.monitor.month]`) for a month outside 1..12 (misuse); bad
/// data becomes findings, and arithmetic past 18 digits a `JX-M007` finding.
/// Thread-safe: any number of threads may monitor at once, also the same form,
/// progress and profile (they are only read).
MonitorReport monitor(const PerformanceForm& form, const Progress& progress, int month, const Profile& profile);

}  // namespace jixiao
