// Budget lines and breakdowns: category names, money units and their exact conversion,
// lookups, sums and printing.
#include "jixiao/budget.hpp"

#include <array>
#include <cstring>
#include <utility>

#include "jixiao/error.hpp"

namespace jixiao {
namespace {

struct CategoryEntry {
  BudgetCategory category;
  const char* key;
  const char* name;
};

constexpr std::array<CategoryEntry, 10> kCategories = {{
    {BudgetCategory::basic_expenditure, "basic_expenditure", "基本支出"},
    {BudgetCategory::project_expenditure, "project_expenditure", "项目支出"},
    {BudgetCategory::fiscal_appropriation, "fiscal_appropriation", "财政拨款"},
    {BudgetCategory::other_funds, "other_funds", "其他资金"},
    {BudgetCategory::special_fiscal_funds, "special_fiscal_funds", "财政专项资金"},
    {BudgetCategory::other_development_expenditure, "other_development_expenditure", "其他事业发展性支出"},
    {BudgetCategory::district_level, "district_level", "区本级使用资金"},
    {BudgetCategory::transfer_to_lower_level, "transfer_to_lower_level", "拟用于对下转移支付资金"},
    {BudgetCategory::carryover, "carryover", "上年结转资金"},
    {BudgetCategory::custom, "custom", ""},
}};

// Other printed names of the closed categories (self-evaluation and project forms).
constexpr std::array<std::pair<const char*, BudgetCategory>, 6> kAliases = {{
    {"本年财政拨款", BudgetCategory::fiscal_appropriation},
    {"当年财政拨款", BudgetCategory::fiscal_appropriation},
    {"上年结转", BudgetCategory::carryover},
    {"上年结转资金", BudgetCategory::carryover},
    {"上年结余结转", BudgetCategory::carryover},
    {"其他资金", BudgetCategory::other_funds},
}};

constexpr std::array<std::pair<BreakdownKind, const char*>, 5> kBreakdownKeys = {{
    {BreakdownKind::expenditure, "expenditure"},
    {BreakdownKind::income, "income"},
    {BreakdownKind::development, "development"},
    {BreakdownKind::level, "level"},
    {BreakdownKind::project_funds, "project_funds"},
}};

// Drops spaces and a leading `其中：`/`其中:` so `其中：财政拨款` finds 财政拨款.
std::string strip_label(std::string_view text) {
  std::string s;
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] == ' ' || text[i] == '\t') { ++i; continue; }
    if (text.substr(i, 3) == "\xE3\x80\x80") { i += 3; continue; }
    s += text[i++];
  }
  for (const char* prefix : {"其中：", "其中:", "其中"}) {
    if (s.rfind(prefix, 0) == 0) {
      s.erase(0, std::strlen(prefix));
      break;
    }
  }
  return s;
}

struct MoneyUnitEntry {
  MoneyUnit unit;
  const char* key;
  const char* name;
  int exponent;  // 1 unit = 10^exponent 元
};

constexpr std::array<MoneyUnitEntry, 3> kMoneyUnits = {{
    {MoneyUnit::yuan, "yuan", "元", 0},
    {MoneyUnit::wan_yuan, "wan_yuan", "万元", 4},
    {MoneyUnit::yi_yuan, "yi_yuan", "亿元", 8},
}};

const MoneyUnitEntry& entry(MoneyUnit unit) noexcept {
  for (const auto& e : kMoneyUnits) {
    if (e.unit == unit) return e;
  }
  return kMoneyUnits[1];
}

void print_optional(std::ostream& out, const char* label, const std::optional<Decimal>& value) {
  if (value) out << ' ' << label << '=' << *value;
}

}  // namespace

const char* to_string(BudgetCategory category) noexcept {
  for (const auto& e : kCategories) {
    if (e.category == category) return e.key;
  }
  return "custom";
}

const char* chinese_name(BudgetCategory category) noexcept {
  for (const auto& e : kCategories) {
    if (e.category == category) return e.name;
  }
  return "";
}

template <>
std::optional<BudgetCategory> from_string<BudgetCategory>(std::string_view text) {
  for (const auto& e : kCategories) {
    if (text == e.key) return e.category;
  }
  const std::string label = strip_label(text);
  if (label.empty()) return std::nullopt;
  for (const auto& e : kCategories) {
    if (e.category != BudgetCategory::custom && label == e.name) return e.category;
  }
  for (const auto& [alias, category] : kAliases) {
    if (label == alias) return category;
  }
  return std::nullopt;
}

const char* to_string(BreakdownKind kind) noexcept {
  for (const auto& [k, name] : kBreakdownKeys) {
    if (k == kind) return name;
  }
  return "expenditure";
}

template <>
std::optional<BreakdownKind> from_string<BreakdownKind>(std::string_view text) {
  for (const auto& [k, name] : kBreakdownKeys) {
    if (text == name) return k;
  }
  return std::nullopt;
}

const char* to_string(MoneyUnit unit) noexcept { return entry(unit).key; }

const char* chinese_name(MoneyUnit unit) noexcept { return entry(unit).name; }

template <>
std::optional<MoneyUnit> from_string<MoneyUnit>(std::string_view text) {
  const std::string_view t = trim(text);
  for (const auto& e : kMoneyUnits) {
    if (t == e.key || t == e.name) return e.unit;
  }
  return std::nullopt;
}

