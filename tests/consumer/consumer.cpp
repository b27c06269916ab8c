// A tiny host program: links jixiao and adds the seed form's two expenditure lines.
#include <jixiao/decimal.hpp>
#include <jixiao/version.hpp>

#include <iostream>

int main() {
  const auto basic = jixiao::Decimal::parse("966.36");
  const auto project = jixiao::Decimal::parse("1,025.93");
  if (!basic || !project) return 1;
  const jixiao::Decimal total = basic.value() + project.value();
  std::cout << "jixiao " << JIXIAO_VERSION_STRING << ": " << total.format(true, 2) << '\n';
  return total.format(true, 2) == "1,992.29" ? 0 : 1;
}
