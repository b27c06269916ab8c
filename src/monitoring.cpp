// monitor(): budget progress vs time progress, indicator progress and 完成可能性.
#include "jixiao/monitoring.hpp"

#include <cctype>

#include "jixiao/scoring.hpp"
#include "jixiao/text.hpp"
#include "observation_match.hpp"

namespace jixiao {
namespace {

constexpr int kShown = 2;  // decimals of displayed percentages

std::string str(const Decimal& d) { return d.to_string(); }

Colour colour_of(const Decimal& ratio, const ColourBands& bands) {
  if (ratio < bands.red_below) return Colour::red;
  if (ratio < bands.green_from) return Colour::yellow;
  return Colour::green;
}

std::string path_of(std::size_t i) { return "/indicators/" + std::to_string(i); }

Finding make(const char* id, Severity s, std::string path, std::string zh, std::string en) {
  Finding f;
  f.rule_id = id;
  f.severity = s;
  f.location.path = std::move(path);
  f.template_zh = std::move(zh);
  f.template_en = std::move(en);
  return f;
}

void judge_quantitative(ProgressRow& row, const Target& target, Quantity value, int month, const Decimal& time_progress,
                        MonitorReport& report) {
  Quantity a = target.quantity();
  if (!(value.unit == a.unit) && !value.unit.empty() && !a.unit.empty()) {
    auto c = convertible(value.unit, a.unit) ? value.convert_to(a.unit) : std::nullopt;
    if (!c) {
      Finding f = make("JX-M002", Severity::error, path_of(row.index), "进度单位 {unit} 与目标单位 {target_unit} 不一致",
                       "the progress unit {unit} does not convert to the target unit {target_unit}");
      f.arg("unit", value.unit.symbol()).arg("target_unit", a.unit.symbol());
      report.findings.push_back(std::move(f));
      return;
    }
    value = *c;
  }
  const Decimal A = a.value;
  const Decimal B = value.value;
  const Comparator op = target.op();
  const bool reverse = target.kind() == TargetKind::comparison && (op == Comparator::le || op == Comparator::lt);
  if (A.sign() <= 0) {
    row.arithmetic = "A = " + str(A) + ": no ratio";
    return;
  }
  if (row.cumulative) {
    const Decimal months(month);
    if (reverse) {
      // A ceiling spent evenly: by month m at most A × m/12 should be used.
      if (B.is_zero()) {
        row.ratio = Decimal(100);
        row.arithmetic = "B = 0: on track";
      } else {
        row.ratio = divide(A * months * Decimal(100), B * Decimal(12), kShown, RoundingMode::half_up);
        row.arithmetic = "(" + str(A) + " × " + std::to_string(month) + "/12) / " + str(B) + " × 100 = " + str(*row.ratio);
      }
      row.completion = divide(B * Decimal(100), A, kShown, RoundingMode::half_up);
    } else {
      row.completion = divide(B * Decimal(100), A, kShown, RoundingMode::half_up);
      row.ratio = divide(B * Decimal(1200), A * months, kShown, RoundingMode::half_up);
      row.arithmetic = "(" + str(B) + "/" + str(A) + ") / (" + std::to_string(month) + "/12) × 100 = " + str(*row.ratio);
    }
  } else {
    if (reverse) {
      row.completion = B.is_zero() ? Decimal(100) : divide(A * Decimal(100), B, kShown, RoundingMode::half_up);
      row.ratio = row.completion;
      row.arithmetic = B.is_zero() ? "B = 0: on track" : str(A) + "/" + str(B) + " × 100 = " + str(*row.ratio);
    } else {
      row.completion = divide(B * Decimal(100), A, kShown, RoundingMode::half_up);
      row.ratio = row.completion;
      row.arithmetic = str(B) + "/" + str(A) + " × 100 = " + str(*row.ratio);
    }
  }
  (void)time_progress;
}

// JX-M007: arithmetic on valid figures that passes what a Decimal holds (18 digits);
// what it concerns is left unjudged, the rest of the report stands.
Finding overflow_finding(std::string path, std::string_view what, const decimal_error& e) {
  Finding f = make("JX-M007", Severity::error, std::move(path), "{what}的计算超出 18 位有效数字，未予判断（{detail}）",
                   "the arithmetic of {what} passes 18 significant digits and is left unjudged ({detail})");
  f.arg("what", std::string(what)).arg("detail", std::string(e.what()));
  return f;
}

// judge_quantitative, with an overflow as JX-M007 on the row.
void judge_row(ProgressRow& row, const Target& target, const Quantity& value, int month, const Decimal& time_progress,
               MonitorReport& report) {
  try {
    judge_quantitative(row, target, value, month, time_progress, report);
  } catch (const decimal_error& e) {
    row.ratio.reset();
    row.completion.reset();
    row.arithmetic.clear();
    report.findings.push_back(overflow_finding(path_of(row.index), "this row", e));
  }
}

// Budget: (执行数/预算数) / (month/12) × 100, and its colour.
void judge_budget(const Progress& progress, int month, const ColourBands& bands, MonitorReport& report) {
  // A negative 预算数 or 执行数 is not a budget progress can be judged from; it is
  // reported as such, never as "missing".
  if ((progress.budget && progress.budget->is_negative()) || (progress.executed && progress.executed->is_negative())) {
    Finding f = make("JX-M009", Severity::error, "/budget",
                     "预算数 {budget} 或执行数 {executed} 为负数，不是有效的预算：预算执行进度不计算",
                     "预算数 {budget} or 执行数 {executed} is negative, which is not a valid budget: budget progress is "
                     "not computed");
    f.arg("budget", progress.budget ? progress.budget->to_string() : std::string("-"))
        .arg("executed", progress.executed ? progress.executed->to_string() : std::string("-"));
    report.findings.push_back(std::move(f));
    return;
  }
  if (progress.budget && progress.executed && progress.budget->sign() > 0) {
    const Decimal& A = *progress.budget;
    const Decimal& B = *progress.executed;
    report.budget_progress = divide(B * Decimal(100), A, kShown, RoundingMode::half_up);
    report.budget_ratio = divide(B * Decimal(1200), A * Decimal(month), kShown, RoundingMode::half_up);
    report.budget_arithmetic = "(" + str(B) + "/" + str(A) + ") / (" + std::to_string(month) + "/12) × 100 = " +
                               str(*report.budget_ratio);
    // colour on the exact ratio
    const Decimal lhs = B * Decimal(1200);
    const Decimal scale = A * Decimal(month);
    if (lhs < bands.red_below * scale) {
      report.budget_colour = Colour::red;
    } else if (lhs < bands.green_from * scale) {
      report.budget_colour = Colour::yellow;
    } else {
      report.budget_colour = Colour::green;
    }
    if (report.budget_colour != Colour::green && trim(progress.budget_reason).empty()) {
      report.budget_missing_reason = true;
      Finding f = make("JX-M003", Severity::warning, "/budget", "预算执行进度 {ratio}% 落后于时间进度（{colour}），需说明原因",
                       "budget execution runs at {ratio}% of time progress ({colour}): a reason is required");
      f.arg("ratio", *report.budget_ratio).arg("colour", to_string(report.budget_colour));
      report.findings.push_back(std::move(f));
    }
  } else {
    report.findings.push_back(make("JX-M004", Severity::warning, "/budget", "缺少预算数或执行数，预算执行进度无法判断",
                                   "预算数 or 执行数 missing (or 预算数 is 0): budget progress not judged"));
  }
}

// Budget blocks of the form that mix money units or use an unknown one (the review's
// JX-B010/JX-B011, scoring's JX-S022): budget progress is a ratio within the progress
// figures, but the reader is told the form's figures are not in one unit.
void report_unit_mixes(const PerformanceForm& form, MonitorReport& report) {
  for (const UnitMix& mix : unit_mixes(form.budget)) {
    std::string units;
    for (const auto& u : mix.units) units += (units.empty() ? "" : "、") + u;
    const std::string path = mix.breakdown ? "/budget/breakdowns/" + std::to_string(*mix.breakdown) : "/budget/execution";
    Finding f = make("JX-M008", Severity::warning, path,
                     mix.unknown ? "预算金额单位（{units}）中有无法识别的单位（应为 元、万元 或 亿元）：该部分金额未换算"
                                 : "预算金额使用了不同的单位（{units}）：金额按各自单位填列",
                     mix.unknown ? "the budget's money units ({units}) include one that is not 元, 万元 or 亿元: those "
                                   "amounts are not converted"
                                 : "the budget's amounts are in different units ({units}): each is shown in its own unit");
    f.arg("units", units);
    report.findings.push_back(std::move(f));
  }
}

// judge_budget, with an overflow as JX-M007 on the budget.
void judge_budget_or_report(const Progress& progress, int month, const ColourBands& bands, MonitorReport& report) {
  try {
    judge_budget(progress, month, bands, report);
  } catch (const decimal_error& e) {
    report.budget_progress.reset();
    report.budget_ratio.reset();
    report.budget_arithmetic.clear();
    report.budget_colour = Colour::none;
    report.budget_missing_reason = false;
    report.findings.push_back(overflow_finding("/budget", "the budget progress", e));
  }
}

}  // namespace

const char* to_string(Colour colour) noexcept {
  switch (colour) {
    case Colour::green: return "green";
    case Colour::yellow: return "yellow";
    case Colour::red: return "red";
    case Colour::none: return "none";
  }
  return "none";
}

MonitorReport monitor(const PerformanceForm& form, const Progress& progress, int month, const Profile& profile) {
  if (month < 1 || month > 12) throw error("jixiao.monitor.month", "month must be 1..12, got " + std::to_string(month));
  MonitorReport report;
  report.month = month;
  report.time_progress = divide(Decimal(month) * Decimal(100), Decimal(12), kShown, RoundingMode::half_up);
  const ColourBands& bands = profile.monitoring_bands;

  judge_budget_or_report(progress, month, bands, report);
  report_unit_mixes(form, report);

  // Match progress to rows; JX-M005 for the ones that match none.
  detail::ObservationMatch match = detail::match_observations(form, progress.indicators);
  const std::vector<const Observation*>& by_row = match.by_row;
  for (std::size_t k : match.unmatched) {
    const Observation& p = progress.indicators[k];
    Finding f = make("JX-M005", Severity::warning, "/progress", "进度 {name} 找不到对应的指标行", "progress {name} matches no indicator row");
    f.arg("name", p.index ? "#" + std::to_string(*p.index) : p.name);
    report.findings.push_back(std::move(f));
  }

  for (std::size_t i = 0; i < form.indicators.size(); ++i) {
    const Indicator& ind = form.indicators[i];
    if (trim(ind.name).empty()) continue;
    ProgressRow row;
    row.index = i;
    row.name = ind.name;
    const TargetValue& tv = ind.annual_target.present() ? ind.annual_target : ind.period_target;
    row.target_text = tv.text();
    const Observation* p = by_row[i];
    if (!p) {
      Finding f = make("JX-M001", Severity::warning, path_of(i), "指标 {name} 没有当前完成值", "indicator {name} has no progress value");
      f.arg("name", ind.name);
      report.findings.push_back(std::move(f));
      report.rows.push_back(std::move(row));
      continue;
    }
    row.progress_text = p->text();
    row.reason = std::string(trim(p->reason));
    const std::optional<Target>& target = tv.target();
    if (p->value() && target && target->is_quantitative()) {
      const bool percent = target->quantity().unit.dimension() == Dimension::percent;
      row.cumulative = p->cumulative ? *p->cumulative : !percent;
      judge_row(row, *target, *p->value(), month, report.time_progress, report);
      if (row.ratio) row.colour = colour_of(*row.ratio, bands);
    } else if (p->achievement) {
      row.colour = *p->achievement == Achievement::achieved ? Colour::green
                   : *p->achievement == Achievement::partially_achieved ? Colour::yellow
                                                                         : Colour::red;
      row.arithmetic = "graded";
    } else if (p->date() && target && target->kind() == TargetKind::deadline) {
      const Deadline& d = target->deadline();
      const bool late = (p->date()->year && d.year && *p->date()->year != *d.year) ? *p->date()->year > *d.year
                        : p->date()->month != d.month                         ? p->date()->month > d.month
                                                                             : p->date()->day > d.day;
      row.colour = late ? Colour::red : Colour::green;
      row.arithmetic = p->date()->iso() + (late ? " > " : " ≤ ") + d.iso();
    } else {
      Finding f = make("JX-M002", Severity::warning, path_of(i), "无法按目标 {target} 判断进度 {progress}",
                       "cannot judge the progress {progress} against the target {target}");
      f.arg("target", tv.text()).arg("progress", p->text());
      report.findings.push_back(std::move(f));
    }
    if (row.ratio) row.deviation = *row.ratio - Decimal(100);
    if (p->likelihood) {
      row.likelihood = p->likelihood;
      row.likelihood_given = true;
    } else if (row.colour != Colour::none) {
      row.likelihood = row.colour == Colour::green ? Likelihood::certain : Likelihood::possible;
    }
    if (row.deviation && row.deviation->abs() >= profile.deviation_threshold) row.needs_reason = true;
    if (row.colour == Colour::red) row.needs_reason = true;
    if (row.likelihood && *row.likelihood == Likelihood::impossible) row.needs_reason = true;
    if (row.needs_reason && row.reason.empty()) {
      report.missing_reasons.push_back(i);
      Finding f = make("JX-M006", Severity::warning, path_of(i), "指标 {name} 进度偏差较大（{detail}），需说明偏差原因",
                       "indicator {name} deviates widely ({detail}): a reason is required");
      f.arg("name", ind.name)
          .arg("detail", row.deviation ? str(*row.deviation) + "%" : std::string(to_string(row.colour)));
      report.findings.push_back(std::move(f));
    }
    report.rows.push_back(std::move(row));
  }
  return report;
}

}  // namespace jixiao
