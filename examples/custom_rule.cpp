// A bureau's own review rule: every 数量指标 counts something (次, 个, 人 …), so its
// target needs a unit of count. Added to the built-in catalogue as a lambda.
#include <jixiao/io/form_io.hpp>
#include <jixiao/rules.hpp>

#include <iostream>

int main(int argc, char** argv) {
  using namespace jixiao;
  RuleInfo info;
  info.id = "ORG-001";
  info.title_zh = "数量指标应以计数单位计量";
  info.title_en = "Quantity indicators count something";
  info.dimension = ReviewDimension::completeness;
  const RuleSet rules = RuleSet::builtin().with(info, [](const PerformanceForm& form, const RuleContext&, FindingSink& sink) {
    for (std::size_t i = 0; i < form.indicators.size(); ++i) {
      const Indicator& ind = form.indicators[i];
      const auto& t = ind.annual_target.target();
      if (ind.level2 != Level2::quantity || !t || t->kind() != TargetKind::comparison) continue;
      if (t->quantity().unit.dimension() == Dimension::count) continue;
      sink.add("/indicators/" + std::to_string(i) + "/annual_target", "数量指标“{name}”的指标值 {target} 不是计数单位",
               "quantity indicator {name} targets {target}, which is not a count")
          .arg("name", ind.name).arg("target", ind.annual_target.text());
    }
  });
  const auto loaded = io::load_form(argc > 1 ? argv[1] : "seed-suigang-2024-department.json");
  if (!loaded.value) return 2;
  const Report report = rules.check(*loaded.value);
  for (const Finding& f : report.findings()) {
    if (f.rule_id == "ORG-001") std::cout << f.render(Lang::en) << '\n';
  }
  return 0;
}
