// Profile: the questions a scorer asks of it (rounding, block weights, the rating of a
// total) and the text of its enums. Profiles are read and written in io/.
#include "jixiao/profile.hpp"

#include <utility>

namespace jixiao {
namespace {

// One table per enum: the key `to_string` writes and `from_string` reads.
template <class E, std::size_t N>
const char* key_of(E value, const std::pair<const char*, E> (&keys)[N]) noexcept {
  for (const auto& k : keys) {
    if (k.second == value) return k.first;
  }
  return "";
}

template <class E, std::size_t N>
std::optional<E> value_of(std::string_view text, const std::pair<const char*, E> (&keys)[N]) {
  for (const auto& k : keys) {
    if (text == k.first) return k.second;
  }
  return std::nullopt;
}

constexpr std::pair<const char*, ReverseFormula> kReverse[] = {{"ratio", ReverseFormula::ratio},
                                                               {"linear", ReverseFormula::linear}};
constexpr std::pair<const char*, EqualFormula> kEqual[] = {{"as_positive", EqualFormula::as_positive},
                                                           {"symmetric", EqualFormula::symmetric}};
constexpr std::pair<const char*, ZeroTargetRule> kZero[] = {{"met_or_nothing", ZeroTargetRule::met_or_nothing},
                                                            {"finding", ZeroTargetRule::finding}};
constexpr std::pair<const char*, BudgetRule> kBudgetRule[] = {{"linear", BudgetRule::linear}, {"steps", BudgetRule::steps}};
constexpr std::pair<const char*, KeyTaskBase> kKeyTaskBase[] = {{"project_expenditure", KeyTaskBase::project_expenditure},
                                                                {"total", KeyTaskBase::total},
                                                                {"project", KeyTaskBase::project_expenditure}};

}  // namespace

const char* to_string(ReverseFormula formula) noexcept { return key_of(formula, kReverse); }
const char* to_string(EqualFormula formula) noexcept { return key_of(formula, kEqual); }
const char* to_string(ZeroTargetRule rule) noexcept { return key_of(rule, kZero); }
const char* to_string(BudgetRule rule) noexcept { return key_of(rule, kBudgetRule); }
const char* to_string(KeyTaskBase base) noexcept { return key_of(base, kKeyTaskBase); }

template <>
std::optional<ReverseFormula> from_string<ReverseFormula>(std::string_view text) {
  return value_of(text, kReverse);
}
template <>
std::optional<EqualFormula> from_string<EqualFormula>(std::string_view text) {
  return value_of(text, kEqual);
}
template <>
std::optional<ZeroTargetRule> from_string<ZeroTargetRule>(std::string_view text) {
  return value_of(text, kZero);
}
template <>
std::optional<BudgetRule> from_string<BudgetRule>(std::string_view text) {
  return value_of(text, kBudgetRule);
}
template <>
std::optional<KeyTaskBase> from_string<KeyTaskBase>(std::string_view text) {
  return value_of(text, kKeyTaskBase);
}

const RoundingRule& Profile::rounding(RowKind kind) const noexcept {
  switch (kind) {
    case RowKind::quantitative: return round_quantitative;
    case RowKind::qualitative: return round_qualitative;
    case RowKind::budget: return round_budget;
    case RowKind::total: return round_total;
  }
  return round_total;
}

std::optional<Decimal> Profile::weight_of(Level1 level1) const noexcept {
  for (const auto& w : level1_weights) {
    if (w.level1 == level1) return w.points;
  }
  return std::nullopt;
}

std::string Profile::rating(const Decimal& total) const {
  for (const auto& band : rating_bands) {
    if (total >= band.min) return band.name;
  }
  return {};
}

}  // namespace jixiao
