#include "aggregate_rows.hpp"

#include "jixiao/text.hpp"

namespace jixiao::detail {

AggregateRows aggregate_rows(const PerformanceForm& form, const std::vector<std::size_t>& rows,
                             const std::vector<RowFacts>& facts) {
  AggregateRows a{std::vector<std::optional<std::size_t>>(form.indicators.size()),
                  std::vector<std::vector<std::size_t>>(form.indicators.size())};
  for (std::size_t k = 0; k < rows.size(); ++k) {
    const std::size_t g = rows[k];
    if (!facts[g].weight || facts[g].target || facts[g].actual) continue;
    for (std::size_t m = k + 1; m < rows.size(); ++m) {
      const std::size_t j = rows[m];
      if (facts[j].weight || !facts[j].target || form.indicators[j].level1 != form.indicators[g].level1) break;
      a.parent[j] = g;
      a.of[g].push_back(j);
    }
  }
  return a;
}

AggregateRows aggregate_rows(const PerformanceForm& form) {
  std::vector<std::size_t> rows;
  std::vector<RowFacts> facts(form.indicators.size());
  for (std::size_t i = 0; i < form.indicators.size(); ++i) {
    const Indicator& ind = form.indicators[i];
    if (trim(ind.name).empty()) continue;
    rows.push_back(i);
    facts[i] = {ind.weight.has_value(), ind.annual_target.present() || ind.period_target.present(),
                !trim(ind.actual).empty()};
  }
  return aggregate_rows(form, rows, facts);
}

}  // namespace jixiao::detail
