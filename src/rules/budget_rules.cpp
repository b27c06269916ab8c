// Budget rules (适当性): breakdowns add up, totals agree, key-task funds fit, amounts are sane.
//
// Sums of rounded figures are checked as XBRL Calculations 1.1 does: a figure written
// with d decimals stands for the interval [v − ½·10^-d, v + ½·10^-d]; a sum is
// consistent with its total when the interval of the sum (the sum of the intervals)
// meets the interval of the total. So 0.01 of rounding noise passes and a real
// discrepancy does not, without any floating-point epsilon.
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "catalogue.hpp"
#include "stated_sums.hpp"

namespace jixiao::detail {
namespace {

struct Interval {
  Decimal lo;
  Decimal hi;
  Decimal value;  // the exact sum of the written figures
  bool meets(const Interval& o) const { return lo <= o.hi && o.lo <= hi; }
};

Decimal half_unit(const Decimal& d) { return Decimal::from_parts(5, std::min(d.scale() + 1, Decimal::max_scale)); }

// A written zero is exact (nothing was rounded to it), and so is a figure whose half
// unit lies below the 18 digits a Decimal holds (999999999999999999 ± 0.5).
Interval of(const Decimal& d) {
  if (d.is_zero()) return {d, d, d};
  const Decimal h = half_unit(d);
  try {
    return {d - h, d + h, d};
  } catch (const decimal_error&) {
    return {d, d, d};
  }
}

// The rules compare money in 万元. A figure's interval is taken in the unit it is
// written in and then converted exactly, so 1.5 亿元 keeps its ±0.05 亿元 and 3000000 元
// its ±0.5 元. Nothing when the unit is unknown (JX-B011 reports it) or the exact
// conversion passes 18 digits: such a figure is not compared.
std::optional<Interval> in_unit(const Decimal& d, const std::optional<MoneyUnit>& unit, MoneyUnit to) {
  if (!unit) return std::nullopt;
  const Interval i = of(d);
  const auto lo = convert(i.lo, *unit, to);
  const auto hi = convert(i.hi, *unit, to);
  const auto value = convert(i.value, *unit, to);
  if (!lo || !hi || !value) return std::nullopt;
  return Interval{*lo, *hi, *value};
}

std::optional<Interval> in_wan(const Decimal& d, const std::optional<MoneyUnit>& unit) {
  return in_unit(d, unit, MoneyUnit::wan_yuan);
}

std::optional<Interval> of(const BudgetLine& line) { return in_wan(line.amount, line.unit.known()); }

// A sum of intervals, exact once its bounds pass 18 digits but the sum itself does not
// (the half units are then below what the sum can show). Adding a value past 18 digits
// throws decimal_error.
class IntervalSum {
 public:
  void add(const Interval& i) {
    s_.value += i.value;
    if (exact_) return;
    try {
      s_.lo += i.lo;
      s_.hi += i.hi;
    } catch (const decimal_error&) {
      exact_ = true;
    }
  }
  Interval sum() const { return exact_ ? Interval{s_.value, s_.value, s_.value} : s_; }

