// Budget lines and breakdowns: category names, lookups and printing.
#include "jixiao/budget.hpp"

#include <array>
#include <cstring>
#include <utility>

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

Decimal BudgetBreakdown::lines_total() const {
  Decimal sum;
  for (const BudgetLine& line : lines) sum += line.amount;
  return sum;
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
    if (const BudgetLine* line = b.find(category)) return line->amount;
  }
  return std::nullopt;
}

const BudgetBreakdown* find_breakdown(const BudgetOverview& overview, BreakdownKind kind) noexcept {
  return overview.find(kind);
}

std::ostream& operator<<(std::ostream& out, BudgetCategory category) { return out << to_string(category); }
std::ostream& operator<<(std::ostream& out, BreakdownKind kind) { return out << to_string(kind); }

std::ostream& operator<<(std::ostream& out, const BudgetLine& line) {
  out << to_string(line.category) << ' ' << line.name << ' ' << line.amount << line.unit;
  if (line.share) out << " (" << *line.share << "%)";
  return out;
}

std::ostream& operator<<(std::ostream& out, const BudgetBreakdown& breakdown) {
  out << to_string(breakdown.kind) << " \"" << breakdown.title << '"';
  print_optional(out, "declared_total", breakdown.declared_total);
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
