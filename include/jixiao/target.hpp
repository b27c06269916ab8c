/// @file target.hpp
/// @brief `Target` (指标值): an indicator's target as written in a form cell — a
/// comparison (`≥95%`), a range (`90%-95%`), a deadline (`12月底前`), a compound of
/// labelled parts (`工业90%以上，商贸服务业80%以上`) or qualitative text (`效果明显`) —
/// with its parser, canonical spelling and evaluation against an actual value.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "jixiao/decimal.hpp"
#include "jixiao/diagnostic.hpp"
#include "jixiao/quantity.hpp"

namespace jixiao {

/// The comparison a target states.
enum class Comparator : std::uint8_t {
  ge,  ///< ≥ (以上, 不低于, 不少于, 达到, …): includes the number.
  gt,  ///< > (超过, 高于, 大于): excludes the number.
  le,  ///< ≤ (以下, 以内, 不超过, 不高于, 最多): includes the number.
  lt,  ///< < (不满, 低于, 少于, 小于): excludes the number.
  eq,  ///< = (为, a bare value).
};

/// ASCII spelling as in the corpus labels: `>=`, `>`, `<=`, `<`, `=`.
const char* to_string(Comparator op) noexcept;
/// Canonical symbol for display: `≥`, `>`, `≤`, `<`, `=`.
const char* symbol(Comparator op) noexcept;

/// Scoring direction (指标方向) implied by a target.
enum class Direction : std::uint8_t {
  positive,  ///< 正向: more is better (≥, >).
  negative,  ///< 反向: less is better (≤, <, deadlines).
  equal,     ///< 等于: hit the value (=, ranges).
  none,      ///< Qualitative or compound: no numeric direction.
};

/// The English name of a direction (`positive`, `negative`, `equal`, `none`).
const char* to_string(Direction direction) noexcept;

/// The closed set of target kinds.
enum class TargetKind : std::uint8_t {
  comparison,   ///< op + Quantity: `≥95%`, `≤90万元`, `4次` (bare value = `=`).
  range,        ///< lo..hi inclusive, one unit: `90%-95%`, `18—54周岁`, `±3%以内`.
  deadline,     ///< on or before a date: `2021年12月31日`, `12月底前`, `每年12月底前`.
  compound,     ///< labelled parts: `工业90%以上，商贸服务业80%以上`.
  qualitative,  ///< text, with a recognised category where one applies.
};

/// Name as in the corpus labels: `quantitative` (for comparison), `range`,
/// `deadline`, `compound`, `qualitative`.
const char* to_string(TargetKind kind) noexcept;

/// A calendar day, year optional (`12月底前` has none), meaning "on or before".
struct Deadline {
  /// The year, when written.
  std::optional<int> year;
  /// 1..12.
  int month = 12;
  /// 1..31; for `月底` and a bare month, the month's last day (February: 28, or 29
  /// when the year is known and a leap year).
  int day = 31;
  /// `每年…`: the same day every year.
  bool every_year = false;

  /// `YYYY-MM-DD`, or `--MM-DD` when the year is missing.
  std::string iso() const;
  /// All fields equal.
  friend bool operator==(const Deadline& a, const Deadline& b) noexcept {
    return a.year == b.year && a.month == b.month && a.day == b.day && a.every_year == b.every_year;
  }
  /// Negation of ==.
  friend bool operator!=(const Deadline& a, const Deadline& b) noexcept { return !(a == b); }
};

/// One labelled part of a compound target: `工业 ≥ 90%`.
struct TargetPart {
  /// The label as written (`工业`).
  std::string label;
  /// The comparison of this part.
  Comparator op = Comparator::eq;
  /// The number and unit of this part.
  Quantity quantity;
  /// All fields equal.
  friend bool operator==(const TargetPart& a, const TargetPart& b) noexcept {
    return a.label == b.label && a.op == b.op && a.quantity == b.quantity;
  }
  /// Negation of ==.
  friend bool operator!=(const TargetPart& a, const TargetPart& b) noexcept { return !(a == b); }
};

/// What a qualitative target's words are recognised as.
enum class QualitativeCategory : std::uint8_t {
  free_text,        ///< Nothing recognised (narrative goal sentences).
  yes_no,           ///< 是 / 否.
  achievement,      ///< 达成 / 部分达成 / 未达成 (and their long forms).
  scale_word,       ///< One word of a rating scale: 优 / 良 / 中 / 差, 好 / 较好 / 一般 / 差.
  direction_up,     ///< 提高, 提升, 改善, 增加, 完善, …
  direction_down,   ///< 下降, 减少, 降低, …
  compliance,       ///< 符合…规定, 合规, 达标, 严格执行…
  effect,           ///< 效果明显, 有效, 显著…
};

/// The English name of a qualitative category.
const char* to_string(QualitativeCategory category) noexcept;

/// Achievement (完成程度) of one indicator: 达成, 部分达成 or 未达成 (self-evaluation 实际完成值).
enum class Achievement : std::uint8_t {
  achieved,            ///< 达成年度指标.
  partially_achieved,  ///< 部分达成年度指标并具有一定效果.
  not_achieved,        ///< 未达成年度指标且效果较差.
};

/// `achieved`, `partially_achieved` or `not_achieved`.
const char* to_string(Achievement achievement) noexcept;

/// The result of comparing an actual value with a target.
struct Evaluation {
  /// Whether the target is met (qualitative: grade achieved).
  bool met = false;
  /// Completion ratio actual/target for 正向, target/actual for 反向 (uncapped), at
  /// `Evaluation::ratio_scale` decimals rounded half-up; absent when undefined
  /// (qualitative, compound, incompatible units, division by zero).
  std::optional<Decimal> ratio;
  /// True when `ratio` needed no rounding.
  bool ratio_exact = true;
  /// Why the evaluation could not be made or was approximate, if anything.
  std::vector<Diagnostic> diagnostics;
  /// For qualitative targets: the achievement evaluated.
  std::optional<Achievement> achievement;

