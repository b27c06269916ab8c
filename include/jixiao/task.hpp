/// @file task.hpp
/// @brief 年度重点工作任务 (`KeyTask`) and 其他需完成的任务 (`OtherTask`).
#pragma once

#include <optional>
#include <string>

#include "jixiao/decimal.hpp"
#include "jixiao/target.hpp"

namespace jixiao {

/// 年度重点工作任务: one row of the key-task table.
struct KeyTask {
  /// 名称.
  std::string name;
  /// 主要实施内容 (the funding item, e.g. `企业服务工作经费`).
  std::string content;
  /// 拟投入的资金 (万元).
  std::optional<Decimal> planned_funds;
  /// 期望达到的目标 as written.
  std::string expected_result;
  /// The expected result as a Target, when it parses as a measurable one (`≥10次`).
  std::optional<Target> expected_target;
};

/// 其他需完成的任务: free text with an amount found in it.
struct OtherTask {
  /// The text as written.
  std::string text;
  /// The amount named in the text (`拟投入资金：4（万元）` → 4), when there is one.
  std::optional<Decimal> amount;
  /// Unit of the amount (`万元`).
  std::string unit;
};

}  // namespace jixiao
