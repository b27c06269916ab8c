// Report: ordering, counts and the grade rubric (its writers are in src/io/report_*.cpp).
#include <algorithm>

#include "jixiao/rules.hpp"

namespace jixiao {

const char* chinese_name(ReviewGrade grade) noexcept {
  switch (grade) {
    case ReviewGrade::excellent: return "优";
    case ReviewGrade::good: return "良";
    case ReviewGrade::fair: return "中";
    case ReviewGrade::poor: return "差";
  }
  return "差";
}

const char* to_string(ReviewGrade grade) noexcept {
  switch (grade) {
    case ReviewGrade::excellent: return "excellent";
    case ReviewGrade::good: return "good";
    case ReviewGrade::fair: return "fair";
    case ReviewGrade::poor: return "poor";
  }
  return "poor";
}

namespace {

// Sections in the order a form prints them, so findings read top to bottom.
int section_rank(std::string_view s) {
  static const char* order[] = {"unit_name", "year", "project", "goals", "budget", "key_tasks", "other_tasks",
                                "indicators", "metadata"};
  for (int i = 0; i < static_cast<int>(std::size(order)); ++i) {
    if (s == order[i]) return i;
  }
  return static_cast<int>(std::size(order));
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The next segment of a JSON pointer from position `pos` (just after a '/').
std::string_view next_segment(std::string_view path, std::size_t& pos) {
  const std::size_t j = path.find('/', pos);
  const std::string_view seg = path.substr(pos, j == std::string_view::npos ? std::string_view::npos : j - pos);
  pos = j == std::string_view::npos ? path.size() + 1 : j + 1;
  return seg;
}

// Compares two JSON pointers segment by segment: sections in form order, indices as
// numbers, other keys as text; a parent sorts before its children. No allocation.
int compare_paths(std::string_view a, std::string_view b) {
  std::size_t i = a.empty() ? 1 : 1;
  std::size_t j = 1;
  bool first = true;
  while (true) {
    const bool a_done = i > a.size();
    const bool b_done = j > b.size();
    if (a_done || b_done) return a_done && b_done ? 0 : a_done ? -1 : 1;
    const std::string_view x = next_segment(a, i);
    const std::string_view y = next_segment(b, j);
    if (x != y) {
      if (first) {
        const int rx = section_rank(x);
        const int ry = section_rank(y);
        if (rx != ry) return rx < ry ? -1 : 1;
      }
      if (all_digits(x) && all_digits(y) && x.size() != y.size()) return x.size() < y.size() ? -1 : 1;
      return x.compare(y) < 0 ? -1 : 1;
    }
    first = false;
  }
}

// 100 less the points of each finding, at least 0. `scale` < 0 keeps the points exact;
// otherwise each is rounded half-up to `scale` decimals first.
Decimal deduct(const std::vector<Finding>& findings, const ReviewRubric& rubric, int scale) {
  Decimal s(100);
  for (const auto& f : findings) {
    const Decimal& points = f.severity == Severity::error     ? rubric.error_points
                            : f.severity == Severity::warning ? rubric.warning_points
                                                              : rubric.info_points;
    // A finding never adds points: negative points (refused in a profile file, possible
    // through the C++ API) deduct nothing, so the score stays at most 100.
    if (points.is_negative()) continue;
    s -= scale < 0 ? points : points.round_to(scale, RoundingMode::half_up);
    if (s.is_negative()) return Decimal(0);
  }
  return s;
}

Decimal score_of(const std::vector<Finding>& findings, const ReviewRubric& rubric) {
  try {
    return deduct(findings, rubric, -1);
  } catch (const decimal_error&) {
    // Points of more decimals than 100 leaves room for (15): the score cannot be exact,
    // so each deduction is rounded to 15 decimals (docs/scoring.md) rather than throw.
    return deduct(findings, rubric, Decimal::max_scale - 3);
  }
}

}  // namespace

Report::Report(std::vector<Finding> findings, ReviewRubric rubric) : rubric_(rubric) {
  score_ = score_of(findings, rubric_);
  sort(std::move(findings));
}

Report::Report(std::vector<Finding> reading, std::vector<Finding> review, ReviewRubric rubric) : rubric_(rubric) {
  score_ = score_of(review, rubric_);
  read_with_loss_ = std::any_of(reading.begin(), reading.end(),
                                [](const Finding& f) { return f.severity != Severity::info; });
  review.insert(review.end(), std::make_move_iterator(reading.begin()), std::make_move_iterator(reading.end()));
  sort(std::move(review));
}

void Report::sort(std::vector<Finding> findings) {
  // Sort positions, then move each finding once (findings are large to move around).
  std::vector<std::size_t> order(findings.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
    const Finding& a = findings[x];
    const Finding& b = findings[y];
    const int c = compare_paths(a.location.path, b.location.path);
    if (c != 0) return c < 0;
    return a.rule_id < b.rule_id;
  });
  findings_.reserve(findings.size());
  for (const std::size_t i : order) findings_.push_back(std::move(findings[i]));
}

std::size_t Report::count(Severity severity) const noexcept {
  return static_cast<std::size_t>(
      std::count_if(findings_.begin(), findings_.end(), [&](const Finding& f) { return f.severity == severity; }));
}

ReviewGrade Report::grade() const {
  const Decimal s = score();
  ReviewGrade g = s >= rubric_.excellent_min ? ReviewGrade::excellent
                  : s >= rubric_.good_min    ? ReviewGrade::good
                  : s >= rubric_.fair_min    ? ReviewGrade::fair
                                             : ReviewGrade::poor;
  const bool capped = (rubric_.error_caps_at_good && !ok()) || read_with_loss_;
  if (capped && g == ReviewGrade::excellent) g = ReviewGrade::good;
  return g;
}

}  // namespace jixiao
