// Quality rules (相关性/可行性/格式): quantification, satisfaction, rates, consistency,
// cost within budget, key-task coverage, units.
#include <algorithm>
#include <optional>
#include <string_view>

#include "catalogue.hpp"
#include "indicator_reading.hpp"
#include "jixiao/quantity.hpp"
#include "jixiao/target.hpp"
#include "text_similarity.hpp"

namespace jixiao::detail {
namespace {

bool blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }

// Catalogue units used in comparisons, looked up once (immutable after first use).
const Unit& percent_unit() {
  static const Unit u = Unit::parse("%");
  return u;
}
const Unit& wan_yuan_unit() {
  static const Unit u = Unit::parse("万元");
  return u;
}

// A quantity in percent (`%` as is; `‰` converted), when it is a percentage.
std::optional<Decimal> in_percent(const Quantity& q) {
  if (q.unit.dimension() != Dimension::percent) return std::nullopt;
  if (q.unit == percent_unit()) return q.value;
  const auto c = q.convert_to(percent_unit());
  return c ? std::optional<Decimal>(c->value) : std::nullopt;
}

bool is_qualitative(const Indicator& ind) {
  if (ind.nature == Nature::qualitative) return true;
  if (ind.nature == Nature::quantitative) return false;
  const auto& v = ind.annual_target.target() ? ind.annual_target.target() : ind.period_target.target();
  return v && v->kind() == TargetKind::qualitative;
}

bool is_cost(const Indicator& ind) {
  return ind.level1 == Level1::cost || ind.level2 == Level2::cost || ind.level2 == Level2::economic_cost;
}

void check_qualitative_share(const PerformanceForm& form, const RuleContext& ctx, FindingSink& sink) {
  // A share of a table the importer lost cells of is a share of fragments: not judged (the
  // other rules' "not reliably read" finding says so).
  if (!block_reading(ctx, "/indicators", false).reliable()) return;
  std::int64_t total = 0;
  std::int64_t qualitative = 0;
  for (const auto& ind : form.indicators) {
    if (blank(ind.name)) continue;
    ++total;
    qualitative += is_qualitative(ind);
  }
  if (total == 0) return;
  const Decimal share = percent_of(Decimal(qualitative), Decimal(total), 2, RoundingMode::half_up);
  const Decimal max = ctx.profile().qualitative_share_max;
  if (share <= max) return;
  sink.add("/indicators", "定性指标 {qualitative} 个，占 {share}%，超过 {max}%（应尽量量化）",
           "{qualitative} of {total} indicators are qualitative ({share}%), above {max}%; quantify where possible")
      .arg("qualitative", Decimal(qualitative))
      .arg("total", Decimal(total))
      .arg("share", share)
      .arg("max", max)
      .expect("≤ " + max.to_string() + "%", share.to_string() + "%");
}

// A row of the satisfaction category whose name says it measures satisfaction. Another
// row there (a complaint rate, or a row the import carried under the category) is not
// told how a satisfaction target is written.
bool judged_as_satisfaction(const Indicator& ind) { return is_satisfaction(ind) && names_satisfaction(ind.name); }

void check_satisfaction_form(const PerformanceForm& form, const RuleContext&, FindingSink& sink) {
  for (std::size_t i = 0; i < form.indicators.size(); ++i) {
    const auto& ind = form.indicators[i];
    if (!judged_as_satisfaction(ind) || !ind.annual_target.target()) continue;
    const Target& t = *ind.annual_target.target();
    const bool ok = t.kind() == TargetKind::comparison && (t.op() == Comparator::ge || t.op() == Comparator::gt) &&
                    t.quantity().unit.dimension() == Dimension::percent;
    if (ok) continue;
    sink.add(at("/indicators", i, "annual_target"), "满意度指标“{name}”应设为“≥x%”，现为 {target}",
             "satisfaction indicator {name} should be `≥ x%`, not {target}")
        .arg("name", ind.name)
        .arg("target", ind.annual_target.text())
        .expect("≥ x%", ind.annual_target.text());
  }
}

void check_satisfaction_minimum(const PerformanceForm& form, const RuleContext& ctx, FindingSink& sink) {
  const Decimal min = ctx.profile().satisfaction_minimum;
  for (std::size_t i = 0; i < form.indicators.size(); ++i) {
    const auto& ind = form.indicators[i];
    if (!judged_as_satisfaction(ind) || !ind.annual_target.target()) continue;
    const Target& t = *ind.annual_target.target();
    if (t.kind() != TargetKind::comparison || t.quantity().unit.dimension() != Dimension::percent) continue;
    if (t.op() != Comparator::ge && t.op() != Comparator::gt) continue;
    const auto pct = in_percent(t.quantity());
    if (!pct || *pct >= min) continue;
    sink.add(at("/indicators", i, "annual_target"), "满意度指标“{name}”目标 {value}% 低于最低要求 {min}%",
             "satisfaction indicator {name} targets {value}%, below the minimum of {min}%")
        .arg("name", ind.name)
        .arg("value", *pct)
        .arg("min", min)
        .expect("≥ " + min.to_string() + "%", ind.annual_target.text());
  }
}

bool exempt_rate(const std::string& name, const std::vector<std::string_view>& exempt) {
  for (const auto w : exempt) {
    if (name.find(w) != std::string::npos) return true;
  }
  return false;
}

// The largest percent a target asks for, when it is a percent target.
std::optional<Decimal> percent_value(const Target& t) {
  if (t.kind() == TargetKind::comparison) return in_percent(t.quantity());
  if (t.kind() == TargetKind::range) return in_percent(t.hi());
  return std::nullopt;
}

void check_rate_over_100(const PerformanceForm& form, const RuleContext& ctx, FindingSink& sink) {
  std::vector<std::string_view> exempt;
  bool exempt_read = false;
  for (std::size_t i = 0; i < form.indicators.size(); ++i) {
    const auto& ind = form.indicators[i];
    if (ind.name.find("率") == std::string::npos) continue;
    if (!ind.period_target.target() && !ind.annual_target.target()) continue;
    if (!exempt_read) {
      exempt = comma_words(ctx.text("exempt"));
      exempt_read = true;
    }
    if (exempt_rate(ind.name, exempt)) continue;
    for (const auto* field : {"period_target", "annual_target"}) {
      const TargetValue& v = field[0] == 'p' ? ind.period_target : ind.annual_target;
      if (!v.target()) continue;
      const auto pct = percent_value(*v.target());
      if (!pct || *pct <= Decimal(100)) continue;
      sink.add(at("/indicators", i, field), "比率指标“{name}”的目标 {target} 超过 100%",
               "rate indicator {name} targets {target}, above 100%")
          .arg("name", ind.name)
          .arg("target", v.text())
          .expect("≤ 100%", v.text());
    }
  }
}

void check_zero_positive(const PerformanceForm& form, const RuleContext&, FindingSink& sink) {
  for (std::size_t i = 0; i < form.indicators.size(); ++i) {
    const auto& ind = form.indicators[i];
    for (const auto* field : {"period_target", "annual_target"}) {
      const TargetValue& v = field[0] == 'p' ? ind.period_target : ind.annual_target;
      if (!v.target() || v.target()->kind() != TargetKind::comparison) continue;
      if (v.target()->direction() != Direction::positive || !v.target()->quantity().value.is_zero()) continue;
      sink.add(at("/indicators", i, field), "正向指标“{name}”的目标 {target} 为 0，总能达成，无约束力",
               "positive indicator {name} targets {target}: zero is always met")
          .arg("name", ind.name)
          .arg("target", v.text());
    }
  }
}

void check_direction_consistent(const PerformanceForm& form, const RuleContext&, FindingSink& sink) {
  for (std::size_t i = 0; i < form.indicators.size(); ++i) {
    const auto& ind = form.indicators[i];
    if (!ind.period_target.target() || !ind.annual_target.target()) continue;
    const Direction p = ind.period_target.target()->direction();
    const Direction a = ind.annual_target.target()->direction();
    if (p == a || p == Direction::none || a == Direction::none) continue;
    sink.add(at("/indicators", i, "annual_target"), "“{name}”年度指标值 {annual} 与实施周期指标值 {period} 方向不一致",
             "{name}: annual target {annual} and period target {period} point in different directions")
        .arg("name", ind.name)
        .arg("annual", ind.annual_target.text())
        .arg("period", ind.period_target.text())
        .arg("annual_direction", to_string(a))
        .arg("period_direction", to_string(p))
        .expect(to_string(p), to_string(a));
  }
}

void check_annual_within_period(const PerformanceForm& form, const RuleContext&, FindingSink& sink) {
  for (std::size_t i = 0; i < form.indicators.size(); ++i) {
    const auto& ind = form.indicators[i];
    if (!ind.period_target.target() || !ind.annual_target.target()) continue;
    const Target& p = *ind.period_target.target();
    const Target& a = *ind.annual_target.target();
    if (p.kind() != TargetKind::comparison || a.kind() != TargetKind::comparison) continue;
    if (p.direction() != Direction::positive || a.direction() != Direction::positive) continue;
    if (a.quantity().unit.dimension() != Dimension::count) continue;
    const auto converted = a.quantity().convert_to(p.quantity().unit);
    if (!converted || converted->value <= p.quantity().value) continue;
    sink.add(at("/indicators", i, "annual_target"), "累计数量指标“{name}”的年度指标值 {annual} 大于实施周期指标值 {period}",
             "cumulative count {name}: annual target {annual} exceeds the period target {period}")
        .arg("name", ind.name)
        .arg("annual", ind.annual_target.text())
        .arg("period", ind.period_target.text())
        .expect("≤ " + ind.period_target.text(), ind.annual_target.text());
  }
}

// The budget a cost indicator is compared with: the project funds or the total.
std::optional<Decimal> budget_total(const PerformanceForm& form) {
  for (const auto& b : form.budget.breakdowns) {
    const bool main_block = b.kind == BreakdownKind::expenditure || b.kind == BreakdownKind::project_funds;
    if (!main_block) continue;
    if (b.declared_total) return *b.declared_total;
    if (b.lines.empty()) continue;
    Decimal s;
    for (const auto& l : b.lines) s += l.amount;
    return s;
  }
  return std::nullopt;
}

// The fewest whole months a date range among the targets spans (`2020年1月--2020年11月`:
// 11): the period a per-month cost runs over, at least. Nothing without a date range.
std::optional<int> period_months(const PerformanceForm& form) {
  std::optional<int> fewest;
  for (const auto& ind : form.indicators) {
    for (const TargetValue* v : {&ind.annual_target, &ind.period_target}) {
      const auto& t = v->target();
      if (!t || !t->is_date_range()) continue;
      const Deadline& from = t->start();
      const Deadline& to = t->deadline();
      const int years = from.year && to.year ? *to.year - *from.year : 0;
      const int months = years * 12 + to.month - from.month + 1;
      if (months >= 1 && months <= 120 && (!fewest || months < *fewest)) fewest = months;
    }
  }
  return fewest;
}

// A money ceiling per month (`≤620万/月`, `≤5万元/月`) in 万元 a month; `万` alone is 万元.
std::optional<Decimal> monthly_wan(const Target& t) {
  if (t.kind() != TargetKind::comparison || t.op() == Comparator::ge || t.op() == Comparator::gt) return std::nullopt;
  const std::string& w = t.quantity().unit.written();
  const std::size_t slash = w.find('/');
  if (slash == std::string::npos) return std::nullopt;
  const Unit per = Unit::parse(std::string_view(w).substr(slash + 1));
  if (per.symbol() != "月" && per.symbol() != "个月") return std::nullopt;
  if (std::string_view(w).substr(0, slash) == "万") return t.quantity().value;
  const auto money = money_numerator(t.quantity().unit);
  if (!money) return std::nullopt;
  const auto wan = Quantity{t.quantity().value, *money}.convert_to(wan_yuan_unit());
  if (!wan) return std::nullopt;
  return wan->value;
}

// A ceiling per month times the months of the period, above the budget. `period` holds
// period_months once a row has needed it.
void check_monthly_cost(const PerformanceForm& form, std::size_t i, const Decimal& budget,
                        std::optional<std::optional<int>>& period, FindingSink& sink) {
  const auto& ind = form.indicators[i];
  const auto per_month = monthly_wan(*ind.annual_target.target());
  if (!per_month) return;
  if (!period) period = period_months(form);
  const std::optional<int> months = *period;
  if (!months) return;
  const Decimal total = *per_month * Decimal(*months);
  if (total <= budget) return;
  sink.add(at("/indicators", i, "annual_target"),
           "成本指标“{name}”目标 {target}，按 {months} 个月计可达 {amount} 万元，超过预算 {budget} 万元",
           "cost indicator {name} targets {target}: over {months} months that allows {amount} 万元, more than the "
           "budget of {budget} 万元")
      .arg("name", ind.name)
      .arg("target", ind.annual_target.text())
      .arg("months", Decimal(*months))
      .arg("amount", total)
      .arg("budget", budget)
      .expect("≤ " + money(budget) + "万元", ind.annual_target.text());
}

void check_cost_within_budget(const PerformanceForm& form, const RuleContext&, FindingSink& sink) {
  std::optional<Decimal> budget;
  bool looked = false;
  std::optional<std::optional<int>> period;
  const Unit& wan = wan_yuan_unit();
  for (std::size_t i = 0; i < form.indicators.size(); ++i) {
    const auto& ind = form.indicators[i];
    if (!is_cost(ind) || !ind.annual_target.target()) continue;
    const Target& t = *ind.annual_target.target();
    if (t.kind() != TargetKind::comparison) continue;
    if (!looked) {
      budget = budget_total(form);
      looked = true;
    }
    if (!budget) return;
    if (t.quantity().unit.dimension() != Dimension::money) {
      check_monthly_cost(form, i, *budget, period, sink);
      continue;
    }
    const auto in_wan = t.quantity().convert_to(wan);
    if (!in_wan || in_wan->value <= *budget) continue;
    sink.add(at("/indicators", i, "annual_target"), "成本指标“{name}”目标 {target}（{amount} 万元）超过预算 {budget} 万元",
             "cost indicator {name} targets {target} ({amount} 万元), more than the budget of {budget} 万元")
        .arg("name", ind.name)
        .arg("target", ind.annual_target.text())
        .arg("amount", in_wan->value)
        .arg("budget", *budget)
        .expect("≤ " + money(*budget) + "万元", ind.annual_target.text());
  }
}

// Coverage of key tasks by indicator names: a task is covered when its name or its
// expected result shares enough words with an indicator name (word_coverage over
// content words, synonyms mapped). Candidates come from one bigram index per check, so
// the cost follows the shared bigrams, not tasks × indicators.
struct Candidate {
  std::size_t index;
  Decimal similarity;
};

template <class Pick>
void coverage(const PerformanceForm& form, const RuleContext& ctx, FindingSink& sink, Pick pick, const char* zh,
              const char* en) {
  std::vector<std::size_t> tasks;
  for (std::size_t i = 0; i < form.key_tasks.size(); ++i) {
    if (pick(form.key_tasks[i])) tasks.push_back(i);
  }
  if (tasks.empty()) return;
  RuleContext::Memo local;
  RuleContext::Memo& memo = ctx.memo() != nullptr ? *ctx.memo() : local;
  if (!memo.coverage_ready) {
    memo.names.reserve(form.indicators.size());
    for (std::size_t i = 0; i < form.indicators.size(); ++i) {
      if (blank(form.indicators[i].name)) continue;
      memo.names.emplace_back(form.indicators[i].name);
      memo.rows.push_back(i);
      memo.words.emplace_back(content_words(form.indicators[i].name));
    }
    memo.index.emplace(memo.words);
    memo.coverage_ready = true;
  }
  const BigramIndex& index = *memo.index;
  const Decimal threshold = ctx.decimal("threshold");
  BigramIndex::Scratch scratch;
  std::vector<std::pair<std::size_t, std::size_t>> found;
  std::vector<Candidate> ranked;
  // Word coverage is scored for the candidates sharing the most bigrams only, so the
  // rule stays linear in the shared postings on forms with thousands of rows.
  constexpr std::size_t shortlist = 16;
  for (const std::size_t ti : tasks) {
    const KeyTask& task = form.key_tasks[ti];
    ranked.clear();
    bool covered = false;  // one candidate at the threshold settles it: the rest are weighed only for a finding
    for (const std::string* text : {&task.name, &task.expected_result.text()}) {
      const std::string words = content_words(*text);
      const WordText read(words);
      index.candidates(read.grams, scratch, shortlist, found);
      for (const auto& hit : found) {
        const std::size_t c = hit.first;
        const Decimal sim = word_coverage(read, memo.words[c]);
        if (sim >= threshold) {
          covered = true;
          break;
        }
        auto it = std::find_if(ranked.begin(), ranked.end(), [&](const Candidate& r) { return r.index == c; });
        if (it == ranked.end()) {
          ranked.push_back({c, sim});
        } else if (sim > it->similarity) {
          it->similarity = sim;
        }
      }
      if (covered) break;
    }
    if (covered) continue;
    std::sort(ranked.begin(), ranked.end(), [](const Candidate& x, const Candidate& y) {
      return x.similarity != y.similarity ? x.similarity > y.similarity : x.index < y.index;
    });
    const Decimal sim = ranked.empty() ? Decimal::from_parts(0, 4) : ranked.front().similarity;
    Finding& f = sink.add(at("/key_tasks", ti), zh, en);
    f.arguments.reserve(7);
    f.arg("task", task.name).arg("similarity", sim).arg("threshold", threshold);
    if (task.expected_result.target()) f.arg("expected_result", task.expected_result.text());
    if (!ranked.empty()) {
      // The best three, so a reviewer sees what the rule weighed.
      std::string list;
      for (std::size_t k = 0; k < ranked.size() && k < 3; ++k) {
        if (k > 0) list += "、";
        list += "“" + std::string(memo.names[ranked[k].index]) + "” " + ranked[k].similarity.to_string();
      }
      f.arg("candidate", std::string(memo.names[ranked.front().index]))
          .arg("candidate_path", at("/indicators", memo.rows[ranked.front().index]))
          .arg("candidates", list);
    } else {
      f.arg("candidate", "—").arg("candidates", "—");
    }
    f.expect("similarity ≥ " + threshold.to_string(), sim.to_string());
  }
}

void check_task_coverage(const PerformanceForm& form, const RuleContext& ctx, FindingSink& sink) {
  coverage(
      form, ctx, sink, [](const KeyTask& t) { return !(t.expected_result.target() && t.expected_result.target()->is_quantitative()); },
      "重点工作任务“{task}”没有对应的绩效指标（最相近：{candidates}；阈值 {threshold}）",
      "key task {task} is not covered by an indicator (closest: {candidates}; threshold {threshold})");
}

void check_measurable_task(const PerformanceForm& form, const RuleContext& ctx, FindingSink& sink) {
  coverage(
      form, ctx, sink, [](const KeyTask& t) { return t.expected_result.target() && t.expected_result.target()->is_quantitative(); },
      "重点工作任务“{task}”的预期目标 {expected_result} 可量化，但没有对应的绩效指标（最相近：{candidates}）",
      "key task {task} has a measurable target {expected_result} but no matching indicator (closest: {candidates}; "
      "threshold {threshold})");
}

void check_unknown_units(const PerformanceForm& form, const RuleContext&, FindingSink& sink) {
  const char* zh = "计量单位“{unit}”不在单位目录中";
  const char* en = "unit {unit} is not in the unit catalogue";
  for (std::size_t i = 0; i < form.indicators.size(); ++i) {
    const auto& ind = form.indicators[i];
    if (!blank(ind.unit) && !Unit::parse(ind.unit).known()) {
      sink.add(at("/indicators", i, "unit"), zh, en).arg("unit", ind.unit);
      continue;
    }
    for (const auto* field : {"period_target", "annual_target"}) {
      const TargetValue& v = field[0] == 'p' ? ind.period_target : ind.annual_target;
      if (!v.target() || !v.target()->is_quantitative()) continue;
      const Unit& u = v.target()->quantity().unit;
      if (u.known()) continue;
      sink.add(at("/indicators", i, field), zh, en).arg("unit", u.written()).arg("target", v.text());
      break;  // one finding per row: the same unit usually repeats in both columns
    }
  }
}

void check_markup(const PerformanceForm& form, const RuleContext&, FindingSink& sink) {
  auto has_markup = [](const std::string& s) {
    const auto lt = s.find('<');
    if (lt == std::string::npos || lt + 1 >= s.size()) return false;
    const char c = s[lt + 1];
    return (c == '/' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) && s.find('>', lt) != std::string::npos;
  };
  for (std::size_t i = 0; i < form.goals.size(); ++i) {
    if (has_markup(form.goals[i])) {
      sink.add(at("/goals", i), "文本中含有 HTML 标记（如 <p>），应为纯文本", "text contains HTML markup such as <p>; plain text expected");
    }
  }
  for (std::size_t i = 0; i < form.key_tasks.size(); ++i) {
    if (has_markup(form.key_tasks[i].expected_result.text())) {
      sink.add(at("/key_tasks", i, "expected_result"), "文本中含有 HTML 标记（如 <p>），应为纯文本",
               "text contains HTML markup such as <p>; plain text expected");
    }
  }
}

void check_whitespace(const PerformanceForm& form, const RuleContext&, FindingSink& sink) {
  auto untidy = [](const std::string& s) {
    if (s.empty()) return false;
    const auto sp = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    return sp(s.front()) || sp(s.back()) || s.find('\n') != std::string::npos ||
           s.rfind("\xE3\x80\x80", 0) == 0;  // leading full-width space U+3000
  };
  for (std::size_t i = 0; i < form.indicators.size(); ++i) {
    if (untidy(form.indicators[i].name)) {
      sink.add(at("/indicators", i, "name"), "名称“{text}”首尾有空白或含换行", "name {text} has surrounding blanks or a line break")
          .arg("text", form.indicators[i].name);
    }
  }
  for (std::size_t i = 0; i < form.key_tasks.size(); ++i) {
    if (untidy(form.key_tasks[i].name)) {
      sink.add(at("/key_tasks", i, "name"), "名称“{text}”首尾有空白或含换行", "name {text} has surrounding blanks or a line break")
          .arg("text", form.key_tasks[i].name);
    }
  }
}

void check_ranges_allowed(const PerformanceForm& form, const RuleContext& ctx, FindingSink& sink) {
  if (ctx.profile().allow_ranges) return;
  for (std::size_t i = 0; i < form.indicators.size(); ++i) {
    const auto& ind = form.indicators[i];
    for (const auto* field : {"period_target", "annual_target"}) {
      const TargetValue& v = field[0] == 'p' ? ind.period_target : ind.annual_target;
      if (!v.target() || v.target()->kind() != TargetKind::range) continue;
      sink.add(at("/indicators", i, field), "“{name}”的指标值 {target} 为区间，本地口径不允许区间值",
               "{name} targets the range {target}; the profile does not allow ranges")
          .arg("name", ind.name)
          .arg("target", v.text());
    }
  }
}

}  // namespace

