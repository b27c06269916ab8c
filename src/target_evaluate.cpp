// Target::evaluate: met / not met and the exact completion ratio.
#include <string>

#include "jixiao/target.hpp"

namespace jixiao {
namespace {

Diagnostic note(const char* code, std::string message) {
  Diagnostic d;
  d.code = code;
  d.message = std::move(message);
  return d;
}

// numerator / denominator at ratio_scale, half-up, recording whether it was exact.
void set_ratio(Evaluation& ev, const Decimal& numerator, const Decimal& denominator) {
  if (denominator.is_zero()) {
    ev.diagnostics.push_back(note("jixiao.evaluate.division_by_zero", "completion ratio undefined: division by zero"));
    return;
  }
  try {
    const Decimal down = divide(numerator, denominator, Evaluation::ratio_scale, RoundingMode::down);
    const Decimal up = divide(numerator, denominator, Evaluation::ratio_scale, RoundingMode::up);
    ev.ratio = divide(numerator, denominator, Evaluation::ratio_scale, RoundingMode::half_up);
    ev.ratio_exact = down.identical(up);
  } catch (const error&) {
    ev.diagnostics.push_back(note("jixiao.evaluate.overflow", "completion ratio does not fit a Decimal"));
  }
}

// The actual value in the target's unit: a bare number is taken in the target's unit.
bool align(const Quantity& actual, const Quantity& target, Decimal& out, Evaluation& ev) {
  if (actual.unit.empty() || target.unit.empty() || actual.unit == target.unit) {
    out = actual.value;
    return true;
  }
  const auto converted = actual.convert_to(target.unit);
  if (!converted) {
    ev.diagnostics.push_back(note("jixiao.evaluate.incompatible_units", "cannot convert " + actual.unit.symbol() +
                                                                            " to " + target.unit.symbol() + " exactly"));
    return false;
  }
  out = converted->value;
  return true;
}

bool satisfies(const Decimal& a, Comparator op, const Decimal& x) {
  switch (op) {
    case Comparator::ge: return a >= x;
    case Comparator::gt: return a > x;
    case Comparator::le: return a <= x;
    case Comparator::lt: return a < x;
    case Comparator::eq: return a == x;
  }
  return false;
}

long day_number(const Deadline& d, bool with_year) {
  return ((with_year ? d.year.value_or(0) : 0) * 12L + d.month) * 31 + d.day;
}

}  // namespace

Evaluation Target::evaluate(const Quantity& actual) const {
  Evaluation ev;
  switch (kind_) {
    case TargetKind::comparison: {
      Decimal a;
      if (!align(actual, lo_, a, ev)) return ev;
      ev.met = satisfies(a, op_, lo_.value);
      // 正向 (and =): actual / target; 反向: target / actual.
      if (op_ == Comparator::le || op_ == Comparator::lt) {
        set_ratio(ev, lo_.value, a);
      } else {
        set_ratio(ev, a, lo_.value);
      }
      return ev;
    }
    case TargetKind::range: {
      if (dated_) {
        ev.diagnostics.push_back(note("jixiao.evaluate.kind", "a date range is evaluated with a completion date"));
        return ev;
      }
      Decimal a;
      Decimal a_hi;
      if (!align(actual, lo_, a, ev) || !align(actual, hi_, a_hi, ev)) return ev;
      ev.met = a >= lo_.value && a_hi <= hi_.value;
      // Inside: 1; below: actual / lo; above: hi / actual.
      if (ev.met) {
        ev.ratio = Decimal(1).round_to(Evaluation::ratio_scale, RoundingMode::half_up);
      } else if (a < lo_.value) {
        set_ratio(ev, a, lo_.value);
      } else {
        set_ratio(ev, hi_.value, a_hi);
      }
      return ev;
    }
    case TargetKind::deadline:
      ev.diagnostics.push_back(note("jixiao.evaluate.kind", "a deadline is evaluated with a completion date"));
      return ev;
    case TargetKind::compound:
      ev.diagnostics.push_back(note("jixiao.evaluate.kind", "a compound target is evaluated part by part"));
      return ev;
    case TargetKind::qualitative:
      ev.diagnostics.push_back(note("jixiao.evaluate.kind", "a qualitative target is evaluated with a grade"));
      return ev;
  }
  return ev;
}

Evaluation Target::evaluate(Achievement actual) const {
  Evaluation ev;
  if (kind_ != TargetKind::qualitative) {
    ev.diagnostics.push_back(note("jixiao.evaluate.kind", "only a qualitative target is evaluated with a grade"));
    return ev;
  }
  ev.achievement = actual;
  ev.met = actual == Achievement::achieved;
  return ev;
}

Evaluation Target::evaluate(const Deadline& completed) const {
  Evaluation ev;
  const bool is_deadline = kind_ == TargetKind::deadline;
  if (!is_deadline && !dated_) {
    ev.diagnostics.push_back(note("jixiao.evaluate.kind", "only a deadline or a date range is evaluated with a date"));
    return ev;
  }
  const bool with_year = deadline_.year.has_value() && completed.year.has_value() && !deadline_.every_year;
  if (deadline_.year && !completed.year) {
    ev.diagnostics.push_back(note("jixiao.evaluate.no_year", "completion date without a year: compared by month and day"));
  }
  const long done = day_number(completed, with_year);
  ev.met = done <= day_number(deadline_, with_year);
  if (dated_) ev.met = ev.met && done >= day_number(start_, with_year && start_.year.has_value());
  return ev;
}

}  // namespace jixiao
