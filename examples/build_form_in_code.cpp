// Builds a department form (部门整体预算绩效目标申报表) in code with the factory functions
// that read cells as the loader does, checks it as the loader would (io::validate_form),
// reviews it (审核), then scores it with year-end actuals (自评) and prints the results.
#include <jixiao/io/form_io.hpp>
#include <jixiao/io/profile_io.hpp>
#include <jixiao/rules.hpp>
#include <jixiao/scoring.hpp>

#include <iostream>

namespace {

jixiao::Decimal money(const char* text) { return jixiao::Decimal::parse(text).value(); }

// A block of 预算整体情况 whose declared total is the sum of its lines.
jixiao::BudgetBreakdown block(jixiao::BreakdownKind kind, const char* title, std::vector<jixiao::BudgetLine> lines) {
  jixiao::BudgetBreakdown b;
  b.kind = kind;
  b.title = title;
  b.lines = std::move(lines);
  b.declared_total = b.lines_total();  // exact, in the block's unit (万元)
  return b;
}

jixiao::PerformanceForm department_form() {
  using namespace jixiao;
  PerformanceForm form;
  form.kind = FormKind::department;
  form.unit_name = "示例区企业服务中心";
  form.year = 2024;
  form.goals = {"优化营商环境，提升企业服务水平。"};
  form.budget.breakdowns = {
      block(BreakdownKind::expenditure, "部门预算支出",
            {BudgetLine::make("基本支出", money("500.00")), BudgetLine::make("项目支出", money("300.00"))}),
      block(BreakdownKind::income, "收入来源", {BudgetLine::make("财政拨款", money("800.00"), "万元")}),
  };
  form.key_tasks = {
      KeyTask::make("企业走访服务", "企业服务工作经费", money("100.00"), "走访企业≥60次"),
      KeyTask::make("政策宣传培训", "培训经费", money("150.00"), "培训合格率≥95%"),
      KeyTask::make("服务平台维护", "信息化运维经费", money("30.00"), "12月底前完成平台升级"),
  };
  auto indicator = [](const char* l1, const char* l2, const char* name, const char* target, int weight) {
    Indicator ind = Indicator::make(l1, l2, name, target);
    ind.weight = Decimal(weight);
    return ind;
  };
  form.indicators = {
      indicator("产出指标", "数量指标", "走访企业次数", "≥60次", 20),
      indicator("产出指标", "质量指标", "培训合格率", "≥95%", 15),
      indicator("产出指标", "时效指标", "平台升级完成时间", "12月底前", 10),
      indicator("产出指标", "成本指标", "培训成本", "≤30万元", 15),
      indicator("效益指标", "社会效益指标", "企业获得感", "显著提升", 20),
      indicator("满意度指标", "服务对象满意度指标", "企业满意度", "≥95%", 10),
  };
  return form;
}

jixiao::Actuals year_end_actuals() {
  using namespace jixiao;
  Actuals actuals;
  const char* written[] = {"65次", "98%", "2024年12月20日", "28万元", "达成", "96%"};
  for (std::size_t i = 0; i < 6; ++i) {
    Observation o;
    o.index = i;
    read_observation(written[i], o);
    actuals.indicators.push_back(std::move(o));
  }
  actuals.indicators[4].chosen_score = Decimal(20);  // the evaluator's pick in the 达成 band
  BudgetActuals budget;
  budget.full_year_budget = money("800.00");
  budget.executed = money("760.00");
  actuals.budget = budget;
  return actuals;
}

}  // namespace

int main() {
  using namespace jixiao;
  const PerformanceForm form = department_form();
  const Profile profile = io::builtin_profile("national");

  // [check] (docs/building-forms.md includes these lines)
  const std::vector<Finding> loader = io::validate_form(form);
  std::cout << "loader findings: " << loader.size() << '\n';
  for (const Finding& f : loader) std::cout << "  " << f.render(Lang::en) << '\n';

  const Report report = RuleSet::builtin(profile).check(form);
  std::cout << "review: " << report.findings().size() << " findings, score " << report.score() << ", grade "
            << to_string(report.grade()) << '\n';
  for (const Finding& f : report.findings()) std::cout << "  " << f.render(Lang::en) << '\n';
  // [check]

  const Scorecard card = score(form, year_end_actuals(), profile);
  for (const ScoreRow& row : card.rows) std::cout << row.name << ": " << row.arithmetic << '\n';
  std::cout << "预算执行率: " << card.budget->arithmetic << '\n';
  std::cout << "总分 " << card.total << " 等级 " << card.rating << '\n';

  // The same checks catch a mistake in code as they would in a file.
  PerformanceForm wrong = form;
  wrong.indicators[1] = Indicator::make("产出指标", "质量指标", "培训合格率", "≥**%");
  wrong.budget.breakdowns[0].lines[1] = BudgetLine::make("项目支出", money("3000000"), "千元");
  for (const Finding& f : io::validate_form(wrong)) std::cout << "loader: " << f.render(Lang::en) << '\n';
  const Report wrong_review = RuleSet::builtin(profile).check(wrong);
  for (const Finding& f : wrong_review.findings()) {
    std::cout << "review: " << f.render(Lang::en) << '\n';
  }
  return card.complete() ? 0 : 1;
}
