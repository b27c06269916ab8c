/// @file taxonomy.hpp
/// @brief The indicator taxonomy (指标体系): 一级 and 二级 indicator categories in both
/// official variants, with every spelling seen in real forms mapped to them.
#pragma once

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "jixiao/text.hpp"

namespace jixiao {

/// 一级指标.
enum class Level1 : std::uint8_t {
  output,        ///< 产出指标
  cost,          ///< 成本指标 (一级 under 财预〔2021〕101号)
  benefit,       ///< 效益指标
  satisfaction,  ///< 满意度指标
  unknown,       ///< Not recognised (the text as written is kept beside it).
};

/// 二级指标.
enum class Level2 : std::uint8_t {
  quantity,            ///< 数量指标
  quality,             ///< 质量指标
  timeliness,          ///< 时效指标
  cost,                ///< 成本指标 (二级 of 产出, older variant)
  economic_cost,       ///< 经济成本指标
  social_cost,         ///< 社会成本指标
  ecological_cost,     ///< 生态环境成本指标
  economic_benefit,    ///< 经济效益指标
  social_benefit,      ///< 社会效益指标
  ecological_benefit,  ///< 生态效益指标 (older: 环境效益指标)
  sustainable_impact,  ///< 可持续影响指标
  satisfaction,        ///< 服务对象满意度指标 (variant: 社会公众或服务对象满意度指标)
  unknown,             ///< Not recognised, or empty.
};

/// Which official taxonomy a profile uses.
enum class TaxonomyVariant : std::uint8_t {
  classic,   ///< 成本 is a 二级 of 产出 (older forms, still common).
  fin2021,   ///< 财预〔2021〕101号: 成本 is a 一级 with 经济/社会/生态环境成本.
};

/// Stable English key of a 一级 (`output`, `cost`, `benefit`, `satisfaction`, `unknown`).
const char* to_string(Level1 level) noexcept;
/// Stable English key of a 二级 (`quantity`, `economic_benefit`, …).
const char* to_string(Level2 level) noexcept;
/// Canonical Chinese name of a 一级 (`产出指标`).
const char* chinese_name(Level1 level) noexcept;
/// Canonical Chinese name of a 二级 (`数量指标`).
const char* chinese_name(Level2 level) noexcept;

/// Looks up a 一级 by any spelling seen in forms (`产出指标`, `产出`, full-width
/// spaces, weights such as `产出指标(50分)`) or by its English key.
template <>
std::optional<Level1> from_string<Level1>(std::string_view text);
/// Looks up a 二级 by any spelling (`数量指标`, `数量`, `环境效益指标`, …) or key.
template <>
std::optional<Level2> from_string<Level2>(std::string_view text);

/// True when `child` is a valid 二级 of `parent` under `variant`.
bool belongs_to(Level2 child, Level1 parent, TaxonomyVariant variant) noexcept;
/// The 一级 a 二级 normally sits under in `variant` (成本 → 产出 in classic, 经济成本 → 成本).
Level1 parent_of(Level2 child, TaxonomyVariant variant) noexcept;

/// Stable key of a variant: `classic` or `fin2021`.
const char* to_string(TaxonomyVariant variant) noexcept;
/// The variant named by `classic` or `fin2021`; nothing for any other text.
template <>
std::optional<TaxonomyVariant> from_string<TaxonomyVariant>(std::string_view text);

/// Writes the English key (for test failure messages).
std::ostream& operator<<(std::ostream& out, Level1 level);
/// Writes the English key (for test failure messages).
std::ostream& operator<<(std::ostream& out, Level2 level);

}  // namespace jixiao
