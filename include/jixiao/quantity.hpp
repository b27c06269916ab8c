/// @file quantity.hpp
/// @brief `Unit` (计量单位: a catalogue entry with a dimension and an exact factor, or
/// an unknown unit kept verbatim) and `Quantity` (a Decimal with its Unit).
#pragma once

#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "jixiao/decimal.hpp"

namespace jixiao {

/// What a unit measures. Conversion is exact within one dimension only.
enum class Dimension : std::uint8_t {
  none,      ///< No unit written (a bare number).
  percent,   ///< %, ％, 百分比, ‰ (per-mille converts to percent exactly).
  money,     ///< 元, 万元, 亿元 (base: 元).
  count,     ///< 次, 场, 个, 项, 件, 人, 人次, 户, 家, … (each its own kind of count).
  time,      ///< 年, 月, 天/日, 工作日, 小时, 分钟 (bases: 月 for 年/季度/月, 秒 for 周/天/小时/分钟; 工作日 alone).
  length,    ///< 米/m, 公里/km (base: 米).
  area,      ///< 平方米, 亩, 公顷, 万平方米 (base: 亩, so that 公顷 = 15 亩 and 平方米 = 0.0015 亩 are exact).
  mass,      ///< 吨, 千克/kg, 公斤, 克 (base: 千克).
  rate,      ///< A compound unit with `/`: 元/亩, 次/月, 元/人/年, 元/人*月.
  unknown,   ///< Not in the catalogue: kept verbatim so a rule can warn.
  volume,    ///< 立方米/m³, 升 (base: 立方米); after `unknown` so the earlier values keep theirs.
};

/// The English name of a dimension (`percent`, `money`, …).
const char* to_string(Dimension dimension) noexcept;

namespace detail {
/// Internal: what the catalogue knows of one unit, shared by every `Unit` of it.
/// Catalogue rows and the composites built from them (万人, 元/亩) live for the whole
/// program, so a `Unit` points at them instead of copying three strings.
struct UnitInfo {
  std::string symbol;                     ///< Canonical spelling.
  std::string base;                       ///< Base unit symbol, or the kind counted.
  Dimension dimension = Dimension::none;  ///< What the unit measures.
  Decimal factor = Decimal(1);            ///< Size in the base unit.
};
}  // namespace detail

/// A unit of measure (计量单位). Built from the catalogue by `Unit::parse`, which never
/// fails: a spelling outside the catalogue becomes an `unknown` unit that keeps its
/// text. Two units are equal when they are the same catalogue entry (`萬元` == `万元`),
/// or, for unknown units, the same text.
class Unit {
 public:
  /// No unit (a bare number): dimension `none`.
  Unit() = default;

  /// Looks `text` up in the catalogue (full-width forms, traditional characters and
  /// the `万` multiplier understood; surrounding spaces ignored). Never fails.
  /// Thread-safe: composite units (`万人`, `元/亩`) are interned in one process-wide
  /// table guarded by a mutex, whose entries are immutable and never freed, so a Unit
  /// may be copied and read from any thread.
  static Unit parse(std::string_view text);

  /// The unit exactly as written (`萬元`, `％`), empty for no unit.
  const std::string& written() const noexcept { return written_; }
  /// The canonical spelling (`万元`, `%`); the written text for unknown units.
  const std::string& symbol() const noexcept { return info_ ? info_->symbol : written_; }
  /// What the unit measures.
  Dimension dimension() const noexcept {
    if (info_) return info_->dimension;
    return written_.empty() ? Dimension::none : Dimension::unknown;
  }
  /// True for catalogue units and for no unit; false for unknown units.
  bool known() const noexcept { return info_ || written_.empty(); }
  /// True when no unit was written.
  bool empty() const noexcept { return !info_ && written_.empty(); }
  /// Size of one of this unit in its dimension's base unit (万元 → 10000 元, ‰ → 0.1 %).
  const Decimal& factor() const noexcept { return info_ ? info_->factor : one_; }
  /// For counts, the kind counted (`人`, `次`); two counts convert only when their base
  /// kinds are equal (万人 → 人). For other dimensions the base unit's symbol.
  const std::string& base() const noexcept { return info_ ? info_->base : written_; }

  /// Same catalogue entry (or same text for unknown units).
  friend bool operator==(const Unit& a, const Unit& b) noexcept {
    if (a.info_ && a.info_ == b.info_) return true;
    return a.dimension() == b.dimension() && a.symbol() == b.symbol();
  }
  /// Negation of ==.
  friend bool operator!=(const Unit& a, const Unit& b) noexcept { return !(a == b); }
  /// True when values in `a` convert exactly to `b` (same dimension and base).
  friend bool convertible(const Unit& a, const Unit& b) noexcept {
    return a.info_ && b.info_ && a.info_->dimension == b.info_->dimension && a.info_->base == b.info_->base;
  }

 private:
  friend class UnitCatalogue;
  Unit(std::string_view written, std::shared_ptr<const detail::UnitInfo> info)
      : written_(written), info_(std::move(info)) {}
  static constexpr Decimal one_ = Decimal(1);
  // No info: no unit (written_ empty) or an unknown unit (its text in written_).
  // Catalogue rows and interned composites are held without ownership (no reference
  // count to touch on copy); only a composite past the intern table's cap is owned.
  std::string written_;
  std::shared_ptr<const detail::UnitInfo> info_;
};

/// Writes the canonical symbol (for test failure messages).
std::ostream& operator<<(std::ostream& out, const Unit& unit);

/// A number with its unit: `30万元`, `95%`, `12次`.
struct Quantity {
  /// The number exactly as written (scale kept: `28.40` stays `28.40`).
  Decimal value;
  /// Its unit (may be empty).
  Unit unit;

  /// The same amount in `target`, exactly, when the units are convertible
  /// (30万元 → 300000元); nothing otherwise, and nothing when the exact result is not
  /// a terminating decimal of at most 18 digits (1亩 → 平方米). Throws only on Decimal
  /// overflow of the product.
  std::optional<Quantity> convert_to(const Unit& target) const;

  /// Value and unit equal (`1.50万元` == `1.5万元`; `30万元` != `300000元`).
  friend bool operator==(const Quantity& a, const Quantity& b) noexcept {
    return a.value == b.value && a.unit == b.unit;
  }
  /// Negation of ==.
  friend bool operator!=(const Quantity& a, const Quantity& b) noexcept { return !(a == b); }
};

/// Writes value and unit symbol, e.g. `30万元`.
std::ostream& operator<<(std::ostream& out, const Quantity& q);

}  // namespace jixiao
