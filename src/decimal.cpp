// Decimal: the parts that need not be inline (text, division, hashing).
#include "jixiao/decimal.hpp"

#include <boost/multiprecision/cpp_int.hpp>

#include <functional>  // std::hash<std::int64_t>
#include <ostream>

namespace jixiao {

namespace detail {
void throw_decimal(const char* code, const std::string& message) { throw decimal_error(code, message); }
}  // namespace detail

namespace {

using detail::int128;
using int256 = boost::multiprecision::int256_t;  // only for a × 10^e that passes 10^38

constexpr int128 max_coef = Decimal::max_coefficient;
constexpr int max_digits = 18;  // significant digits of a coefficient, digits before the point

// Rounds (c_num × 10^shift) / c_den, where shift may be negative (then it scales the
// denominator). Chooses 128-bit arithmetic when it cannot overflow, else 256-bit.
int128 scaled_quotient(std::int64_t c_num, int shift, int128 c_den, RoundingMode mode) {
  if (c_den < 0) {
    c_den = -c_den;
    c_num = -c_num;
  }
  if (shift < 0) return detail::round_div<int128>(c_num, c_den * detail::pow10_i128(-shift), mode);
  if (shift <= 19) return detail::round_div<int128>(static_cast<int128>(c_num) * detail::pow10_i128(shift), c_den, mode);
  int256 n = int256(static_cast<long long>(c_num));
  for (int i = 0; i < shift; ++i) n *= 10;
  const int256 d = int256(static_cast<long long>(c_den));  // shift >= 0 here: c_den is a coefficient
  int256 q = detail::round_div<int256>(n, d, mode);
  if (q > int256(static_cast<long long>(Decimal::max_coefficient)) ||
      q < -int256(static_cast<long long>(Decimal::max_coefficient))) {
    detail::throw_decimal("jixiao.decimal.overflow", "quotient has more than 18 significant digits");
  }
  return static_cast<int128>(static_cast<long long>(q));
}

Decimal from_wide_checked(int128 c, int scale) {
  if (c > max_coef || c < -max_coef) detail::throw_decimal("jixiao.decimal.overflow", "result has more than 18 significant digits");
  return Decimal::from_parts(static_cast<std::int64_t>(c), scale);
}

void check_scale(int scale) {
  if (scale < 0 || scale > Decimal::max_scale) detail::throw_decimal("jixiao.decimal.scale", "scale outside 0..18");
}

// ---- parsing -------------------------------------------------------------------

// Reads one "character" at i: ASCII, or a full-width form mapped to ASCII, or a space.
// Returns the ASCII equivalent (0 for anything else) and its byte length.
struct Glyph {
  char ascii;
  std::size_t length;
};

Glyph read_glyph(std::string_view s, std::size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return {static_cast<char>(b0), 1};
  std::size_t len = (b0 >= 0xF0) ? 4 : (b0 >= 0xE0) ? 3 : (b0 >= 0xC0) ? 2 : 1;
  if (i + len > s.size()) len = s.size() - i;
  if (len == 3) {
    const auto b1 = static_cast<unsigned char>(s[i + 1]);
    const auto b2 = static_cast<unsigned char>(s[i + 2]);
    if (b0 == 0xEF && b1 == 0xBC && b2 >= 0x90 && b2 <= 0x99) return {static_cast<char>('0' + (b2 - 0x90)), 3};
    if (b0 == 0xEF && b1 == 0xBC && b2 == 0x8C) return {',', 3};  // ，
    if (b0 == 0xEF && b1 == 0xBC && b2 == 0x8E) return {'.', 3};  // ．
    if (b0 == 0xEF && b1 == 0xBC && b2 == 0x8B) return {'+', 3};  // ＋
    if (b0 == 0xEF && b1 == 0xBC && b2 == 0x8D) return {'-', 3};  // －
    if (b0 == 0xE2 && b1 == 0x88 && b2 == 0x92) return {'-', 3};  // − minus sign
    if (b0 == 0xE3 && b1 == 0x80 && b2 == 0x80) return {' ', 3};  // ideographic space
  }
  if (len == 2 && b0 == 0xC2 && static_cast<unsigned char>(s[i + 1]) == 0xA0) return {' ', 2};  // NBSP
  return {0, len};
}

// The offending text as a message may quote it: itself when it is valid text
// (text.hpp), else its bytes spelled \xHH (a broken sequence or a control character
// quoted as it is would make every report that carries the message invalid).
std::string quotable(std::string_view s) {
  if (is_valid_text(s)) return std::string(s);
  static const char hex[] = "0123456789ABCDEF";
  std::string out;
  for (const char ch : s) {
    const auto b = static_cast<unsigned char>(ch);
    out += "\\x";
    out += hex[b >> 4];
    out += hex[b & 0xF];
  }
  return out;
}

Diagnostic make_diag(std::string_view text, std::size_t offset, std::size_t length, const char* code,
                     const std::string& what) {
  Diagnostic d;
  d.code = code;
  d.offset = offset;
  d.text = quotable(text.substr(offset, length));
  d.column = utf8_column(std::string(text), offset);
  d.message = what + (d.text.empty() ? std::string() : " \"" + d.text + "\"") + " at column " +
              std::to_string(d.column);
  return d;
}

}  // namespace

const char* to_string(RoundingMode mode) noexcept {
  switch (mode) {
    case RoundingMode::half_up: return "half_up";
    case RoundingMode::half_even: return "half_even";
    case RoundingMode::half_down: return "half_down";
    case RoundingMode::up: return "up";
    case RoundingMode::down: return "down";
    case RoundingMode::ceiling: return "ceiling";
    case RoundingMode::floor: return "floor";
    case RoundingMode::zero_five_up: return "05up";
  }
  return "?";
}

template <>
std::optional<RoundingMode> from_string<RoundingMode>(std::string_view name) {
  static constexpr RoundingMode all[] = {RoundingMode::half_up, RoundingMode::half_even, RoundingMode::half_down,
                                         RoundingMode::up,      RoundingMode::down,      RoundingMode::ceiling,
                                         RoundingMode::floor,   RoundingMode::zero_five_up};
  for (RoundingMode m : all) {
    if (name == to_string(m)) return m;
  }
  return std::nullopt;
}

Parsed<Decimal> detail::parse_full(std::string_view text) {
  const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  // Trim surrounding spaces (ASCII, U+3000, NBSP), decoding forward so that a stray
  // byte is never mistaken for the tail of a space.
  std::size_t begin = 0;
  while (begin < text.size()) {
    const Glyph g = read_glyph(text, begin);
    if (!is_space(g.ascii)) break;
    begin += g.length;
  }
  std::size_t end = begin;
  for (std::size_t i = begin; i < text.size();) {
    const Glyph g = read_glyph(text, i);
    i += g.length;
    if (!is_space(g.ascii)) end = i;
  }
  if (begin == end) return make_diag(text, end, 0, "jixiao.decimal.empty", "no number in the text");

  std::size_t i = begin;
  bool negative = false;
  {
    const Glyph g = read_glyph(text, i);
    if (g.ascii == '+' || g.ascii == '-') {
      negative = g.ascii == '-';
      i += g.length;
    }
  }
  std::int64_t coef = 0;
  int significant = 0;     // digits of the coefficient, leading zeros not counted
  int int_digits = 0;      // digits before the point, leading zeros counted
  int frac_digits = 0;     // digits after the point (the scale)
  int first_group = 0;     // digits before the first separator
  bool first_is_zero = false;
  int group = -1;          // digits since the last separator; -1 before the first
  bool point = false;
  while (i < end) {
    const Glyph g = read_glyph(text, i);
    const char c = g.ascii;
    if (c >= '0' && c <= '9') {
      if (!point) {
        ++int_digits;
        if (group < 0) {
          if (first_group++ == 0) first_is_zero = c == '0';
        } else if (++group > 3) {
          return make_diag(text, i, g.length, "jixiao.decimal.bad_grouping", "a thousands group has more than 3 digits at");
        }
      } else {
        ++frac_digits;
      }
      if (significant > 0 || c != '0') ++significant;
      if (significant > max_digits || int_digits > max_digits) {
        return make_diag(text, i, g.length, "jixiao.decimal.too_many_digits", "more than 18 digits, from");
      }
      if (frac_digits > Decimal::max_scale) {
        return make_diag(text, i, g.length, "jixiao.decimal.scale", "more than 18 digits after the point, from");
      }
      coef = coef * 10 + (c - '0');
    } else if (c == ',' && !point) {
      if (int_digits == 0) return make_diag(text, i, g.length, "jixiao.decimal.bad_grouping", "thousands separator before any digit");
      if (group < 0 && (first_group > 3 || first_is_zero)) {
        return make_diag(text, i, g.length, "jixiao.decimal.bad_grouping",
                         first_is_zero ? "thousands separator after a leading zero" : "first thousands group has more than 3 digits before");
      }
      if (group >= 0 && group != 3) return make_diag(text, i, g.length, "jixiao.decimal.bad_grouping", "thousands group of " + std::to_string(group) + " digits before");
      group = 0;
    } else if (c == '.' && !point) {
      if (group >= 0 && group != 3) return make_diag(text, i, g.length, "jixiao.decimal.bad_grouping", "thousands group of " + std::to_string(group) + " digits before");
      point = true;
    } else {
      const char* what = (c == '+' || c == '-') ? "unexpected sign" : (c == ' ' || is_space(c)) ? "unexpected space" : "unexpected character";
      return make_diag(text, i, g.length, "jixiao.decimal.bad_character", what);
    }
    i += g.length;
  }
  if (group >= 0 && !point && group != 3) {
    return make_diag(text, end, 0, "jixiao.decimal.bad_grouping", "last thousands group has " + std::to_string(group) + " digits");
  }
  if (int_digits == 0 && frac_digits == 0) return make_diag(text, end, 0, "jixiao.decimal.missing_digits", "no digits");
  if (point && frac_digits == 0) return make_diag(text, end, 0, "jixiao.decimal.missing_digits", "no digit after the decimal point");
  return Decimal::from_parts(negative ? -coef : coef, frac_digits);
}

std::string Decimal::to_string() const {
  const bool negative = coefficient_ < 0;
  // |INT64_MIN| is out of range by construction, so negating is safe.
  std::string digits = std::to_string(negative ? -coefficient_ : coefficient_);
  if (scale_ > 0) {
    if (static_cast<int>(digits.size()) <= scale_) digits.insert(0, static_cast<std::size_t>(scale_ + 1) - digits.size(), '0');
    digits.insert(digits.size() - static_cast<std::size_t>(scale_), 1, '.');
  }
  return negative ? "-" + digits : digits;
}

std::string Decimal::format(bool grouping, int scale, RoundingMode mode) const {
  std::string s = round_to(scale, mode).to_string();
  if (!grouping) return s;
  const std::size_t start = (!s.empty() && s[0] == '-') ? 1 : 0;
  std::size_t point = s.find('.');
  if (point == std::string::npos) point = s.size();
  for (std::size_t pos = point; pos > start + 3; pos -= 3) s.insert(pos - 3, 1, ',');
  return s;
}

std::size_t Decimal::hash() const noexcept {
  const Decimal n = normalized();
  const std::size_t h1 = std::hash<std::int64_t>{}(n.coefficient_);
  return h1 ^ (static_cast<std::size_t>(n.scale_) * 0x9E3779B97F4A7C15ULL + (h1 << 6) + (h1 >> 2));
}

Decimal divide(const Decimal& a, const Decimal& b, int scale, RoundingMode mode) {
  check_scale(scale);
  if (b.is_zero()) detail::throw_decimal("jixiao.decimal.division_by_zero", "division by zero");
  // a/b at scale s: a.c × 10^(s + b.s − a.s) / b.c
  return from_wide_checked(scaled_quotient(a.coefficient(), scale + b.scale() - a.scale(), b.coefficient(), mode), scale);
}

Decimal detail::multiply_wide(Decimal a, Decimal b, int scale, RoundingMode mode) {
  check_scale(scale);
  const int128 p = static_cast<int128>(a.coefficient()) * b.coefficient();
  const int exact = a.scale() + b.scale();
  if (scale >= exact) {
    const int grow = scale - exact;
    // |p| < 10^36; growing it can only fit 18 digits when p is small, so check first.
    int128 c = p;
    for (int i = 0; i < grow; ++i) {
      if (c > max_coef || c < -max_coef) break;
      c *= 10;
    }
    return from_wide_checked(c, scale);
  }
  return from_wide_checked(detail::round_div<int128>(p, detail::pow10_i128(exact - scale), mode), scale);
}

Decimal percent_of(const Decimal& part, const Decimal& whole, int scale, RoundingMode mode) {
  check_scale(scale);
  if (whole.is_zero()) detail::throw_decimal("jixiao.decimal.division_by_zero", "percent of a zero whole");
  return from_wide_checked(
      scaled_quotient(part.coefficient(), scale + whole.scale() - part.scale() + 2, whole.coefficient(), mode), scale);
}

Decimal yuan_to_wan(const Decimal& yuan) {
  const Decimal n = yuan.scale() + 4 > Decimal::max_scale ? yuan.normalized() : yuan;
  if (n.scale() + 4 > Decimal::max_scale) detail::throw_decimal("jixiao.decimal.scale", "元 amount has too many decimals to express in 万元");
  return Decimal::from_parts(n.coefficient(), n.scale() + 4);
}

Decimal wan_to_yuan(const Decimal& wan) { return wan * Decimal(10000); }

std::ostream& operator<<(std::ostream& out, const Decimal& value) { return out << value.to_string(); }

}  // namespace jixiao
