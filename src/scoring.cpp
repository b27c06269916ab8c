// score(): the self-evaluation arithmetic. Each row is scored with one exact division
// rounded once, the way the profile names; every number keeps its inputs and formula.
#include "jixiao/scoring.hpp"

#include <algorithm>
#include <map>

#include "jixiao/text.hpp"
#include "aggregate_rows.hpp"
#include "observation_match.hpp"

namespace jixiao {
namespace {

constexpr int kDisplayScale = 2;  // deviation percentages in findings and rows

// Decimal::to_string without the printf machinery (scoring formats a few numbers per
// row, and 2,000-row forms must score in well under 2 ms). Same text: scale kept.
std::string str(const Decimal& d) {
  char buf[48];
  char* end = buf + sizeof buf;
  char* p = end;
  std::uint64_t c = d.coefficient() < 0 ? static_cast<std::uint64_t>(-(d.coefficient() + 1)) + 1u
                                        : static_cast<std::uint64_t>(d.coefficient());
  int digits = 0;
  do {
    *--p = static_cast<char>('0' + c % 10);
    c /= 10;
    ++digits;
    if (digits == d.scale()) *--p = '.';
  } while (c != 0 || digits < d.scale());
  if (d.scale() > 0 && *p == '.') *--p = '0';
  if (d.is_negative()) *--p = '-';
  return std::string(p, static_cast<std::size_t>(end - p));
}

const char* grade_name(Achievement a) {
  switch (a) {
    case Achievement::achieved: return "达成";
    case Achievement::partially_achieved: return "部分达成";
    case Achievement::not_achieved: return "未达成";
  }
  return "";
}

std::string row_path(std::size_t i) { return "/indicators/" + std::to_string(i); }

class Findings {
 public:
  explicit Findings(std::vector<Finding>& out) : out_(out) {}
  Finding& add(const char* id, Severity severity, std::string path, std::string zh, std::string en) {
    Finding f;
    f.rule_id = id;
    f.severity = severity;
    f.location.path = std::move(path);
    f.template_zh = std::move(zh);
    f.template_en = std::move(en);
    out_.push_back(std::move(f));
    return out_.back();
  }

