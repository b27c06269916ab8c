// The text a sheet shows for a number: from the shortest decimal of the double (never a
// %g of it) and the cell's number format, so the importer reads the digits a person sees.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <string>

#include "workbook_detail.hpp"

namespace jixiao::io::detail {
namespace {

// What the first section of a number format asks for.
struct FormatShape {
  bool percent = false;
  bool thousands = false;
  bool date = false;
  bool general = true;   // no digit placeholders: as many digits as the value has
  std::size_t places = 0;
};

FormatShape shape_of(std::string_view format) {
  FormatShape s;
  const std::size_t semi = format.find(';');  // positive section; the sign is added
  format = format.substr(0, semi);
  bool quoted = false;
  bool after_point = false;
  for (std::size_t i = 0; i < format.size(); ++i) {
    const char c = format[i];
    if (quoted) {
      quoted = c != '"';
      continue;
    }
    if (c == '"') quoted = true;
    else if (c == '\\' || c == '_' || c == '*') ++i;  // the next character is a literal or padding
    else if (c == '[') {
      const std::size_t close = format.find(']', i);  // [Red], [$¥-804]: not digits
      if (close == std::string_view::npos) break;
      i = close;
    } else if (c == '%') s.percent = true;
    else if (c == '.') after_point = true;
    else if (c == '0' || c == '#' || c == '?') {
      s.general = false;
      if (after_point) ++s.places;
    } else if (c == ',' && !after_point) s.thousands = true;
    else if (c == 'y' || c == 'Y' || c == 'd' || c == 'D' || c == 'm' || c == 'M') s.date = true;
  }
  if (s.general) s.thousands = false;
  return s;
}

// The shortest fixed-point decimal that reads back as `value` ("1992.29", "0.95").
std::string shortest(double value) {
  char buf[400];
  const auto r = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed);
  return r.ec == std::errc() ? std::string(buf, r.ptr) : std::string("0");
}

// `digits` (no sign) with its point moved right by `by` places.
std::string shift_point(std::string digits, std::size_t by) {
  std::size_t point = digits.find('.');
  if (point == std::string::npos) point = digits.size();
  else digits.erase(point, 1);
  point += by;
  while (digits.size() < point) digits += '0';
  digits.insert(point, ".");
  std::size_t lead = 0;
  while (lead + 1 < point && digits[lead] == '0') ++lead;
  digits.erase(0, lead);
  if (digits.back() == '.') digits.pop_back();
  return digits;
}

// `digits` (no sign) rounded half away from zero to `places` decimals, padded to them.
std::string round_to(const std::string& digits, std::size_t places) {
  std::string whole = digits;
  std::string frac;
  if (const std::size_t point = digits.find('.'); point != std::string::npos) {
    whole = digits.substr(0, point);
    frac = digits.substr(point + 1);
  }
  const bool up = frac.size() > places && frac[places] >= '5';
  frac.resize(places, '0');
  std::string all = whole + frac;
  if (up) {
    std::size_t i = all.size();
    while (i > 0 && all[i - 1] == '9') all[--i] = '0';
    if (i == 0) all.insert(all.begin(), '1');
    else ++all[i - 1];
  }
  std::string out = all.substr(0, all.size() - places);
  if (places > 0) out += '.' + all.substr(all.size() - places);
  return out;
}

std::string group_thousands(const std::string& digits) {
  const std::size_t point = std::min(digits.find('.'), digits.size());
  std::string out;
  for (std::size_t i = 0; i < point; ++i) {
    if (i > 0 && (point - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out + digits.substr(point);
}

// A date serial (days since 1899-12-30, as Excel and ODF count) as YYYY-MM-DD.
std::string date_text(double serial) {
  long long z = static_cast<long long>(std::floor(serial)) - 25569 + 719468;  // days since 0000-03-01
  const long long era = (z >= 0 ? z : z - 146096) / 146097;
  const long long doe = z - era * 146097;
  const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long long mp = (5 * doy + 2) / 153;
  const long long d = doy - (153 * mp + 2) / 5 + 1;
  const long long m = mp < 10 ? mp + 3 : mp - 9;
  const long long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  auto two = [](long long v) { return (v < 10 ? "0" : "") + std::to_string(v); };
  std::string year = std::to_string(y);
  year.insert(0, year.size() < 4 ? 4 - year.size() : 0, '0');
  return year + '-' + two(m) + '-' + two(d);
}

}  // namespace

std::string_view builtin_number_format(std::size_t id) noexcept {
  switch (id) {
    case 1: return "0";
    case 2: return "0.00";
    case 3: return "#,##0";
    case 4: return "#,##0.00";
    case 9: return "0%";
    case 10: return "0.00%";
    case 14: return "yyyy-mm-dd";
    case 37: return "#,##0 ;(#,##0)";
    case 38: return "#,##0 ;[Red](#,##0)";
    case 39: return "#,##0.00;(#,##0.00)";
    case 40: return "#,##0.00;[Red](#,##0.00)";
    default: return {};
  }
}

std::string shown_number(double value, std::string_view format) {
  if (!std::isfinite(value)) return "#NUM!";
  const FormatShape s = shape_of(format);
  if (s.date && s.general && !s.percent && value >= 1 && value < 2958466) return date_text(value);
  std::string digits = shortest(std::fabs(value));
  if (s.percent) digits = shift_point(digits, 2);
  if (!s.general) digits = round_to(digits, s.places);
  if (s.thousands) digits = group_thousands(digits);
  const bool zero = digits.find_first_not_of("0.,") == std::string::npos;
  std::string out = value < 0 && !zero ? "-" + digits : digits;
  if (s.percent) out += '%';
  return out;
}

}  // namespace jixiao::io::detail
