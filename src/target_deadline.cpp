// Deadlines (完成时限) and date ranges: the date grammar and Deadline::iso.
#include <cstdio>
#include <string>

#include "target_grammar.hpp"

namespace jixiao {

std::string Deadline::iso() const {
  char buf[32];
  if (year) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", *year, month, day);
  } else {
    std::snprintf(buf, sizeof buf, "--%02d-%02d", month, day);
  }
  return buf;
}

namespace detail {

int days_in_month(std::optional<int> year, int month) noexcept {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  if (month == 2 && year && ((*year % 4 == 0 && *year % 100 != 0) || *year % 400 == 0)) return 29;
  return kDays[month - 1];
}

namespace {

// A date as written: each field optional; the grammar fills in the day from context
// (first day for a range start, last day otherwise).
struct DateParts {
  std::optional<int> year;
  int month = 0;  // 0: not written (year only)
  int day = 0;    // 0: not written
  bool end_of_month = false;  // 底, 末, 下旬
  bool numeric = false;       // written 2021.12 / 2021-12-31 / 2021/12
  std::size_t begin = 0;
  std::size_t end = 0;
};

class Cursor {
 public:
  Cursor(std::string_view s, std::size_t i, std::size_t e) : s_(s), i_(i), e_(e) {}
  void skip_spaces() noexcept {
    while (i_ < e_ && s_[i_] == ' ') ++i_;
  }
  bool at_end() noexcept {
    skip_spaces();
    return i_ >= e_;
  }
  bool eat(std::string_view word) noexcept {
    skip_spaces();
    if (i_ + word.size() <= e_ && has_at(s_, i_, word)) {
      i_ += word.size();
      return true;
    }
    return false;
  }
  // Up to max_digits ASCII digits; returns -1 when there are none.
  int digits(int max_digits, int& count) noexcept {
    skip_spaces();
    int value = 0;
    count = 0;
    while (i_ < e_ && count < max_digits && s_[i_] >= '0' && s_[i_] <= '9') {
      value = value * 10 + (s_[i_] - '0');
      ++i_;
      ++count;
    }
    if (count == 0) return -1;
    return value;
  }
  // All the digits here (leading zeros allowed: `002月` is month 2), saturating, so
  // that the value decides what they are; -1 when there are none.
  int number(int& count) noexcept {
    skip_spaces();
    int value = 0;
    count = 0;
    while (i_ < e_ && s_[i_] >= '0' && s_[i_] <= '9') {
      value = value > 100000 ? value : value * 10 + (s_[i_] - '0');
      ++i_;
      ++count;
    }
    return count == 0 ? -1 : value;
  }
  bool next_is_digit() noexcept {
    skip_spaces();
    return i_ < e_ && s_[i_] >= '0' && s_[i_] <= '9';
  }
  std::size_t pos() const noexcept { return i_; }
  void set(std::size_t i) noexcept { i_ = i; }

