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

/// The units of money forms use. Conversions between them are exact (Decimal scaling
/// by powers of ten, never a double).
enum class MoneyUnit : std::uint8_t {
  yuan,      ///< 元
  wan_yuan,  ///< 万元 (10,000 元; the unit forms print amounts in by default)
  yi_yuan,   ///< 亿元 (100,000,000 元)
};

/// Stable key of a money unit: `yuan`, `wan_yuan`, `yi_yuan`.
const char* to_string(MoneyUnit unit) noexcept;
/// The unit as forms print it: `元`, `万元`, `亿元`.
const char* chinese_name(MoneyUnit unit) noexcept;
/// The money unit of a key or of its Chinese name (surrounding white space ignored).
template <>
std::optional<MoneyUnit> from_string<MoneyUnit>(std::string_view text);

/// `amount` in `from` expressed in `to`, exactly (500 万元 → 5000000 元; 3000000 元 →
/// 300.0000 万元, every digit kept); nothing when the exact result needs more than the
/// 18 digits a Decimal holds.
std::optional<Decimal> convert(const Decimal& amount, MoneyUnit from, MoneyUnit to);

/// The unit of an amount as a form records it: one of the `MoneyUnit`s, or a text that
/// is none of them (`美元`, `千元`), kept as written so it is reported and saved again,
/// never dropped or guessed. The default is 万元.
class AmountUnit {
 public:
  /// 万元.
  AmountUnit() = default;
  /// A known unit.
  AmountUnit(MoneyUnit unit) noexcept : unit_(unit) {}  // NOLINT: implicit, so `line.unit = MoneyUnit::yuan` reads well
  /// Reads a unit as written: a `MoneyUnit`'s name or key, else an unknown unit with
  /// this text (an empty text is 万元, the forms' default).
  static AmountUnit parse(std::string_view text);

  /// The money unit, or nothing for an unknown unit.
  std::optional<MoneyUnit> known() const noexcept {
    return unknown_.empty() ? std::optional<MoneyUnit>(unit_) : std::nullopt;
  }
  /// The unit as saved and shown: `万元`, or the unknown text as written.
  std::string text() const { return unknown_.empty() ? std::string(chinese_name(unit_)) : unknown_; }

  /// Same known unit, or the same unknown text.
  friend bool operator==(const AmountUnit& a, const AmountUnit& b) noexcept {
    return a.unit_ == b.unit_ && a.unknown_ == b.unknown_;
  }
  /// Negation of ==.
  friend bool operator!=(const AmountUnit& a, const AmountUnit& b) noexcept { return !(a == b); }

 private:
  MoneyUnit unit_ = MoneyUnit::wan_yuan;
  std::string unknown_;  // non-empty: an unknown unit, as written
};

/// One amount of money with what it is.
struct BudgetLine {
  /// The category; `custom` for other lines.
  BudgetCategory category = BudgetCategory::custom;
  /// The name as written in the form (`基本支出`, or a custom name).
  std::string name;
  /// The amount, exactly as written (scale kept).
  Decimal amount;
  /// The unit of `amount` (万元 by default; an unknown unit keeps its text).
  AmountUnit unit;
  /// 占比 in percent, when the form gives one.
  std::optional<Decimal> share;

  /// A line built in code, read as the loader reads the same cells: the name gives the
  /// category (`基本支出` → `basic_expenditure`, else `custom`) and the unit text gives
  /// the unit (`万元`, `元`, `亿元`; anything else is kept as an unknown unit).
  static BudgetLine make(std::string name, Decimal amount, std::string_view unit = "万元");
  /// The amount in `unit`, exactly; nothing when this line's unit is unknown or the
  /// exact amount needs more than 18 digits.
  std::optional<Decimal> amount_in(MoneyUnit unit) const;

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
  /// The total the form declares for the block, when it declares one (in `unit`).
  std::optional<Decimal> declared_total;
  /// The lines, in form order.
  std::vector<BudgetLine> lines;
  /// The unit of `declared_total` and of `lines_total()` (万元 by default).
  MoneyUnit unit = MoneyUnit::wan_yuan;

  /// The sum of the lines in the block's `unit`, each line converted exactly from its
  /// own unit (3000000 元 + 500 万元 = 800.0000 万元); nothing when a line's unit is
  /// unknown or a sum needs more than 18 digits, so a sum is never mislabelled.
  std::optional<Decimal> lines_total() const;
  /// True when the lines do not all have the same unit (known or not).
  bool mixes_units() const noexcept;
  /// The first line of `category`, or nullptr.
  const BudgetLine* find(BudgetCategory category) const noexcept;

  /// Every field equal.
  friend bool operator==(const BudgetBreakdown& a, const BudgetBreakdown& b) {
    return a.kind == b.kind && a.title == b.title && a.declared_total == b.declared_total && a.unit == b.unit &&
           a.lines == b.lines;
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
  /// The unit of the three amounts (万元 by default; some forms use `元`; an unknown
  /// unit keeps its text).
  AmountUnit unit;

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
  /// in 万元 (converted exactly from the line's unit), or nothing when no breakdown has
  /// such a line or its unit is unknown.
  std::optional<Decimal> amount_of(BudgetCategory category) const;

  /// Every field equal.
  friend bool operator==(const BudgetOverview& a, const BudgetOverview& b) {
    return a.breakdowns == b.breakdowns && a.execution == b.execution;
  }
  /// Negation of ==.
  friend bool operator!=(const BudgetOverview& a, const BudgetOverview& b) { return !(a == b); }
};

/// A block of a budget whose money units need a reader's attention: its lines (or the
/// execution rows) are written in more than one unit, or in a unit that is none of
/// 元, 万元, 亿元. The review (`JX-B010`, `JX-B011`), scoring (`JX-S022`) and monitoring
/// (`JX-M008`) report the same blocks.
struct UnitMix {
  /// Index in `BudgetOverview::breakdowns`; nothing for the execution rows.
  std::optional<std::size_t> breakdown;
  /// The distinct units as saved (`元`, `万元`, or an unknown text), in form order.
  std::vector<std::string> units;
  /// True when one of them is not 元, 万元 or 亿元.
  bool unknown = false;
};

/// Every block of `budget` that mixes units or uses an unknown one, breakdowns first.
std::vector<UnitMix> unit_mixes(const BudgetOverview& budget);

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
/// Writes the unit's text (`万元`, or an unknown unit as written).
std::ostream& operator<<(std::ostream& out, const AmountUnit& unit);
/// Writes `name amount unit [share%]`.
std::ostream& operator<<(std::ostream& out, const BudgetLine& line);
/// Writes the kind, title, declared total and lines.
std::ostream& operator<<(std::ostream& out, const BudgetBreakdown& breakdown);
/// Writes the name and the three amounts.
std::ostream& operator<<(std::ostream& out, const ExecutionLine& line);
/// Writes every breakdown and execution row.
std::ostream& operator<<(std::ostream& out, const BudgetOverview& overview);

}  // namespace jixiao
