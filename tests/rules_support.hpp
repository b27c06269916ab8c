// Helpers for the rule tests: small forms built in code, and finding lookups.
#pragma once

#include <jixiao/rules.hpp>
#include <jixiao/target.hpp>

#include <string>
#include <vector>

namespace jixiao::test {

/// A target cell parsed as the loader would (the parse must succeed unless `allow_fail`).
inline TargetValue tv(const std::string& text) { return TargetValue(text); }

inline Decimal d(const char* text) { return Decimal::parse(text).value(); }

inline BudgetLine line(BudgetCategory c, const char* name, const char* amount) {
  BudgetLine l;
  l.category = c;
  l.name = name;
  l.amount = d(amount);
  return l;
}

inline BudgetBreakdown block(BreakdownKind k, const char* title, std::vector<BudgetLine> lines) {
  BudgetBreakdown b;
  b.kind = k;
  b.title = title;
  b.lines = std::move(lines);
  return b;
}

inline Indicator indicator(Level1 l1, Level2 l2, const std::string& name, const std::string& period,
                           const std::string& annual) {
  Indicator i;
  i.level1 = l1;
  i.level1_text = chinese_name(l1);
  i.level2 = l2;
  i.level2_text = l2 == Level2::unknown ? "" : chinese_name(l2);
  i.name = name;
  i.period_target = tv(period);
  i.annual_target = tv(annual);
  return i;
}

inline KeyTask task(const std::string& name, const std::string& content, const char* funds,
                    const std::string& expected) {
  KeyTask t;
  t.name = name;
  t.content = content;
  if (funds != nullptr) t.planned_funds = d(funds);
  t.expected_result = ExpectedResult(expected);
  return t;
}

/// The findings of rule `id` in `report`.
inline std::vector<Finding> of(const Report& report, const std::string& id) {
  std::vector<Finding> out;
  for (const auto& f : report.findings()) {
    if (f.rule_id == id) out.push_back(f);
  }
  return out;
}

}  // namespace jixiao::test
