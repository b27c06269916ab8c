// Scores the worked example of a 项目支出绩效自评表 under the national profile and prints
// every row with its arithmetic, the total and the rating (自评等级).
#include <jixiao/io/observations_io.hpp>
#include <jixiao/io/profile_io.hpp>
#include <jixiao/scoring.hpp>

#include <iostream>

int main() {
  using namespace jixiao;
  auto indicator = [](Level1 level1, const char* name, const char* target, int weight) {
    Indicator ind;
    ind.level1 = level1;
    ind.name = name;
    ind.annual_target = TargetValue(target);
    ind.weight = Decimal(weight);
    return ind;
  };
  PerformanceForm form;
  form.indicators = {indicator(Level1::output, "培训人次", "≥500人次", 20), indicator(Level1::output, "合格率", "≥95%", 15),
                     indicator(Level1::output, "总成本", "≤90万元", 15), indicator(Level1::benefit, "社会效益", "效果明显", 30),
                     indicator(Level1::satisfaction, "满意度", "≥90%", 10)};

  auto parsed = jixiao::io::read_actuals(R"({"indicators": [
      {"name": "培训人次", "actual": "487人次", "reason": "部分学员因故未参训"},
      {"name": "合格率", "actual": "98%"},
      {"name": "总成本", "actual": "92万元", "reason": "材料涨价"},
      {"name": "社会效益", "grade": "部分达成", "score": "21", "reason": "项目周期较长"},
      {"name": "满意度", "actual": "93%"}],
    "budget": {"full_year": "100", "executed": "96"}})");
  if (!parsed.ok()) {
    for (const auto& f : parsed.findings) std::cerr << f.render(jixiao::Lang::en) << '\n';
    return 1;
  }
  const Scorecard card = score(form, *parsed.value, io::builtin_profile("national"));
  for (const auto& row : card.rows) std::cout << row.name << ": " << row.arithmetic << '\n';
  std::cout << "预算执行率: " << card.budget->arithmetic << '\n';
  std::cout << "总分 " << card.total << " 等级 " << card.rating << '\n';
  return card.complete() ? 0 : 1;
}
