// Adds a department's budget lines exactly and checks the form's identity
// 基本支出 + 项目支出 = 部门预算支出 (figures of the bundled 穗港智造合作区 2024 form).
#include <jixiao/decimal.hpp>

#include <iostream>

int main() {
  using jixiao::Decimal;
  const Decimal basic = Decimal::parse("966.36").value();      // 基本支出, 万元
  const Decimal project = Decimal::parse("1,025.93").value();  // 项目支出, 万元
  const Decimal declared = Decimal::parse("1,992.29").value(); // 财政拨款 = 合计
  const Decimal total = basic + project;                       // exact: no rounding needed
  std::cout << "部门预算支出 " << total.format(true, 2) << " 万元"
            << (total == declared ? " = 财政拨款 (ok)" : " ≠ 财政拨款") << '\n';
  // 执行率-style ratio with a named rounding (四舍五入 to 2 decimals).
  std::cout << "项目支出占比 " << jixiao::percent_of(project, total, 2, jixiao::RoundingMode::half_up) << "%\n";
  return total == declared ? 0 : 1;
}
