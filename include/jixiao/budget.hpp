/// @file budget.hpp
/// @brief The money of a form: `BudgetLine`, the breakdowns of 预算整体情况 with their
/// declared totals, and the self-evaluation execution lines (年初预算数/全年预算数/全年执行数).
#pragma once

#include <cstdint>
#include <optional>
#include <ostream>
#include <string_view>
#include <string>
#include <vector>

#include "jixiao/decimal.hpp"
#include "jixiao/text.hpp"

namespace jixiao {

/// What a budget line is (a closed list, or a named custom line).
enum class BudgetCategory : std::uint8_t {
  basic_expenditure,              ///< 基本支出
  project_expenditure,            ///< 项目支出
  fiscal_appropriation,           ///< 财政拨款
  other_funds,                    ///< 其他资金
  special_fiscal_funds,           ///< 财政专项资金
  other_development_expenditure,  ///< 其他事业发展性支出
  district_level,                 ///< 区本级使用资金
  transfer_to_lower_level,        ///< 拟用于对下转移支付资金
  carryover,                      ///< 上年结转资金
  custom,                         ///< Any other named line.
};

/// One amount of money with what it is.
struct BudgetLine {
  /// The category; `custom` for other lines.
  BudgetCategory category = BudgetCategory::custom;
  /// The name as written in the form (`基本支出`, or a custom name).
  std::string name;
  /// The amount, exactly as written (scale kept).
  Decimal amount;
  /// The unit of `amount` as recorded (`万元` by default).
  std::string unit = "万元";
  /// 占比 in percent, when the form gives one.
  std::optional<Decimal> share;

  /// Every field equal (amounts by value: `1.50` == `1.5`).
  friend bool operator==(const BudgetLine& a, const BudgetLine& b) {
    return a.category == b.category && a.name == b.name && a.amount == b.amount && a.unit == b.unit &&
           a.share == b.share;
  }
  /// Negation of ==.
  friend bool operator!=(const BudgetLine& a, const BudgetLine& b) { return !(a == b); }
};

/// Which breakdown of the budget a block is.
enum class BreakdownKind : std::uint8_t {
  expenditure,  ///< 部门预算支出 = 基本支出 + 项目支出
  income,       ///< 收入来源 = 财政拨款 + 其他资金
  development,  ///< 事业发展性支出 = 财政专项资金 + 其他事业发展性支出
  level,        ///< 按预算级次划分 = 区本级使用资金 + 拟用于对下转移支付资金
  project_funds,///< 资金总额 of a project form, by source
};

/// A block of lines that add up to a declared total.
struct BudgetBreakdown {
  /// Which breakdown.
  BreakdownKind kind = BreakdownKind::expenditure;
  /// The heading as written (`部门预算支出`).
  std::string title;
  /// The total the form declares for the block, when it declares one.
  std::optional<Decimal> declared_total;
  /// The lines, in form order.
  std::vector<BudgetLine> lines;

  /// The sum of the lines' amounts (exact; the lines' units are not converted).
  Decimal lines_total() const;
  /// The first line of `category`, or nullptr.
  const BudgetLine* find(BudgetCategory category) const noexcept;

  /// Every field equal.
  friend bool operator==(const BudgetBreakdown& a, const BudgetBreakdown& b) {
    return a.kind == b.kind && a.title == b.title && a.declared_total == b.declared_total && a.lines == b.lines;
  }
  /// Negation of ==.
  friend bool operator!=(const BudgetBreakdown& a, const BudgetBreakdown& b) { return !(a == b); }
};

/// A self-evaluation budget row: 年初预算数, 全年预算数 (A), 全年执行数 (B).
struct ExecutionLine {
  /// The category of the row (`custom` for 年度资金总额 and others).
  BudgetCategory category = BudgetCategory::custom;
  /// The row name as written (`年度资金总额`, `其中：本年财政拨款`).
  std::string name;
  /// 年初预算数.
  std::optional<Decimal> initial_budget;
  /// 全年预算数 (adjusted budget, A).
  std::optional<Decimal> full_year_budget;
  /// 全年执行数 (B).
  std::optional<Decimal> executed;
  /// 分值 of the budget row (self-evaluation), when given.
  std::optional<Decimal> weight;
  /// 执行率 as printed (`100%`), kept so a rule can compare it with B/A.
  std::string rate_text;
  /// 得分 of the budget row, when given.
  std::optional<Decimal> score;
  /// The unit of the three amounts as recorded (`万元` by default; some forms use `元`).
  std::string unit = "万元";