std::optional<Decimal> convert(const Decimal& amount, MoneyUnit from, MoneyUnit to) {
  int shift = entry(from).exponent - entry(to).exponent;
  if (shift == 0) return amount;
  try {
    if (shift > 0) {
      Decimal factor(1);
      while (shift-- > 0) factor *= Decimal(10);
      return amount * factor;
    }
    // To a larger unit: the same digits with the point moved left (trailing zeros are
    // dropped only when the scale would otherwise pass 18).
    Decimal d = amount;
    if (d.scale() - shift > Decimal::max_scale) d = d.normalized();
    if (d.scale() - shift > Decimal::max_scale) return std::nullopt;
    return Decimal::from_parts(d.coefficient(), d.scale() - shift);
  } catch (const decimal_error&) {
    return std::nullopt;
  }
}

AmountUnit AmountUnit::parse(std::string_view text) {
  if (trim(text).empty()) return AmountUnit();
  if (const auto known = from_string<MoneyUnit>(text)) return AmountUnit(*known);
  AmountUnit unit;
  unit.unknown_ = std::string(text);
  return unit;
}

BudgetLine BudgetLine::make(std::string name, Decimal amount, std::string_view unit) {
  BudgetLine line;
  line.category = from_string<BudgetCategory>(name).value_or(BudgetCategory::custom);
  line.name = std::move(name);
  line.amount = amount;
  line.unit = AmountUnit::parse(unit);
  return line;
}

std::optional<Decimal> BudgetLine::amount_in(MoneyUnit to) const {
  const auto from = unit.known();
  if (!from) return std::nullopt;
  return convert(amount, *from, to);
}

std::optional<Decimal> BudgetBreakdown::lines_total() const {
  Decimal sum;
  try {
    for (const BudgetLine& line : lines) {
      const auto a = line.amount_in(unit);
      if (!a) return std::nullopt;
      sum += *a;
    }
  } catch (const decimal_error&) {
    return std::nullopt;
  }
  return sum;
}

bool BudgetBreakdown::mixes_units() const noexcept {
  for (const BudgetLine& line : lines) {
    if (line.unit != lines.front().unit) return true;
  }
  return false;
}

const BudgetLine* BudgetBreakdown::find(BudgetCategory category) const noexcept {
  for (const BudgetLine& line : lines) {
    if (line.category == category) return &line;
  }
  return nullptr;
}

const BudgetBreakdown* BudgetOverview::find(BreakdownKind kind) const noexcept {
  for (const BudgetBreakdown& b : breakdowns) {
    if (b.kind == kind) return &b;
  }
  return nullptr;
}

std::optional<Decimal> BudgetOverview::amount_of(BudgetCategory category) const {
  for (const BudgetBreakdown& b : breakdowns) {
    if (const BudgetLine* line = b.find(category)) return line->amount_in(MoneyUnit::wan_yuan);
  }
  return std::nullopt;
}

namespace {

// Adds `unit` to `mix` once.
void note_unit(UnitMix& mix, const AmountUnit& unit) {
  if (!unit.known()) mix.unknown = true;
  const std::string text = unit.text();
  for (const auto& u : mix.units) {
    if (u == text) return;
  }
  mix.units.push_back(text);
}

}  // namespace

std::vector<UnitMix> unit_mixes(const BudgetOverview& budget) {
  std::vector<UnitMix> out;
  for (std::size_t i = 0; i < budget.breakdowns.size(); ++i) {
    UnitMix mix;
    mix.breakdown = i;
    for (const BudgetLine& line : budget.breakdowns[i].lines) note_unit(mix, line.unit);
    if (mix.units.size() > 1 || mix.unknown) out.push_back(std::move(mix));
  }
  UnitMix rows;
  for (const ExecutionLine& line : budget.execution) note_unit(rows, line.unit);
  if (rows.units.size() > 1 || rows.unknown) out.push_back(std::move(rows));
  return out;
}

const BudgetBreakdown* find_breakdown(const BudgetOverview& overview, BreakdownKind kind) noexcept {
  return overview.find(kind);
}

std::ostream& operator<<(std::ostream& out, BudgetCategory category) { return out << to_string(category); }
std::ostream& operator<<(std::ostream& out, BreakdownKind kind) { return out << to_string(kind); }

std::ostream& operator<<(std::ostream& out, const AmountUnit& unit) { return out << unit.text(); }

std::ostream& operator<<(std::ostream& out, const BudgetLine& line) {
  out << to_string(line.category) << ' ' << line.name << ' ' << line.amount << line.unit;
  if (line.share) out << " (" << *line.share << "%)";
  return out;
}

std::ostream& operator<<(std::ostream& out, const BudgetBreakdown& breakdown) {
  out << to_string(breakdown.kind) << " \"" << breakdown.title << '"';
  print_optional(out, "declared_total", breakdown.declared_total);
  if (breakdown.unit != MoneyUnit::wan_yuan) out << ' ' << chinese_name(breakdown.unit);
  out << " {";
  for (std::size_t i = 0; i < breakdown.lines.size(); ++i) out << (i ? "; " : "") << breakdown.lines[i];
  return out << '}';
}

std::ostream& operator<<(std::ostream& out, const ExecutionLine& line) {
  out << to_string(line.category) << ' ' << line.name;
  print_optional(out, "initial", line.initial_budget);
  print_optional(out, "full_year", line.full_year_budget);
  print_optional(out, "executed", line.executed);
  print_optional(out, "weight", line.weight);
  if (!line.rate_text.empty()) out << " rate=" << line.rate_text;
  print_optional(out, "score", line.score);
  return out << ' ' << line.unit;
}

std::ostream& operator<<(std::ostream& out, const BudgetOverview& overview) {
  for (const BudgetBreakdown& b : overview.breakdowns) out << "  breakdown " << b << '\n';
  for (const ExecutionLine& e : overview.execution) out << "  execution " << e << '\n';
  return out;
}

}  // namespace jixiao
