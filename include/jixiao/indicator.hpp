/// @file indicator.hpp
/// @brief `Indicator` (绩效指标): one 三级 row with its 一级/二级 categories and targets.
#pragma once

#include <optional>
#include <string>

#include "jixiao/decimal.hpp"
#include "jixiao/target.hpp"
#include "jixiao/taxonomy.hpp"

namespace jixiao {

/// 指标性质.
enum class Nature : std::uint8_t {
  unspecified,   ///< Not given by the form.
  quantitative,  ///< 定量
  qualitative,   ///< 定性
};

/// 指标值设定依据 / 绩效标准.
enum class Basis : std::uint8_t {
  unspecified,  ///< Not given.
  historical,   ///< 历史标准
  industry,     ///< 行业标准
  plan,         ///< 计划标准
  other,        ///< 其他标准 (财政部门认可的其他标准)
};

/// A target cell: the text as written and, when it parses, the Target. An
/// unparseable text is kept (never dropped) and reported by the loader/rules.
struct TargetValue {
  /// The cell text as written; empty when the form leaves the cell blank.
  std::string text;
  /// The parsed target, when the text parses.
  std::optional<Target> target;
  /// True when the form gives any text.
  bool present() const noexcept { return !text.empty(); }
};

/// One 三级 indicator row.
struct Indicator {
  /// 一级 category.
  Level1 level1 = Level1::unknown;
  /// 一级 as written.
  std::string level1_text;
  /// 二级 category.
  Level2 level2 = Level2::unknown;
  /// 二级 as written.
  std::string level2_text;
  /// 三级 (the indicator name); empty for an empty 二级 row.
  std::string name;
  /// 实施周期指标值.
  TargetValue period_target;
  /// 年度指标值.
  TargetValue annual_target;
  /// 计量单位 column, when the form has one.
  std::string unit;
  /// 指标性质.
  Nature nature = Nature::unspecified;
  /// 指标值设定依据.
  Basis basis = Basis::unspecified;
  /// 分值 (weight), when given.
  std::optional<Decimal> weight;
  /// 备注 / 指标解释.
  std::string note;
};

}  // namespace jixiao
