// 快速上手 (docs/zh/快速上手.md): load a 绩效目标申报表, review it (审核) with the built-in
// rules under the national profile, print every finding and the review score and grade.
// Run: example_quick_check examples/data/seed-suigang-2024-department.json
#include <jixiao/io/form_io.hpp>
#include <jixiao/io/profile_io.hpp>
#include <jixiao/rules.hpp>

#include <iostream>

int main(int argc, char** argv) {
  using namespace jixiao;
  if (argc != 2) {
    std::cerr << "用法: " << argv[0] << " 申报表.json\n";
    return 2;
  }
  // Readers never throw on bad input: a value or findings with line:column.
  const io::ReadResult<PerformanceForm> loaded = io::load_form(argv[1]);
  for (const Finding& f : loaded.findings) std::cerr << f.render(Lang::zh) << '\n';
  if (!loaded.value) return 2;

  const RuleSet rules = RuleSet::builtin(io::builtin_profile("national"));
  const Report report = rules.check(*loaded.value);
  for (const Finding& f : report.findings()) {
    // 规则编号, 严重程度, 位置 (JSON Pointer), 说明
    std::cout << f.rule_id << " " << to_string(f.severity) << " " << f.location.path << " "
              << f.message(Lang::zh) << '\n';
  }
  // The same summary line as `jixiao check`: counts by severity, score and grade.
  std::cout << "错误 " << report.count(Severity::error) << "，警告 " << report.count(Severity::warning)
            << "，提示 " << report.count(Severity::info) << "；审核评分 " << report.score()
            << "，建议等级：" << chinese_name(report.grade()) << '\n';
  return report.ok() ? 0 : 1;
}
