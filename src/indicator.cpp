// Indicator enums (nature, basis) and printing.
#include "jixiao/indicator.hpp"

#include <array>
#include <utility>

namespace jixiao {
namespace {

constexpr std::array<std::pair<Nature, const char*>, 3> kNatureKeys = {{
    {Nature::unspecified, "unspecified"},
    {Nature::quantitative, "quantitative"},
    {Nature::qualitative, "qualitative"},
}};

constexpr std::array<std::pair<Basis, const char*>, 5> kBasisKeys = {{
    {Basis::unspecified, "unspecified"},
    {Basis::historical, "historical"},
    {Basis::industry, "industry"},
    {Basis::plan, "plan"},
    {Basis::other, "other"},
}};

std::string trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return std::string(s);
}

}  // namespace

const char* to_string(Nature nature) noexcept {
  for (const auto& [n, k] : kNatureKeys) {
    if (n == nature) return k;
  }
  return "unspecified";
}

template <>
std::optional<Nature> from_string<Nature>(std::string_view text) {
  for (const auto& [n, k] : kNatureKeys) {
    if (text == k) return n;
  }
  const std::string t = trimmed(text);
  if (t == "定量" || t == "定量指标") return Nature::quantitative;
  if (t == "定性" || t == "定性指标") return Nature::qualitative;
  return std::nullopt;
}

const char* to_string(Basis basis) noexcept {
  for (const auto& [b, k] : kBasisKeys) {
    if (b == basis) return k;
  }
  return "unspecified";
}

template <>
std::optional<Basis> from_string<Basis>(std::string_view text) {
  for (const auto& [b, k] : kBasisKeys) {
    if (text == k) return b;
  }
  const std::string t = trimmed(text);
  if (t == "历史标准") return Basis::historical;
  if (t == "行业标准") return Basis::industry;
  if (t == "计划标准") return Basis::plan;
  if (t == "其他标准" || t == "财政部门认可的其他标准") return Basis::other;
  return std::nullopt;
}

TargetValue::TargetValue(std::string text, std::string_view unit_column) {
  std::vector<Diagnostic> ignored;
  *this = read(std::move(text), unit_column, ignored);
}

TargetValue::TargetValue(const Target& target) : text_(target.to_string()), target_(target) {}

TargetValue TargetValue::read(std::string text, std::string_view unit_column, std::vector<Diagnostic>& diagnostics) {
  TargetValue value;
  value.text_ = std::move(text);
  if (value.text_.empty()) return value;
  Parsed<Target> parsed = trim(unit_column).empty() ? Target::parse(value.text_) : Target::parse(value.text_, unit_column);
  if (parsed.ok()) {
    value.target_ = std::move(parsed).value();
  } else {
    if (!parsed.diagnostics().empty()) value.first_diagnostic_ = std::make_shared<const Diagnostic>(parsed.diagnostics().front());
    for (const auto& d : parsed.diagnostics()) diagnostics.push_back(d);
  }
  return value;
}

Indicator Indicator::make(std::string level1, std::string level2, std::string name, std::string annual_target,
                          std::string unit, std::string period_target) {
  Indicator ind;
  ind.level1 = from_string<Level1>(level1).value_or(Level1::unknown);
  ind.level2 = from_string<Level2>(level2).value_or(Level2::unknown);
  ind.level1_text = std::move(level1);
  ind.level2_text = std::move(level2);
  ind.name = std::move(name);
  ind.unit = std::move(unit);
  ind.annual_target = TargetValue(std::move(annual_target), ind.unit);
  ind.period_target = TargetValue(std::move(period_target), ind.unit);
  return ind;
}

void Indicator::set_unit(std::string unit_column) {
  unit = std::move(unit_column);
  annual_target = TargetValue(annual_target.text(), unit);
  period_target = TargetValue(period_target.text(), unit);
}

std::ostream& operator<<(std::ostream& out, const TargetValue& value) {
  out << '"' << value.text() << '"';
  if (value.target()) {
    out << " = " << value.target()->to_string();
  } else if (value.present()) {
    out << " (unparsed)";
  }
  return out;
}

std::ostream& operator<<(std::ostream& out, const Indicator& indicator) {
  out << to_string(indicator.level1) << '/' << to_string(indicator.level2) << " [" << indicator.level1_text << '|'
      << indicator.level2_text << "] \"" << indicator.name << "\" period=" << indicator.period_target
      << " annual=" << indicator.annual_target;
  if (!indicator.unit.empty()) out << " unit=" << indicator.unit;
  if (indicator.nature != Nature::unspecified) out << " nature=" << to_string(indicator.nature);
  if (indicator.basis != Basis::unspecified) out << " basis=" << to_string(indicator.basis);
  if (indicator.weight) out << " weight=" << *indicator.weight;
  if (!indicator.note.empty()) out << " note=\"" << indicator.note << '"';
  if (!indicator.actual.empty()) out << " actual=\"" << indicator.actual << '"';
  if (indicator.score) out << " score=" << *indicator.score;
  if (!indicator.deviation_reason.empty()) out << " reason=\"" << indicator.deviation_reason << '"';
  return out;
}

}  // namespace jixiao