  /// Every field equal.
  friend bool operator==(const ExecutionLine& a, const ExecutionLine& b) {
    return a.category == b.category && a.name == b.name && a.initial_budget == b.initial_budget &&
           a.full_year_budget == b.full_year_budget && a.executed == b.executed && a.weight == b.weight &&
           a.rate_text == b.rate_text && a.score == b.score && a.unit == b.unit;
  }
  /// Negation of ==.
  friend bool operator!=(const ExecutionLine& a, const ExecutionLine& b) { return !(a == b); }
};

/// 预算整体情况: the breakdowns of a form and, for self-evaluations, execution rows.
struct BudgetOverview {
  /// Breakdowns in form order.
  std::vector<BudgetBreakdown> breakdowns;
  /// Self-evaluation execution rows in form order.
  std::vector<ExecutionLine> execution;

  /// The first breakdown of `kind`, or nullptr.
  const BudgetBreakdown* find(BreakdownKind kind) const noexcept;
  /// The amount of the first line of `category` in any breakdown (基本支出 → 966.36),
  /// or nothing when no breakdown has such a line.
  std::optional<Decimal> amount_of(BudgetCategory category) const;

  /// Every field equal.
  friend bool operator==(const BudgetOverview& a, const BudgetOverview& b) {
    return a.breakdowns == b.breakdowns && a.execution == b.execution;
  }
  /// Negation of ==.
  friend bool operator!=(const BudgetOverview& a, const BudgetOverview& b) { return !(a == b); }
};

/// Stable English key of a category (`basic_expenditure`, …, `custom`).
const char* to_string(BudgetCategory category) noexcept;
/// Canonical Chinese name of a category (`基本支出`); empty for `custom`.
const char* chinese_name(BudgetCategory category) noexcept;
/// The category named by an English key or a Chinese name as printed in forms
/// (`基本支出`, `其中：财政拨款`, `上年结转资金`); nothing when not in the closed list.
template <>
std::optional<BudgetCategory> from_string<BudgetCategory>(std::string_view text);
/// Stable English key of a breakdown kind (`expenditure`, `income`, …).
const char* to_string(BreakdownKind kind) noexcept;
/// The breakdown kind of an English key.
template <>
std::optional<BreakdownKind> from_string<BreakdownKind>(std::string_view text);
/// The breakdown of `kind` in `overview`, or nullptr (free-function form of find()).
const BudgetBreakdown* find_breakdown(const BudgetOverview& overview, BreakdownKind kind) noexcept;

/// Writes the key (for test failure messages).
std::ostream& operator<<(std::ostream& out, BudgetCategory category);
/// Writes the key (for test failure messages).
std::ostream& operator<<(std::ostream& out, BreakdownKind kind);
/// Writes `name amount unit [share%]`.
std::ostream& operator<<(std::ostream& out, const BudgetLine& line);
/// Writes the kind, title, declared total and lines.
std::ostream& operator<<(std::ostream& out, const BudgetBreakdown& breakdown);
/// Writes the name and the three amounts.
std::ostream& operator<<(std::ostream& out, const ExecutionLine& line);
/// Writes every breakdown and execution row.
std::ostream& operator<<(std::ostream& out, const BudgetOverview& overview);

}  // namespace jixiao
