// Target: names of the enums, direction, canonical spelling.
#include "jixiao/target.hpp"

#include <ostream>

namespace jixiao {

const char* to_string(Comparator op) noexcept {
  switch (op) {
    case Comparator::ge: return ">=";
    case Comparator::gt: return ">";
    case Comparator::le: return "<=";
    case Comparator::lt: return "<";
    case Comparator::eq: return "=";
  }
  return "=";
}

const char* symbol(Comparator op) noexcept {
  switch (op) {
    case Comparator::ge: return "≥";
    case Comparator::gt: return ">";
    case Comparator::le: return "≤";
    case Comparator::lt: return "<";
    case Comparator::eq: return "=";
  }
  return "=";
}

const char* to_string(Direction direction) noexcept {
  switch (direction) {
    case Direction::positive: return "positive";
    case Direction::negative: return "negative";
    case Direction::equal: return "equal";
    case Direction::none: return "none";
  }
  return "none";
}

const char* to_string(TargetKind kind) noexcept {
  switch (kind) {
    case TargetKind::comparison: return "quantitative";
    case TargetKind::range: return "range";
    case TargetKind::deadline: return "deadline";
    case TargetKind::compound: return "compound";
    case TargetKind::qualitative: return "qualitative";
  }
  return "qualitative";
}

const char* to_string(Achievement achievement) noexcept {
  switch (achievement) {
    case Achievement::achieved: return "achieved";
    case Achievement::partially_achieved: return "partially_achieved";
    case Achievement::not_achieved: return "not_achieved";
  }
  return "not_achieved";
}

const char* to_string(QualitativeCategory category) noexcept {
  switch (category) {
    case QualitativeCategory::free_text: return "free_text";
    case QualitativeCategory::yes_no: return "yes_no";
    case QualitativeCategory::achievement: return "achievement";
    case QualitativeCategory::scale_word: return "scale_word";
    case QualitativeCategory::direction_up: return "direction_up";
    case QualitativeCategory::direction_down: return "direction_down";
    case QualitativeCategory::compliance: return "compliance";
    case QualitativeCategory::effect: return "effect";
  }
  return "free_text";
}

Direction Target::direction() const noexcept {
  switch (kind_) {
    case TargetKind::comparison:
      switch (op_) {
        case Comparator::ge:
        case Comparator::gt: return Direction::positive;
        case Comparator::le:
        case Comparator::lt: return Direction::negative;
        case Comparator::eq: return Direction::equal;
      }
      return Direction::equal;
    case TargetKind::range: return Direction::equal;
    case TargetKind::deadline: return Direction::negative;
    case TargetKind::compound:
    case TargetKind::qualitative: return Direction::none;
  }
  return Direction::none;
}

namespace {

void append_quantity(std::string& out, const Quantity& q) {
  out += q.value.to_string();
  out += q.unit.symbol();
}

// 12月31日 (no year) or 2021-12-31.
void append_date(std::string& out, const Deadline& d) {
  if (d.year && !d.every_year) {
    out += d.iso();
  } else {
    out += std::to_string(d.month);
    out += "月";
    out += std::to_string(d.day);
    out += "日";
  }
}

}  // namespace

std::string Target::to_string() const {
  std::string out;
  switch (kind_) {
    case TargetKind::comparison:
      out += symbol(op_);
      append_quantity(out, lo_);
      break;
    case TargetKind::range:
      if (dated_) {
        if (start_.every_year) out += "每年";
        append_date(out, start_);
        out += "至";
        append_date(out, deadline_);
      } else {
        // 年 and 月 once, at the end: `2月–12月` would read as a date range.
        if (lo_.unit == hi_.unit && (lo_.unit.symbol() == "年" || lo_.unit.symbol() == "月")) {
          out += lo_.value.to_string();
          out += "–";
          append_quantity(out, hi_);
        } else {
          append_quantity(out, lo_);
          out += "–";
          append_quantity(out, hi_);
        }
      }
      break;
    case TargetKind::deadline:
      if (deadline_.every_year) out += "每年";
      append_date(out, deadline_);
      out += "前";
      break;
    case TargetKind::compound:
      for (std::size_t i = 0; i < parts_.size(); ++i) {
        if (i > 0) out += "，";
        out += parts_[i].label;
        out += symbol(parts_[i].op);
        append_quantity(out, parts_[i].quantity);
      }
      break;
    case TargetKind::qualitative:
      out = text();
      break;
  }
  return out;
}

std::ostream& operator<<(std::ostream& out, const Target& target) {
  const std::string canonical = target.to_string();
  out << canonical;
  if (!target.raw().empty() && target.raw() != canonical) out << " (" << target.raw() << ')';
  return out;
}

}  // namespace jixiao
