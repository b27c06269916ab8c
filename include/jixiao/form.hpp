/// @file form.hpp
/// @brief `PerformanceForm` (绩效目标申报表): department or project form with budget,
/// goals, key tasks and the indicator table.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "jixiao/budget.hpp"
#include "jixiao/indicator.hpp"
#include "jixiao/task.hpp"

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
};

}  // namespace jixiao
