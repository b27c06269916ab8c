/// @file task.hpp
/// @brief 年度重点工作任务 (`KeyTask`) and 其他需完成的任务 (`OtherTask`).
#pragma once

#include <optional>
#include <ostream>
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

  /// Every field equal (the target by meaning).
  friend bool operator==(const KeyTask& a, const KeyTask& b) {
    return a.name == b.name && a.content == b.content && a.planned_funds == b.planned_funds &&
           a.expected_result == b.expected_result && a.expected_target == b.expected_target;
  }
  /// Negation of ==.
  friend bool operator!=(const KeyTask& a, const KeyTask& b) { return !(a == b); }
};

/// 其他需完成的任务: free text with an amount found in it.
struct OtherTask {
  /// The text as written.
  std::string text;
  /// The amount named in the text (`拟投入资金：4（万元）` → 4), when there is one.
  std::optional<Decimal> amount;
  /// Unit of the amount (`万元`).
  std::string unit;

  /// Every field equal.
  friend bool operator==(const OtherTask& a, const OtherTask& b) {
    return a.text == b.text && a.amount == b.amount && a.unit == b.unit;
  }
  /// Negation of ==.
  friend bool operator!=(const OtherTask& a, const OtherTask& b) { return !(a == b); }
};

/// Writes name, content, funds and expected result (for test failure messages).
std::ostream& operator<<(std::ostream& out, const KeyTask& task);
/// Writes the text and the amount.
std::ostream& operator<<(std::ostream& out, const OtherTask& task);

}  // namespace jixiao