  /// Decimals kept in `ratio`.
  static constexpr int ratio_scale = 6;
};

/// An indicator target (指标值). Every target keeps its raw text; equality compares
/// meaning (kind, op, numbers, units, parts, date, text), not the raw spelling, so
/// `parse(t.to_string()) == t`.
class Target {
 public:
  /// A qualitative target with empty text.
  Target() = default;

  /// `op q`: `≥95%` (the same as `comparison`; lets a parser build a result in place).
  Target(Comparator op, Quantity q, std::string raw = {})
      : kind_(TargetKind::comparison), op_(op), raw_(std::move(raw)), lo_(std::move(q)) {}

  /// Text with a category (the same as `qualitative`; lets a parser build a result in place).
  Target(std::string text, QualitativeCategory category, std::string raw = {})
      : kind_(TargetKind::qualitative), category_(category) {
    // Usually the text is the raw cell: it is then held once (text() reads raw_).
    text_is_raw_ = raw.empty() || raw == text;
    raw_ = text_is_raw_ ? std::move(text) : std::move(raw);
    if (!text_is_raw_) text_ = std::move(text);
  }

  /// `op q`: `≥95%`.
  static Target comparison(Comparator op, Quantity q, std::string raw = {}) {
    return Target(op, std::move(q), std::move(raw));
  }
  /// `lo..hi` inclusive.
  static Target range(Quantity lo, Quantity hi, std::string raw = {}) {
    Target t(TargetKind::range, std::move(raw));
    t.lo_ = std::move(lo);
    t.hi_ = std::move(hi);
    return t;
  }
  /// On or before `d`.
  static Target deadline(Deadline d, std::string raw = {}) {
    Target t(TargetKind::deadline, std::move(raw));
    t.op_ = Comparator::le;
    t.deadline_ = d;
    return t;
  }
  /// A date range `from` .. `to` (both inclusive; kind range, unit `date`).
  static Target date_range(Deadline from, Deadline to, std::string raw = {}) {
    Target t(TargetKind::range, std::move(raw));
    t.deadline_ = to;
    t.start_ = from;
    t.dated_ = true;
    return t;
  }
  /// Labelled parts.
  static Target compound(std::vector<TargetPart> parts, std::string raw = {}) {
    Target t(TargetKind::compound, std::move(raw));
    t.parts_ = std::move(parts);
    return t;
  }
  /// Text with a category.
  static Target qualitative(std::string text, QualitativeCategory category = QualitativeCategory::free_text,
                           std::string raw = {}) {
    return Target(std::move(text), category, std::move(raw));
  }

