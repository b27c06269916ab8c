// actuals_from_form: the observations a published self-evaluation form carries
// (实际完成值, 得分, 偏差原因, the execution rows and the printed total).
#include "jixiao/scoring.hpp"

#include <algorithm>

#include "jixiao/text.hpp"

namespace jixiao {

bool carries_actuals(const PerformanceForm& form) noexcept {
  return form.stage == FormStage::self_evaluation ||
         std::any_of(form.indicators.begin(), form.indicators.end(), [](const Indicator& i) { return !i.actual.empty(); });
}

Actuals actuals_from_form(const PerformanceForm& form, std::vector<Diagnostic>* diagnostics) {
  Actuals out;
  for (std::size_t i = 0; i < form.indicators.size(); ++i) {
    const Indicator& ind = form.indicators[i];
    if (trim(ind.actual).empty() && !ind.score && ind.deviation_reason.empty()) continue;
    Observation a;
    a.index = i;
    a.name = ind.name;
    a.reason = ind.deviation_reason;
    a.published_score = ind.score;
    // On a 定性 row the printed 得分 is the evaluator's pick inside the grade's band
    // (score() still checks it against the band), and a narrative 实际完成值 is normal.
    const TargetValue& tv = ind.annual_target.present() ? ind.annual_target : ind.period_target;
    const bool qualitative = ind.nature == Nature::qualitative ||
                             (tv.target() && (tv.target()->kind() == TargetKind::qualitative || tv.target()->kind() == TargetKind::compound));
    if (qualitative && ind.score) a.chosen_score = ind.score;
    if (!trim(ind.actual).empty()) {
      auto d = read_observation(ind.actual, a);
      if (diagnostics && !(qualitative && !a.value() && !a.date())) {
        for (auto& x : d) {
          x.message = "/indicators/" + std::to_string(i) + "/actual: " + x.message;
          diagnostics->push_back(std::move(x));
        }
      }
    }
    out.indicators.push_back(std::move(a));
  }
  const ExecutionLine* chosen = nullptr;
  for (const auto& line : form.budget.execution) {
    if (line.full_year_budget && line.executed && line.full_year_budget->sign() > 0) {
      chosen = &line;
      break;
    }
  }
  if (!chosen && !form.budget.execution.empty()) chosen = &form.budget.execution.front();
  if (chosen) {
    BudgetActuals b;
    b.initial_budget = chosen->initial_budget;
    b.full_year_budget = chosen->full_year_budget;
    b.executed = chosen->executed;
    b.weight = chosen->weight;
    b.printed_rate = chosen->rate_text;
    b.published_score = chosen->score;
    out.budget = b;
  }
  out.published_total = form.total_score;
  out.published_rating = form.rating;
  return out;
}

}  // namespace jixiao