 private:
  std::vector<Finding>& out_;
};

// The target a row is scored against: 年度指标值, else 实施周期指标值.
const TargetValue& scoring_target(const Indicator& ind) {
  return ind.annual_target.present() ? ind.annual_target : ind.period_target;
}

bool deadline_met(const Deadline& actual, const Deadline& target) {
  if (actual.year && target.year && !target.every_year) {
    if (*actual.year != *target.year) return *actual.year < *target.year;
  }
  if (actual.month != target.month) return actual.month < target.month;
  return actual.day <= target.day;
}

struct Ctx {
  const Profile& profile;
  Findings& findings;
  std::string graded_formula;  // built once per score(): the same words on every graded row
};

std::string graded_formula_of(const Profile& p) {
  return "score picked inside the grade's band: 达成 [" + str(p.qualitative_bands.achieved_min) + "w, w], 部分达成 [" +
         str(p.qualitative_bands.partial_min) + "w, " + str(p.qualitative_bands.achieved_min) + "w), 未达成 [0, " +
         str(p.qualitative_bands.partial_min) + "w)";
}

// Brings the actual into the target's unit. Returns false (with a finding) when the
// units cannot be reconciled.
bool reconcile_units(const Quantity& target, Quantity& actual, std::size_t index, Ctx& ctx) {
  if (actual.unit == target.unit) return true;
  const std::string path = row_path(index);
  if (actual.unit.empty()) {
    if (target.unit.dimension() == Dimension::percent && actual.value <= Decimal(1) && target.value > Decimal(1)) {
      ctx.findings
          .add("JX-S006", Severity::error, path,
               "实际完成值 {actual} 未写单位，目标为 {target}：无法判断是比例还是百分数，请写成 {hint}",
               "actual {actual} has no unit against the percent target {target}: a fraction or a percent? Write it as {hint}")
          .arg("actual", str(actual.value))
          .arg("target", str(target.value) + target.unit.symbol())
          .arg("hint", str(actual.value * Decimal(100)) + "%");
      return false;
    }
    actual.unit = target.unit;  // a bare number is read in the target's unit
    return true;
  }
  if (target.unit.empty()) return true;  // the target has no unit: compare the numbers
  if (convertible(actual.unit, target.unit)) {
    if (auto converted = actual.convert_to(target.unit)) {
      actual = *converted;
      return true;
    }
  }
  ctx.findings
      .add("JX-S005", Severity::error, path, "实际完成值单位 {actual_unit} 与目标单位 {target_unit} 不一致，无法换算",
           "the actual's unit {actual_unit} does not convert to the target's unit {target_unit}")
      .arg("actual_unit", actual.unit.symbol())
      .arg("target_unit", target.unit.symbol());
  return false;
}

// Rounds a row value per the profile.
Decimal round_row(const Decimal& v, const RoundingRule& r) { return v.round_to(r.scale, r.mode); }

// Names a rounding other than the usual 2 decimals half-up, so the arithmetic shows it.
std::string rounding_note(const RoundingRule& r) {
  if (r.scale == 2 && r.mode == RoundingMode::half_up) return {};
  return " (" + std::to_string(r.scale) + " decimals, " + to_string(r.mode) + ")";
}

// w × num / den rounded once per rule.
Decimal scaled(const Decimal& w, const Decimal& num, const Decimal& den, const RoundingRule& r) {
  return divide(w * num, den, r.scale, r.mode);
}

// A range target lo–hi: full inside, 正向 on lo below it, 反向 on hi above it.
void score_range(ScoreRow& row, const Target& target, const Quantity& a, const Decimal& B, const RoundingRule& r) {
  Quantity hi = target.hi();
  if (!(hi.unit == a.unit)) {
    if (auto c = hi.convert_to(a.unit)) hi = *c;
  }
  const Decimal lo = a.value;
  const Decimal H = hi.value;
  const Decimal w = row.weight;
  row.method = ScoreMethod::range;
  row.formula = "lo ≤ B ≤ hi: w; B < lo: w × B/lo; B > hi: w × min(1, hi/B)";
  if (B >= lo && B <= H) {
    row.met = true;
    row.formula_points = round_row(w, r);
    row.arithmetic = str(lo) + " ≤ " + str(B) + " ≤ " + str(H) + ": " + str(*row.formula_points);
  } else if (B < lo) {
    row.formula_points = B.is_negative() || lo.is_zero() ? round_row(Decimal(), r) : scaled(w, B, lo, r);
    row.arithmetic = str(w) + " × " + str(B) + "/" + str(lo) + " = " + str(*row.formula_points);
    if (!lo.is_zero()) row.deviation = divide((B - lo) * Decimal(100), lo, kDisplayScale, RoundingMode::half_up);
  } else {
    row.formula_points = scaled(w, H, B, r);
    row.arithmetic = str(w) + " × " + str(H) + "/" + str(B) + " = " + str(*row.formula_points);
    if (!H.is_zero()) row.deviation = divide((H - B) * Decimal(100), H, kDisplayScale, RoundingMode::half_up);
  }
}

// Whether the comparison holds, the deviation in percent (A ≠ 0) and whether it is
// wide enough to need a reason. A bare value scored as 正向 (`equal as_positive`, the
// national profiles) is met when B reaches A, as `≥ A` is: its formula gives full
// points there, so the row cannot be unmet while it scores w.
void judge_comparison(ScoreRow& row, Comparator op, const Decimal& A, const Decimal& B, const Profile& p) {
  const bool reverse = op == Comparator::le || op == Comparator::lt;
  switch (op) {
    case Comparator::ge: row.met = B >= A; break;
    case Comparator::gt: row.met = B > A; break;
    case Comparator::le: row.met = B <= A; break;
    case Comparator::lt: row.met = B < A; break;
    default: row.met = p.equal == EqualFormula::as_positive ? B >= A : B == A; break;
  }
  if (A.is_zero()) return;
  const Decimal diff = reverse ? A - B : B - A;
  row.deviation = divide(diff * Decimal(100), A, kDisplayScale, RoundingMode::half_up);
  if ((B - A).abs() * Decimal(100) >= p.deviation_threshold * A) row.needs_reason = true;
}

// A = 0 with 正向 or 等于: no ratio applies; full or nothing, or by hand per the profile.
void score_zero_target(ScoreRow& row, const Target& target, const Decimal& B, Ctx& ctx) {
  const Comparator op = target.op();
  const bool positive = op == Comparator::ge || op == Comparator::gt;
  const Decimal zero;
  row.method = ScoreMethod::zero_target;
  if (ctx.profile.zero_target == ZeroTargetRule::finding) {
    row.formula = "A = 0: scored by hand";
    ctx.findings
        .add("JX-S012", Severity::error, row_path(row.index), "目标值为 0，按本方案需人工评分",
             "the target is 0; this profile scores such rows by hand")
        .arg("target", target.raw());
    return;
  }
  // 正向: B ≥ 0 (B > 0 for >); 等于: B ≤ 0 (the deployed rule).
  const bool holds = positive ? (op == Comparator::ge ? B >= zero : B > zero) : B <= zero;
  row.formula = positive ? "A = 0: w when B ≥ 0, else 0" : "A = 0: w when B ≤ 0, else 0";
  row.met = holds;
  row.formula_points = round_row(holds ? row.weight : zero, ctx.profile.round_quantitative);
  row.arithmetic = "A = 0, B = " + str(B) + ": " + str(*row.formula_points);
}

// 正向 (and 等于 as_positive): w × min(1, B/A), uncapped when the profile says so.
void score_positive(ScoreRow& row, bool positive, const Decimal& A, const Decimal& B, const Profile& p) {
  const RoundingRule& r = p.round_quantitative;
  const Decimal w = row.weight;
  row.method = positive ? ScoreMethod::positive : ScoreMethod::equal;
  row.formula = p.cap_over_achievement ? "w × min(1, B/A)" : "w × B/A";
  if (B.is_negative()) {
    row.formula_points = round_row(Decimal(), r);
    row.arithmetic = "B = " + str(B) + " < 0: 0";
  } else if (B >= A && p.cap_over_achievement) {
    row.capped = B > A;
    row.formula_points = round_row(w, r);
    row.arithmetic = str(w) + " × min(1, " + str(B) + "/" + str(A) + ") = " + str(*row.formula_points);
  } else {
    row.formula_points = scaled(w, B, A, r);
    row.arithmetic = str(w) + " × " + str(B) + "/" + str(A) + " = " + str(*row.formula_points);
  }
}

// 等于, symmetric: w × max(0, 1 − |B−A|/A).
void score_equal_symmetric(ScoreRow& row, const Decimal& A, const Decimal& B, const RoundingRule& r) {
  const Decimal w = row.weight;
  row.method = ScoreMethod::equal;
  row.formula = "w × max(0, 1 − |B−A|/A)";
  const Decimal off = (B - A).abs();
  row.formula_points = off >= A ? round_row(Decimal(), r) : scaled(w, A - off, A, r);
  row.arithmetic = str(w) + " × (1 − |" + str(B) + "−" + str(A) + "|/" + str(A) + ") = " + str(*row.formula_points);
}

// 反向 R1: w × min(1, A/B).
void score_reverse_ratio(ScoreRow& row, const Decimal& A, const Decimal& B, const RoundingRule& r) {
  const Decimal w = row.weight;
  row.method = ScoreMethod::reverse_ratio;
  row.formula = "w × min(1, A/B)";
  if (B <= A) {
    row.capped = B < A;
    row.formula_points = round_row(w, r);
    row.arithmetic = B.is_zero() ? "B = 0 ≤ A: " + str(*row.formula_points)
                                 : str(w) + " × min(1, " + str(A) + "/" + str(B) + ") = " + str(*row.formula_points);
  } else {
    row.formula_points = scaled(w, A, B, r);
    row.arithmetic = str(w) + " × " + str(A) + "/" + str(B) + " = " + str(*row.formula_points);
  }
}

// 反向 R2: w when B ≤ A, w × (1 − (B−A)/A) below 2A, 0 from 2A.
void score_reverse_linear(ScoreRow& row, const Decimal& A, const Decimal& B, const RoundingRule& r) {
  const Decimal w = row.weight;
  row.method = ScoreMethod::reverse_linear;
  row.formula = "B ≤ A: w; A < B < 2A: w × (1 − (B−A)/A); B ≥ 2A: 0";
  if (B <= A) {
    row.formula_points = round_row(w, r);
    row.arithmetic = str(B) + " ≤ " + str(A) + ": " + str(*row.formula_points);
  } else if (B >= A * Decimal(2)) {
    row.formula_points = round_row(Decimal(), r);
    row.arithmetic = str(B) + " ≥ 2 × " + str(A) + ": 0";
  } else {
    row.formula_points = scaled(w, A * Decimal(2) - B, A, r);
    row.arithmetic = str(w) + " × (1 − (" + str(B) + "−" + str(A) + ")/" + str(A) + ") = " + str(*row.formula_points);
  }
}

// A quantitative row: the actual in the target's unit, then the formula its comparator
// and the profile name.
void score_quantitative(ScoreRow& row, const Target& target, Quantity actual, Ctx& ctx) {
  const Profile& p = ctx.profile;
  Quantity a = target.quantity();
  if (!reconcile_units(a, actual, row.index, ctx)) return;
  const Decimal B = actual.value;
  if (target.kind() == TargetKind::range) return score_range(row, target, a, B, p.round_quantitative);
  const Decimal A = a.value;
  if (A.is_negative()) {
    ctx.findings
        .add("JX-S011", Severity::error, row_path(row.index), "目标值 {target} 为负数，无法按比例计分",
             "the target {target} is negative; no ratio formula applies")
        .arg("target", target.raw());
    return;
  }
  const Comparator op = target.op();
  const bool positive = op == Comparator::ge || op == Comparator::gt;
  const bool reverse = op == Comparator::le || op == Comparator::lt;
  judge_comparison(row, op, A, B, p);
  if (A.is_zero() && !reverse) return score_zero_target(row, target, B, ctx);
  if (positive || (!reverse && p.equal == EqualFormula::as_positive)) return score_positive(row, positive, A, B, p);
  if (!reverse) return score_equal_symmetric(row, A, B, p.round_quantitative);
  if (p.reverse == ReverseFormula::ratio) return score_reverse_ratio(row, A, B, p.round_quantitative);
  score_reverse_linear(row, A, B, p.round_quantitative);
}

void score_graded(ScoreRow& row, const Observation& actual, Ctx& ctx) {
  const Profile& p = ctx.profile;
  const Decimal w = row.weight;
  const Decimal hi_achieved = w;
  const Decimal lo_achieved = w * p.qualitative_bands.achieved_min;
  const Decimal lo_partial = w * p.qualitative_bands.partial_min;
  row.method = ScoreMethod::graded;
  row.formula = ctx.graded_formula;
  std::optional<Achievement> grade = actual.achievement;
  if (!grade && actual.chosen_score) {  // a score alone: its band gives the grade
    const Decimal& s = *actual.chosen_score;
    if (s >= lo_achieved) {
      grade = Achievement::achieved;
    } else if (s >= lo_partial) {
      grade = Achievement::partially_achieved;
    } else {
      grade = Achievement::not_achieved;
    }
  }
  if (!grade) return;
  row.achievement = grade;
  Decimal lo;
  Decimal hi;
  bool hi_inclusive = false;
  switch (*grade) {
    case Achievement::achieved:
      lo = lo_achieved;
      hi = hi_achieved;
      hi_inclusive = true;
      break;
    case Achievement::partially_achieved:
      lo = lo_partial;
      hi = lo_achieved;
      break;
    case Achievement::not_achieved:
      lo = Decimal();
      hi = lo_partial;
      break;
  }
  row.band_min = lo;
  row.band_max = hi;
  row.met = *grade == Achievement::achieved;
  if (!row.met) row.needs_reason = true;
  const std::string band = "[" + str(lo.normalized()) + ", " + str(hi.normalized()) + (hi_inclusive ? "]" : ")");
  Decimal chosen;
  if (actual.chosen_score) {
    chosen = *actual.chosen_score;
  } else if (*grade == Achievement::achieved) {
    chosen = w;  // 达成 without a picked score: the top of the band
  } else {
    ctx.findings
        .add("JX-S015", Severity::error, row_path(row.index), "{grade} 的定性指标需评价人在 {band} 内给出得分",
             "a {grade} row needs the evaluator's score inside {band}")
        .arg("grade", grade_name(*grade))
        .arg("band", band);
    return;
  }
  const bool inside = chosen >= lo && (hi_inclusive ? chosen <= hi : chosen < hi);
  if (!inside) {
    ctx.findings
        .add("JX-S004", Severity::error, row_path(row.index), "得分 {score} 不在 {grade} 的分值区间 {band} 内（不予截断）",
             "score {score} is outside the {grade} band {band} (not clamped)")
        .arg("score", chosen)
        .arg("grade", grade_name(*grade))
        .arg("band", band)
        .expect(band, str(chosen));
    row.arithmetic = std::string(grade_name(*grade)) + ": " + str(chosen) + " not in " + band;
    return;
  }
  row.formula_points = round_row(chosen, p.round_qualitative);
  row.arithmetic = std::string(grade_name(*grade)) + ": " + str(chosen) + " in " + band + " = " + str(*row.formula_points);
}

void score_deadline(ScoreRow& row, const Target& target, const Deadline& date, Ctx& ctx) {
  const RoundingRule& r = ctx.profile.round_quantitative;
  row.method = ScoreMethod::deadline;
  row.formula = "on or before the date: w, else 0";
  row.met = deadline_met(date, target.deadline());
  row.formula_points = round_row(row.met ? row.weight : Decimal(), r);
  row.arithmetic = date.iso() + (row.met ? " ≤ " : " > ") + target.deadline().iso() + ": " + str(*row.formula_points);
}

// Parses a printed 执行率 (`99%`, `100.00%`, `0.1`) into percent and its scale.
std::optional<std::pair<Decimal, int>> printed_rate(const std::string& text) {
  std::string t(trim(text));
  bool percent = false;
  for (const char* sign : {"%", "％"}) {
    const std::string s(sign);
    if (t.size() >= s.size() && t.compare(t.size() - s.size(), s.size(), s) == 0) {
      t = std::string(trim(std::string_view(t).substr(0, t.size() - s.size())));
      percent = true;
      break;
    }
  }
  auto d = Decimal::parse(t);
  if (!d) return std::nullopt;
  Decimal v = d.value();
  int scale = v.scale();
  if (!percent && v <= Decimal(1)) {  // a fraction: 0.1 = 10%
    v = v * Decimal(100);
    scale = std::max(0, scale - 2);
  }
  return std::make_pair(v, scale);
}

// Budget blocks that mix money units or use an unknown one (the review's JX-B010 and
// JX-B011): the rate B/A is taken within one execution row, so it is unit-free, but a
// reader of the budget row must know its figures are not all in one unit.
void report_unit_mixes(const PerformanceForm& form, Ctx& ctx) {
  for (const UnitMix& mix : unit_mixes(form.budget)) {
    std::string units;
    for (const auto& u : mix.units) units += (units.empty() ? "" : "、") + u;
    const std::string path = mix.breakdown ? "/budget/breakdowns/" + std::to_string(*mix.breakdown) : "/budget/execution";
    ctx.findings
        .add("JX-S022", Severity::warning, path,
             mix.unknown ? "预算金额单位（{units}）中有无法识别的单位（应为 元、万元 或 亿元）：该部分金额未换算"
                         : "预算金额使用了不同的单位（{units}）：金额按各自单位填列，执行率在同一行内计算",
             mix.unknown ? "the budget's money units ({units}) include one that is not 元, 万元 or 亿元: those amounts "
                           "are not converted"
                         : "the budget's amounts are in different units ({units}): each is shown in its own unit and "
                           "the execution rate is taken within one row")
        .arg("units", units);
  }
}

void score_budget(Scorecard& card, const BudgetActuals& b, Ctx& ctx) {
  const Profile& p = ctx.profile;
  BudgetScore s;
  s.initial_budget = b.initial_budget;
  s.full_year_budget = b.full_year_budget;
  s.executed = b.executed;
  s.printed_rate = b.printed_rate;
  s.weight = b.weight ? *b.weight : p.budget_weight;
  s.reason = trim(b.reason);
  s.published_points = b.published_score;
  const RoundingRule& r = p.round_budget;
  s.formula = p.budget_rule == BudgetRule::steps ? "w × step fraction of 执行率 = B/A"
                                                 : (p.budget_capped ? "w × min(1, B/A)" : "w × B/A");
  const std::string path = "/budget/execution";
  // A negative budget or execution is not a budget an execution rate can be computed
  // from (−50/−100 would score full marks): reported as such, never as "missing".
  if ((b.full_year_budget && b.full_year_budget->is_negative()) || (b.executed && b.executed->is_negative())) {
    ctx.findings
        .add("JX-S023", Severity::error, path,
             "全年预算数 {budget} 或全年执行数 {executed} 为负数，不是有效的预算：预算执行率不计算、不计分",
             "全年预算数 (A) {budget} or 全年执行数 (B) {executed} is negative, which is not a valid budget: no "
             "execution rate is computed and the budget row is not scored")
        .arg("budget", b.full_year_budget ? b.full_year_budget->to_string() : std::string("-"))
        .arg("executed", b.executed ? b.executed->to_string() : std::string("-"))
        .expect("≥ 0", (b.full_year_budget && b.full_year_budget->is_negative() ? *b.full_year_budget : *b.executed).to_string());
    card.budget = s;
    return;
  }
  if (!b.full_year_budget || !b.executed || b.full_year_budget->is_zero()) {
    ctx.findings.add("JX-S017", Severity::warning, path, "缺少全年预算数或全年执行数（或全年预算数为 0），预算执行率无法计分",
                     "全年预算数 (A) or 全年执行数 (B) is missing or A is 0: the budget row is not scored");
    card.budget = s;
    return;
  }
  const Decimal A = *b.full_year_budget;
  const Decimal B = *b.executed;
  const Decimal w = s.weight;
  if (p.rate_rounding) {
    s.rate = percent_of(B, A, p.rate_rounding->scale, p.rate_rounding->mode);
  } else {
    s.rate = percent_of(B, A, 6, RoundingMode::half_up).normalized();
  }
  const bool exact_rate = !p.rate_rounding;
  if (B * Decimal(100) < p.execution_reason_below * A) s.needs_reason = true;
  if (p.budget_rule == BudgetRule::steps) {
    Decimal fraction;
    for (const auto& step : p.budget_steps) {
      const bool reached = exact_rate ? B * Decimal(100) >= step.min_rate * A : *s.rate >= step.min_rate;
      if (reached) {
        fraction = step.fraction;
        break;
      }
    }
    s.points = round_row(w * fraction, r);
    s.arithmetic = "执行率 " + str(*s.rate) + "%: " + str(w) + " × " + str(fraction) + " = " + str(*s.points);
  } else if (B >= A && p.budget_capped) {
    s.capped = B > A;
    s.points = round_row(w, r);
    s.arithmetic = str(w) + " × min(1, " + str(B) + "/" + str(A) + ") = " + str(*s.points);
  } else if (exact_rate) {
    s.points = scaled(w, B, A, r);
    s.arithmetic = str(w) + " × " + str(B) + "/" + str(A) + " = " + str(*s.points);
  } else {
    s.points = divide(w * *s.rate, Decimal(100), r.scale, r.mode);
    s.arithmetic = str(w) + " × " + str(*s.rate) + "% = " + str(*s.points);
  }
  s.arithmetic += rounding_note(r);
  if (!b.printed_rate.empty()) {
    if (auto printed = printed_rate(b.printed_rate)) {
      const Decimal at_printed = s.rate->round_to(printed->second, RoundingMode::half_up);
      if (at_printed != printed->first) {
        ctx.findings
            .add("JX-S008", Severity::warning, path, "印刷的执行率 {printed} 与按金额计算的 {computed}% 不符",
                 "the printed 执行率 {printed} contradicts the amounts: B/A = {computed}%")
            .arg("printed", b.printed_rate)
            .arg("computed", *s.rate)
            .expect(str(*s.rate) + "%", b.printed_rate);
      }
    } else {
      ctx.findings
          .add("JX-S008", Severity::warning, path, "无法读取印刷的执行率 {printed}", "cannot read the printed 执行率 {printed}")
          .arg("printed", b.printed_rate);
    }
  }
  if (s.needs_reason && s.reason.empty()) {
    card.budget_missing_reason = true;
    ctx.findings
        .add("JX-S003", Severity::warning, path, "执行率 {rate}% 低于 {threshold}%，需说明原因",
             "执行率 {rate}% is below {threshold}%: a reason is required")
        .arg("rate", *s.rate)
        .arg("threshold", p.execution_reason_below);
  }
  if (s.published_points && s.points && *s.published_points != *s.points) {
    ctx.findings
        .add("JX-S009", Severity::warning, path, "公布的预算执行得分 {published} 与计算结果 {computed}（{arithmetic}）不符",
             "published budget score {published} differs from the computed {computed} ({arithmetic})")
        .arg("published", *s.published_points)
        .arg("computed", *s.points)
        .arg("arithmetic", s.arithmetic)
        .expect(str(*s.points), str(*s.published_points));
  }
  card.budget = s;
}

// Which actual belongs to which form row; JX-S014 for the ones that match none.
std::vector<const Observation*> match_actuals(const PerformanceForm& form, const Actuals& actuals, Findings& findings) {
  detail::ObservationMatch m = detail::match_observations(form, actuals.indicators);
  for (std::size_t k : m.unmatched) {
    const Observation& a = actuals.indicators[k];
    findings
        .add("JX-S014", Severity::warning, "/actuals/indicators/" + std::to_string(k),
             "实际值 {name} 找不到对应的指标行（或该行已有实际值）", "actual {name} matches no indicator row (or a row that already has one)")
        .arg("name", a.index ? "#" + std::to_string(*a.index) : a.name);
  }
  return std::move(m.by_row);
}

// Largest remainder: `rest` split into `n` shares of 2 decimals, each share rounded down;
// how many cents are left over, to give one each to the first rows so that the shares
// add up to `rest` exactly (50 over 6 rows: 8.34 + 8.34 + 8.33 × 4).
int leftover_cents(const Decimal& rest, int n) {
  const Decimal share = divide(rest, Decimal(n), 2, RoundingMode::down);
  const Decimal left = rest - share * Decimal(n);
  return static_cast<int>(divide(left, Decimal::from_parts(1, 2), 0, RoundingMode::down).coefficient());
}

// Aggregate rows and their sub-items (ScoreRow::part_of), with the 分值 and actuals of
// the actuals file as well as the form's.
detail::AggregateRows sub_items(const PerformanceForm& form, const std::vector<const Observation*>& by_row,
                                const std::vector<std::size_t>& scored) {
  std::vector<detail::RowFacts> facts(form.indicators.size());
  for (std::size_t i : scored) {
    facts[i] = {(by_row[i] && by_row[i]->weight) || form.indicators[i].weight.has_value(),
                scoring_target(form.indicators[i]).present(), by_row[i] && !by_row[i]->text().empty()};
  }
  return detail::aggregate_rows(form, scored, facts);
}

// The weight of every indicator row: the actuals', else the form's, else an equal share
// of what its 一级 block has left; a sub-item's, an equal share of its aggregate's.
struct RowWeights {
  std::vector<std::optional<Decimal>> of;
  std::vector<bool> derived;
  std::optional<decimal_error> overflow;  // Σ of a block's weights passed 18 digits
};

// Splits the aggregate's weight among its sub-items (largest remainder, 2 decimals).
void share_among_sub_items(RowWeights& w, std::size_t aggregate, const std::vector<std::size_t>& items) {
  if (items.empty() || !w.of[aggregate]) return;
  const Decimal whole = *w.of[aggregate];
  const int n = static_cast<int>(items.size());
  int extra = leftover_cents(whole, n);
  for (std::size_t j : items) {
    w.of[j] = divide(whole, Decimal(n), 2, RoundingMode::down);
    if (extra > 0) {
      --extra;
      *w.of[j] += Decimal::from_parts(1, 2);
    }
    w.derived[j] = true;
  }
}

RowWeights row_weights(const PerformanceForm& form, const std::vector<const Observation*>& by_row,
                       const std::vector<std::size_t>& scored, const detail::AggregateRows& items, const Profile& profile) {
  RowWeights w{std::vector<std::optional<Decimal>>(form.indicators.size()), std::vector<bool>(form.indicators.size(), false), std::nullopt};
  std::pair<Decimal, int> given_by_block[5];  // per Level1: Σ given weights, rows without one
  for (std::size_t i : scored) {
    if (items.parent[i]) continue;  // shares its aggregate's weight, counted there
    const Observation* a = by_row[i];
    if (a && a->weight) {
      w.of[i] = a->weight;
    } else if (form.indicators[i].weight) {
      w.of[i] = form.indicators[i].weight;
    }
    auto& g = given_by_block[static_cast<int>(form.indicators[i].level1)];
    if (w.of[i]) {
      try {
        g.first += *w.of[i];
      } catch (const decimal_error& e) {
        g.second = -1;  // no share derived in this block
        w.overflow = e;
      }
    } else if (g.second >= 0) {
      ++g.second;
    }
  }
  int extra_cents[5] = {};  // per Level1: how many of the next shares still take 0.01 more
  for (int l = 0; l < 5; ++l) {
    const auto block = profile.weight_of(static_cast<Level1>(l));
    const auto& g = given_by_block[l];
    if (block && *block > g.first && g.second > 0) extra_cents[l] = leftover_cents(*block - g.first, g.second);
  }
  for (std::size_t i : scored) {
    if (w.of[i] || items.parent[i]) continue;
    const Level1 l1 = form.indicators[i].level1;
    const auto block = profile.weight_of(l1);
    const auto& g = given_by_block[static_cast<int>(l1)];
    if (block && g.second > 0 && *block > g.first) {
      w.of[i] = divide(*block - g.first, Decimal(g.second), 2, RoundingMode::down);
      if (extra_cents[static_cast<int>(l1)] > 0) {
        --extra_cents[static_cast<int>(l1)];
        *w.of[i] += Decimal::from_parts(1, 2);
      }
      w.derived[i] = true;
    }
  }
  try {
    for (std::size_t g : scored) share_among_sub_items(w, g, items.of[g]);
  } catch (const decimal_error& e) {
    w.overflow = e;
  }
  return w;
}

// Sets the row's weight, with JX-S013 when it was derived or cannot be had; false when
// the row has no weight and cannot be scored.
bool assign_weight(ScoreRow& row, const Indicator& ind, const RowWeights& weights, Ctx& ctx) {
  const std::size_t i = row.index;
  row.weight_derived = weights.derived[i];
  if (weights.of[i]) {
    row.weight = *weights.of[i];
    if (weights.derived[i] && row.part_of) {
      ctx.findings
          .add("JX-S013", Severity::info, row_path(i), "未给出分值，按所属汇总行 #{aggregate} 的分值平均分配为 {weight}",
               "no weight given: an equal share of the 分值 of its aggregate row #{aggregate}, {weight}")
          .arg("aggregate", std::to_string(*row.part_of))
          .arg("weight", row.weight);
    } else if (weights.derived[i]) {
      ctx.findings
          .add("JX-S013", Severity::info, row_path(i), "未给出分值，按 {level1} 分值平均分配为 {weight}",
               "no weight given: an equal share of the {level1} block, {weight}")
          .arg("level1", chinese_name(ind.level1))
          .arg("weight", row.weight);
    }
    return true;
  }
  if (ctx.profile.weight_of(ind.level1)) {
    ctx.findings.add("JX-S013", Severity::error, row_path(i), "未给出分值，且该一级指标的分值已被其他行用完",
                     "no weight given, and the other rows already use up the points of this 一级 block");
  } else {
    ctx.findings.add("JX-S013", Severity::error, row_path(i), "未给出分值，且方案未规定该一级指标的分值",
                     "no weight given, and the profile has no points for this 一级 block");
  }
  return false;
}

// Scores the row by its target's kind and the actual's kind (number, date, grade).
void score_by_kind(ScoreRow& row, const TargetValue& tv, const Observation& act, Ctx& ctx) {
  const std::optional<Target>& target = tv.target();
  // An actual written exactly as a qualitative target reads as 达成.
  std::optional<Observation> as_achieved;
  if (!act.achievement && !act.value() && !act.date() && target && target->kind() == TargetKind::qualitative &&
      !trim(act.text()).empty() && trim(act.text()) == trim(target->text())) {
    as_achieved = act;
    as_achieved->achievement = Achievement::achieved;
  }
  const Observation& graded = as_achieved ? *as_achieved : act;
  if (act.value() && target && target->is_quantitative()) {
    score_quantitative(row, *target, *act.value(), ctx);
  } else if (act.date() && target && target->kind() == TargetKind::deadline) {
    score_deadline(row, *target, *act.date(), ctx);
  } else if (graded.achievement || graded.chosen_score) {
    score_graded(row, graded, ctx);
  } else {
    ctx.findings
        .add("JX-S011", Severity::error, row_path(row.index), "无法按目标 {target} 对实际值 {actual} 计分",
             "cannot score the actual {actual} against the target {target}")
        .arg("target", tv.text().empty() ? std::string("(none)") : tv.text())
        .arg("actual", act.text().empty() ? std::string("(none)") : act.text());
  }
  if (row.formula_points && !row.arithmetic.empty()) {
    const Profile& p = ctx.profile;
    row.arithmetic += rounding_note(row.method == ScoreMethod::graded ? p.round_qualitative : p.round_quantitative);
  }
  if (!row.met && row.formula_points) row.needs_reason = true;
  row.points = row.formula_points;
}

// A manual adjustment, applied only with a justification and only inside [0, w].
void apply_adjustment(ScoreRow& row, const Observation& act, Ctx& ctx) {
  if (!act.adjustment || !row.points) return;
  const std::string why(trim(act.adjustment_justification));
  const Decimal adjusted = *row.points + *act.adjustment;
  if (why.empty()) {
    ctx.findings
        .add("JX-S007", Severity::error, row_path(row.index), "人工调整 {points} 分缺少理由，未予采纳",
             "a manual adjustment of {points} points has no justification and is not applied")
        .arg("points", *act.adjustment);
  } else if (adjusted.is_negative() || (ctx.profile.cap_over_achievement && adjusted > row.weight)) {
    ctx.findings
        .add("JX-S018", Severity::error, row_path(row.index), "人工调整后得分 {points} 超出 [0, {weight}]，未予采纳",
             "the adjusted score {points} is outside [0, {weight}] and is not applied")
        .arg("points", adjusted)
        .arg("weight", row.weight);
  } else {
    row.adjustment = act.adjustment;
    row.adjustment_justification = why;
    row.points = adjusted;
    row.arithmetic += "; adjusted " + str(*act.adjustment) + " (" + why + ") = " + str(adjusted);
  }
}

// JX-S003 for a reason that is required and missing, JX-S009 for a published score
// that differs from the computed one.
void report_row(Scorecard& card, const ScoreRow& row, const Indicator& ind, Ctx& ctx) {
  const std::size_t i = row.index;
  if (row.needs_reason && row.reason.empty()) {
    card.missing_reasons.push_back(i);
    ctx.findings
        .add("JX-S003", Severity::warning, row_path(i), "指标 {name} 未完成或偏离度较大（{deviation}），需填写偏差原因",
             "indicator {name} is unmet or deviates widely ({deviation}): a reason is required")
        .arg("name", ind.name)
        .arg("deviation", row.deviation ? str(*row.deviation) + "%" : std::string(row.met ? "met" : "unmet"));
  }
  if (row.published_points && row.points && *row.published_points != *row.points) {
    ctx.findings
        .add("JX-S009", Severity::warning, row_path(i), "公布得分 {published} 与计算结果 {computed}（{arithmetic}）不符",
             "published score {published} differs from the computed {computed} ({arithmetic})")
        .arg("published", *row.published_points)
        .arg("computed", *row.points)
        .arg("arithmetic", row.arithmetic)
        .expect(str(*row.points), str(*row.published_points));
  }
}

// JX-S021: arithmetic on valid figures that passes what a Decimal holds (18 digits).
// What it concerns (a row, the budget row, the total) is left unscored; the rest stands.
void report_overflow(Ctx& ctx, std::string path, std::string_view what, const decimal_error& e) {
  ctx.findings
      .add("JX-S021", Severity::error, std::move(path), "{what}的计算超出 18 位有效数字，未予计分（{detail}）",
           "the arithmetic of {what} passes 18 significant digits and is left unscored ({detail})")
      .arg("what", std::string(what))
      .arg("detail", std::string(e.what()));
}

// A row whose arithmetic overflowed: no points, no partial explanation.
void drop_row_score(ScoreRow& row) {
  row.method = ScoreMethod::not_scored;
  row.points.reset();
  row.formula_points.reset();
  row.deviation.reset();
  row.adjustment.reset();
  row.needs_reason = false;
  row.arithmetic.clear();
}

// One indicator row: its weight, then its score when it has one and an actual.
void score_row(Scorecard& card, const Indicator& ind, std::size_t i, const Observation* a, const RowWeights& weights,
               const detail::AggregateRows& items, Ctx& ctx) {
  ScoreRow row;
  row.index = i;
  row.part_of = items.parent[i];
  row.level1 = ind.level1;
  row.level2 = ind.level2;
  row.name = ind.name;
  const TargetValue& tv = scoring_target(ind);
  row.target_text = tv.text();
  if (a) {
    row.actual_text = a->text();
    row.reason = std::string(trim(a->reason));
    row.published_points = a->published_score;
    row.not_applicable = a->not_applicable;
  }
  if (!items.of[i].empty()) {
    assign_weight(row, ind, weights, ctx);  // given: an aggregate has its 分值
    row.method = ScoreMethod::sub_items;
    row.formula = "Σ of the points of its sub-items";
  } else if (assign_weight(row, ind, weights, ctx)) {
    if (!a) {
      card.without_actuals.push_back(i);
      ctx.findings.add("JX-S001", Severity::warning, row_path(i), "指标 {name} 没有实际完成值", "indicator {name} has no actual value")
          .arg("name", ind.name);
    } else if (a->not_applicable) {
      row.method = ScoreMethod::not_applicable;
      row.formula = "not applicable: dropped, the other rows rescale";
    } else {
      try {
        score_by_kind(row, tv, *a, ctx);
        apply_adjustment(row, *a, ctx);
        report_row(card, row, ind, ctx);
      } catch (const decimal_error& e) {
        drop_row_score(row);
        report_overflow(ctx, row_path(i), "this row", e);
      }
    }
  }
  card.rows.push_back(std::move(row));
}

// An aggregate row's points: the sum of its sub-items' once each of them has points (a
// sub-item that does not apply counts 0), with JX-S024 saying how it was scored.
void finish_aggregate(Scorecard& card, std::size_t at, const std::vector<std::size_t>& items,
                      const std::vector<std::size_t>& position, const Indicator& ind, Ctx& ctx) {
  ScoreRow& row = card.rows[at];
  Decimal sum;
  std::string terms;
  bool all = true;
  row.met = true;
  for (std::size_t j : items) {
    const ScoreRow& part = card.rows[position[j]];
    if (!part.points && !part.not_applicable) all = false;
    const Decimal p = part.points ? *part.points : Decimal();
    sum += p;
    terms += (terms.empty() ? "" : " + ") + str(p);
    row.met = row.met && (part.met || part.not_applicable);
  }
  ctx.findings
      .add("JX-S024", Severity::info, row_path(row.index),
           "汇总行 {name} 按其 {n} 个子项计分：子项无分值，平均分配其分值 {weight}",
           "aggregate row {name} is scored through its {n} sub-items, which have no 分值 and share its {weight}")
      .arg("name", ind.name)
      .arg("n", std::to_string(items.size()))
      .arg("weight", row.weight);
  if (!all) {
    row.met = false;
    return;  // each sub-item without points has its own finding
  }
  row.points = sum;  // a sum of rounded points: nothing more to round
  row.formula_points = row.points;
  row.arithmetic = terms + " = " + str(*row.points);
  report_row(card, row, ind, ctx);
}

void finish_aggregates(Scorecard& card, const PerformanceForm& form, const detail::AggregateRows& items, Ctx& ctx) {
  std::vector<std::size_t> position(form.indicators.size());
  for (std::size_t k = 0; k < card.rows.size(); ++k) position[card.rows[k].index] = k;
  for (std::size_t k = 0; k < card.rows.size(); ++k) {
    const std::size_t i = card.rows[k].index;
    if (items.of[i].empty()) continue;
    try {
      finish_aggregate(card, k, items.of[i], position, form.indicators[i], ctx);
    } catch (const decimal_error& e) {
      drop_row_score(card.rows[k]);
      report_overflow(ctx, row_path(i), "this row", e);
    }
  }
}

// Σ weights and points by 一级 and overall; the weight of the applicable rows.
struct RowTotals {
  Decimal applicable_weight;
  bool any_not_applicable = false;
};

RowTotals add_up_rows(Scorecard& card, const Profile& profile) {
  RowTotals totals;
  for (const auto& row : card.rows) {
    if (row.part_of) continue;  // counted in its aggregate row
    card.indicator_weight += row.weight;
    auto it = std::find_if(card.level1_totals.begin(), card.level1_totals.end(),
                           [&](const Level1Total& t) { return t.level1 == row.level1; });
    if (it == card.level1_totals.end()) {
      card.level1_totals.push_back(Level1Total{row.level1, Decimal(), Decimal(), profile.weight_of(row.level1)});
      it = card.level1_totals.end() - 1;
    }
    if (row.not_applicable) {
      totals.any_not_applicable = true;
      continue;
    }
    totals.applicable_weight += row.weight;
    it->weight += row.weight;
    if (row.points) {
      it->points += *row.points;
      card.indicator_points += *row.points;
    }
  }
  return totals;
}

// The indicator weights the profile expects in all (its 一级 blocks, or what the total
// leaves for indicators).
Decimal expected_indicator_weight(const Profile& profile) {
  Decimal expected;
  if (!profile.level1_weights.empty()) {
    for (const auto& w : profile.level1_weights) expected += w.points;
    return expected;
  }
  if (profile.indicator_block_points) return *profile.indicator_block_points;
  return profile.total_points - (profile.budget_in_total ? profile.budget_weight : Decimal());
}

// JX-S002 when the weights do not add up as the profile says, in all or per 一级.
void check_weights(Scorecard& card, const Profile& profile, const Decimal& budget_weight, Ctx& ctx) {
  const Decimal expected = expected_indicator_weight(profile);
  if (card.indicator_weight != expected) {
    card.weights_ok = false;
    ctx.findings
        .add("JX-S002", Severity::warning, "/indicators", "指标分值合计 {sum}，与方案 {profile} 的 {expected} 不符",
             "indicator weights add up to {sum}, not the {expected} of profile {profile}")
        .arg("sum", card.indicator_weight)
        .arg("expected", expected)
        .arg("profile", profile.name)
        .expect(str(expected), str(card.indicator_weight));
  }
  if (card.weights_ok && !profile.indicator_block_points && profile.budget_in_total &&
      card.indicator_weight + budget_weight != profile.total_points) {
    card.weights_ok = false;
    ctx.findings
        .add("JX-S002", Severity::warning, "/indicators", "指标分值 {sum} 加预算执行分值 {budget} 不等于 {expected}",
             "indicator weights {sum} plus the budget weight {budget} do not make {expected}")
        .arg("sum", card.indicator_weight)
        .arg("budget", budget_weight)
        .arg("expected", profile.total_points);
  }
  for (const auto& t : card.level1_totals) {
    Decimal all;
    for (const auto& row : card.rows) {
      if (row.level1 == t.level1 && !row.part_of) all += row.weight;
    }
    if (t.profile_weight && all != *t.profile_weight) {
      card.weights_ok = false;
      ctx.findings
          .add("JX-S002", Severity::warning, "/indicators", "{level1} 分值合计 {sum}，方案规定 {expected}",
               "{level1} weights add up to {sum}, the profile gives {expected}")
          .arg("level1", chinese_name(t.level1))
          .arg("sum", all)
          .arg("expected", *t.profile_weight);
    }
  }
}

// The indicator part (rescaled when rows drop out or sit inside a block), the total,
// its maximum and its rating.
void compute_total(Scorecard& card, const Profile& profile, const RowTotals& totals, const Decimal& budget_weight) {
  const RoundingRule& rt = profile.round_total;
  const Decimal nominal = profile.indicator_block_points ? *profile.indicator_block_points : card.indicator_weight;
  if ((totals.any_not_applicable || profile.indicator_block_points) && !totals.applicable_weight.is_zero() &&
      nominal != totals.applicable_weight) {
    card.indicator_part = divide(card.indicator_points * nominal, totals.applicable_weight, rt.scale, rt.mode);
    card.indicator_arithmetic = str(card.indicator_points) + " × " + str(nominal) + "/" + str(totals.applicable_weight) +
                                " = " + str(card.indicator_part);
  } else {
    card.indicator_part = card.indicator_points;
    card.indicator_arithmetic = "Σ rows = " + str(card.indicator_points);
  }
  Decimal total = card.indicator_part;
  card.max_total = nominal;
  if (profile.budget_in_total) {
    card.max_total += budget_weight;
    if (card.budget && card.budget->points) total += *card.budget->points;
  }
  card.total = total.round_to(rt.scale, rt.mode);
  card.rating = profile.rating(card.total);
}

// Σ of the published row scores (and the budget row's when it counts), when every
// applicable row has one.
std::optional<Decimal> published_row_sum(const Scorecard& card, const Profile& profile) {
  Decimal sum;
  for (const auto& row : card.rows) {
    if (row.not_applicable || row.part_of) continue;
    if (!row.published_points) return std::nullopt;
    sum += *row.published_points;
  }
  if (profile.budget_in_total && card.budget) {
    if (!card.budget->published_points) return std::nullopt;
    sum += *card.budget->published_points;
  }
  return sum;
}

// JX-S020, JX-S010 and JX-S016: published totals and rating against the computed ones.
void compare_published(const Scorecard& card, const Actuals& actuals, const Profile& profile, const RowTotals& totals,
                       Ctx& ctx) {
  if (actuals.published_total) {
    const auto published_sum = published_row_sum(card, profile);
    if (published_sum && !card.rows.empty() && !profile.indicator_block_points && !totals.any_not_applicable &&
        *published_sum != *actuals.published_total) {
      ctx.findings
          .add("JX-S020", Severity::warning, "/total_score", "公布的总分 {published} 不等于公布的各行得分之和 {sum}",
               "the published total {published} is not the sum of the published row scores, {sum}")
          .arg("published", *actuals.published_total)
          .arg("sum", *published_sum)
          .expect(str(*published_sum), str(*actuals.published_total));
    }
    if (*actuals.published_total != card.total) {
      ctx.findings
          .add("JX-S010", Severity::warning, "/total_score", "公布的总分 {published} 与计算结果 {computed} 不符",
               "the published total {published} differs from the computed {computed}")
          .arg("published", *actuals.published_total)
          .arg("computed", card.total)
          .expect(str(card.total), str(*actuals.published_total));
    }
  }
  if (!actuals.published_rating.empty() && actuals.published_rating != card.rating) {
    ctx.findings
        .add("JX-S016", Severity::warning, "/grade", "公布的等级 {published} 与按总分 {total} 得出的 {computed} 不符",
             "the published grade {published} differs from {computed}, the grade of {total}")
        .arg("published", actuals.published_rating)
        .arg("computed", card.rating)
        .arg("total", card.total);
  }
}

// The sums, the weight check, the total and the published figures; an overflow in them
// leaves the total at 0 with a finding, the rows as they were scored.
void add_up_and_total(Scorecard& card, const Actuals& actuals, const Profile& profile, Ctx& ctx) {
  try {
    const RowTotals totals = add_up_rows(card, profile);
    const Decimal budget_weight = card.budget ? card.budget->weight : profile.budget_weight;
    check_weights(card, profile, budget_weight, ctx);
    compute_total(card, profile, totals, budget_weight);
    compare_published(card, actuals, profile, totals, ctx);
  } catch (const decimal_error& e) {
    card.indicator_weight = card.indicator_points = card.indicator_part = card.total = Decimal();
    card.level1_totals.clear();
    card.indicator_arithmetic.clear();
    card.rating.clear();
    report_overflow(ctx, "/total_score", "the total", e);
  }
}

}  // namespace

const char* to_string(ScoreMethod method) noexcept {
  switch (method) {
    case ScoreMethod::positive: return "positive";
    case ScoreMethod::reverse_ratio: return "reverse_ratio";
    case ScoreMethod::reverse_linear: return "reverse_linear";
    case ScoreMethod::equal: return "equal";
    case ScoreMethod::range: return "range";
    case ScoreMethod::zero_target: return "zero_target";
    case ScoreMethod::deadline: return "deadline";
    case ScoreMethod::graded: return "graded";
    case ScoreMethod::not_scored: return "not_scored";
    case ScoreMethod::not_applicable: return "not_applicable";
    case ScoreMethod::sub_items: return "sub_items";
  }
  return "not_scored";
}

bool Scorecard::complete() const noexcept {
  for (const auto& r : rows) {
    if (!r.not_applicable && !r.points) return false;
  }
  for (const auto& f : findings) {
    if (f.severity == Severity::error) return false;
  }
  return true;
}

Scorecard score(const PerformanceForm& form, const Actuals& actuals, const Profile& profile) {
  Scorecard card;
  card.profile = profile.name;
  card.published_total = actuals.published_total;
  card.published_rating = actuals.published_rating;
  Findings findings(card.findings);
  Ctx ctx{profile, findings, graded_formula_of(profile)};
  const auto by_row = match_actuals(form, actuals, findings);

  std::vector<std::size_t> scored;  // form rows that are indicator rows
  for (std::size_t i = 0; i < form.indicators.size(); ++i) {
    if (!trim(form.indicators[i].name).empty()) scored.push_back(i);
  }
  const detail::AggregateRows items = sub_items(form, by_row, scored);
  const RowWeights weights = row_weights(form, by_row, scored, items, profile);
  if (weights.overflow) report_overflow(ctx, "/indicators", "the weights of a 一级 block", *weights.overflow);
  card.rows.reserve(scored.size());
  for (std::size_t i : scored) score_row(card, form.indicators[i], i, by_row[i], weights, items, ctx);
  finish_aggregates(card, form, items, ctx);

  if (actuals.budget) {
    try {
      score_budget(card, *actuals.budget, ctx);
    } catch (const decimal_error& e) {
      card.budget.reset();
      report_overflow(ctx, "/budget/execution", "the budget row", e);
    }
  } else if (profile.budget_weight > Decimal()) {
    findings.add("JX-S017", Severity::warning, "/budget/execution", "缺少预算执行数据，预算执行率未计分",
                 "no budget-execution figures: the budget row is not scored");
  }
  report_unit_mixes(form, ctx);
  add_up_and_total(card, actuals, profile, ctx);
  return card;
}

}  // namespace jixiao