  /// Parses one cell. Never throws (but `std::bad_alloc`). Fails (diagnostics with
  /// position and offending text, no value) on placeholders, OCR garbage, a
  /// number-less comparator or unit, two numbers without a separator, and any shape in
  /// doubt. Thread-safe, as every `parse` and `parse_cells` overload: the only shared
  /// state is the unit intern table, which is locked (docs/embedding.md).
  static Parsed<Target> parse(std::string_view text);
  /// Parses a value cell whose unit stands in a separate unit column (`95` + `%`);
  /// a unit in both that disagrees is an error.
  static Parsed<Target> parse(std::string_view text, std::string_view unit_column);
  /// Parses split cells: comparator, number and unit each in their own cell
  /// (`≥ | 95 | %`); any of them may be empty.
  static Parsed<Target> parse_cells(std::string_view comparator, std::string_view number, std::string_view unit);
  /// Parses cells joined by ` | ` as in the corpus labels and the `jixiao target` tool:
  /// one cell is `parse(text)`; three are comparator, number and unit; two are told
  /// apart by their content (`100 | %` value and unit, `% | ≥95%` unit and value,
  /// `≥ | 95` comparator and value, `定性 | 减少` a qualitative marker and its text).
  static Parsed<Target> parse_cells(std::string_view joined);

  /// The kind.
  TargetKind kind() const noexcept { return kind_; }
  /// The text as written in the form.
  const std::string& raw() const noexcept { return raw_; }
  /// The comparator (comparison, compound parts have their own; deadline: ≤).
  Comparator op() const noexcept { return op_; }
  /// The number and unit of a comparison; the lower bound of a range.
  const Quantity& quantity() const noexcept { return lo_; }
  /// Lower bound of a range.
  const Quantity& lo() const noexcept { return lo_; }
  /// Upper bound of a range.
  const Quantity& hi() const noexcept { return hi_; }
  /// The date of a deadline; the last day of a date range.
  const Deadline& deadline() const noexcept { return deadline_; }
  /// True for a range of dates (`2021年1月-12月`): start() .. deadline().
  bool is_date_range() const noexcept { return dated_; }
  /// The first day of a date range.
  const Deadline& start() const noexcept { return start_; }
  /// The parts of a compound.
  const std::vector<TargetPart>& parts() const noexcept { return parts_; }
  /// The text of a qualitative target.
  const std::string& text() const noexcept { return text_is_raw_ ? raw_ : text_; }
  /// The recognised category of a qualitative target.
  QualitativeCategory category() const noexcept { return category_; }
  /// True for comparison and range (a number to score against).
  bool is_quantitative() const noexcept { return kind_ == TargetKind::comparison || kind_ == TargetKind::range; }
  /// Scoring direction: ≥ > positive, ≤ < and deadlines negative, = and ranges equal,
  /// qualitative and compound none.
  Direction direction() const noexcept;

  /// Canonical spelling: `≥95%`, `≤90万元`, `90%–95%`, `2021-12-31前`,
  /// `工业≥90%，商贸服务业≥80%`, the text for qualitative targets.
  std::string to_string() const;

  /// Compares an actual quantity with this target: met or not and the completion
  /// ratio (487 against ≥500 → 0.974). Units convert when their dimensions match.
  Evaluation evaluate(const Quantity& actual) const;
  /// Compares a qualitative grade: met when achieved.
  Evaluation evaluate(Achievement actual) const;
  /// Compares a completion date with a deadline (met when on or before it; a deadline
  /// without a year compares month and day only) or a date range (met when inside).
  Evaluation evaluate(const Deadline& completed) const;

  /// Same meaning (raw text ignored).
  friend bool operator==(const Target& a, const Target& b) noexcept {
    return a.kind_ == b.kind_ && a.op_ == b.op_ && a.lo_ == b.lo_ && a.hi_ == b.hi_ &&
           a.deadline_ == b.deadline_ && a.start_ == b.start_ && a.dated_ == b.dated_ && a.parts_ == b.parts_ && a.text() == b.text() &&
           a.category_ == b.category_;
  }
  /// Negation of ==.
  friend bool operator!=(const Target& a, const Target& b) noexcept { return !(a == b); }

 private:
  Target(TargetKind kind, std::string raw) : kind_(kind), raw_(std::move(raw)) {}

  TargetKind kind_ = TargetKind::qualitative;
  Comparator op_ = Comparator::eq;
  std::string raw_;
  Quantity lo_;
  Quantity hi_;
  Deadline deadline_;
  Deadline start_;
  bool dated_ = false;
  std::vector<TargetPart> parts_;
  std::string text_;
  bool text_is_raw_ = false;  // a qualitative text equal to raw_ is not stored twice
  QualitativeCategory category_ = QualitativeCategory::free_text;
};

/// Writes the canonical spelling and, when different, the raw text.
std::ostream& operator<<(std::ostream& out, const Target& target);

}  // namespace jixiao