 private:
  Interval s_{Decimal(), Decimal(), Decimal()};
  bool exact_ = false;
};

// The sum of the lines' intervals.
std::optional<Interval> sum_of(const BudgetBreakdown& b) {
  IntervalSum s;
  for (const auto& line : b.lines) {
    const auto i = of(line);
    if (!i) return std::nullopt;
    s.add(*i);
  }
  return s.sum();
}

// The declared total of a block, in 万元.
std::optional<Interval> declared_of(const BudgetBreakdown& b) { return in_wan(*b.declared_total, b.unit); }

// The total of a block: its declared total, or the sum of its lines.
std::optional<Interval> total_of(const BudgetBreakdown& b) { return b.declared_total ? declared_of(b) : sum_of(b); }

std::optional<std::size_t> find_breakdown(const PerformanceForm& form, BreakdownKind kind) {
  const auto& bs = form.budget.breakdowns;
  for (std::size_t i = 0; i < bs.size(); ++i) {
    if (bs[i].kind == kind && (!bs[i].lines.empty() || bs[i].declared_total)) return i;
  }
  return std::nullopt;
}

std::string block_path(std::size_t i, const BudgetBreakdown& b) {
  return b.declared_total ? at("/budget/breakdowns", i, "declared_total") : at("/budget/breakdowns", i);
}

// 项目支出 in the expenditure block: path and amount (in 万元).
std::optional<std::pair<std::string, Interval>> project_expenditure(const PerformanceForm& form) {
  const auto e = find_breakdown(form, BreakdownKind::expenditure);
  if (!e) return std::nullopt;
  const auto& lines = form.budget.breakdowns[*e].lines;
  for (std::size_t j = 0; j < lines.size(); ++j) {
    if (lines[j].category != BudgetCategory::project_expenditure) continue;
    const auto amount = of(lines[j]);
    if (!amount) return std::nullopt;
    return std::make_pair(at("/budget/breakdowns", *e) + "/lines/" + std::to_string(j) + "/amount", *amount);
  }
  return std::nullopt;
}

// The amount key tasks are compared with (in 万元), by the profile's choice.
std::optional<std::pair<std::string, Decimal>> key_task_base(const PerformanceForm& form, const RuleContext& ctx) {
  if (ctx.profile().key_task_base == KeyTaskBase::project_expenditure) {
    const auto p = project_expenditure(form);
    if (!p) return std::nullopt;
    return std::make_pair(p->first, p->second.value);
  }
  const auto e = find_breakdown(form, BreakdownKind::expenditure);
  if (!e) return std::nullopt;
  const auto total = total_of(form.budget.breakdowns[*e]);
  if (!total) return std::nullopt;
  return std::make_pair(block_path(*e, form.budget.breakdowns[*e]), total->value);
}

// Two blocks that must have the same total (I2, I4). When the importer lost a cell that
// could have held an amount of either block (amount_reading), totals that differ may be
// its doing (an unreadable amount kept as 0): one "not reliably read" finding instead.
void compare_totals(const PerformanceForm& form, const RuleContext& ctx, BreakdownKind kind, FindingSink& sink,
                    const char* zh, const char* en, bool project_base) {
  const auto e = find_breakdown(form, BreakdownKind::expenditure);
  const auto o = find_breakdown(form, kind);
  if (!e || !o) return;
  const auto& eb = form.budget.breakdowns[*e];
  const auto& ob = form.budget.breakdowns[*o];
  std::optional<Interval> base = total_of(eb);
  std::string base_path = block_path(*e, eb);
  if (project_base) {
    const auto p = project_expenditure(form);
    if (!p) return;
    base = p->second;
    base_path = p->first;
  }
  const std::optional<Interval> other_total = total_of(ob);
  if (!base || !other_total) return;
  const Interval& other = *other_total;
  if (base->meets(other)) return;
  const BlockReading reading =
      worse_of(amount_reading(ctx, at("/budget/breakdowns", *e)), amount_reading(ctx, at("/budget/breakdowns", *o)));
  if (!reading.reliable()) {
    add_unreliable(sink, "/budget", reading, 1,
                   "表格未能可靠读取（{cells} 个可能含金额的单元格未能导入）：{block}合计 {total} 万元与应有的 {expected} "
                   "万元不符，可能是导入遗漏了金额，未作为填报错误报告",
                   "the table was not reliably read ({cells} cells that could hold an amount could not be placed): "
                   "{block} totals {total} 万元, not the {expected} 万元 expected; possibly an amount lost by the "
                   "import, not reported as the form's error")
        .arg("block", ob.title.empty() ? std::string("?") : ob.title)
        .arg("total", other.value)
        .arg("expected", base->value);
    return;
  }
  sink.add(block_path(*o, ob), zh, en)
      .arg("block", ob.title.empty() ? std::string("?") : ob.title)
      .arg("total", other.value)
      .arg("expected", base->value)
      .arg("difference", other.value - base->value)
      .arg("base_path", base_path)
      .expect(money(base->value), money(other.value));
}

// Lines that do not add up in a block the importer left cells of unplaced may be its
// doing (a 其中 line dropped, a line of another table added): one finding then. Only
// cells that could have held an amount of that block count (amount_reading): a stray
// label, or a cell lost in another block, does not hide a sum that is wrong.
void check_breakdown_sums(const PerformanceForm& form, const RuleContext& ctx, FindingSink& sink) {
  BlockReading reading;
  std::size_t withheld = 0;
  const auto& bs = form.budget.breakdowns;
  for (std::size_t i = 0; i < bs.size(); ++i) {
    if (!bs[i].declared_total || bs[i].lines.empty()) continue;
    const auto sum = sum_of(bs[i]);
    const auto total = declared_of(bs[i]);
    if (!sum || !total) continue;
    const Interval& s = *sum;
    const Interval& t = *total;
    if (s.meets(t)) continue;
    const BlockReading block = amount_reading(ctx, at("/budget/breakdowns", i));
    if (!block.reliable()) {
      ++withheld;
      if (block.unplaced > reading.unplaced) reading = block;
      continue;
    }
    sink.add(at("/budget/breakdowns", i, "declared_total"),
             "{block}的明细合计 {sum} 万元与填报合计 {total} 万元不符（差额 {difference}，超出舍入误差）",
             "the lines of {block} add up to {sum} 万元 but the declared total is {total} 万元 (difference "
             "{difference}, beyond rounding)")
        .arg("block", bs[i].title)
        .arg("sum", s.value)
        .arg("total", t.value)
        .arg("difference", t.value - s.value)
        .expect(money(s.value), money(t.value));
  }
  if (withheld == 0) return;
  add_unreliable(sink, "/budget", reading, withheld,
                 "表格未能可靠读取（{cells} 个单元格未能导入）：{count} 个预算块的明细与合计不符，可能是导入遗漏或错放了明细行，未逐条报告",
                 "the table was not reliably read ({cells} cells could not be placed): the lines of {count} budget "
                 "blocks do not add up, possibly a line lost or misplaced by the import; not reported one by one");
}

void check_income_total(const PerformanceForm& form, const RuleContext& ctx, FindingSink& sink) {
  compare_totals(form, ctx, BreakdownKind::income, sink,
                 "收入来源合计 {total} 万元与部门预算支出 {expected} 万元不符（差额 {difference}）",
                 "income sources total {total} 万元 but expenditure totals {expected} 万元 (difference {difference})",
                 false);
}

void check_level_total(const PerformanceForm& form, const RuleContext& ctx, FindingSink& sink) {
  const bool project = ctx.text("base") == "project";
  compare_totals(form, ctx, BreakdownKind::level, sink,
                 "按预算级次划分合计 {total} 万元与应分解的金额 {expected} 万元不符（差额 {difference}）",
                 "the budget-level split totals {total} 万元 but the amount it splits is {expected} 万元 "
                 "(difference {difference})",
                 project);
}

void check_development_within_project(const PerformanceForm& form, const RuleContext&, FindingSink& sink) {
  const auto d = find_breakdown(form, BreakdownKind::development);
  const auto p = project_expenditure(form);
  if (!d || !p) return;
  const auto& db = form.budget.breakdowns[*d];
  const auto total = total_of(db);
  if (!total || total->lo <= p->second.hi) return;
  const Interval& dev = *total;
  sink.add(block_path(*d, db), "事业发展性支出 {total} 万元超过项目支出 {project} 万元",
           "development expenditure {total} 万元 exceeds project expenditure {project} 万元")
      .arg("total", dev.value)
      .arg("project", p->second.value)
      .expect("≤ " + money(p->second.value), money(dev.value));
}

Decimal key_task_sum(const PerformanceForm& form) {
  Decimal sum;
  for (const auto& t : form.key_tasks) {
    if (t.planned_funds) sum += *t.planned_funds;
  }
  return sum;
}

void check_key_tasks_exceed(const PerformanceForm& form, const RuleContext& ctx, FindingSink& sink) {
  if (form.key_tasks.empty()) return;
  const auto base = key_task_base(form, ctx);
  if (!base) return;
  const Decimal sum = key_task_sum(form);
  if (sum <= base->second) return;
  sink.add("/key_tasks", "重点工作任务拟投入资金合计 {sum} 万元超过{base_name} {base} 万元（超出 {excess}）",
           "key tasks plan {sum} 万元, more than the {base_name} of {base} 万元 (excess {excess})")
      .arg("sum", sum)
      .arg("base", base->second)
      .arg("base_name", ctx.profile().key_task_base == KeyTaskBase::project_expenditure ? "项目支出" : "部门预算支出")
      .arg("excess", sum - base->second)
      .expect("≤ " + money(base->second), money(sum));
}

void check_key_tasks_gap(const PerformanceForm& form, const RuleContext& ctx, FindingSink& sink) {
  if (form.key_tasks.empty()) return;
  const auto base = key_task_base(form, ctx);
  if (!base) return;
  const Decimal sum = key_task_sum(form);
  if (sum >= base->second) return;
  sink.add("/key_tasks", "重点工作任务拟投入资金合计 {sum} 万元，{base_name} {base} 万元，未落实到重点任务的资金 {gap} 万元",
           "key tasks plan {sum} of {base} 万元 {base_name}; {gap} 万元 is not assigned to a key task")
      .arg("sum", sum)
      .arg("base", base->second)
      .arg("base_name", ctx.profile().key_task_base == KeyTaskBase::project_expenditure ? "项目支出" : "部门预算支出")
      .arg("gap", base->second - sum)
      .expect(money(base->second), money(sum));
}

// Every amount of the form with its path and unit, for the per-amount rules.
// Paths are built only when a rule reports (building them for every amount costs more
// than the checks themselves).
template <class F>
void for_each_amount(const PerformanceForm& form, F&& f) {
  const auto& bs = form.budget.breakdowns;
  for (std::size_t i = 0; i < bs.size(); ++i) {
    const AmountUnit total_unit(bs[i].unit);
    if (bs[i].declared_total) f([i] { return at("/budget/breakdowns", i, "declared_total"); }, *bs[i].declared_total, total_unit);
    for (std::size_t j = 0; j < bs[i].lines.size(); ++j) {
      f([i, j] { return at("/budget/breakdowns", i) + "/lines/" + std::to_string(j) + "/amount"; }, bs[i].lines[j].amount,
        bs[i].lines[j].unit);
    }
  }
  const auto& ex = form.budget.execution;
  for (std::size_t i = 0; i < ex.size(); ++i) {
    if (ex[i].initial_budget) f([i] { return at("/budget/execution", i, "initial_budget"); }, *ex[i].initial_budget, ex[i].unit);
    if (ex[i].full_year_budget) f([i] { return at("/budget/execution", i, "full_year_budget"); }, *ex[i].full_year_budget, ex[i].unit);
    if (ex[i].executed) f([i] { return at("/budget/execution", i, "executed"); }, *ex[i].executed, ex[i].unit);
  }
  const AmountUnit wan;  // key-task funds are in 万元
  for (std::size_t i = 0; i < form.key_tasks.size(); ++i) {
    if (form.key_tasks[i].planned_funds) f([i] { return at("/key_tasks", i, "planned_funds"); }, *form.key_tasks[i].planned_funds, wan);
  }
  for (std::size_t i = 0; i < form.other_tasks.size(); ++i) {
    const auto& t = form.other_tasks[i];
    if (t.amount) f([i] { return at("/other_tasks", i, "amount"); }, *t.amount, t.unit.empty() ? wan : AmountUnit::parse(t.unit));
  }
}

void check_negative(const PerformanceForm& form, const RuleContext&, FindingSink& sink) {
  for_each_amount(form, [&](const auto& path, const Decimal& d, const AmountUnit& unit) {
    if (!d.is_negative()) return;
    sink.add(path(), "金额 {amount} {unit}为负数", "amount {amount} {unit} is negative")
        .arg("amount", d)
        .arg("unit", unit.text())
        .expect("≥ 0", d.to_string());
  });
}

// A 万元 figure with 4 decimals is exact to the yuan (89.974 万元 = 899,740 元), and forms
// print 2 to 4; more than `decimals` suggests 元 typed into a 万元 cell. A figure that
// repeats (年初预算数 = 全年预算数 = 全年执行数, a total equal to its one line) is
// reported once, at its first place, with the number of places.
void check_decimals(const PerformanceForm& form, const RuleContext& ctx, FindingSink& sink) {
  const int limit = ctx.integer("decimals");  // declared 0..18, so it cannot wrap
  struct Seen {
    Decimal amount;
    std::string path;
    int used = 0;
    int places = 0;
  };
  std::vector<Seen> over;
  for_each_amount(form, [&](const auto& path, const Decimal& d, const AmountUnit&) {
    const int used = d.normalized().scale();
    if (used <= limit) return;
    for (auto& s : over) {
      if (s.amount == d) {
        ++s.places;
        return;
      }
    }
    over.push_back({d, path(), used, 1});
  });
  for (const auto& s : over) {
    Finding& f = s.places > 1 ? sink.add(s.path, "金额 {amount} 有 {used} 位小数，多于规定的 {declared} 位（同一数额共 {places} 处）",
                                         "amount {amount} has {used} decimals, more than the declared {declared} "
                                         "({places} places hold it)")
                              : sink.add(s.path, "金额 {amount} 有 {used} 位小数，多于规定的 {declared} 位",
                                         "amount {amount} has {used} decimals, more than the declared {declared}");
    f.arg("amount", s.amount).arg("used", Decimal(s.used)).arg("declared", Decimal(limit));
    if (s.places > 1) f.arg("places", Decimal(s.places));
    f.expect(std::to_string(limit) + " decimals", std::to_string(s.used) + " decimals");
  }
}

void check_shares(const PerformanceForm& form, const RuleContext& ctx, FindingSink& sink) {
  const Decimal tolerance = ctx.decimal("tolerance");
  const auto& bs = form.budget.breakdowns;
  for (std::size_t i = 0; i < bs.size(); ++i) {
    const auto block_total = total_of(bs[i]);
    if (!block_total || block_total->value.is_zero()) continue;
    const Decimal total = block_total->value;
    for (std::size_t j = 0; j < bs[i].lines.size(); ++j) {
      const auto& line = bs[i].lines[j];
      if (!line.share) continue;
      const auto amount = line.amount_in(MoneyUnit::wan_yuan);
      if (!amount) continue;
      const Decimal expected = percent_of(*amount, total, 2, RoundingMode::half_up);
      if ((expected - *line.share).abs() <= tolerance) continue;
      sink.add(at("/budget/breakdowns", i) + "/lines/" + std::to_string(j) + "/share",
               "{name}占比填报为 {share}%，按金额计算应为 {expected}%",
               "{name} share is written as {share}% but its amount gives {expected}%")
          .arg("name", line.name)
          .arg("share", *line.share)
          .arg("expected", expected)
          .expect(expected.to_string() + "%", line.share->to_string() + "%");
    }
  }
}

// The lines of a block in more than one known unit: the sums above convert them
// exactly to 万元, and the reader is told so.
void check_mixed_units(const PerformanceForm& form, const RuleContext&, FindingSink& sink) {
  const auto& bs = form.budget.breakdowns;
  for (std::size_t i = 0; i < bs.size(); ++i) {
    if (!bs[i].mixes_units()) continue;
    if (std::any_of(bs[i].lines.begin(), bs[i].lines.end(), [](const BudgetLine& l) { return !l.unit.known(); })) {
      continue;  // JX-B011 reports the block instead
    }
    std::vector<std::string> seen;
    for (const auto& line : bs[i].lines) {
      if (std::find(seen.begin(), seen.end(), line.unit.text()) == seen.end()) seen.push_back(line.unit.text());
    }
    std::string units;
    for (const auto& u : seen) units += (units.empty() ? "" : "、") + u;
    const auto sum = bs[i].lines_total();
    sink.add(at("/budget/breakdowns", i),
             "{block}的明细使用了不同的金额单位（{units}），已按精确换算以{unit}合计：{sum} {unit}",
             "the lines of {block} mix money units ({units}); they are converted exactly and add up to {sum} {unit}")
        .arg("block", bs[i].title.empty() ? std::string("?") : bs[i].title)
        .arg("units", units)
        .arg("unit", chinese_name(bs[i].unit))
        .arg("sum", sum ? sum->to_string() : std::string("?"));
  }
}

// An amount whose unit is none of 元, 万元, 亿元: it is kept as written and left out of
// every sum and comparison (a guess could mislabel it).
void check_unknown_money_units(const PerformanceForm& form, const RuleContext&, FindingSink& sink) {
  const char* zh = "金额单位“{unit}”无法识别（应为 元、万元 或 亿元）：{name} 的金额 {amount} 未参与合计与比较";
  const char* en = "money unit {unit} is not 元, 万元 or 亿元: the amount {amount} of {name} is left out of sums and comparisons";
  const auto& bs = form.budget.breakdowns;
  for (std::size_t i = 0; i < bs.size(); ++i) {
    for (std::size_t j = 0; j < bs[i].lines.size(); ++j) {
      const auto& line = bs[i].lines[j];
      if (line.unit.known()) continue;
      sink.add(at("/budget/breakdowns", i) + "/lines/" + std::to_string(j) + "/unit", zh, en)
          .arg("unit", line.unit.text())
          .arg("name", line.name)
          .arg("amount", line.amount)
          .expect("元, 万元 or 亿元", line.unit.text());
    }
  }
  const auto& ex = form.budget.execution;
  for (std::size_t i = 0; i < ex.size(); ++i) {
    if (ex[i].unit.known()) continue;
    const auto& amount = ex[i].full_year_budget ? ex[i].full_year_budget : ex[i].executed;
    sink.add(at("/budget/execution", i, "unit"), zh, en)
        .arg("unit", ex[i].unit.text())
        .arg("name", ex[i].name)
        .arg("amount", amount ? amount->to_string() : std::string("-"))
        .expect("元, 万元 or 亿元", ex[i].unit.text());
  }
}

// The running sums of the parts a sentence lists after its 其中, in the total's unit:
// the first part, the first two, …, all. Nothing when one cannot be converted, or when a
// sum passes 18 digits (a figure that large in prose is no breakdown).
std::optional<std::vector<Interval>> running_sums(const StatedSum& s) {
  std::vector<Interval> sums;
  IntervalSum sum;
  try {
    for (const auto& p : s.parts) {
      const auto i = in_unit(p.value, p.unit, s.total.unit);
      if (!i) return std::nullopt;
      sum.add(*i);
      sums.push_back(sum.sum());
    }
  } catch (const decimal_error&) {
    return std::nullopt;
  }
  return sums;
}

// Each text of the form that may state a total in prose, with its path.
template <class F>
void for_each_prose(const PerformanceForm& form, F&& f) {
  for (std::size_t i = 0; i < form.goals.size(); ++i) f(at("/goals", i), form.goals[i]);
  for (std::size_t i = 0; i < form.metadata.size(); ++i) {
    if (form.metadata[i].first == "goal_completion") f(at("/metadata", i, "value"), form.metadata[i].second);
  }
  for (std::size_t i = 0; i < form.key_tasks.size(); ++i) {
    f(at("/key_tasks", i, "content"), form.key_tasks[i].content);
    f(at("/key_tasks", i, "expected_result"), form.key_tasks[i].expected_result.text());
  }
}

// Whether the parts of `s` add up to its total, or may: when the first parts already do,
// the sentence goes on about something else (`…，实际支出95万元`) and is not judged.
// A sentence cut before its full stop may have lost parts: it is judged only when its
// parts already pass the total.
bool parts_may_add_up(const StatedSum& s, const Interval& total, const std::vector<Interval>& sums) {
  const bool prefix_meets = std::any_of(sums.begin(), sums.end(), [&](const Interval& i) { return i.meets(total); });
  return prefix_meets || (!s.closed && sums.back().hi < total.lo);
}

void check_stated_sums(const PerformanceForm& form, const RuleContext&, FindingSink& sink) {
  for_each_prose(form, [&](const std::string& path, const std::string& text) {
    for (const StatedSum& s : stated_sums(text)) {
      const Interval total = of(s.total.value);
      const auto sums = running_sums(s);
      if (!sums || parts_may_add_up(s, total, *sums)) continue;
      const Decimal sum = sums->back().value.normalized();
      Decimal difference;
      try {
        difference = (total.value - sum).normalized();
      } catch (const decimal_error&) {
        continue;
      }
      const std::string unit = chinese_name(s.total.unit);
      sink.add(path, "“{clause}”所述合计 {total}{unit}，其中所列 {count} 项之和为 {sum}{unit}（差额 {difference}）",
               "'{clause}' states a total of {total}{unit}, but the {count} parts listed after 其中 add up to "
               "{sum}{unit} (difference {difference})")
          .arg("clause", text.substr(s.clause_at, s.clause_size))
          .arg("total", total.value)
          .arg("unit", unit)
          .arg("count", Decimal(static_cast<std::int64_t>(s.parts.size())))
          .arg("sum", sum)
          .arg("difference", difference)
          .expect(total.value.to_string() + unit, sum.to_string() + unit);
    }
  });
}

}  // namespace

void add_budget_rules(RuleList& list) {
  add(list,
      {"JX-B001", "预算明细与合计不符", "Breakdown lines do not add up to the declared total",
       ReviewDimension::appropriateness, Severity::error, {},
       "Each block of 预算整体情况 (基本+项目 = 支出; 收入来源; 事业发展性; 按级次) must add up to the total it "
       "declares. Checked with XBRL Calculations 1.1 intervals from each figure's written decimals, so "
       "rounding noise is not an error but a real discrepancy is. Imported with repairs: a block that does not add "
       "up while the importer lost cells that could have held one of its amounts (JX-I001 with a digit, JX-I007; "
       "in that block, in /budget or in no known block: a 其中 line dropped, a line of another table added) is "
       "counted in one finding as possibly the import's doing, not reported one by one; a stray label cell or a "
       "cell lost in another block does not withhold it.",
       "domain-sources §7.4 I1/I2 [V] S17; XBRL Calculations 1.1",
       "/budget/breakdowns/0/declared_total: error[JX-B001]: the lines of 部门预算支出 add up to 1992.29 万元 "
       "but the declared total is 1992.39 万元 (difference 0.10, beyond rounding)"},
      check_breakdown_sums);
  add(list,
      {"JX-B002", "收入合计与支出合计不符", "Income total differs from expenditure total",
       ReviewDimension::appropriateness, Severity::error, {},
       "Money in equals money out: 收入来源 (财政拨款 + 其他资金) must total 部门预算支出 (rounding intervals as "
       "JX-B001). Imported with repairs: when the importer lost a cell that could have held an amount of either "
       "block (JX-I001 with a digit, JX-I007; in the block, in /budget or in no known block: an unreadable amount "
       "is kept as 0), totals that differ are one finding at /budget saying the table was not reliably read, not "
       "the form's error; a stray label cell does not withhold the finding.",
       "domain-sources §7.4 I2 [V] S17",
       "/budget/breakdowns/1: error[JX-B002]: income sources total 1992.30 万元 but expenditure totals 1992.29 "
       "万元 (difference 0.01)"},
      check_income_total);
  add(list,
      {"JX-B003", "按级次划分合计与支出不符", "Budget-level split differs from the amount it splits",
       ReviewDimension::appropriateness, Severity::error,
       {{"base", "total", "what 区本级 + 对下转移支付 decomposes: `total` (部门预算支出) or `project` (项目支出)",
         ParameterType::choice, std::nullopt, std::nullopt, {"total", "project"}}},
       "区本级使用资金 + 拟用于对下转移支付资金 decomposes the budget; it is unverified whether the block "
       "splits the total or 项目支出, so that is a parameter. Imported with repairs: as JX-B002, totals that differ while an amount of either block may have been lost are one \"not reliably read\" finding at /budget.",
       "domain-sources §7.4 I4 [INF]",
       "/budget/breakdowns/3: error[JX-B003]: the budget-level split totals 1000.00 万元 but the amount it splits "
       "is 1992.29 万元 (difference -992.29)"},
      check_level_total);
  add(list,
      {"JX-B004", "事业发展性支出超过项目支出", "Development expenditure exceeds project expenditure",
       ReviewDimension::appropriateness, Severity::warning, {},
       "事业发展性支出 (财政专项资金 + 其他事业发展性支出) is spent through projects, so it cannot exceed 项目支出. Imported with repairs: compares the two blocks as imported; a block whose total is neither declared nor computable (a line in an unknown unit) is not compared.",
       "[INF] from the Guangzhou department form layout",
       "/budget/breakdowns/2: warning[JX-B004]: development expenditure 1200.00 万元 exceeds project "
       "expenditure 1025.93 万元"},
      check_development_within_project);
  add(list,
      {"JX-B005", "重点任务资金超过项目支出", "Key-task funds exceed project expenditure",
       ReviewDimension::appropriateness, Severity::warning, {},
       "The money planned for 年度重点工作任务 comes out of 项目支出 (or the whole budget, per profile); a larger "
       "sum cannot be funded. A warning, since tasks may also draw on 基本支出. Imported with repairs: compares the key tasks' funds as imported; a task whose funds were not read adds nothing, so a lost amount can only hide an excess, never invent one.",
       "domain-sources §7.4 I5 [INF]",
       "/key_tasks: warning[JX-B005]: key tasks plan 1100.00 万元, more than the 项目支出 of 1025.93 万元 "
       "(excess 74.07)"},
      check_key_tasks_exceed);
  add(list,
      {"JX-B006", "项目支出未全部落实到重点任务", "Part of project expenditure is not assigned to key tasks",
       ReviewDimension::appropriateness, Severity::info, {},
       "Reports the key-task sum and the gap to 项目支出 so a reviewer can ask where the rest goes. Imported with repairs: reports the gap as imported (info); a task whose funds were not read widens the gap, which the import's own JX-I… findings explain.",
       "domain-sources §7.4 I5 [INF]",
       "/key_tasks: info[JX-B006]: key tasks plan 895.93 of 1025.93 万元 项目支出; 130.00 万元 is not assigned to a "
       "key task"},
      check_key_tasks_gap);
  add(list,
      {"JX-B007", "金额为负数", "Negative amount", ReviewDimension::appropriateness, Severity::error, {},
       "Budgets, task funds and execution figures are never negative on a declaration form. Imported with repairs: judges only amounts the importer read; an unreadable amount is its JX-I007, never a negative.", "[INF]",
       "/key_tasks/2/planned_funds: error[JX-B007]: amount -5.00 万元 is negative"},
      check_negative);
  add(list,
      {"JX-B008", "金额小数位数超过规定", "Amount has more decimals than declared", ReviewDimension::format,
       Severity::warning, {{"decimals", "4", "most decimals an amount in 万元 may have (4: exact to the yuan)", ParameterType::integer,
                   Decimal(0), Decimal(Decimal::max_scale)}},
       "Amounts in 万元 are printed with 2 to 4 decimals (89.974 万元 is 899,740 元 exactly); more than `decimals` "
       "(4 by default, to the yuan) suggests a unit mix-up (元 typed into a 万元 cell) or a copy error. A figure "
       "repeated in several cells is reported once. Imported with repairs: reads the amounts as imported (an "
       "amount the importer could not read is its JX-I007).",
       "domain-sources §7.4 (amounts in 万元, usually 2–4 decimals)",
       "/key_tasks/0/planned_funds: warning[JX-B008]: amount 30.00512 has 5 decimals, more than the declared 4"},
      check_decimals);
  add(list,
      {"JX-B009", "占比与金额不符", "Share does not match the amounts", ReviewDimension::appropriateness,
       Severity::warning, {{"tolerance", "0.1", "allowed difference in percentage points", ParameterType::decimal, Decimal(0),
                           Decimal(100)}},
       "A printed 占比 must equal the line's amount over its block total. Imported with repairs: judges only a line whose share and amount were both read and whose block total is known; a line kept with amount 0 after JX-I007 is compared as written.", "domain-sources §7.4 I3 [V] S17",
       "/budget/breakdowns/0/lines/0/share: warning[JX-B009]: 基本支出 share is written as 60% but its amount "
       "gives 48.50%"},
      check_shares);
  add(list,
      {"JX-B010", "预算明细金额单位不一致", "Breakdown lines mix money units", ReviewDimension::format,
       Severity::warning, {},
       "Lines of one block written in different units (元 beside 万元) are converted exactly (Decimal scaling, "
       "never a double) before they are added, and the block is reported so the form can be written in one unit. Imported with repairs: judges the units of the lines as imported, without consulting the import findings; a block with a line in an unknown unit is JX-B011's.",
       "issue 18 [INF]",
       "/budget/breakdowns/0: warning[JX-B010]: the lines of 部门预算支出 mix money units (元、万元); they are "
       "converted exactly and add up to 800.0000 万元"},
      check_mixed_units);
  add(list,
      {"JX-B011", "金额单位无法识别", "Unknown money unit", ReviewDimension::format, Severity::error, {},
       "A budget line or execution row whose unit is none of 元, 万元, 亿元 is kept as written and left out of "
       "every sum and comparison (JX-B001 to JX-B006, JX-B009 skip its block) rather than guessed. Imported with repairs: judges the unit text as imported, without consulting the import findings.",
       "issue 18 [INF]",
       "/budget/breakdowns/0/lines/1/unit: error[JX-B011]: money unit 千元 is not 元, 万元 or 亿元: the amount 500 "
       "of 项目支出 is left out of sums and comparisons"},
      check_unknown_money_units);
  add(list,
      {"JX-B012", "文字所述合计与其中各项不符", "A total stated in prose differs from the parts listed after 其中",
       ReviewDimension::appropriateness, Severity::warning, {},
       "A sentence of the goals, their completion or a key task that states an amount and breaks it down after "
       "其中 (`本项目共申请预算资金2026400元,其中村级组织运转400000元,…`) must add up, with rounding intervals as "
       "JX-B001, in the total's unit. Only sentences listing at least two amounts of money after one 其中 are read; "
       "shares, rates (每, /), approximate or bounded figures (约, 余, 以上, 不超过), nested breakdowns (含, "
       "brackets, a part followed by a colon), a total restated after the parts, results stated after them (实现, "
       "带动, 收入, 节约), another figure before the first part and figures the scanner cannot read exactly (100万 "
       "without 元, ranges, full-width digits) leave the sentence unread; when the first parts already make the "
       "total, the sentence goes on about something else and is not judged. Imported with repairs: a sentence the text ends in before its full stop may have lost "
       "parts to a cut cell, so it is reported only when its parts already exceed the total; the importer joins "
       "a sentence cut at a space (JX-I009).",
       "missed.tsv 052 (review-judged) [INF]",
       "/goals/0: warning[JX-B012]: '本项目共申请预算资金2026400元' states a total of 2026400元, but the 5 parts "
       "listed after 其中 add up to 1740000元 (difference 286400)"},
      check_stated_sums);
}

}  // namespace jixiao::detail