void add_quality_rules(RuleList& list) {
  add(list,
      {"JX-Q001", "定性指标占比过高", "Too many qualitative indicators", ReviewDimension::relevance, Severity::warning,
       {}, "Targets should be quantified where possible (细化、量化); the profile sets the highest acceptable share. Imported with repairs: when the importer lost cells of the indicator table (JX-I001 there, JX-I008) the share is not judged, since it would be a share of fragments; otherwise counts the rows as imported (the message gives the counts).",
       "domain-sources §5.2 [V] S15; §5.3 R7",
       "/indicators: warning[JX-Q001]: 6 of 10 indicators are qualitative (60.00%), above 50%; quantify where possible"},
      check_qualitative_share);
  add(list,
      {"JX-Q002", "满意度指标形式不规范", "Satisfaction target not `≥ x%`", ReviewDimension::relevance,
       Severity::warning, {}, "Satisfaction is surveyed as a percentage and must be at least some level. Judges the rows of the satisfaction "
       "category whose name says what they survey (满意, 认可, 认同, 好评, 评价, 支持率, 信任, 幸福感, 获得感, 安全感); "
       "another row there, such as a "
       "complaint rate, is not told to be `≥ x%`. Imported with repairs: judges only a satisfaction row whose target "
       "was read; a target lost or fused is JX-C002's or JX-C005's, and a row the import carried under the category "
       "(a header word, a scoring note) names no satisfaction.",
       "domain-sources §5.3 R8 [V] S5, S12",
       "/indicators/22/annual_target: warning[JX-Q002]: satisfaction indicator 信息系统用户满意度 should be `≥ x%`, not 满意"},
      check_satisfaction_form);
  add(list,
      {"JX-Q003", "满意度目标低于最低要求", "Satisfaction target below the minimum", ReviewDimension::feasibility,
       Severity::warning, {}, "A satisfaction target below the profile minimum (`review.satisfaction_minimum`, see the profile settings above) "
       "sets the bar too low. Judges the rows JX-Q002 judges (a name that says it surveys satisfaction). Imported with "
       "repairs: judges only a satisfaction target that parses; others are JX-C005's.",
       "domain-sources §5.3 R8 (values ≥90% seen in [V] S5, S12)",
       "/indicators/22/annual_target: warning[JX-Q003]: satisfaction indicator 信息系统用户满意度 targets 75%, below the "
       "minimum of 80%"},
      check_satisfaction_minimum);
  add(list,
      {"JX-Q004", "比率指标超过 100%", "Rate above 100%", ReviewDimension::feasibility, Severity::error,
       {{"exempt", "增长,增速,增幅,提高,提升", "comma-separated words marking rates that may exceed 100%"}},
       "A coverage, completion or satisfaction rate (…率) cannot exceed 100%; growth rates are exempt. Imported with repairs: judges only a target that parses; a fused cell (88100) does not parse and is JX-C005's, never a rate above 100%.", "[INF]",
       "/indicators/15/annual_target: error[JX-Q004]: rate indicator 保安日常巡查覆盖率 targets 110%, above 100%"},
      check_rate_over_100);
  add(list,
      {"JX-Q005", "正向指标目标为 0", "Positive target of zero", ReviewDimension::feasibility, Severity::warning, {},
       "`≥0` is met by doing nothing; a 正向 target must ask for something. Imported with repairs: judges only a target that parses as written.", "[INF]",
       "/indicators/0/annual_target: warning[JX-Q005]: positive indicator 走访及接待企业次数 targets ≥0次: zero is always met"},
      check_zero_positive);
  add(list,
      {"JX-Q006", "年度与实施周期指标方向不一致", "Annual and period targets disagree in direction",
       ReviewDimension::feasibility, Severity::warning, {},
       "The annual target is a step toward the period target; `≥` in one and `≤` in the other is a contradiction. Imported with repairs: judges only a row whose annual and period targets were both read and parse.",
       "domain-sources §3.7 [INF]",
       "/indicators/4/annual_target: warning[JX-Q006]: 闲置物业摸查台账次数: annual target ≤12 and period target ≥12 "
       "point in different directions"},
      check_direction_consistent);
  add(list,
      {"JX-Q007", "年度累计数量超过实施周期", "Annual count above the period count", ReviewDimension::feasibility,
       Severity::warning, {}, "For cumulative 正向 counts the year's target is part of the period's: 年度 ≤ 实施周期. Imported with repairs: judges only a row whose annual and period targets were both read and parse, in convertible units.",
       "domain-sources §3.7 [INF]",
       "/indicators/0/annual_target: warning[JX-Q007]: cumulative count 走访及接待企业次数: annual target ≥60次 exceeds "
       "the period target ≥50次"},
      check_annual_within_period);
  add(list,
      {"JX-Q008", "成本指标超过预算", "Cost target above the budget", ReviewDimension::appropriateness,
       Severity::warning, {}, "A cost indicator (成本指标 in either taxonomy) cannot plan more money than the budget; a ceiling per month (≤620万/月) counts over the months of the shortest date range among the targets (2020年1月--2020年11月: 11), and not at all without one. Imported with repairs: judges only a cost target that parses against a budget total that was read; no budget read, no finding.",
       "domain-sources §5.3 R9 [V] S7, S12",
       "/indicators/17/annual_target: warning[JX-Q008]: cost indicator 项目总成本 targets ≤2500万元 (2500 万元), more "
       "than the budget of 1,992.29 万元"},
      check_cost_within_budget);
  add(list,
      {"JX-Q009", "重点工作任务没有对应指标", "Key task not covered by an indicator", ReviewDimension::relevance,
       Severity::warning, {{"threshold", "0.4", "lowest word coverage (0..1) that counts as a match", ParameterType::decimal,
                            Decimal(0), Decimal(1)}},
       "Department indicators should cover the 年度重点工作任务. A task (with a descriptive expected result) is "
       "covered when its name or expected result shares enough words with an indicator name: generic words "
       "(工作, 开展, 保障, 覆盖 …) and a measure suffix (…率, …次数) are left out, common synonyms are written one "
       "way (整洁/卫生 → 清洁, 办公楼 → 办公用房, 困难 → 问题), and the similarity is the larger share of either "
       "text's letters inside a shared two-character word. The three closest indicators are reported. Imported "
       "with repairs: reads the task and indicator names as imported, without consulting the import findings: an "
       "indicator whose name the importer lost (JX-I001 in the indicator table) cannot cover a task, so on such a "
       "table a task may be reported uncovered; the closest indicators listed show what was read.",
       "domain-sources §7.4 I7 [INF]",
       "/key_tasks/2: warning[JX-Q009]: key task 保障特殊监管区域围网监管全面覆盖、电子卡口运作有序、企业通关环境稳定 is "
       "not covered by an indicator (closest: “开展区域宣传推广次数” 0.3333、“走访及接待企业次数” 0.2857、"
       "“更新区域地块台账次数” 0.2500; threshold 0.4)"},
      check_task_coverage);
  add(list,
      {"JX-Q010", "可量化的重点任务没有对应指标", "Measurable key task without an indicator",
       ReviewDimension::relevance, Severity::warning,
       {{"threshold", "0.4", "lowest word coverage (0..1) that counts as a match", ParameterType::decimal,
                            Decimal(0), Decimal(1)}},
       "A key task whose expected result is already a target (`≥10次`) should appear as an indicator; matching as "
       "JX-Q009. Imported with repairs: as JX-Q009 (names as imported; a task row whose expected result was not "
       "read or does not parse is not judged).",
       "domain-sources §7.4 I7 [INF]",
       "/key_tasks/14: warning[JX-Q010]: key task 组织开展双碳业务服务 has a measurable target ≥10次 but no matching "
       "indicator (closest: —; threshold 0.4)"},
      check_measurable_task);
  add(list,
      {"JX-Q011", "计量单位无法识别", "Unknown unit", ReviewDimension::format, Severity::warning, {},
       "A unit outside the catalogue cannot be converted or compared; it is often a typo or a fused cell. Imported with repairs: judges the unit column and the units of targets that parse, as imported; a unit fused with the next cell is reported as written so the reviewer sees the fusion.",
       "DOMAIN.md §3 (units)",
       "/indicators/3/unit: warning[JX-Q011]: unit 张次 is not in the unit catalogue"},
      check_unknown_units);
  add(list,
      {"JX-Q012", "不允许区间指标值", "Range target not allowed", ReviewDimension::format, Severity::warning, {},
       "Some systems only accept a comparator and one number; the profile's `allow_ranges` decides. Imported with repairs: judges only targets that parse as ranges.",
       "domain-sources §5.3 R15 [VENDOR] G6",
       "/indicators/14/annual_target: warning[JX-Q012]: 协调问题反馈率 targets the range 90%-95%; the profile does not "
       "allow ranges"},
      check_ranges_allowed);
  add(list,
      {"JX-F001", "文本含 HTML 标记", "HTML markup in text", ReviewDimension::format, Severity::info, {},
       "Forms exported from web systems keep `<p>`; the text should be plain so it prints and compares cleanly. Imported with repairs: judges the text as imported, without consulting the import findings.",
       "DOMAIN.md §1 (总体绩效目标 may hold HTML like <p>)",
       "/goals/0: info[JX-F001]: text contains HTML markup such as <p>; plain text expected"},
      check_markup);
  add(list,
      {"JX-F002", "名称首尾空白或换行", "Blanks around a name", ReviewDimension::format, Severity::info, {},
       "Stray blanks and line breaks in names defeat matching and duplicate detection. Imported with repairs: judges names as imported, without consulting the import findings.", "[INF]",
       "/indicators/3/name: info[JX-F002]: name  闲置物业摸查台账次数 has surrounding blanks or a line break"},
      check_whitespace);
}

}  // namespace jixiao::detail
