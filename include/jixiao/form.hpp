/// @file form.hpp
/// @brief `PerformanceForm` (绩效目标申报表): department or project form with budget,
/// goals, key tasks and the indicator table.
#pragma once

#include <cstdint>
#include <optional>
#include <ostream>
#include <string_view>
#include <string>
#include <utility>
#include <vector>

#include "jixiao/budget.hpp"
#include "jixiao/indicator.hpp"
#include "jixiao/task.hpp"
#include "jixiao/text.hpp"

namespace jixiao {

/// Which declaration form.
enum class FormKind : std::uint8_t {
  department,  ///< 部门整体预算绩效目标申报表
  project,     ///< 项目支出绩效目标申报表
};

/// Project data of a project form.
struct ProjectInfo {
  /// 项目名称.
  std::string name;
  /// 主管部门.
  std::string competent_department;
  /// 实施单位.
  std::string implementing_unit;
  /// 项目属性 (持续/新增 …).
  std::string attribute;
  /// 起止时间 / 实施期限 as written.
  std::string period;

  /// Every field equal.
  friend bool operator==(const ProjectInfo& a, const ProjectInfo& b) {
    return a.name == b.name && a.competent_department == b.competent_department &&
           a.implementing_unit == b.implementing_unit && a.attribute == b.attribute && a.period == b.period;
  }
  /// Negation of ==.
  friend bool operator!=(const ProjectInfo& a, const ProjectInfo& b) { return !(a == b); }
};

/// Which stage of the budget cycle a form records.
enum class FormStage : std::uint8_t {
  declaration,      ///< 绩效目标申报表: targets only.
  monitoring,       ///< 绩效运行监控表: targets with in-year progress.
  self_evaluation,  ///< 绩效自评表: targets with actual values, weights and scores.
};

/// A performance target declaration form.
struct PerformanceForm {
  /// Department or project form.
  FormKind kind = FormKind::department;
  /// 部门(单位)名称.
  std::string unit_name;
  /// Budget year, when known.
  std::optional<int> year;
  /// Project data (project forms).
  std::optional<ProjectInfo> project;
  /// 总体绩效目标 / 年度总体目标, one entry per numbered goal.
  std::vector<std::string> goals;
  /// 预算整体情况 / 资金总额.
  BudgetOverview budget;
  /// 年度重点工作任务.
  std::vector<KeyTask> key_tasks;
  /// 其他需完成的任务.
  std::vector<OtherTask> other_tasks;
  /// 绩效指标, in form order.
  std::vector<Indicator> indicators;
  /// Free metadata (key → text), in insertion order (填报人, 联系电话, source, …).
  std::vector<std::pair<std::string, std::string>> metadata;
  /// Declaration, monitoring or self-evaluation.
  FormStage stage = FormStage::declaration;
  /// 总分 as printed (self-evaluation), when given.
  std::optional<Decimal> total_score;
  /// 自评等级 as printed (优/良/中/差), when given (the rating; key `grade` in
  /// `jixiao.form/1` files).
  std::string rating;

  /// Σ 拟投入的资金 of the key tasks (tasks without funds count as zero).
  Decimal key_tasks_total() const;
  /// Σ amounts of the other tasks.
  Decimal other_tasks_total() const;
  /// The value of the first metadata entry called `key`, or nullptr.
  const std::string* metadata_value(std::string_view key) const noexcept;

  /// Every field equal.
  friend bool operator==(const PerformanceForm& a, const PerformanceForm& b) {
    return a.kind == b.kind && a.unit_name == b.unit_name && a.year == b.year && a.project == b.project &&
           a.goals == b.goals && a.budget == b.budget && a.key_tasks == b.key_tasks &&
           a.other_tasks == b.other_tasks && a.indicators == b.indicators && a.metadata == b.metadata &&
           a.stage == b.stage && a.total_score == b.total_score && a.rating == b.rating;
  }
  /// Negation of ==.
  friend bool operator!=(const PerformanceForm& a, const PerformanceForm& b) { return !(a == b); }
};

/// Stable key of a form kind: `department`, `project`.
const char* to_string(FormKind kind) noexcept;
/// The form kind of a key.
template <>
std::optional<FormKind> from_string<FormKind>(std::string_view text);
/// Stable key of a stage: `declaration`, `monitoring`, `self_evaluation`.
const char* to_string(FormStage stage) noexcept;
/// The stage of a key.
template <>
std::optional<FormStage> from_string<FormStage>(std::string_view text);

/// Writes the key.
std::ostream& operator<<(std::ostream& out, FormKind kind);
/// Writes the key.
std::ostream& operator<<(std::ostream& out, FormStage stage);
/// Writes the project data on one line.
std::ostream& operator<<(std::ostream& out, const ProjectInfo& project);
/// Writes the whole form, one item per line (for test failure messages).
std::ostream& operator<<(std::ostream& out, const PerformanceForm& form);

}  // namespace jixiao
