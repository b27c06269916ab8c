/// @file budget.hpp
/// @brief The money of a form: `BudgetLine`, the breakdowns of 预算整体情况 with their
/// declared totals, and the self-evaluation execution lines (年初预算数/全年预算数/全年执行数).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "jixiao/decimal.hpp"

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
};

/// 预算整体情况: the breakdowns of a form and, for self-evaluations, execution rows.
struct BudgetOverview {
  /// Breakdowns in form order.
  std::vector<BudgetBreakdown> breakdowns;
  /// Self-evaluation execution rows in form order.
  std::vector<ExecutionLine> execution;
};

}  // namespace jixiao
