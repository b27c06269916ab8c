// `jixiao budget FILE`: finds the budget lines (预算整体情况) of a tab-separated form
// and prints them with their sums, computed exactly with Decimal. It reads label/amount
// pairs only; the full table importer reads the whole form.
#include <jixiao/decimal.hpp>

#include <array>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "commands.hpp"

namespace jixiao::tool {
namespace {

// The department form's budget labels, in the order the form prints them.
constexpr std::array<const char*, 8> kLabels = {"基本支出", "项目支出", "财政拨款", "其他资金",
                                                "财政专项资金", "其他事业发展性支出", "区本级使用资金",
                                                "拟用于对下转移支付资金"};

int run_budget(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << path << ": cannot open\n";
    return 2;
  }
  std::map<std::string, Decimal> amounts;
  std::string line;
  int line_no = 0;
  int problems = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::vector<std::string> cells;
    std::stringstream ss(line);
    for (std::string cell; std::getline(ss, cell, '\t');) cells.push_back(cell);
    for (std::size_t c = 0; c + 1 < cells.size(); ++c) {
      for (const char* label : kLabels) {
        if (cells[c] != label) continue;
        const auto amount = Decimal::parse(cells[c + 1]);
        if (!amount) {
          std::cerr << path << ':' << line_no << ':' << c + 2 << ": error: " << amount.diagnostics().front().message << '\n';
          ++problems;
        } else {
          amounts.emplace(label, amount.value());
        }
      }
    }
  }
  std::cout << "jixiao budget: " << path << " (万元)\n";
  for (const char* label : kLabels) {
    auto it = amounts.find(label);
    if (it != amounts.end()) std::cout << "  " << label << '\t' << it->second.format(true, 2) << '\n';
  }
  auto sum = [&](const char* a, const char* b) -> std::string {
    auto ia = amounts.find(a);
    auto ib = amounts.find(b);
    if (ia == amounts.end() || ib == amounts.end()) return "n/a";
    return (ia->second + ib->second).format(true, 2);
  };
  std::cout << "  部门预算支出 = 基本支出 + 项目支出 = " << sum("基本支出", "项目支出") << '\n'
            << "  收入来源 = 财政拨款 + 其他资金 = " << sum("财政拨款", "其他资金") << '\n'
            << "  事业发展性支出 = 财政专项资金 + 其他事业发展性支出 = " << sum("财政专项资金", "其他事业发展性支出") << '\n'
            << "  按预算级次 = 区本级使用资金 + 拟用于对下转移支付资金 = " << sum("区本级使用资金", "拟用于对下转移支付资金") << '\n';
  return problems == 0 ? 0 : 1;
}

}  // namespace

void add_budget_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("budget", "Budget lines of a tab-separated form and their exact sums");
  auto path = std::make_shared<std::string>();
  cmd->add_option("FILE", *path, "The form (tab-separated text)")->required();
  cmd->callback([path] {
    const int rc = run_budget(*path);
    if (rc != 0) throw CLI::RuntimeError(rc);
  });
}

}  // namespace jixiao::tool
