// What the consistency and self-evaluation rules read from an indicator row: its name
// without template decoration, the money a form spends, percentages and actuals
// (internal to the rule catalogue).
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jixiao/form.hpp"
#include "jixiao/quantity.hpp"
#include "jixiao/target.hpp"

namespace jixiao::detail {

/// True when `text` holds nothing but white space.
bool is_blank(std::string_view text);

/// The comma-separated words of a rule parameter (`增长,增速`), as views into `list`;
/// empty words are skipped.
std::vector<std::string_view> comma_words(const std::string& list);

/// True when `text` contains one of `words`.
bool contains_any(std::string_view text, std::initializer_list<std::string_view> words);

/// True when `text` ends with one of `words`.
bool ends_with_any(std::string_view text, std::initializer_list<std::string_view> words);

/// The indicator name without what templates add around it: bracketed hints
/// (`(≥**人)`, `（按月平均）`), stars, `指标1:` prefixes and the text after a dash
/// (`——一户年最高5300元`). `村组干部230人` stays as it is.
std::string core_name(std::string_view name);

/// True for an indicator that measures money spent: 成本指标 (classic 二级, or a 一级
/// under 财预〔2021〕101号 without a 二级) and 经济成本指标. 社会/生态环境成本 are
/// left out: they are rightly written without money.
bool is_money_cost(const Indicator& indicator);

/// The unit a name states in its closing brackets: `万美元` of `服务外包在岸(万美元)`, `%` of
/// a library format hint `苗木成活率(≥**%)` or `消毒机(≥台)` (comparator and placeholder dropped); empty
/// when the name ends in no bracket. Not checked against the unit catalogue.
std::string_view unit_stated_in_name(std::string_view name);

/// The money part of a unit: `万元` of `万元/个`, or the unit itself when it is money.
std::optional<Unit> money_numerator(const Unit& unit);

/// True for a quantitative target in money or money per something (`≤90万元`, `17元/人`).
bool money_target(const Target& target);

/// True when a core name speaks of a rate (率, 比例, 占比, 比重, 指数).
bool names_a_rate(std::string_view core);

/// True when a core name ends with a count word (人数, 次数, 数量, 人次 …) and is no rate
/// nor a coefficient, a score or a multiple (系数, 分数, 倍数 …).
bool names_a_count(std::string_view core);

/// True for a money cost whose category is written with the word 成本 (not a template's
/// 预算(或投资规模)控制指标 read as 成本, where an execution rate belongs).
bool is_written_money_cost(const Indicator& indicator);

/// True for a 满意度 indicator.
bool is_satisfaction(const Indicator& indicator);

/// True when a name says it surveys satisfaction or approval: 满意 (满意度, 满意率), 认可,
/// 认同, 好评, 评价, 口碑, 支持率/支持度, 信任, 幸福感, 获得感, 安全感 (simplified or
/// traditional).
bool names_satisfaction(std::string_view name);

/// A quantity in percent (`‰` converted), when it is a percentage.
std::optional<Decimal> percent_value(const Quantity& quantity);

/// The target a row is judged by: the annual one, else the period one.
const TargetValue& judged_target(const Indicator& indicator);

/// The money the form spends, in 万元: the declared total of 部门预算支出 / 资金总额 (or
/// the sum of its lines), else the first self-evaluation execution row (全年预算数,
/// else 年初预算数), converted exactly from its unit (`convert`, budget.hpp). Nothing
/// when the form states no money, states it in a unit that is not a money unit (`千元`,
/// reported by JX-B011), or the amount in 万元 needs more than 18 digits.
std::optional<Decimal> budget_in_wan(const PerformanceForm& form);

/// An actual (实际完成值) read as a single quantity (`21980人`, `0個`); nothing when it
/// is words, a range, a comparison or blank.
std::optional<Quantity> actual_quantity(std::string_view actual);

}  // namespace jixiao::detail
