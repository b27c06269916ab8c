// Self-evaluation rules (绩效自评表): rows with actual values, weights and scores. A
// shortfall or a deduction without a reason, an actual that restates the target, a target
// set far below what was achieved, and totals that are not the sum of their rows.
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "catalogue.hpp"
#include "indicator_reading.hpp"
#include "jixiao/quantity.hpp"
#include "jixiao/target.hpp"

namespace jixiao::detail {
namespace {

const char* const kRepairNote =
    " Imported with repairs: only rows with an actual (or a score) are read, and only values that parse are "
    "compared; a row whose actual or target cell was lost or fused gives no finding rather than a guess.";

bool has_digit(std::string_view text) {
  for (const char c : text) {
    if (c >= '0' && c <= '9') return true;
  }
  return text.find("\xEF\xBC") != std::string_view::npos &&
         contains_any(text, {"０", "１", "２", "３", "４", "５", "６", "７", "８", "９"});
}

const char* target_field(const Indicator& ind, const TargetValue& v) {
  return &v == &ind.annual_target ? "annual_target" : "period_target";
}

// ---- JX-Q019: a shortfall or a deduction without a reason ----------------------------

// True when the actual falls short of the target (`≥2个` vs `0个`, `≤5300元` vs `5830元`).
bool falls_short(const Target& t, const Quantity& actual) {
  if (!t.is_quantitative()) return false;
  Evaluation ev;
  try {
    ev = t.evaluate(actual);
  } catch (const decimal_error&) {
    return false;  // beyond 18 digits: not judged
  }
  if (!ev.diagnostics.empty() || ev.met || !ev.ratio) return false;
  return *ev.ratio < Decimal(1);  // `=` targets exceeded are not a shortfall
}

void check_shortfall_reason(const PerformanceForm& form, const RuleContext&, FindingSink& sink) {
  for (std::size_t i = 0; i < form.indicators.size(); ++i) {
    const auto& ind = form.indicators[i];
    if (is_blank(ind.name) || !is_blank(ind.deviation_reason)) continue;
    const TargetValue& v = judged_target(ind);
    const auto actual = actual_quantity(ind.actual);
    // Money spent below its plan is a saving, not a shortfall (a cost of zero is JX-Q014's);
    // a cost category's rate (预算执行率 ≥95%) is judged as any rate.
    const bool saving = is_money_cost(ind) && v.target() && money_target(*v.target());
    if (v.target() && actual && !saving && falls_short(*v.target(), *actual)) {
      sink.add(at("/indicators", i, "actual"),
               "指标“{name}”实际完成值 {actual} 未达到指标值 {target}，未填写偏差原因及改进措施",
               "indicator {name}: the actual {actual} falls short of the target {target} and no reason is given")
          .arg("name", ind.name)
          .arg("actual", ind.actual)
          .arg("target", v.text())
          .expect("a reason (偏差原因)", "");
      continue;
    }
    // A 分值 above 100 (the whole scale) is no weight but a misread cell (a count, 735).
    if (ind.score && ind.weight && *ind.score < *ind.weight && *ind.weight <= Decimal(100)) {
      sink.add(at("/indicators", i, "score"), "指标“{name}”得分 {score}（满分 {weight}）被扣分，未填写扣分或偏差原因",
               "indicator {name} scores {score} of {weight} and no reason is given for the deduction")
          .arg("name", ind.name)
          .arg("score", *ind.score)
          .arg("weight", *ind.weight)
          .expect("a reason (偏差原因)", "");
    }
  }
}

// ---- JX-Q020: an actual that restates the target -------------------------------------

bool restatable(const Target& t) {
  if (t.kind() != TargetKind::qualitative) return false;
  const QualitativeCategory c = t.category();
  return c == QualitativeCategory::free_text || c == QualitativeCategory::compliance ||
         c == QualitativeCategory::effect || c == QualitativeCategory::direction_up ||
         c == QualitativeCategory::direction_down;
}

// Why the actual is no measured value, if it is not: zh and en.
std::optional<std::pair<const char*, const char*>> copied(const Target& target, const std::string& text,
                                                          std::string_view actual) {
  const auto parsed = Target::parse(actual);
  if (parsed) {
    const Target& a = parsed.value();
    // (A period, `2021.1.1-12.31`, is when the work was done: a measured value.)
    const bool bound = (a.kind() == TargetKind::comparison && a.op() != Comparator::eq) ||
                       (a.kind() == TargetKind::range && !a.is_date_range());
    if (bound) {
      return std::make_pair("实际完成值写成了指标值的形式（带比较符），不是实测值",
                            "the actual is written as a target (with a comparator), not as a measured value");
    }
  }
  if (target.kind() == TargetKind::comparison && !target.quantity().unit.empty() && !has_digit(actual)) {
    return std::make_pair("定量指标的实际完成值没有数值", "a quantitative target's actual holds no number");
  }
  if (restatable(target) && trim(actual) == trim(text)) {
    return std::make_pair("实际完成值照抄指标值，未写明实际达到的结果",
                          "the actual repeats the target instead of stating what was achieved");
  }
  return std::nullopt;
}

// Every measured count or amount equal to its target, over `min_rows` rows or more: the
// targets were written from the results (or the results copied from the targets).
void check_all_equal(const PerformanceForm& form, const RuleContext& ctx, FindingSink& sink) {
  std::int64_t rows = 0;
  for (const auto& ind : form.indicators) {
    const TargetValue& v = judged_target(ind);
    if (!v.target() || v.target()->kind() != TargetKind::comparison) continue;
    const Quantity& t = v.target()->quantity();
    if (t.unit.empty() || t.unit.dimension() == Dimension::percent || t.unit.dimension() == Dimension::time) continue;
    const auto actual = actual_quantity(ind.actual);
    if (!actual) continue;
    std::optional<Quantity> a;
    try {
      if (convertible(actual->unit, t.unit)) a = actual->convert_to(t.unit);
    } catch (const decimal_error&) {
      return;
    }
    if (!a || a->value != t.value) return;  // one measured difference is enough
    ++rows;
  }
  if (rows == 0 || Decimal(rows) < ctx.decimal("min_rows")) return;
  sink.add("/indicators",
           "{rows} 个数量或金额指标的实际完成值全部与指标值完全相同：请核实是实测值，而非按结果填写的指标值",
           "all {rows} measured counts and amounts equal their targets exactly: check that they were measured, and "
           "that the targets were not written from the results")
      .arg("rows", Decimal(rows));
}

// One wording (达成预期指标) as the actual of `same_rows` or more rows whose descriptive
// targets differ (合规, 及时, 效果明显): a stock phrase, not what each row achieved.
void check_stock_actual(const PerformanceForm& form, const RuleContext& ctx, FindingSink& sink) {
  std::map<std::string, std::set<std::string>> targets_by_actual;  // actual → the targets it answers
  std::map<std::string, std::int64_t> rows;
  for (const auto& ind : form.indicators) {
    if (is_blank(ind.name) || is_blank(ind.actual) || has_digit(ind.actual)) continue;
    const TargetValue& v = judged_target(ind);
    if (!v.target() || v.target()->kind() != TargetKind::qualitative) continue;
    const QualitativeCategory c = v.target()->category();
    if (c == QualitativeCategory::yes_no || c == QualitativeCategory::scale_word) continue;
    const std::string actual(trim(ind.actual));
    if (actual == trim(v.text())) continue;  // a copy: reported row by row
    targets_by_actual[actual].insert(std::string(trim(v.text())));
    ++rows[actual];
  }
  const Decimal min = ctx.decimal("same_rows");
  for (const auto& [actual, targets] : targets_by_actual) {
    const std::int64_t n = rows[actual];
    if (targets.size() < 2 || Decimal(n) < min) continue;
    sink.add("/indicators", "{rows} 个定性指标的实际完成值都写作“{actual}”（指标值各不相同）：未写明各自实际达到的结果",
             "{rows} descriptive indicators with different targets all give the actual {actual}: a stock phrase, "
             "not what each achieved")
        .arg("rows", Decimal(n))
        .arg("actual", actual);
  }
}

void check_actual_not_copied(const PerformanceForm& form, const RuleContext& ctx, FindingSink& sink) {
  check_all_equal(form, ctx, sink);
  check_stock_actual(form, ctx, sink);
  for (std::size_t i = 0; i < form.indicators.size(); ++i) {
    const auto& ind = form.indicators[i];
    if (is_blank(ind.name) || is_blank(ind.actual)) continue;
    const TargetValue& v = judged_target(ind);
    if (!v.target()) continue;
    const auto why = copied(*v.target(), v.text(), ind.actual);
    if (!why) continue;
    sink.add(at("/indicators", i, "actual"),
             std::string("指标“{name}”的实际完成值 {actual}（指标值 {target}）：") + why->first,
             std::string("indicator {name}: actual {actual} (target {target}): ") + why->second)
        .arg("name", ind.name)
        .arg("actual", ind.actual)
        .arg("target", v.text())
        .expect("a measured value", ind.actual);
  }
}

// ---- JX-Q021: a target set far below what was achieved --------------------------------

bool comparable_amount(const Unit& u) {
  const Dimension d = u.dimension();
  return d == Dimension::count || d == Dimension::money || d == Dimension::area || d == Dimension::length ||
         d == Dimension::mass || d == Dimension::volume || d == Dimension::rate;
}

// The actual in the target's unit, when the two compare: amounts of one dimension, or a
// count its name announces (…企业数 ≥124 | 253) written without a unit on both sides.
std::optional<Decimal> comparable_actual(const Indicator& ind, const Quantity& target, const Quantity& actual) {
  if (target.unit.empty()) {
    if (!actual.unit.empty() || !names_a_count(core_name(ind.name))) return std::nullopt;
    return actual.value;
  }
  if (!comparable_amount(target.unit) || !convertible(actual.unit, target.unit)) return std::nullopt;
  const auto a = actual.convert_to(target.unit);
  if (!a) return std::nullopt;
  return a->value;
}

void check_target_too_low(const PerformanceForm& form, const RuleContext& ctx, FindingSink& sink) {
  const Decimal ratio = ctx.decimal("ratio");
  for (std::size_t i = 0; i < form.indicators.size(); ++i) {
    const auto& ind = form.indicators[i];
    // A cost above its target is an overrun, not a target set too low.
    if (is_blank(ind.name) || is_money_cost(ind) || ind.level1 == Level1::cost) continue;
    const TargetValue& v = judged_target(ind);
    if (!v.target() || v.target()->kind() != TargetKind::comparison) continue;
    const Target& t = *v.target();
    if (t.op() != Comparator::ge && t.op() != Comparator::gt && t.op() != Comparator::eq) continue;
    if (t.quantity().value <= Decimal()) continue;
    const auto actual = actual_quantity(ind.actual);
    if (!actual) continue;
    try {
      const auto a = comparable_actual(ind, t.quantity(), *actual);
      if (!a || *a < t.quantity().value * ratio) continue;
      const Decimal achieved = divide(*a * Decimal(100), t.quantity().value, 0, RoundingMode::half_up);
      sink.add(at("/indicators", i, target_field(ind, v)),
               "指标“{name}”实际完成 {actual}，是指标值 {target} 的 {achieved}%：指标值设置偏低",
               "indicator {name} achieved {actual}, {achieved}% of its target {target}: the target was set too low")
          .arg("name", ind.name)
          .arg("actual", ind.actual)
          .arg("target", v.text())
          .arg("achieved", achieved)
          .expect("actual < " + ratio.to_string() + " × target", achieved.to_string() + "%");
    } catch (const decimal_error&) {
      continue;  // beyond 18 digits: not judged
    }
  }
}

// ---- JX-Q022: totals that are not the sum of their rows -------------------------------

Decimal half_unit(const Decimal& d) { return Decimal::from_parts(5, std::min(d.scale() + 1, Decimal::max_scale)); }

struct Column {
  const char* name;
  std::optional<Decimal> ExecutionLine::*field;
};

// The execution block: 年度资金总额 against its 其中 rows, column by column; one finding
// for the row, naming every column that does not add up.
void check_execution_total(const PerformanceForm& form, FindingSink& sink) {
  const auto& rows = form.budget.execution;
  if (rows.size() < 2 || !contains_any(rows.front().name, {"总额", "合计", "总计", "總額", "合計"})) return;
  static const Column columns[] = {{"年初预算数", &ExecutionLine::initial_budget},
                                   {"全年预算数", &ExecutionLine::full_year_budget},
                                   {"全年执行数", &ExecutionLine::executed}};
  std::string differing;
  std::optional<std::pair<Decimal, Decimal>> first;  // total, sum of the first column that differs
  for (const auto& c : columns) {
    const auto& total = rows.front().*(c.field);
    if (!total) continue;
    Decimal sum;
    Decimal slack = half_unit(*total);
    bool any = false;
    for (std::size_t r = 1; r < rows.size(); ++r) {
      const auto& part = rows[r].*(c.field);
      if (!part || rows[r].unit != rows.front().unit) continue;
      sum += *part;
      slack += half_unit(*part);
      any = true;
    }
    if (!any || (sum - *total).abs() <= slack) continue;
    differing += (differing.empty() ? "" : "、") + std::string(c.name);
    if (!first) first = std::make_pair(*total, sum);
  }
  if (!first) return;
  sink.add("/budget/execution/0", "“{row}”不等于其下各行之和（{columns}）：如 {total} {unit} ≠ {sum} {unit}",
           "{row} is not the sum of the rows under it ({columns}): e.g. {total} {unit} ≠ {sum} {unit}")
      .arg("row", rows.front().name)
      .arg("columns", differing)
      .arg("total", first->first)
      .arg("sum", first->second)
      .arg("unit", rows.front().unit.text())
      .expect(first->second.to_string(), first->first.to_string());
}

// 总分 against the scores of the rows: at least their sum, at most that plus the
// weights of rows without a score; with or without the budget-execution row, since
// layouts differ on whether its points are part of the 100. Only a table read whole is
// judged: when weights are given they must add up to 100 (else JX-S002's finding stands
// and rows may have been lost).
void check_total_score(const PerformanceForm& form, const RuleContext& ctx, FindingSink& sink) {
  if (!form.total_score) return;
  Decimal known;
  Decimal open;
  Decimal weights;
  bool any_score = false;
  bool any_weight = false;
  for (const auto& ind : form.indicators) {
    if (ind.weight) {
      weights += *ind.weight;
      any_weight = true;
    }
    if (ind.score) {
      known += *ind.score;
      any_score = true;
    } else if (ind.weight) {
      open += *ind.weight;
    }
  }
  Decimal budget_low;
  Decimal budget_high;
  if (!form.budget.execution.empty()) {
    const ExecutionLine& total = form.budget.execution.front();
    if (total.weight) {
      weights += *total.weight;
      any_weight = true;
    }
    budget_low = total.score ? *total.score : Decimal();
    budget_high = total.score ? *total.score : (total.weight ? *total.weight : Decimal());
  }
  if (!any_score || (any_weight && weights != Decimal(100))) return;
  const Decimal& printed = *form.total_score;
  const bool without_budget = printed >= known && printed <= known + open;
  const bool with_budget = printed >= known + budget_low && printed <= known + open + budget_high;
  if (without_budget || with_budget) return;
  const Decimal low = known + budget_low;
  const Decimal high = known + open + budget_high;
  // A score lost by the import (a budget row read out of place, a cell not placed) makes
  // the rows' sum short: one "not reliably read" finding, not the form's error.
  const BlockReading reading = worse_of(amount_reading(ctx, "/budget/execution"), amount_reading(ctx, "/indicators"));
  if (!reading.reliable()) {
    add_unreliable(sink, "/total_score", reading, 1,
                   "表格未能可靠读取（{cells} 个可能含分值的单元格未能导入）：总分 {total} 与各行得分（{low} 至 {high}）不符，"
                   "可能是导入遗漏了得分，未作为填报错误报告",
                   "the table was not reliably read ({cells} cells that could hold a score could not be placed): the "
                   "total score {total} does not follow from the rows ({low} to {high}); possibly a score lost by the "
                   "import, not reported as the form's error")
        .arg("total", printed)
        .arg("low", low)
        .arg("high", high);
    return;
  }
  auto& f = sink.add("/total_score", "总分 {total} 与各行得分不符：各行（含预算执行率）得分应在 {low} 至 {high} 之间",
                     "the total score {total} does not follow from the rows: with the budget row they give {low} to "
                     "{high}")
                .arg("total", printed)
                .arg("low", low)
                .arg("high", high);
  f.expect(low == high ? low.to_string() : low.to_string() + "–" + high.to_string(), printed.to_string());
}

void check_totals(const PerformanceForm& form, const RuleContext& ctx, FindingSink& sink) {
  // Sums beyond 18 digits are not judged (JX-S021 reports them when scoring).
  try {
    check_execution_total(form, sink);
  } catch (const decimal_error&) {
  }
  try {
    check_total_score(form, ctx, sink);
  } catch (const decimal_error&) {
  }
}

}  // namespace

void add_selfeval_rules(RuleList& list) {
  add(list,
      {"JX-Q019",
       "未完成或扣分未说明原因",
       "Shortfall or deduction without a reason",
       ReviewDimension::completeness,
       Severity::warning,
       {},
       std::string("A self-evaluation row whose measured actual falls short of its target, or whose score is below "
                   "its weight, needs 偏差原因分析及改进措施 (scoring reports the same as JX-S003 when it is run). "
                   "The reason of the budget-execution row is not part of the form model, so that row is not "
                   "judged here; a money cost below its plan is a saving, not a shortfall. A 分值 above 100 (the "
                   "whole scale) is a misread cell, not a weight, and gives no deduction.") +
           kRepairNote,
       "issue 20; 财预〔2020〕10号 self-evaluation form; review-judged missed.tsv (012, 018, 056)",
       "/indicators/0/actual: warning[JX-Q019]: indicator 当年获得市级以上确认的人才驿站数量: the actual 0个 falls "
       "short of the target >=2个 and no reason is given"},
      check_shortfall_reason);
  add(list,
      {"JX-Q020",
       "实际完成值照抄指标值",
       "Actual restates the target",
       ReviewDimension::completeness,
       Severity::warning,
       {{"min_rows", "5",
         "rows of counts or amounts (percentages and times left out) that must all equal their "
         "targets exactly for the form-level finding",
         ParameterType::integer, Decimal(1), Decimal(100000)},
        {"same_rows", "3",
         "rows with descriptive targets that differ but one and the same wording as the actual (达成预期指标) for the "
         "form-level stock-phrase finding",
         ParameterType::integer, Decimal(2), Decimal(100000)}},
       std::string("An actual is a measured value: one written with a comparator (≥90%) is the target copied, a "
                   "word (完成) against an amount measures nothing, and descriptive text identical to the target "
                   "is no evidence of what was achieved. Yes/no, 达成 and 优/良 answers are left alone. When every "
                   "measured count or amount (at least `min_rows` of them) equals its target exactly, the form "
                   "gets one finding at /indicators; so does one wording without a number (达成预期指标) given as the actual of "
                   "`same_rows` or more descriptive rows whose targets differ (合规, 及时, 效果明显).") +
           kRepairNote,
       "issue 20; review-judged missed.tsv (006, 010, 020, 048)",
       "/indicators/7/actual: warning[JX-Q020]: indicator 政策知晓率: actual ≥90% (target ≥90%): the actual is "
       "written as a target (with a comparator), not as a measured value"},
      check_actual_not_copied);
  add(list,
      {"JX-Q021",
       "指标值设置偏低",
       "Target set far below the actual",
       ReviewDimension::feasibility,
       Severity::warning,
       {{"ratio", "1.3", "actual / target at or above which the target counts as set too low", ParameterType::decimal,
         Decimal(1), Decimal(1000)}},
       std::string("A floor or exact target on a count or an amount that the actual exceeds many times over (by "
                   "default by 30% or more) was set without ambition, or after the fact; percentages and dates "
                   "are not judged. A bare number counts when the name announces a count (…企业数 ≥124, actual "
                   "253) and the actual is bare too.") +
           kRepairNote,
       "issue 20; 财预〔2020〕10号 (目标设置偏低); review-judged missed.tsv (012, 018)",
       "/indicators/2/annual_target: warning[JX-Q021]: indicator 每年人才驿站服务人次 achieved 1700人, 340% of its "
       "target >=500人: the target was set too low"},
      check_target_too_low);
  add(list,
      {"JX-Q022",
       "合计与分项不符",
       "Total is not the sum of its rows",
       ReviewDimension::appropriateness,
       Severity::warning,
       {},
       std::string("In a self-evaluation, 年度资金总额 must be the sum of the rows under it (其中: 财政拨款, 上年结转, "
                   "其他资金) in each column, within the rounding of the written decimals, and the printed 总分 must "
                   "follow from the row scores (rows without a score add at most their weight), with or without the "
                   "budget-execution row's points. 总分 is judged only when the weights, where given, add up to 100; when the "
                   "importer lost a cell that could hold a score (in the rows, the budget block or no known block), a "
                   "total that does not follow is one \"not reliably read\" info finding instead.") +
           kRepairNote,
       "issue 20; review-judged missed.tsv (006, 052, 056)",
       "/budget/execution/0: warning[JX-Q022]: 年度资金总额 is not the sum of the rows under it "
       "(年初预算数、全年预算数、"
       "全年执行数): e.g. 0 万元 ≠ 202.64 万元"},
      check_totals);
}

}  // namespace jixiao::detail
