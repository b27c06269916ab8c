// The indicator taxonomy: keys, canonical names and the spellings seen in real forms.
#include "jixiao/taxonomy.hpp"

#include <array>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>
#include <utility>

#include "target_text.hpp"

namespace jixiao {
namespace {

// Keys as string_views (literals, so NUL-terminated): from_string compares lengths
// first, with no strlen per entry.
struct Level1Entry {
  Level1 level;
  std::string_view key;
  const char* name;
};

struct Level2Entry {
  Level2 level;
  std::string_view key;
  const char* name;
};

constexpr std::array<Level1Entry, 5> kLevel1 = {{
    {Level1::output, "output", "产出指标"},
    {Level1::cost, "cost", "成本指标"},
    {Level1::benefit, "benefit", "效益指标"},
    {Level1::satisfaction, "satisfaction", "满意度指标"},
    {Level1::unknown, "unknown", ""},
}};

constexpr std::array<Level2Entry, 13> kLevel2 = {{
    {Level2::quantity, "quantity", "数量指标"},
    {Level2::quality, "quality", "质量指标"},
    {Level2::timeliness, "timeliness", "时效指标"},
    {Level2::cost, "cost", "成本指标"},
    {Level2::economic_cost, "economic_cost", "经济成本指标"},
    {Level2::social_cost, "social_cost", "社会成本指标"},
    {Level2::ecological_cost, "ecological_cost", "生态环境成本指标"},
    {Level2::economic_benefit, "economic_benefit", "经济效益指标"},
    {Level2::social_benefit, "social_benefit", "社会效益指标"},
    {Level2::ecological_benefit, "ecological_benefit", "生态效益指标"},
    {Level2::sustainable_impact, "sustainable_impact", "可持续影响指标"},
    {Level2::satisfaction, "satisfaction", "服务对象满意度指标"},
    {Level2::unknown, "unknown", ""},
}};

// Spellings (after normalisation: no spaces, no parenthesised notes, simplified
// characters, no trailing 指标/目标) seen in forms for each 一级.
constexpr std::array<std::pair<const char*, Level1>, 8> kLevel1Spellings = {{
    {"产出", Level1::output},
    {"预期产出", Level1::output},
    {"项目产出", Level1::output},  // self-evaluations: 项目产出(30分), 项目效益(35分)
    {"成本", Level1::cost},
    {"效益", Level1::benefit},
    {"项目效益", Level1::benefit},
    {"效果", Level1::benefit},  // 东莞 批复表: 效果指标
    {"满意度", Level1::satisfaction},
}};

constexpr std::array<std::pair<const char*, Level2>, 26> kLevel2Spellings = {{
    {"数量", Level2::quantity},
    {"质量", Level2::quality},
    {"时效", Level2::timeliness},
    {"成本", Level2::cost},
    {"预算控制", Level2::cost},  // 东莞: 预算(或投资规模)控制指标
    {"经济成本", Level2::economic_cost},
    {"社会成本", Level2::social_cost},
    {"生态环境成本", Level2::ecological_cost},
    {"生态成本", Level2::ecological_cost},
    {"环境成本", Level2::ecological_cost},
    {"经济效益", Level2::economic_benefit},
    {"社会效益", Level2::social_benefit},
    {"生态效益", Level2::ecological_benefit},
    {"环境效益", Level2::ecological_benefit},
    {"生态环境效益", Level2::ecological_benefit},
    {"可持续影响", Level2::sustainable_impact},
    {"可持续性影响", Level2::sustainable_impact},
    {"可持续发展影响", Level2::sustainable_impact},
    {"可持续性发展影响", Level2::sustainable_impact},
    {"服务对象满意度", Level2::satisfaction},
    {"社会公众或服务对象满意度", Level2::satisfaction},
    {"服务对象或受益者满意度", Level2::satisfaction},
    {"社会公众满意度", Level2::satisfaction},
    {"受益对象满意度", Level2::satisfaction},
    {"受益者满意度", Level2::satisfaction},
    {"满意度", Level2::satisfaction},
}};

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool ends_with(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

// Removes every parenthesised note (ASCII or full-width, nested), e.g. weights
// `(50分)`, alternatives `(或建筑规模指标)` and pinyin `(biāo)`.
std::string strip_parentheses(std::string_view s) {
  std::string out;
  int depth = 0;
  for (std::size_t i = 0; i < s.size();) {
    if (s[i] == '(') { ++depth; ++i; continue; }
    if (s[i] == ')') { if (depth > 0) --depth; ++i; continue; }
    if (starts_with(s.substr(i), "（")) { ++depth; i += 3; continue; }
    if (starts_with(s.substr(i), "）")) { if (depth > 0) --depth; i += 3; continue; }
    if (depth == 0) out += s[i];
    ++i;
  }
  return out;
}

// Spaces of every kind vanish (wrapped cells: `经济效益 指标`, `满意度指 标`).
std::string strip_spaces(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') { ++i; continue; }
    if (starts_with(s.substr(i), "\xE3\x80\x80")) { i += 3; continue; }  // U+3000
    if (starts_with(s.substr(i), "\xC2\xA0")) { i += 2; continue; }      // NBSP
    out += s[i];
    ++i;
  }
  return out;
}

// Traditional characters in their simplified form (the one table, target_text.cpp).
std::string simplify(std::string s) {
  for (std::size_t i = 0; i < s.size();) {
    const detail::CodePoint cp = detail::decode_utf8(s, i);
    if (const char32_t simple = detail::simplify_cjk(cp.cp); simple != cp.cp) {
      char bytes[4];
      s.replace(i, cp.length, bytes, detail::encode_utf8(simple, bytes));
    }
    i += cp.length;
  }
  return s;
}

// Leading enumerators: `一、`, `(一)` (already gone with the parentheses), `1.`, `*`.
std::string strip_enumerator(std::string s) {
  static constexpr std::array<const char*, 10> kNumerals = {"一", "二", "三", "四", "五",
                                                            "六", "七", "八", "九", "十"};
  while (!s.empty() && (s[0] == '*' || s[0] == '#')) s.erase(0, 1);
  std::size_t i = 0;
  bool any = false;
  for (bool again = true; again;) {
    again = false;
    for (const char* n : kNumerals) {
      if (starts_with(std::string_view(s).substr(i), n)) { i += std::strlen(n); any = again = true; }
    }
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') { ++i; any = again = true; }
  }
  if (any) {
    const std::string_view rest = std::string_view(s).substr(i);
    for (const char* sep : {"、", ".", "．", ":", "：", " "}) {
      if (starts_with(rest, sep)) return std::string(rest.substr(std::strlen(sep)));
    }
  }
  return s;
}

// The lookup form of a category cell: the bare stem such as `数量` or `经济效益`.
std::string normalize(std::string_view text) {
  std::string s = simplify(strip_spaces(strip_parentheses(text)));
  s = strip_enumerator(std::move(s));
  for (const char* tail : {":", "：", "分", "等"}) {
    while (ends_with(s, tail)) s.erase(s.size() - std::strlen(tail));
    // `产出指标50分` once the parentheses were removed from `(50)分`: drop the digits.
    while (!s.empty() && s.back() >= '0' && s.back() <= '9') s.pop_back();
    while (ends_with(s, "-")) s.pop_back();
    while (!s.empty() && s.back() >= '0' && s.back() <= '9') s.pop_back();
  }
  for (const char* suffix : {"指标", "目标"}) {
    if (ends_with(s, suffix)) {
      s.erase(s.size() - std::strlen(suffix));
      break;
    }
  }
  return s;
}

// The texts of `table`'s stems as forms mostly write them (`数量`, `数量指标`), kept when
// normalize() gives the stem back, so the common cell skips normalize().
template <class Level, std::size_t N>
std::vector<std::pair<std::string, Level>> exact_spellings(const std::array<std::pair<const char*, Level>, N>& table) {
  std::vector<std::pair<std::string, Level>> out;
  for (const auto& [spelling, level] : table) {
    for (std::string text : {std::string(spelling), std::string(spelling) + "指标"}) {
      if (normalize(text) == spelling) out.emplace_back(std::move(text), level);
    }
  }
  return out;
}

// The level whose stem is normalize(text), the first in `table`.
template <class Level, std::size_t N>
std::optional<Level> lookup_spelling(std::string_view text, const std::array<std::pair<const char*, Level>, N>& table) {
  static const std::vector<std::pair<std::string, Level>> exact = exact_spellings(table);
  for (const auto& [spelling, level] : exact) {
    if (text == spelling) return level;
  }
  const std::string stem = normalize(text);
  if (stem.empty()) return std::nullopt;
  for (const auto& [spelling, level] : table) {
    if (stem == spelling) return level;
  }
  return std::nullopt;
}

}  // namespace

const char* to_string(Level1 level) noexcept {
  for (const auto& e : kLevel1) {
    if (e.level == level) return e.key.data();
  }
  return "unknown";
}

const char* to_string(Level2 level) noexcept {
  for (const auto& e : kLevel2) {
    if (e.level == level) return e.key.data();
  }
  return "unknown";
}

const char* chinese_name(Level1 level) noexcept {
  for (const auto& e : kLevel1) {
    if (e.level == level) return e.name;
  }
  return "";
}

const char* chinese_name(Level2 level) noexcept {
  for (const auto& e : kLevel2) {
    if (e.level == level) return e.name;
  }
  return "";
}

template <>
std::optional<Level1> from_string<Level1>(std::string_view text) {
  for (const auto& e : kLevel1) {
    if (e.level != Level1::unknown && text == e.key) return e.level;
  }
  return lookup_spelling(text, kLevel1Spellings);
}

template <>
std::optional<Level2> from_string<Level2>(std::string_view text) {
  for (const auto& e : kLevel2) {
    if (e.level != Level2::unknown && text == e.key) return e.level;
  }
  return lookup_spelling(text, kLevel2Spellings);
}

Level1 parent_of(Level2 child, TaxonomyVariant variant) noexcept {
  switch (child) {
    case Level2::quantity:
    case Level2::quality:
    case Level2::timeliness:
      return Level1::output;
    case Level2::cost:
      return variant == TaxonomyVariant::classic ? Level1::output : Level1::cost;
    case Level2::economic_cost:
    case Level2::social_cost:
    case Level2::ecological_cost:
      return Level1::cost;
    case Level2::economic_benefit:
    case Level2::social_benefit:
    case Level2::ecological_benefit:
    case Level2::sustainable_impact:
      return Level1::benefit;
    case Level2::satisfaction:
      return Level1::satisfaction;
    case Level2::unknown:
      break;
  }
  return Level1::unknown;
}

bool belongs_to(Level2 child, Level1 parent, TaxonomyVariant variant) noexcept {
  if (child == Level2::unknown || parent == Level1::unknown) return false;
  // The three cost kinds exist only in the 2021 variant; the single 成本 二级 only in
  // the classic one (its parent is 产出).
  if (variant == TaxonomyVariant::classic &&
      (child == Level2::economic_cost || child == Level2::social_cost || child == Level2::ecological_cost)) {
    return false;
  }
  if (variant == TaxonomyVariant::fin2021 && child == Level2::cost) return false;
  return parent_of(child, variant) == parent;
}

const char* to_string(TaxonomyVariant variant) noexcept {
  return variant == TaxonomyVariant::classic ? "classic" : "fin2021";
}

template <>
std::optional<TaxonomyVariant> from_string<TaxonomyVariant>(std::string_view text) {
  if (text == "classic") return TaxonomyVariant::classic;
  if (text == "fin2021") return TaxonomyVariant::fin2021;
  return std::nullopt;
}

std::ostream& operator<<(std::ostream& out, Level1 level) { return out << to_string(level); }
std::ostream& operator<<(std::ostream& out, Level2 level) { return out << to_string(level); }

}  // namespace jixiao
