// A tiny host program: links jixiao, adds the seed form's two expenditure lines, parses
// a target and counts the built-in review rules.
#include <jixiao/jixiao.hpp>  // the umbrella header: proves every installed header compiles

#include <iostream>

int main() {
  const auto basic = jixiao::Decimal::parse("966.36");
  const auto project = jixiao::Decimal::parse("1,025.93");
  if (!basic || !project) return 1;
  const jixiao::Decimal total = basic.value() + project.value();
  std::cout << "jixiao " << JIXIAO_VERSION_STRING << ": " << total.format(true, 2) << '\n';
  // A rule from the installed catalogue and a target from the installed parser.
  const auto target = jixiao::Target::parse("≥95%");
  if (!target || target.value().to_string() != "≥95%") return 1;
  if (jixiao::builtin_rules().size() < 25) return 1;
  return total.format(true, 2) == "1,992.29" ? 0 : 1;
}
