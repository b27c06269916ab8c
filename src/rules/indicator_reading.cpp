// What the consistency and self-evaluation rules read from an indicator row.
#include "indicator_reading.hpp"

#include "catalogue.hpp"

#include "jixiao/text.hpp"

namespace jixiao::detail {
namespace {

constexpr std::string_view kOpen[] = {"(", "\xEF\xBC\x88"};   // ( （
constexpr std::string_view kClose[] = {")", "\xEF\xBC\x89"};  // ) ）

bool starts_at(std::string_view text, std::size_t i, std::string_view word) {
  return text.compare(i, word.size(), word) == 0;
}

// The length of an opening or closing bracket at text[i], or 0.
std::size_t bracket_at(std::string_view text, std::size_t i, const std::string_view (&set)[2]) {
  for (const auto b : set) {
    if (starts_at(text, i, b)) return b.size();
  }
  return 0;
}

// `指标1:` / `指标2：` at the start of a self-evaluation row name.
std::string_view without_item_prefix(std::string_view name) {
  constexpr std::string_view item = "\xE6\x8C\x87\xE6\xA0\x87";  // 指标
  if (name.substr(0, item.size()) != item) return name;
  std::size_t i = item.size();
  while (i < name.size() && name[i] >= '0' && name[i] <= '9') ++i;
  if (i == item.size()) return name;
  if (starts_at(name, i, ":")) return name.substr(i + 1);
  if (starts_at(name, i, "\xEF\xBC\x9A")) return name.substr(i + 3);  // ：
  return name.substr(i);
}

}  // namespace

bool is_blank(std::string_view text) { return trim(text).empty(); }

bool contains_any(std::string_view text, std::initializer_list<std::string_view> words) {
  for (const auto w : words) {
    if (text.find(w) != std::string_view::npos) return true;
  }
  return false;
}

bool ends_with_any(std::string_view text, std::initializer_list<std::string_view> words) {
  for (const auto w : words) {
    if (text.size() >= w.size() && text.substr(text.size() - w.size()) == w) return true;
  }
  return false;
}

std::string core_name(std::string_view name) {
  name = without_item_prefix(trim(name));
  const auto dash = name.find("\xE2\x80\x94\xE2\x80\x94");  // ——
  if (dash != std::string_view::npos && dash > 0) name = name.substr(0, dash);
  std::string out;
  out.reserve(name.size());
  int depth = 0;
  for (std::size_t i = 0; i < name.size();) {
    // Copy the run of bytes that start no mark: ( ) （ ） ★ begin with ( ) \xEF \xE2.
    std::size_t end = i;
    while (end < name.size() && name[end] != '(' && name[end] != ')' && name[end] != '\xEF' && name[end] != '\xE2' &&
           name[end] != '*')
      ++end;
    if (depth == 0) out.append(name.data() + i, end - i);
    i = end;
    if (i == name.size()) break;
    if (name[i] == '*') {
      ++i;
    } else if (const auto n = bracket_at(name, i, kOpen)) {
      ++depth;
      i += n;
    } else if (const auto m = bracket_at(name, i, kClose)) {
      if (depth > 0) --depth;
      i += m;
    } else if (starts_at(name, i, "\xE2\x98\x85")) {  // ★
      i += 3;
    } else {
      if (depth == 0 && name[i] != '*') out += name[i];
      ++i;
    }
  }
  return std::string(trim(out));
}

std::string_view indicator_core(const PerformanceForm& form, const RuleContext& ctx, std::size_t i,
                                std::string& scratch) {
  RuleContext::Memo* memo = ctx.memo();
  if (memo == nullptr) return scratch = core_name(form.indicators[i].name);
  if (memo->cores.size() != form.indicators.size()) {
    memo->cores.clear();
    memo->cores.reserve(form.indicators.size());
    for (const Indicator& ind : form.indicators) memo->cores.push_back(core_name(ind.name));
  }
  return memo->cores[i];
}

std::string_view unit_stated_in_name(std::string_view name) {
  name = trim(name);
  std::size_t close = 0;
  if (name.size() >= 1 && name.back() == ')') close = 1;
  if (name.size() >= 3 && name.substr(name.size() - 3) == "）") close = 3;
  if (close == 0) return {};
  const std::size_t ascii = name.rfind('('), wide = name.rfind("（");
  const std::size_t open = ascii == std::string_view::npos ? wide
                           : wide == std::string_view::npos ? ascii
                                                            : std::max(ascii, wide);
  if (open == std::string_view::npos) return {};
  const std::size_t inner_at = open + (name[open] == '(' ? 1 : 3);
  if (inner_at > name.size() - close) return {};
  const std::string_view inner = trim(name.substr(inner_at, name.size() - close - inner_at));
  // A library format hint: comparators, then the placeholder where the number goes (or
  // none: `(≥台)`); the unit is what follows.
  std::string_view rest = inner;
  auto drop = [&rest](std::initializer_list<std::string_view> marks) {
    bool any = false;
    for (bool again = true; again;) {
      again = false;
      for (const std::string_view m : marks) {
        if (rest.substr(0, m.size()) == m) {
          rest.remove_prefix(m.size());
          any = again = true;
        }
      }
    }
    return any;
  };
  const bool compared = drop({"≥", "≤", ">=", "<=", ">", "<", "=", "＞", "＜", "≧", "≦"});
  const bool placeheld = drop({"*", "＊", "×", "X", "x"});
  return compared || placeheld ? trim(rest) : inner;
}

std::optional<Unit> money_numerator(const Unit& unit) {
  if (unit.dimension() == Dimension::money) return unit;
  if (unit.dimension() != Dimension::rate) return std::nullopt;
  const std::string& w = unit.written();
  const auto slash = w.find('/');
  if (slash == std::string::npos) return std::nullopt;
  const Unit top = Unit::parse(std::string_view(w).substr(0, slash));
  if (top.dimension() != Dimension::money) return std::nullopt;
  return top;
}

bool money_target(const Target& t) {
  if (!t.is_quantitative()) return false;
  return money_numerator(t.kind() == TargetKind::range ? t.hi().unit : t.quantity().unit).has_value();
}

bool names_a_rate(std::string_view core) { return contains_any(core, {"率", "比例", "占比", "比重", "指数"}); }

bool names_a_count(std::string_view core) {
  return ends_with_any(core, {"数", "数量", "人次", "户次", "數", "數量"}) && !names_a_rate(core) &&
         !ends_with_any(core, {"系数", "分数", "倍数", "参数", "基数", "係數", "分數", "倍數", "參數", "基數"});
}

bool is_money_cost(const Indicator& ind) {
  if (ind.level2 == Level2::cost || ind.level2 == Level2::economic_cost) return true;
  return ind.level1 == Level1::cost && ind.level2 == Level2::unknown;
}

bool is_written_money_cost(const Indicator& ind) {
  return is_money_cost(ind) && contains_any(ind.level2_text.empty() ? ind.level1_text : ind.level2_text, {"成本"});
}

bool is_satisfaction(const Indicator& ind) {
  return ind.level1 == Level1::satisfaction || ind.level2 == Level2::satisfaction;
}

bool names_satisfaction(std::string_view name) {
  return contains_any(name, {"满意", "滿意", "认可", "認可", "认同", "認同", "好评", "好評", "评价", "評價", "口碑",
                              "支持率", "支持度", "信任", "幸福感", "获得感", "獲得感", "安全感"});
}

std::optional<Decimal> percent_value(const Quantity& q) {
  if (q.unit.dimension() != Dimension::percent) return std::nullopt;
  static const Unit percent = Unit::parse("%");
  if (q.unit == percent) return q.value;
  const auto c = q.convert_to(percent);
  return c ? std::optional<Decimal>(c->value) : std::nullopt;
}

const TargetValue& judged_target(const Indicator& ind) {
  return ind.annual_target.present() ? ind.annual_target : ind.period_target;
}

std::vector<std::string_view> comma_words(const std::string& list) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (start <= list.size()) {
    const std::size_t comma = list.find(',', start);
    const std::size_t end = comma == std::string::npos ? list.size() : comma;
    if (end > start) out.emplace_back(list.data() + start, end - start);
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return out;
}

// Money is converted as the budget rules convert it (budget.hpp): exactly, between the
// known money units only; an unknown unit or a result past 18 digits gives nothing.
std::optional<Decimal> budget_in_wan(const PerformanceForm& form) {
  for (const auto& b : form.budget.breakdowns) {
    if (b.kind != BreakdownKind::expenditure && b.kind != BreakdownKind::project_funds) continue;
    // Both are in the block's unit, which need not be 万元.
    if (b.declared_total) return convert(*b.declared_total, b.unit, MoneyUnit::wan_yuan);
    if (b.lines.empty()) continue;
    const auto total = b.lines_total();
    return total ? convert(*total, b.unit, MoneyUnit::wan_yuan) : std::nullopt;
  }
  if (form.budget.execution.empty()) return std::nullopt;
  const ExecutionLine& first = form.budget.execution.front();
  const auto& amount = first.full_year_budget ? first.full_year_budget : first.initial_budget;
  const auto unit = first.unit.known();
  if (!amount || !unit) return std::nullopt;
  return convert(*amount, *unit, MoneyUnit::wan_yuan);
}

std::optional<Quantity> actual_quantity(std::string_view actual) {
  if (is_blank(actual)) return std::nullopt;
  const auto parsed = Target::parse(actual);
  if (!parsed) return std::nullopt;
  const Target& t = parsed.value();
  // A bare measured value reads as `=` (the grammar's default); a written comparator
  // means the cell states a target, not a measurement.
  if (t.kind() != TargetKind::comparison || t.op() != Comparator::eq) return std::nullopt;
  return t.quantity();
}

}  // namespace jixiao::detail
