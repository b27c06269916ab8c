// 预算整体情况 / 资金情况 / 预算执行情况: budget lines, declared totals and, under
// self-evaluation columns, execution lines.
#include <algorithm>
#include <cstring>
#include <utility>

#include "table_import_detail.hpp"

namespace jixiao::io::detail {
namespace {

struct BreakdownTitle {
  const char* key;
  BreakdownKind kind;
};
constexpr BreakdownTitle kBreakdownTitles[] = {
    {"部门预算支出", BreakdownKind::expenditure}, {"收入来源", BreakdownKind::income},
    {"事业发展性支出", BreakdownKind::development}, {"按预算级次划分", BreakdownKind::level},
    {"资金来源", BreakdownKind::project_funds},
};

BreakdownKind breakdown_of(BudgetCategory c, FormKind kind) {
  switch (c) {
    case BudgetCategory::basic_expenditure:
    case BudgetCategory::project_expenditure: return BreakdownKind::expenditure;
    case BudgetCategory::fiscal_appropriation:
    case BudgetCategory::other_funds:
    case BudgetCategory::carryover: return kind == FormKind::project ? BreakdownKind::project_funds : BreakdownKind::income;
    case BudgetCategory::special_fiscal_funds:
    case BudgetCategory::other_development_expenditure: return BreakdownKind::development;
    case BudgetCategory::district_level:
    case BudgetCategory::transfer_to_lower_level: return BreakdownKind::level;
    case BudgetCategory::custom: break;
  }
  return BreakdownKind::project_funds;
}

}  // namespace

// Whether the header cell `i` has a named execution column (执行率, 得分, 全年预算数 …)
// in its row: two bare ones (`预算数 | 执行数`) head a project form's budget block.
bool Importer::beside_exec_column(std::size_t i) const {
  const std::size_t row = cells_[i].row;
  std::size_t first = i;
  while (first > 0 && cells_[first - 1].row == row) --first;
  for (std::size_t j = first; j < cells_.size() && cells_[j].row == row; ++j) {
    if (j != i && exec_column(key_text(cells_[j].text))) return true;
  }
  return false;
}

// The execution column of each value of a row, in order. A row with fewer values than
// columns left a cell empty (`部门整体支出总额 | 864.2 | 100% | 20` under 预算数, 执行数,
// 执行率, 得分; `30 | 30 | 30 | 100%` under …执行数, 分值, 执行率): a percentage is no
// amount, weight or score, so it goes to the rate column when one comes later, and the
// values after it follow on from there.
std::vector<std::size_t> Importer::exec_columns_of(const std::vector<ExecColumn>& exec,
                                                   const std::vector<std::size_t>& values) const {
  std::vector<std::size_t> out;
  const auto rate = std::find(exec.begin(), exec.end(), ExecColumn::rate);
  const std::size_t rate_at = static_cast<std::size_t>(rate - exec.begin());
  std::size_t c = 0;
  for (std::size_t v = 0; v < values.size() && c < exec.size(); ++v, ++c) {
    if (values.size() < exec.size() && rate_at < exec.size() && c < rate_at && ends_with(cells_[values[v]].text, "%")) {
      c = rate_at;
    }
    out.push_back(c);
  }
  return out;
}

// `预算数` and `执行数` alone are execution columns only in a row with a named one (a
// project form's `全年(程) 预算数`, or `预算数 | 执行数`, heads a breakdown).
std::optional<ExecColumn> bare_exec_column(const std::string& k) {
  if (k == "预算数") return ExecColumn::full_year;
  if (k == "执行数") return ExecColumn::executed;
  return std::nullopt;
}

std::optional<ExecColumn> exec_column(const std::string& k) {
  static constexpr std::pair<const char*, ExecColumn> kCols[] = {
      {"年初预算数", ExecColumn::initial}, {"年初预算", ExecColumn::initial}, {"全年预算数", ExecColumn::full_year},
      {"调整后预算数", ExecColumn::full_year}, {"全年执行数", ExecColumn::executed},
      {"预算执行数", ExecColumn::executed}, {"执行率", ExecColumn::rate}, {"预算执行率", ExecColumn::rate},
      {"分值", ExecColumn::weight}, {"权重", ExecColumn::weight}, {"得分", ExecColumn::score},
      {"原因", ExecColumn::reason}};
  for (const auto& [w, c] : kCols) {
    if (k == w) return c;
  }
  return std::nullopt;
}

std::optional<BudgetCategory> budget_label(const std::string& text) {
  if (auto c = from_string<BudgetCategory>(text)) return c;
  std::string k = key_text(text);
  if (starts_with(k, "其中")) k.erase(0, std::strlen("其中"));
  for (const char* colon : {":", "："}) {
    if (starts_with(k, colon)) k.erase(0, std::strlen(colon));
  }
  // A numbered line (`其中:1.中央资金`, `2、市级资金`).
  std::size_t digits = 0;
  while (digits < k.size() && k[digits] >= '0' && k[digits] <= '9') ++digits;
  if (digits > 0 && digits < k.size() && k[digits] == '.') k.erase(0, digits + 1);
  else if (digits > 0 && k.compare(digits, std::strlen("、"), "、") == 0) k.erase(0, digits + std::strlen("、"));
  if (auto c = from_string<BudgetCategory>(k)) return c;  // simplified (`上年結轉資金`)
  static constexpr std::pair<const char*, BudgetCategory> kMore[] = {
      // Fiscal money by the level of government it comes from.
      {"中央资金", BudgetCategory::fiscal_appropriation}, {"省级资金", BudgetCategory::fiscal_appropriation},
      {"市级资金", BudgetCategory::fiscal_appropriation}, {"区级资金", BudgetCategory::fiscal_appropriation},
      {"县级资金", BudgetCategory::fiscal_appropriation},
      {"财政拨款", BudgetCategory::fiscal_appropriation}, {"本年财政拨款", BudgetCategory::fiscal_appropriation},
      {"财政资金", BudgetCategory::fiscal_appropriation}, {"财政投款", BudgetCategory::fiscal_appropriation},
      {"中央补助", BudgetCategory::fiscal_appropriation}, {"其他资金", BudgetCategory::other_funds},
      {"其它资金", BudgetCategory::other_funds}, {"地方资金", BudgetCategory::other_funds},
      {"单位资金", BudgetCategory::other_funds}, {"项目支出", BudgetCategory::project_expenditure},
      {"基本支出", BudgetCategory::basic_expenditure}};
  for (const auto& [w, c] : kMore) {
    if (k == w) return c;
  }
  return std::nullopt;
}

bool total_label(const std::string& text) {
  const std::string k = key_text(text);
  for (const char* w : {"年度资金总额", "资金总额", "总额", "年度金额", "项目总预算", "当年年度预算", "部门预算",
                        "年度本级预算金额", "年度预算数", "项目预算金额"}) {
    if (k == w) return true;
  }
  return false;
}

bool unreadable_amount(const std::string& text) {
  if (parse_amount(text)) return false;
  std::string s(trim(text));
  for (const char* unit : {"（万元）", "(万元)", "（元）", "(元)", "万元", "元", "万"}) {
    if (ends_with(s, unit)) {
      s.erase(s.size() - std::strlen(unit));
      break;
    }
  }
  bool digit = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c >= '0' && c <= '9') digit = true;
    else if (static_cast<unsigned char>(c) == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBC) {
      const auto d = static_cast<unsigned char>(s[i + 2]);  // full-width ０-９ (90..99), ， (8C), ． (8E)
      if (d >= 0x90 && d <= 0x99) digit = true;
      else if (d != 0x8C && d != 0x8E) return false;
      i += 2;
    } else if (c != '.' && c != ',' && c != '-' && c != '+' && c != ' ') {
      return false;
    }
  }
  return digit;
}

