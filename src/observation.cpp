// Observations: reading one 实际完成值 / 当前完成值 cell (a number with its unit, a
// date, or a grade word) and the names of 完成可能性.
#include "jixiao/observation.hpp"

#include <array>
#include <cctype>
#include <utility>

#include "jixiao/text.hpp"

namespace jixiao {
namespace {

struct GradeWord {
  const char* text;
  Achievement grade;
};
// Longest first is not needed: whole-cell matches only.
constexpr std::array<GradeWord, 22> kGradeWords = {{
    {"达成", Achievement::achieved},
    {"已达成", Achievement::achieved},
    {"达成年度指标", Achievement::achieved},
    {"达成预期指标", Achievement::achieved},
    {"完成", Achievement::achieved},
    {"已完成", Achievement::achieved},
    {"全部完成", Achievement::achieved},
    {"按时完成", Achievement::achieved},
    {"是", Achievement::achieved},
    {"achieved", Achievement::achieved},
    {"部分达成", Achievement::partially_achieved},
    {"部分达成年度指标并具有一定效果", Achievement::partially_achieved},
    {"部分完成", Achievement::partially_achieved},
    {"基本达成", Achievement::partially_achieved},
    {"基本完成", Achievement::partially_achieved},
    {"基本达到", Achievement::partially_achieved},
    {"partially_achieved", Achievement::partially_achieved},
    {"未达成", Achievement::not_achieved},
    {"未达成年度指标且效果较差", Achievement::not_achieved},
    {"未完成", Achievement::not_achieved},
    {"否", Achievement::not_achieved},
    {"not_achieved", Achievement::not_achieved},
}};

Diagnostic diag(const std::string& code, const std::string& message, std::string_view text, std::size_t offset) {
  Diagnostic d;
  d.code = "jixiao.actual." + code;
  d.message = message;
  d.offset = offset;
  d.column = utf8_column(std::string(text), offset);
  d.text = std::string(text.substr(std::min(offset, text.size())));
  return d;
}

// Comparator prefixes an actual may carry (`≥90%`); dropped with a warning.
constexpr std::array<const char*, 12> kComparators = {"≥", "≧", ">=", "＞＝", "≤", "≦", "<=", ">", "<", "＞", "＜", "="};

bool is_number_byte(std::string_view s, std::size_t i, std::size_t& len) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  if (std::isdigit(c) || c == '.' || c == ',' || c == '-' || c == '+') {
    len = 1;
    return true;
  }
  // full-width digits U+FF10..FF19 (EF BC 90..99), ．U+FF0E, ，U+FF0C, －U+FF0D, ＋U+FF0B
  if (i + 2 < s.size() && c == 0xEF && static_cast<unsigned char>(s[i + 1]) == 0xBC) {
    const unsigned char d = static_cast<unsigned char>(s[i + 2]);
    if ((d >= 0x90 && d <= 0x99) || d == 0x8E || d == 0x8C || d == 0x8D || d == 0x8B) {
      len = 3;
      return true;
    }
  }
  return false;
}

// A completion date, read by the target grammar's date rules (the one date reader),
// so `2021-12-20`, `2021年12月20日`, `2021年12月完成`, `12月底前` mean what they mean in targets.
std::optional<Deadline> read_date(std::string_view t) {
  auto parsed = Target::parse(t);
  if (!parsed || parsed.value().kind() != TargetKind::deadline) return std::nullopt;
  return parsed.value().deadline();
}

}  // namespace

std::vector<Diagnostic> read_observation(std::string_view raw, Observation& actual) {
  std::vector<Diagnostic> out;
  actual.text_ = std::string(trim(raw));
  const std::string t = actual.text_;
  actual.value_.reset();
  actual.date_.reset();
  if (t.empty()) {
    out.push_back(diag("empty", "the actual value is empty", t, 0));
    return out;
  }
  if (auto g = achievement_from_words(t)) {
    actual.achievement = g;
    return out;
  }
  if (auto date = read_date(t)) {
    actual.date_ = date;
    return out;
  }
  std::size_t pos = 0;
  for (const char* c : kComparators) {
    const std::string_view cs(c);
    if (t.compare(0, cs.size(), cs) == 0) {
      out.push_back(diag("comparator_dropped", "the actual starts with a comparator `" + std::string(cs) + "`; the number after it is taken",
                         t, 0));
      pos = cs.size();
      break;
    }
  }
  std::size_t end = pos;
  std::size_t len = 0;
  while (end < t.size() && is_number_byte(t, end, len)) end += len;
  if (end == pos) {
    out.push_back(diag("unreadable", "not a number, a date or a grade: `" + t + "`", t, pos));
    return out;
  }
  auto number = Decimal::parse(std::string_view(t).substr(pos, end - pos));
  if (!number) {
    Diagnostic d = number.diagnostics().front();
    out.push_back(diag("bad_number", "bad number in the actual: " + d.message, t, pos + d.offset));
    return out;
  }
  const std::string unit(trim(std::string_view(t).substr(end)));
  actual.value_ = Quantity{number.value(), Unit::parse(unit)};
  return out;
}

std::optional<Achievement> achievement_from_words(std::string_view text) noexcept {
  for (const auto& g : kGradeWords) {
    if (text == g.text) return g.grade;
  }
  return std::nullopt;
}

const char* to_string(Likelihood likelihood) noexcept {
  switch (likelihood) {
    case Likelihood::certain: return "certain";
    case Likelihood::possible: return "possible";
    case Likelihood::impossible: return "impossible";
  }
  return "";
}

const char* chinese_name(Likelihood likelihood) noexcept {
  switch (likelihood) {
    case Likelihood::certain: return "确定能";
    case Likelihood::possible: return "有可能";
    case Likelihood::impossible: return "完全不可能";
  }
  return "";
}

template <>
std::optional<Likelihood> from_string<Likelihood>(std::string_view text) {
  for (const Likelihood l : {Likelihood::certain, Likelihood::possible, Likelihood::impossible}) {
    if (text == to_string(l) || text == chinese_name(l)) return l;
  }
  return std::nullopt;
}

}  // namespace jixiao
