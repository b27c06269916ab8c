/// @file task.hpp
/// @brief 年度重点工作任务 (`KeyTask`) and 其他需完成的任务 (`OtherTask`).
#pragma once

#include <optional>
#include <ostream>
#include <string>

#include "jixiao/decimal.hpp"
#include "jixiao/target.hpp"

namespace jixiao {

/// 期望达到的目标 of a key task: the text as written and, when it reads as a measurable
/// target (`≥10次`; any parse but a qualitative one), that target. The reading is made
/// from the text by the one constructor the loader and the importer use, so the two
/// can never disagree.
class ExpectedResult {
 public:
  /// No expected result.
  ExpectedResult() = default;
  /// Reads `text`: `target()` is set when it parses as a non-qualitative target.
  explicit ExpectedResult(std::string text);

  /// The text as written.
  const std::string& text() const noexcept { return text_; }
  /// The measurable target the text states, when it states one.
  const std::optional<Target>& target() const noexcept { return target_; }

  /// Same text (and so the same target).
  friend bool operator==(const ExpectedResult& a, const ExpectedResult& b) { return a.text_ == b.text_; }
  /// Negation of ==.
  friend bool operator!=(const ExpectedResult& a, const ExpectedResult& b) { return !(a == b); }

 private:
  std::string text_;
  std::optional<Target> target_;
};

/// 年度重点工作任务: one row of the key-task table.
struct KeyTask {
  /// 名称.
  std::string name;
  /// 主要实施内容 (the funding item, e.g. `企业服务工作经费`).
  std::string content;
  /// 拟投入的资金 (万元).
  std::optional<Decimal> planned_funds;
  /// 期望达到的目标: text and its measurable reading.
  ExpectedResult expected_result;

  /// A key task built in code, read as the loader reads the same cells.
  static KeyTask make(std::string name, std::string content, std::optional<Decimal> planned_funds,
                      std::string expected_result);

  /// Every field equal.
  friend bool operator==(const KeyTask& a, const KeyTask& b) {
    return a.name == b.name && a.content == b.content && a.planned_funds == b.planned_funds &&
           a.expected_result == b.expected_result;
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
