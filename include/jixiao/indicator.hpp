/// @file indicator.hpp
/// @brief `Indicator` (绩效指标): one 三级 row with its 一级/二级 categories and targets.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <ostream>
#include <string_view>
#include <string>
#include <vector>

#include "jixiao/decimal.hpp"
#include "jixiao/diagnostic.hpp"
#include "jixiao/target.hpp"
#include "jixiao/taxonomy.hpp"
#include "jixiao/text.hpp"

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

/// A target cell: the text as written and its reading, which can never disagree. The
/// reading is made from the text by one constructor (the loader reads files with it
/// too), or the text is written from a `Target` (its canonical spelling); neither can be
/// set alone. An unparseable text is kept (never dropped) with no reading, and is
/// reported by the loader (`JX-IO016`, `JX-I004`) and the review (`JX-C005`).
class TargetValue {
 public:
  /// A blank cell.
  TargetValue() = default;
  /// Reads `text` as the form loader does: with the indicator's 计量单位 column
  /// `unit_column` when it is not blank (`95` with column `%` reads as `95%`).
  explicit TargetValue(std::string text, std::string_view unit_column = {});
  /// The text `target.to_string()` (canonical) and `target` itself.
  explicit TargetValue(const Target& target);
  /// As the text constructor, and the parser's diagnostics (why the text does not
  /// parse) appended to `diagnostics`; nothing is appended when it parses.
  static TargetValue read(std::string text, std::string_view unit_column, std::vector<Diagnostic>& diagnostics);

  /// The cell text as written; empty when the form leaves the cell blank.
  const std::string& text() const noexcept { return text_; }
  /// The parsed target, when the text parses.
  const std::optional<Target>& target() const noexcept { return target_; }
  /// True when the form gives any text.
  bool present() const noexcept { return !text_.empty(); }
  /// Why the text does not parse: the parser's first diagnostic (its `code`, such as
  /// `jixiao.target.unit_only` for a cell holding only a unit, its message and column),
  /// kept from the one reading so that no one parses the text again to learn it;
  /// nullptr when the text parses, is blank, or was written from a `Target`.
  const Diagnostic* first_diagnostic() const noexcept { return first_diagnostic_.get(); }

  /// Same text and same parsed target (the diagnostic follows from them).
  friend bool operator==(const TargetValue& a, const TargetValue& b) {
    return a.text_ == b.text_ && a.target_ == b.target_;
  }
  /// Negation of ==.
  friend bool operator!=(const TargetValue& a, const TargetValue& b) { return !(a == b); }

 private:
  std::string text_;
  std::optional<Target> target_;
  std::shared_ptr<const Diagnostic> first_diagnostic_;  // shared by copies: never changed
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
  /// 实际完成值 as written (self-evaluation forms); empty otherwise.
  std::string actual;
  /// 得分 (self-evaluation forms), when given.
  std::optional<Decimal> score;
  /// 偏差原因分析及改进措施 (self-evaluation forms).
  std::string deviation_reason;

  /// An indicator built in code, read as the loader reads the same cells: the 一级 and
  /// 二级 texts name their categories (`产出指标` → `Level1::output`; an unknown name
  /// stays `unknown` with its text, which the review reports as `JX-C008`), and the
  /// targets are read with the unit column (`TargetValue(text, unit)`).
  static Indicator make(std::string level1, std::string level2, std::string name, std::string annual_target,
                        std::string unit = {}, std::string period_target = {});
  /// Sets the 计量单位 column and reads both targets again with it, so a target never
  /// keeps a reading made with another unit column.
  void set_unit(std::string unit_column);

  /// Every field equal.
  friend bool operator==(const Indicator& a, const Indicator& b) {
    return a.level1 == b.level1 && a.level1_text == b.level1_text && a.level2 == b.level2 &&
           a.level2_text == b.level2_text && a.name == b.name && a.period_target == b.period_target &&
           a.annual_target == b.annual_target && a.unit == b.unit && a.nature == b.nature &&
           a.basis == b.basis && a.weight == b.weight && a.note == b.note && a.actual == b.actual &&
           a.score == b.score && a.deviation_reason == b.deviation_reason;
  }
  /// Negation of ==.
  friend bool operator!=(const Indicator& a, const Indicator& b) { return !(a == b); }
};

/// Stable key of a nature: `unspecified`, `quantitative`, `qualitative`.
const char* to_string(Nature nature) noexcept;
/// The nature of a key or of the form's words (`定量`, `定性`).
template <>
std::optional<Nature> from_string<Nature>(std::string_view text);
/// Stable key of a basis: `unspecified`, `historical`, `industry`, `plan`, `other`.
const char* to_string(Basis basis) noexcept;
/// The basis of a key or of the form's words (`历史标准`, `行业标准`, `计划标准`, `其他标准`).
template <>
std::optional<Basis> from_string<Basis>(std::string_view text);

/// Writes the text and, when parsed, the canonical target.
std::ostream& operator<<(std::ostream& out, const TargetValue& value);
/// Writes the categories, name and targets on one line.
std::ostream& operator<<(std::ostream& out, const Indicator& indicator);

}  // namespace jixiao
