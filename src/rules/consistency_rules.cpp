// Consistency rules (适当性/相关性/可行性): cost indicators that state no money or set a
// floor on spending, unit costs that multiplied out exceed the budget, and targets that
// contradict their own indicator (its name, its unit of count, its explanation).
#include <vector>

#include "catalogue.hpp"
#include "indicator_reading.hpp"
#include "jixiao/quantity.hpp"
#include "jixiao/target.hpp"
#include "text_similarity.hpp"

namespace jixiao::detail {
namespace {

const char* const kRepairNote =
    " Imported with repairs: the rule reads each row as imported and judges only a target that parses; a row "
    "whose cells were fused or shifted gives no finding rather than a guess.";

// ---- JX-Q013: a cost indicator that states no money -------------------------------

// True when the name itself is or holds an amount of money (`2万元`): the importer put a
// value in the name cell, so the target cell holds something else.
bool amount_in_name(std::string_view name) {
  for (std::size_t i = 0; i + 1 < name.size(); ++i) {
    if (name[i] < '0' || name[i] > '9') continue;
    const std::string_view rest = name.substr(i + 1);
    if (rest.rfind("元", 0) == 0 || rest.rfind("万元", 0) == 0 || rest.rfind("萬元", 0) == 0) return true;
  }
  return false;
}

// A bare multiplier as the unit, alone or per something (`250万`, `≤620万/月`): money
// written without 元 under a cost indicator.
bool money_shorthand(const Target& t) {
  if (t.kind() != TargetKind::comparison && t.kind() != TargetKind::range) return false;
  const Unit& u = t.kind() == TargetKind::range ? t.hi().unit : t.quantity().unit;
  std::string_view w = u.written();
  if (const std::size_t slash = w.find('/'); slash != std::string_view::npos) w = w.substr(0, slash);
  return w == "万" || w == "亿" || w == "千万" || w == "百万";
}

bool lone_comparator(std::string_view text) {
  text = trim(text);
  for (const std::string_view op : {">=", "<=", "≥", "≤", "≧", "≦", "＞", "＜", ">", "<", "=", "＝"}) {
    if (text == op) return true;
  }
  return false;
}

void check_cost_money(const PerformanceForm& form, const RuleContext& ctx, FindingSink& sink) {
  const std::size_t judged_rows = rows_before_cut(form, ctx);
  for (std::size_t i = 0; i < judged_rows; ++i) {
    const auto& ind = form.indicators[i];
    if (!is_written_money_cost(ind) || is_blank(ind.name)) continue;
    const TargetValue& v = judged_target(ind);
    if (!v.present()) continue;              // JX-C002 reports a missing target
    // A lone comparator (its amount and unit went to other cells) is JX-C005's finding,
    // not a cost in words.
    if (!v.target() && lone_comparator(v.text())) continue;
    if (amount_in_name(ind.name)) continue;  // a name that is an amount: a shifted row, not a cost
    // The name states the money unit (`项目总投入(≥**万元)`): the bare number is an amount.
    if (contains_any(unit_stated_in_name(ind.name), {"元"})) continue;
    const char* field = &v == &ind.annual_target ? "annual_target" : "period_target";
    if (v.target() && money_target(*v.target())) {
      // A 补助标准 / 单价 is an amount per something; a plain sum does not say per what.
      const Unit& u = v.target()->kind() == TargetKind::range ? v.target()->hi().unit : v.target()->quantity().unit;
      const std::string core = core_name(ind.name);
      if (u.dimension() == Dimension::money && contains_any(core, {"标准", "单价", "標準", "單價"})) {
        sink.add(at("/indicators", i, field),
                 "成本指标“{name}”是单位标准，但指标值 {target} 没有写明“每…”的计量单位（如 万元/公里）",
                 "cost indicator {name} is a standard per unit, but its target {target} does not say per what (e.g. "
                 "万元/公里)")
            .arg("name", ind.name)
            .arg("target", v.text())
            .expect("money per unit", v.text());
      }
      continue;
    }
    // A money unit the parser could not read (`≤**万元`) is JX-C004/JX-C005's finding;
    // `250万`, `≤620万/月` are 万元 without 元 (JX-Q011 reports the unit), still money.
    if (contains_any(v.text(), {"元"}) || (v.target() && money_shorthand(*v.target()))) continue;
    sink.add(at("/indicators", i, field),
             "成本指标“{name}”的指标值 {target} 不是金额：成本指标应以货币计量（元、万元或元/单位）",
             "cost indicator {name} targets {target}, which is not an amount of money: a cost is measured in 元, 万元 "
             "or 元 per unit")
        .arg("name", ind.name)
        .arg("target", v.text())
        .expect("≤ amount in 元/万元", v.text());
  }
}

// ---- JX-Q014: a cost with a floor, or of zero while money is spent --------------------

// A self-evaluation cost of zero against a planned amount (`10万元`, actual `0万元`):
// the money the form spends went on nothing this row measures, or was not measured.
void check_zero_actual_cost(const Indicator& ind, std::size_t i, FindingSink& sink) {
  const TargetValue& v = judged_target(ind);
  if (!v.target() || v.target()->kind() != TargetKind::comparison || !money_target(*v.target())) return;
  const Target& t = *v.target();
  // An exact plan only: under a ceiling (超预算支出 ≤5万元) an actual of 0 is the best result.
  if (t.op() != Comparator::eq || t.quantity().value.is_zero() || t.quantity().value.is_negative()) return;
  const auto actual = actual_quantity(ind.actual);
  if (!actual || !actual->value.is_zero() || !money_numerator(actual->unit)) return;
  sink.add(at("/indicators", i, "actual"),
           "成本指标“{name}”的实际完成值为 {actual}，而计划投入 {target}：成本为零说明资金未用于该指标所计量的事项，或未实测",
           "cost indicator {name} reports an actual of {actual} against a planned {target}: a cost of zero means the "
           "money went on nothing this row measures, or was not measured")
      .arg("name", ind.name)
      .arg("actual", ind.actual)
      .arg("target", v.text())
      .expect("> 0", ind.actual);
}

void check_cost_floor(const PerformanceForm& form, const RuleContext&, FindingSink& sink) {
  std::optional<Decimal> budget;
  bool looked = false;
  for (std::size_t i = 0; i < form.indicators.size(); ++i) {
    const auto& ind = form.indicators[i];
    if (!is_written_money_cost(ind) || is_blank(ind.name)) continue;
    // One finding per row: the annual target first, else the period one.
    for (const auto* field : {"annual_target", "period_target"}) {
      const TargetValue& v = field[0] == 'p' ? ind.period_target : ind.annual_target;
      if (!v.target() || v.target()->kind() != TargetKind::comparison || !money_target(*v.target())) continue;
      const Target& t = *v.target();
      if (t.op() == Comparator::ge || t.op() == Comparator::gt) {
        sink.add(at("/indicators", i, field),
                 "成本指标“{name}”的指标值 {target} 是下限：成本应设上限（≤），下限只会鼓励多花钱",
                 "cost indicator {name} targets {target}, a lower bound: a cost is capped (≤), a floor rewards "
                 "spending more")
            .arg("name", ind.name)
            .arg("target", v.text())
            .expect("≤ amount", v.text());
        break;
      }
      if (!t.quantity().value.is_zero()) continue;
      if (!looked) {
        budget = budget_in_wan(form);
        looked = true;
      }
      if (!budget || budget->is_zero() || *budget < Decimal()) continue;
      sink.add(at("/indicators", i, field), "成本指标“{name}”的指标值 {target} 为零，而项目预算为 {budget} 万元",
               "cost indicator {name} targets {target}, zero, while the budget is {budget} 万元")
          .arg("name", ind.name)
          .arg("target", v.text())
          .arg("budget", *budget)
          .expect("> 0", v.text());
      break;
    }
    check_zero_actual_cost(ind, i, sink);
  }
}

// ---- JX-Q015: a per-unit amount multiplied by its count exceeds the budget -----------

// The least value a figure with decimals may have been rounded from (71.86 → 71.855); a
// whole number (23万元/个, 10个) is taken as written.
Decimal rounded_from_below(const Decimal& d) {
  if (d.scale() <= 0 || d.scale() >= Decimal::max_scale) return d;
  return d - Decimal::from_parts(5, d.scale() + 1);
}

// The count unit after `/` of a money rate (`个` of `万元/个`, `人` of `元/人*月`).
std::optional<Unit> per_what(const Unit& unit) {
  if (unit.dimension() != Dimension::rate) return std::nullopt;
  const std::string& w = unit.written();
  const auto slash = w.find('/');
  if (slash == std::string::npos) return std::nullopt;
  std::string_view rest = std::string_view(w).substr(slash + 1);
  // Cut at the next separator of a compound unit: `人*月`, `人·月`, `人/年`.
  std::size_t end = rest.size();
  for (const std::string_view sep : {"*", "/", "\xC2\xB7", "\xE2\x80\xA2", "."}) {
    const auto p = rest.find(sep);
    if (p != std::string_view::npos && p < end) end = p;
  }
  const Unit u = Unit::parse(rest.substr(0, end));
  const Dimension d = u.dimension();
  if (d != Dimension::count && d != Dimension::area && d != Dimension::length && d != Dimension::volume) {
    return std::nullopt;
  }
  return u;
}

bool is_floor_or_exact(const Target& t) {
  return t.kind() == TargetKind::comparison &&
         (t.op() == Comparator::ge || t.op() == Comparator::gt || t.op() == Comparator::eq);
}

struct CountRow {
  std::size_t row;
  Decimal count;  // in the per-unit's unit
};

// The count the amount is per: the only row counting that unit, else the row whose name
// is closest (bigram overlap ≥ `threshold`) to the amount's name.
std::optional<CountRow> count_for(const PerformanceForm& form, std::size_t amount_row, const Unit& per,
                                  const Decimal& threshold) {
  std::vector<CountRow> rows;
  std::vector<std::string> names;
  for (std::size_t i = 0; i < form.indicators.size(); ++i) {
    if (i == amount_row) continue;
    const TargetValue& v = judged_target(form.indicators[i]);
    if (!v.target() || !is_floor_or_exact(*v.target())) continue;
    const auto c = v.target()->quantity().convert_to(per);
    if (!c || !convertible(v.target()->quantity().unit, per) || c->value <= Decimal()) continue;
    rows.push_back({i, c->value});
    names.push_back(core_name(form.indicators[i].name));
  }
  if (rows.size() == 1) return rows.front();
  const std::string amount_name = core_name(form.indicators[amount_row].name);
  std::optional<CountRow> best;
  Decimal best_sim = threshold;
  for (std::size_t k = 0; k < rows.size(); ++k) {
    const Decimal sim = bigram_similarity(amount_name, names[k]);
    if (sim >= best_sim && (!best || sim > best_sim)) {
      best = rows[k];
      best_sim = sim;
    }
  }
  return best;
}

void check_unit_cost_budget(const PerformanceForm& form, const RuleContext& ctx, FindingSink& sink) {
  std::optional<Decimal> budget;
  bool looked = false;
  static const Unit wan = Unit::parse("万元");
  for (std::size_t i = 0; i < form.indicators.size(); ++i) {
    const auto& ind = form.indicators[i];
    const TargetValue& v = judged_target(ind);
    if (!v.target() || !is_floor_or_exact(*v.target())) continue;
    const Quantity& q = v.target()->quantity();
    const auto money_unit = money_numerator(q.unit);
    const auto per = per_what(q.unit);
    if (!money_unit || !per || q.value <= Decimal()) continue;
    if (!looked) {
      budget = budget_in_wan(form);
      looked = true;
    }
    if (!budget || *budget <= Decimal()) return;
    try {
      const auto count = count_for(form, i, *per, ctx.decimal("match"));
      if (!count) continue;
      // Each figure at the lowest value its written decimals round from (71.86 may be
      // 71.855): a budget computed from the unrounded standard is no excess.
      const auto each_in_wan = Quantity{rounded_from_below(q.value), *money_unit}.convert_to(wan);
      if (!each_in_wan) continue;
      const Decimal least = each_in_wan->value * rounded_from_below(count->count);
      if (least <= *budget) continue;
      const auto& counted = form.indicators[count->row];
      sink.add(at("/indicators", i, &v == &ind.annual_target ? "annual_target" : "period_target"),
               "“{name}”{target} × “{count_name}”{count_target} 至少需要 {least} 万元，超过预算 {budget} 万元",
               "{name} {target} × {count_name} {count_target} needs at least {least} 万元, more than the budget of "
               "{budget} 万元")
          .arg("name", ind.name)
          .arg("target", v.text())
          .arg("count_name", counted.name)
          .arg("count_target", judged_target(counted).text())
          .arg("count_path", at("/indicators", count->row))
          .arg("least", least)
          .arg("budget", *budget)
          .expect("≤ " + money(*budget) + "万元", least.to_string() + "万元");
    } catch (const decimal_error&) {
      continue;  // amounts beyond 18 digits: not judged
    }
  }
}

// ---- JX-Q016: a target that contradicts its indicator ---------------------------------

// Time words of an indicator measured by a date or a duration.
bool names_a_time(std::string_view core) {
  return contains_any(core, {"时间", "时限", "期限", "日期", "时效", "年限", "時間", "時限", "時效"}) &&
         !names_a_rate(core) && !contains_any(core, {"及时", "及時"});
}

// The count unit an indicator name promises (`人` for …人数, `户` for …户数).
std::string_view promised_count(std::string_view core) {
  if (ends_with_any(core, {"人数", "人數"})) return "人";
  if (ends_with_any(core, {"户数", "戶數"})) return "户";
  return {};
}

// A quantity written in the name itself (`村组干部230人`, `资金到位率100%`): the last
// number of the name with the unit right after it.
std::optional<Quantity> quantity_in_name(std::string_view core) {
  std::size_t end = core.size();
  std::size_t start = std::string_view::npos;
  for (std::size_t i = 0; i < core.size(); ++i) {
    if (core[i] >= '0' && core[i] <= '9') {
      std::size_t j = i;
      while (j < core.size() && ((core[j] >= '0' && core[j] <= '9') || core[j] == '.')) ++j;
      start = i;
      end = j;
      i = j;
    }
  }
  if (start == std::string_view::npos || end >= core.size()) return std::nullopt;
  // The unit: the rest of the name up to two characters (人, 个, %, 万元).
  for (std::size_t len = std::min<std::size_t>(core.size() - end, 6); len > 0; --len) {
    const Unit u = Unit::parse(core.substr(end, len));
    if (u.known() && !u.empty()) {
      const auto value = Decimal::parse(core.substr(start, end - start));
      if (!value) return std::nullopt;
      return Quantity{value.value(), u};
    }
  }
  return std::nullopt;
}

// A percent written in 指标解释 (`90%(计划标准)`), when the explanation is a value.
std::optional<Decimal> percent_in_note(std::string_view note) {
  const auto open = note.find('(');
  const auto cut = note.find("\xEF\xBC\x88");  // （
  std::string_view value = note.substr(0, std::min(open, cut));
  const auto parsed = Target::parse(value);
  if (!parsed || parsed.value().kind() != TargetKind::comparison) return std::nullopt;
  return percent_value(parsed.value().quantity());
}

struct Contradiction {
  const char* zh;
  const char* en;
};

// The first way the target contradicts the indicator, if any.
std::optional<Contradiction> contradiction(const Indicator& ind, std::string_view core, const Target& t) {
  if (t.kind() != TargetKind::comparison) return std::nullopt;
  const Quantity& q = t.quantity();
  const auto pct = percent_value(q);
  if (pct && names_a_time(core)) {
    return Contradiction{"时间类指标以百分比为指标值：应写完成时限或期限",
                         "a time indicator is targeted at a percentage; it needs a date or a duration"};
  }
  if (pct && names_a_count(core) && !is_satisfaction(ind)) {
    return Contradiction{"计数类指标以百分比为指标值：应写数量和计量单位",
                         "a count is targeted at a percentage; it needs a number and a unit"};
  }
  const bool question = core.find("是否") != std::string::npos;
  // `是否…` at 100% reads as a plain yes; any other number has no meaning.
  if (question && !is_satisfaction(ind) && !(pct && *pct == Decimal(100))) {
    return Contradiction{"“是否”类指标以数值为指标值：应改为可计量的指标或“是/否”",
                         "a yes/no question is targeted at a number; it needs a measurable name or 是/否"};
  }
  if (contains_any(core, {"按时", "准时", "按時", "準時"}) && !names_a_rate(core) && !names_a_count(core) && !pct &&
      q.unit.dimension() != Dimension::time) {
    return Contradiction{"按时类指标以数量为指标值：应写完成时限或按时完成率",
                         "an on-time indicator is targeted at a quantity; it needs a deadline or an on-time rate"};
  }
  const std::string_view promised = promised_count(core);
  if (!promised.empty() && q.unit.dimension() == Dimension::count &&
      q.unit.symbol().find(promised) == std::string::npos && q.unit.symbol() != "名" && q.unit.symbol() != "位") {
    return Contradiction{"指标名称计的是人数或户数，指标值的计量单位却不是",
                         "the name counts people or households, the target's unit does not"};
  }
  if (const auto named = quantity_in_name(core)) {
    const bool same_number = named->value == q.value;
    const auto named_pct = percent_value(*named);
    if (named_pct && pct && *named_pct != *pct) {
      return Contradiction{"指标名称写明的百分比与指标值不同", "the percentage in the name differs from the target"};
    }
    if (same_number && named->unit.dimension() == Dimension::count && q.unit.dimension() == Dimension::count &&
        !convertible(named->unit, q.unit)) {
      return Contradiction{"指标名称中的数量与指标值的计量单位不同", "the name and the target count different things"};
    }
  }
  if (pct || q.unit.empty()) {
    const auto noted = percent_in_note(ind.note);
    if (noted) {
      // A bare number up to 1 is a fraction (1 = 100%).
      const Decimal written = pct ? *pct : (q.value <= Decimal(1) ? q.value * Decimal(100) : q.value);
      if (written != *noted) {
        return Contradiction{"指标值与指标解释中写明的数值不同",
                             "the target differs from the value in the indicator's explanation"};
      }
    }
  }
  return std::nullopt;
}

void check_target_matches_indicator(const PerformanceForm& form, const RuleContext& ctx, FindingSink& sink) {
  std::string scratch;
  for (std::size_t i = 0; i < form.indicators.size(); ++i) {
    const auto& ind = form.indicators[i];
    if (is_blank(ind.name)) continue;
    const TargetValue& v = judged_target(ind);
    if (!v.target()) continue;
    const auto c = contradiction(ind, indicator_core(form, ctx, i, scratch), *v.target());
    if (!c) continue;
    sink.add(at("/indicators", i, &v == &ind.annual_target ? "annual_target" : "period_target"),
             std::string("指标“{name}”的指标值 {target} 与指标本身矛盾：") + c->zh,
             std::string("the target {target} contradicts indicator {name}: ") + c->en)
        .arg("name", ind.name)
        .arg("target", v.text());
  }
}

// ---- JX-Q017: ≥100% on a rate ----------------------------------------------------------

void check_rate_floor_100(const PerformanceForm& form, const RuleContext& ctx, FindingSink& sink) {
  const auto exempt = comma_words(ctx.text("exempt"));
  for (std::size_t i = 0; i < form.indicators.size(); ++i) {
    const auto& ind = form.indicators[i];
    if (ind.name.find("率") == std::string::npos) continue;
    bool skip = false;
    for (const auto w : exempt) skip = skip || ind.name.find(w) != std::string::npos;
    if (skip) continue;
    // One finding per row: the annual target first, else the period one.
    for (const auto* field : {"annual_target", "period_target"}) {
      const TargetValue& v = field[0] == 'p' ? ind.period_target : ind.annual_target;
      if (!v.target() || v.target()->kind() != TargetKind::comparison) continue;
      const Comparator op = v.target()->op();
      if (op != Comparator::ge && op != Comparator::gt) continue;
      const auto pct = percent_value(v.target()->quantity());
      if (!pct || *pct != Decimal(100)) continue;  // above 100% is JX-Q004's finding
      sink.add(
              at("/indicators", i, field),
              "比率指标“{name}”的指标值 {target} 要求超过或等于 100%：比率不会超过 100%，应写“=100%”或低于 100% 的下限",
              "rate indicator {name} targets {target}: a rate cannot exceed 100%, so write =100% or a floor below 100%")
          .arg("name", ind.name)
          .arg("target", v.text())
          .expect("=100%", v.text());
      break;
    }
  }
}

// ---- JX-Q018: a slogan or an adjective where a measure belongs ------------------------

// Words that make a name a measure (a rate, a count, an amount, a time, a degree).
bool names_a_measure(std::string_view core) {
  // `度` only as a degree (满意度, 程度), not the 度 of 年度.
  return names_a_rate(core) || names_a_time(core) || ends_with_any(core, {"度"}) ||
         contains_any(core, {"程度", "数",   "數",   "量",   "额",   "額",   "值",   "面积", "面積", "里程", "长度",
                             "合格", "达标", "達標", "准确", "準確", "满意", "滿意", "知晓", "知曉", "覆盖", "覆蓋", "到位", "执行",
                             "執行", "完成", "及时", "及時", "人次", "水平", "标准", "標準", "金额", "成本", "收入",
                             "产量", "增长", "增長", "提高", "增加", "降低", "减少", "下降"});
}

bool adjective_target(const Target& t) {
  if (t.kind() != TargetKind::qualitative) return false;
  const QualitativeCategory c = t.category();
  return c == QualitativeCategory::scale_word || c == QualitativeCategory::effect ||
         c == QualitativeCategory::direction_up || c == QualitativeCategory::direction_down ||
         c == QualitativeCategory::free_text;
}

void check_measure_not_slogan(const PerformanceForm& form, const RuleContext& ctx, FindingSink& sink) {
  std::string scratch;
  for (std::size_t i = 0; i < form.indicators.size(); ++i) {
    const auto& ind = form.indicators[i];
    if (is_blank(ind.name) || is_satisfaction(ind)) continue;
    const TargetValue& v = judged_target(ind);
    if (!v.target()) continue;
    const std::string_view core = indicator_core(form, ctx, i, scratch);
    if (core.find("是否") != std::string::npos) continue;  // a question with a number is JX-Q016's
    const char* field = &v == &ind.annual_target ? "annual_target" : "period_target";
    const Target& t = *v.target();
    const auto pct = t.kind() == TargetKind::comparison ? percent_value(t.quantity()) : std::nullopt;
    // Above 100% the cell is not a percentage at all (fused cells such as 404040100%).
    // A name whose brackets state a percentage (`…物业费(≥**%)`, `…(%)`) is a rate by its own words.
    const bool declares_percent = contains_any(ind.name, {"%)", "%）", "％)", "％）"});
    if (pct && *pct <= Decimal(100) && !names_a_measure(core) && !core.empty() && !declares_percent) {
      sink.add(at("/indicators", i, field),
               "指标“{name}”是一句工作口号而非可计量的指标，百分比指标值 {target} 无从衡量",
               "indicator {name} is a slogan, not a measure: its percentage target {target} measures nothing")
          .arg("name", ind.name)
          .arg("target", v.text());
      continue;
    }
    const bool quantitative = ind.nature == Nature::quantitative || names_a_count(core);
    // A timeliness target that names a schedule (`按月安排`, `每季度`) is no adjective;
    // `及时` or `尽快` are.
    const bool schedule = ind.level2 == Level2::timeliness && t.category() == QualitativeCategory::free_text &&
                          contains_any(v.text(), {"按月", "按季", "按年", "按周", "每月", "每季", "每年", "每周", "逐月"});
    if (quantitative && adjective_target(t) && !schedule) {
      sink.add(at("/indicators", i, field), "定量指标“{name}”的指标值 {target} 是形容词或口号，应写数值和计量单位",
               "quantitative indicator {name} targets {target}, an adjective or slogan; it needs a number and a unit")
          .arg("name", ind.name)
          .arg("target", v.text());
    }
  }
  for (std::size_t i = 0; i < form.key_tasks.size(); ++i) {
    const KeyTask& task = form.key_tasks[i];
    if (!task.expected_result.target() || task.expected_result.target()->kind() != TargetKind::comparison) continue;
    if (!percent_value(task.expected_result.target()->quantity())) continue;
    const std::string core = core_name(task.name);
    if (core.empty() || names_a_measure(core)) continue;
    sink.add(at("/key_tasks", i, "expected_result"),
             "重点工作任务“{name}”以百分比 {target} 为预期目标，但任务名称是口号，百分比无从衡量",
             "key task {name} expects {target}, but the task is a slogan: the percentage measures nothing")
        .arg("name", task.name)
        .arg("target", task.expected_result.text());
  }
}

}  // namespace

void add_consistency_rules(RuleList& list) {
  add(list,
      {"JX-Q013",
       "成本指标不是金额",
       "Cost indicator without an amount of money",
       ReviewDimension::appropriateness,
       Severity::warning,
       {},
       std::string("A cost indicator (成本指标, 经济成本指标) measures money: a rate (超支率 ≤0%), a yes/no (是) or "
                   "a restated ceiling (不超预算) is no cost; a 补助标准 or 单价 in plain 万元 does not say per what. "
                   "社会/生态环境成本 are exempt, and so are rows whose category is not written as 成本 (a "
                   "template's 预算(或投资规模)控制指标 holds execution rates). A target cell holding only a "
                   "comparator (`≤`, its amount read into another cell) is JX-C005's.") +
           kRepairNote +
           " When the text ends at the table's last target (JX-I019) and that target stops at a number, the cut "
           "may have taken its unit: that row is not reported.",
       "issue 20; review-judged missed.tsv (002, 020, 030, 034, 048)",
       "/indicators/5/annual_target: warning[JX-Q013]: cost indicator 项目成本超支率 targets ≤0%, which is not an "
       "amount of money: a cost is measured in 元, 万元 or 元 per unit"},
      check_cost_money);
  add(list,
      {"JX-Q014",
       "成本指标设为下限或为零",
       "Cost indicator with a floor or of zero",
       ReviewDimension::appropriateness,
       Severity::warning,
       {},
       std::string("A cost is a ceiling (≤): `≥` on a money cost rewards spending more, and a cost of 0 while the "
                   "form spends money (its budget, else the execution row) cannot be right; nor can a "
                   "self-evaluation actual of 0 against a planned amount (目标值 10万元, 实际完成值 0万元).") +
           kRepairNote,
       "issue 20; domain-sources §5.3 R9",
       "/indicators/6/annual_target: warning[JX-Q014]: cost indicator 人均培训成本 targets ≥1000元/人, a lower bound: "
       "a cost is capped (≤), a floor rewards spending more"},
      check_cost_floor);
  add(list,
      {"JX-Q015",
       "单位金额乘以数量超过预算",
       "Amount per unit times its count exceeds the budget",
       ReviewDimension::appropriateness,
       Severity::warning,
       {{"match", "0.3",
         "lowest bigram overlap (0..1) of names that pairs an amount per unit with a count, when "
         "several rows count that unit",
         ParameterType::decimal, Decimal(0), Decimal(1)}},
       std::string("An amount per unit (23万元/个, ≥530元/人*月) set as an exact value or a floor, times the count "
                   "of that unit in the same form (入股合作社个数 =10个), is the least the form spends; above the "
                   "budget the indicators describe other money. Per-month amounts count one month only, so the "
                   "figure is a lower bound. A ceiling (≤) is not multiplied. A figure with decimals is taken at "
                   "the least value it rounds from (71.86元/平方米 may be 71.855), so a budget computed from the "
                   "unrounded standard is no excess; whole numbers are taken as written.") +
           kRepairNote,
       "issue 20; review-judged missed.tsv (044, 018)",
       "/indicators/6/annual_target: warning[JX-Q015]: 补助合作社平均标准 =23万元/个 × 入股合作社个数 =10个 needs at "
       "least 230 万元, more than the budget of 214.06 万元"},
      check_unit_cost_budget);
  add(list,
      {"JX-Q016",
       "指标值与指标本身矛盾",
       "Target contradicts its indicator",
       ReviewDimension::feasibility,
       Severity::warning,
       {},
       std::string("The target must measure what the indicator names: a time (完成时间, 时效) is a date or a "
                   "duration, not a percentage; a count (…数, 人次) is a number, not a percentage; a 是否 question "
                   "is not a number (100% reads as yes); …人数 counts people, not 个; a value written in the name or "
                   "in 指标解释 is the "
                   "target's value.") +
           kRepairNote,
       "issue 20; review-judged missed.tsv (024, 026, 052, 056)",
       "/indicators/5/annual_target: warning[JX-Q016]: the target 100% contradicts indicator 项目完成时间: a time "
       "indicator is targeted at a percentage; it needs a date or a duration"},
      check_target_matches_indicator);
  add(list,
      {"JX-Q017",
       "比率指标设为 ≥100%",
       "Rate targeted at ≥100%",
       ReviewDimension::feasibility,
       Severity::warning,
       {{"exempt", "增长,增速,增幅,提高,提升", "comma-separated words marking rates that may exceed 100%"}},
       std::string("A rate (…率) cannot exceed 100%, so `≥100%` is `=100%` written as a floor (JX-Q004 reports "
                   "values above 100%); growth rates are exempt.") +
           kRepairNote,
       "issue 20; review-judged missed.tsv (012, 028, 032)",
       "/indicators/1/annual_target: warning[JX-Q017]: rate indicator 参训人员结业率 targets ≥100%: a rate cannot "
       "exceed 100%, so write =100% or a floor below 100%"},
      check_rate_floor_100);
  add(list,
      {"JX-Q018",
       "口号或形容词代替可计量指标",
       "Slogan or adjective where a measure belongs",
       ReviewDimension::relevance,
       Severity::warning,
       {},
       std::string("A percentage needs something to measure: an indicator or key task named by a slogan "
                   "(确保日常工作正常运行, 维护社会稳定) with a percentage target measures nothing; a quantitative or "
                   "count indicator (定量, …人数) targeted at an adjective (明显, 提高, 应助尽助) cannot be checked. "
                   "A name that measures (…率, …数, 准确性, a time) is no slogan, and a timeliness target that names a "
                   "schedule (按月安排, 每季度) is no adjective. Satisfaction indicators are JX-Q002's.") +
           kRepairNote,
       "issue 20; review-judged missed.tsv (020, 024, 026)",
       "/indicators/1/annual_target: warning[JX-Q018]: indicator 确保日常工作正常运行 is a slogan, not a measure: its "
       "percentage target 100% measures nothing"},
      check_measure_not_slogan);
}

}  // namespace jixiao::detail