// A column name of the execution block wrapped over two lines (`年初` / `预算数`,
// `全年` / `执行数`): joined and appended to `exec`.
bool Importer::wrapped_exec_column(std::size_t i, std::size_t end, std::vector<ExecColumn>& exec) {
  if (i + 1 >= end || cells_[i + 1].used || cells_[i + 1].row == cells_[i].row || code_points(cells_[i].text) > 4) {
    return false;
  }
  const auto col = exec_column(key_text(cells_[i].text + cells_[i + 1].text));
  if (!col) return false;
  wrapped_header_joined(i, i + 1, "/budget");
  exec.push_back(*col);
  use(i, "/budget");
  use(i + 1, "/budget");
  return true;
}

void Importer::read_budget(std::size_t begin, std::size_t end, bool heading) {
  BudgetOverview& budget = out_.form.budget;
  if (heading) use(begin, "/budget");
  std::vector<ExecColumn> exec;
  auto breakdown_index = [&](BreakdownKind kind, const std::string& title) -> std::size_t {
    for (std::size_t i = 0; i < budget.breakdowns.size(); ++i) {
      if (budget.breakdowns[i].kind == kind) return i;
    }
    BudgetBreakdown b;
    b.kind = kind;
    b.title = title;
    for (const char* colon : {":", "："}) {
      if (ends_with(b.title, colon)) b.title.erase(b.title.size() - std::strlen(colon));
    }
    budget.breakdowns.push_back(std::move(b));
    return budget.breakdowns.size() - 1;
  };
  std::string unit = "万元";
  // The amount cells following `label` (same row in row mode, the next cells otherwise).
  auto following_values = [&](std::size_t label) {
    std::vector<std::size_t> ids;
    for (std::size_t j = label + 1; j < end; ++j) {
      if (cells_[j].used) break;
      if (row_mode_ && cells_[j].row != cells_[label].row && !(j == label + 1 && alone_in_row(label))) break;
      const std::string& t = cells_[j].text;
      if (parse_amount(t) || unreadable_amount(t) || t == "/" || ends_with(t, "%") || (!exec.empty() && exec.size() > ids.size() && exec[ids.size()] == ExecColumn::reason)) {
        ids.push_back(j);
        if (exec.empty()) break;
        continue;
      }
      break;
    }
    return ids;
  };
  for (std::size_t i = heading ? begin + 1 : begin; i < end; ++i) {
    if (cells_[i].used) continue;
    const std::string& t = cells_[i].text;
    const std::string k = key_text(t);
    bool titled = false;
    for (const BreakdownTitle& bt : kBreakdownTitles) {
      if (k == bt.key) {
        const std::size_t b = breakdown_index(bt.kind, t);
        budget.breakdowns[b].title = t;
        use(i, "/budget/breakdowns/" + std::to_string(b) + "/title");
        titled = true;
        break;
      }
    }
    if (titled) continue;
    if (k == "预算金额" || k == "金额") {
      if (contains(t, "元")) unit = contains(t, "万元") ? "万元" : "元";
      use(i, "/budget");
      continue;
    }
    if (auto col = exec_column(k)) {
      exec.push_back(*col);
      use(i, "/budget");
      continue;
    }
    if (auto col = bare_exec_column(k); col && row_mode_ && beside_exec_column(i)) {
      exec.push_back(*col);
      use(i, "/budget");
      continue;
    }
    if (wrapped_exec_column(i, end, exec)) {
      ++i;
      continue;
    }
    const bool total = total_label(t);
    BudgetCategory category = BudgetCategory::custom;
    if (!total) {
      const auto found = budget_label(t);
      if (found) {
        category = *found;
      } else {
        // Under execution columns any row label followed by amounts is a row of its
        // own (`财政专户管理资金 | 0.00 | …`).
        const std::size_t next = next_in_row(i);
        if (exec.empty() || !row_mode_ || next == npos || next >= end || !parse_amount(cells_[next].text) ||
            code_points(t) > 20 || parse_amount(t))
          continue;  // left for the findings
      }
    }
    const std::vector<std::size_t> values = following_values(i);
    if (!exec.empty()) {
      ExecutionLine line;
      line.category = category;
      line.name = t;
      const std::string path = "/budget/execution/" + std::to_string(budget.execution.size());
      use(i, path + "/name");
      const std::vector<std::size_t> columns = exec_columns_of(exec, values);
      for (std::size_t v = 0; v < values.size() && v < columns.size(); ++v) {
        const std::string& vt = cells_[values[v]].text;
        const auto amount = parse_amount(vt);
        const ExecColumn column = exec[columns[v]];
        switch (column) {
          case ExecColumn::initial: if (amount) line.initial_budget = amount->amount; break;
          case ExecColumn::full_year: if (amount) line.full_year_budget = amount->amount; break;
          case ExecColumn::executed: if (amount) line.executed = amount->amount; break;
          case ExecColumn::rate: line.rate_text = vt; break;
          case ExecColumn::weight: if (amount) line.weight = amount->amount; break;
          case ExecColumn::score: if (amount) line.score = amount->amount; break;
          case ExecColumn::reason: break;
        }
        if (column == ExecColumn::reason) {
          leave(values[v], "JX-I006", Severity::info, path, "预算执行原因说明不在模型中：{text}",
                "budget execution reason is not part of the model: {text}");
        } else if (amount || column == ExecColumn::rate || vt == "/") {
          use(values[v], path);
        } else {
          leave(values[v], "JX-I007", Severity::warning, path, "金额无法读取：{text}", "amount cannot be read: {text}");
        }
      }
      budget.execution.push_back(std::move(line));
      continue;
    }
    if (values.empty()) {
      use(i, "/budget");  // a label without an amount (`其他资金` left blank)
      continue;
    }
    const auto amount = parse_amount(cells_[values[0]].text);
    if (!amount && !total) {
      // The line is kept (its name, its category) with amount 0, and the amount cell is
      // quoted: a lost line would change the sums JX-B001 checks without a word.
      const std::size_t b = breakdown_index(breakdown_of(category, out_.form.kind), t);
      BudgetLine line;
      line.category = category;
      line.name = t;
      line.unit = AmountUnit::parse(unit);
      const std::string path = "/budget/breakdowns/" + std::to_string(b) + "/lines/" + std::to_string(budget.breakdowns[b].lines.size());
      budget.breakdowns[b].lines.push_back(std::move(line));
      use(i, path + "/name");
      leave(values[0], "JX-I007", Severity::warning, path + "/amount", "金额无法读取，该行以金额 0 保留：{text}",
            "amount cannot be read, the line is kept with amount 0: {text}");
      continue;
    }
    if (!amount) {
      use(i, "/budget");
      leave(values[0], "JX-I007", Severity::warning, "/budget", "金额无法读取：{text}", "amount cannot be read: {text}");
      continue;
    }
    if (total) {
      const BreakdownKind kind = out_.form.kind == FormKind::department ? BreakdownKind::expenditure : BreakdownKind::project_funds;
      const std::size_t b = breakdown_index(kind, t);
      budget.breakdowns[b].declared_total = amount->amount;
      // The total is in the unit written beside it or in the table's unit.
      const auto total_unit = AmountUnit::parse(amount->unit.empty() ? unit : amount->unit).known();
      budget.breakdowns[b].unit = total_unit.value_or(MoneyUnit::wan_yuan);
      const std::string path = "/budget/breakdowns/" + std::to_string(b) + "/declared_total";
      use(i, path);
      use(values[0], path);
      continue;
    }
    const std::size_t b = breakdown_index(breakdown_of(category, out_.form.kind), t);
    BudgetLine line;
    line.category = category;
    line.name = t;
    line.amount = amount->amount;
    line.unit = AmountUnit::parse(amount->unit.empty() ? unit : amount->unit);
    const std::string path = "/budget/breakdowns/" + std::to_string(b) + "/lines/" + std::to_string(budget.breakdowns[b].lines.size());
    budget.breakdowns[b].lines.push_back(std::move(line));
    use(i, path + "/name");
    use(values[0], path + "/amount");
  }
}

}  // namespace jixiao::io::detail