 private:
  std::string_view s_;
  std::size_t i_;
  std::size_t e_;
};

bool plausible_year(int y) noexcept { return y >= 1900 && y <= 2100; }

// Day words after a month: 底/末/上旬/中旬/下旬.
void read_day_word(Cursor& c, DateParts& d) {
  if (c.eat("底") || c.eat("末") || c.eat("下旬")) {
    d.end_of_month = true;
  } else if (c.eat("上旬")) {
    d.day = 10;
  } else if (c.eat("中旬")) {
    d.day = 20;
  }
}

// What may follow M月: [份], then D日 / D号 or a day word. A number with neither 日 nor
// 号 after it is not a day: the cursor stays before it.
void read_day_after_month(Cursor& c, DateParts& d) {
  c.eat("份");
  if (!c.next_is_digit()) {
    read_day_word(c, d);
    return;
  }
  const std::size_t day_at = c.pos();
  int n = 0;
  const int day = c.number(n);
  if (c.eat("日") || c.eat("号")) {
    d.day = day;
  } else {
    c.set(day_at);
  }
}

// One date at the cursor. Returns no (cursor unchanged) when the text there is not a date.
Match read_date(Cursor& c, DateParts& d, bool& impossible) {
  const std::size_t start = c.pos();
  c.skip_spaces();
  d = DateParts{};
  d.begin = c.pos();
  impossible = false;
  if (c.eat("--")) {  // canonical year-less ISO: --MM-DD
    int n = 0;
    const int m = c.digits(2, n);
    if (m < 0 || n != 2 || !c.eat("-")) {
      c.set(start);
      return Match::no;
    }
    const int day = c.digits(2, n);
    if (day < 0 || n != 2) {
      c.set(start);
      return Match::no;
    }
    d.month = m;
    d.day = day;
    d.end = c.pos();
    return Match::yes;
  }
  if (c.eat("年底") || c.eat("年末")) {
    d.month = 12;
    d.end_of_month = true;
    d.end = c.pos();
    return Match::yes;
  }
  if (c.eat("上半年")) {
    d.month = 6;
    d.end_of_month = true;
    d.end = c.pos();
    return Match::yes;
  }
  if (!c.next_is_digit()) {
    c.set(start);
    return Match::no;
  }
  int n = 0;
  const std::size_t number_at = c.pos();
  const int first = c.digits(4, n);
  if (n == 4 && !c.next_is_digit() && plausible_year(first)) {
    const std::size_t after_year = c.pos();
    if (c.eat("年")) {
      d.year = first;
      // `2025年底`, and `2025年年底` with the year written twice.
      if (c.eat("底") || c.eat("末") || c.eat("年底") || c.eat("年末")) {
        d.month = 12;
        d.end_of_month = true;
      } else if (c.eat("上半年")) {
        d.month = 6;
        d.end_of_month = true;
      } else if (c.eat("度") || c.eat("全年")) {  // 2024年度, 2021年全年: the year
      } else if (c.next_is_digit()) {
        const std::size_t month_at = c.pos();
        const int m = c.number(n);
        if (!c.eat("月")) {  // 2021年3次? not a date
          c.set(month_at);
          d.end = c.pos();
          c.set(start);
          return Match::no;
        }
        d.month = m;
        read_day_after_month(c, d);
      }
      d.end = c.pos();
      if (d.month != 0 && (d.month < 1 || d.month > 12)) impossible = true;
      return Match::yes;
    }
    for (const char* sep : {".", "-", "/"}) {
      if (!c.eat(sep)) continue;
      const int m = c.number(n);
      if (m < 1 || m > 12) {
        c.set(start);
        return Match::no;
      }
      d.year = first;
      d.month = m;
      d.numeric = true;
      const std::size_t after_month = c.pos();
      if (c.eat(sep) && c.next_is_digit()) {
        const int day = c.number(n);
        d.day = day;
      } else {
        c.set(after_month);
      }
      d.end = c.pos();
      return Match::yes;
    }
    c.set(after_year);
  }
  // Month without a year: M月[D日|底|末|旬].
  c.set(number_at);
  const int m = c.number(n);
  if (m >= 0 && !c.next_is_digit() && c.eat("月")) {
    d.month = m;
    read_day_after_month(c, d);
    d.end = c.pos();
    if (m < 1 || m > 12) {  // `13月`, `100月`: a number of months, not a calendar month
      c.set(start);
      return Match::no;
    }
    return Match::yes;
  }
  c.set(start);
  return Match::no;
}

// Fills a Deadline: the first day of the period for a range start, else the last.
bool to_deadline(const DateParts& d, bool as_start, Deadline& out) {
  out.year = d.year;
  out.month = d.month == 0 ? (as_start ? 1 : 12) : d.month;
  if (out.month < 1 || out.month > 12) return false;
  const int last = days_in_month(d.year ? d.year : std::nullopt, out.month);
  if (d.day != 0) {
    const int limit = d.year ? last : (out.month == 2 ? 29 : last);
    if (d.day < 1 || d.day > limit) return false;
    out.day = d.day;
  } else if (d.end_of_month || !as_start) {
    out.day = last;
  } else {
    out.day = 1;
  }
  return true;
}

// `M.D` (or `M/D`) without a year, the second end of a dotted day-precise range
// (2024.1.1-12.31); false (cursor unchanged) when the text there is not that.
bool read_month_day(Cursor& c, DateParts& d) {
  const std::size_t start = c.pos();
  c.skip_spaces();
  d = DateParts{};
  d.begin = c.pos();
  int n = 0;
  const int m = c.number(n);
  const bool sep = m >= 1 && m <= 12 && (c.eat(".") || c.eat("/"));
  const int day = sep ? c.number(n) : -1;
  if (day < 0) {
    c.set(start);
    return false;
  }
  d.month = m;
  d.day = day;
  d.numeric = true;
  d.end = c.pos();
  return true;
}

// The second end of a date range after the first: a separator (- -- ~ 至 到; `--` as
// 2023年1月--2023年12月 writes it), then a date, or `M.D` when the first is a dotted
// day-precise date. False (cursor unchanged) when no second date follows.
bool read_second_date(Cursor& c, const DateParts& first, DateParts& second, bool& impossible) {
  const std::size_t save = c.pos();
  const bool sep = c.eat("--") || c.eat("-") || c.eat("~") || c.eat("至") || c.eat("到");
  if (sep && read_date(c, second, impossible) == Match::yes) return true;
  if (sep && first.numeric && first.day != 0 && read_month_day(c, second)) return true;
  c.set(save);
  if (c.eat("-") && read_date(c, second, impossible) == Match::yes) return true;  // -, then a canonical --MM-DD
  c.set(save);
  return false;
}

constexpr std::string_view kPrefixes[] = {"每年", "当年", "本年", "同年", "次年", "截止到", "截止至", "截至", "截止", "不晚于", "不迟于", "最迟于", "最迟",
                                          "最晚", "计划于", "预计于", "预计", "力争于", "力争", "于", "在", "≤", "<="};
constexpr std::string_view kBefore[] = {"之前", "以前", "前", "为止", "止", "以内", "内"};
constexpr std::string_view kTrailers[] = {"全部完成", "前完成", "完成", "完工", "竣工", "办结", "结束", "实施完毕", "到位",
                                          "验收", "上线", "投入使用", "交付"};

}  // namespace

Match parse_date_target(const NormText& text, std::size_t begin, std::size_t end, Target& out, Diagnostic& diag) {
  const std::string_view s = text.view();
  Cursor c(s, begin, end);
  bool every_year = false;
  bool any_prefix = false;
  bool symbol_prefix = false;
  for (bool again = true; again;) {
    again = false;
    for (std::string_view p : kPrefixes) {
      if (c.eat(p)) {
        if (p == "每年") every_year = true;
        // ≤ alone does not make `≤12月` a date: it may be a duration in months.
        if (p != "≤" && p != "<=") {
          any_prefix = true;
        } else {
          symbol_prefix = true;
        }
        again = true;
        break;
      }
    }
  }
  DateParts first;
  bool impossible = false;
  // A month range inside one year: [YYYY年]M-M月 (2021年1-12月, 1-12月).
  DateParts second;
  bool ranged = false;
  bool impossible2 = false;
  {
    const std::size_t save = c.pos();
    c.skip_spaces();
    DateParts head;
    head.begin = c.pos();
    int n = 0;
    const int y = c.digits(4, n);
    bool year_ok = n == 4 && plausible_year(y) && c.eat("年");
    if (year_ok) {
      head.year = y;
    } else {
      c.set(save);
      c.skip_spaces();
    }
    const std::size_t m1_at = c.pos();
    const int m1 = c.number(n);
    if (m1 >= 1 && m1 <= 12 && !c.next_is_digit() && (c.eat("-") || c.eat("~") || c.eat("至") || c.eat("到"))) {
      const int m2 = c.number(n);
      if (m2 >= 1 && m2 <= 12 && !c.next_is_digit() && c.eat("月")) {
        first = head;
        first.month = m1;
        first.end = m1_at;
        second.begin = m1_at;
        second.month = m2;
        second.end = c.pos();
        ranged = true;
      }
    }
    if (!ranged) c.set(save);
  }
  if (!ranged && read_date(c, first, impossible) != Match::yes) return Match::no;
  if (!ranged) ranged = read_second_date(c, first, second, impossible2);
  bool before = false;
  for (std::string_view b : kBefore) {
    if (c.eat(b)) {
      before = true;
      break;
    }
  }
  for (bool again = true; again;) {
    again = false;
    for (std::string_view t : kTrailers) {
      if (c.eat(t)) {
        again = true;
        break;
      }
    }
  }
  if (!c.at_end()) return Match::no;
  // `12月` alone is a calendar month (a duration is written 个月), but `≤12月` compares
  // a number of months: after ≤ a date needs a year, a day, 底/末 or a 前/完成 word.
  const bool strong = first.year || first.day != 0 || first.end_of_month || before || any_prefix || ranged ||
                      c.pos() > first.end || !symbol_prefix;
  if (!strong) return Match::no;
  // `≤2020.02` is a number bound (as `不高于2020.02` is); only a date written with
  // 年/月/日 follows ≤.
  if (symbol_prefix && first.numeric) return Match::no;
  if (every_year && first.year) return Match::no;

  auto fail = [&](const DateParts& d) {
    const std::size_t ob = text.origin(d.begin);
    const std::size_t oe = text.origin_end(d.begin, d.end);
    diag = make_diagnostic(text.original(), ob, oe - ob, "jixiao.target.bad_date", "impossible date");
    return Match::error;
  };
  if (!ranged) {
    Deadline d;
    if (impossible || !to_deadline(first, false, d)) return fail(first);
    d.every_year = every_year;
    out = Target::deadline(d);
    return Match::yes;
  }
  if (!second.year) second.year = first.year;
  Deadline from;
  Deadline to;
  if (impossible || !to_deadline(first, true, from)) return fail(first);
  if (impossible2 || !to_deadline(second, false, to)) return fail(second);
  if (from.year.has_value() != to.year.has_value()) return fail(second);
  const long a = (from.year.value_or(0) * 12L + from.month) * 31 + from.day;
  const long b = (to.year.value_or(0) * 12L + to.month) * 31 + to.day;
  if (a > b) {
    const std::size_t ob = text.origin(first.begin);
    const std::size_t oe = text.origin_end(first.begin, second.end);
    diag = make_diagnostic(text.original(), ob, oe - ob, "jixiao.target.bad_range", "date range ends before it starts");
    return Match::error;
  }
  from.every_year = every_year;
  to.every_year = every_year;
  out = Target::date_range(from, to);
  return Match::yes;
}

}  // namespace detail
}  // namespace jixiao
