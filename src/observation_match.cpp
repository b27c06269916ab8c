// match_observations: observations to form rows, by index or by name.
#include "observation_match.hpp"

#include <optional>
#include <string_view>
#include <unordered_map>

#include "jixiao/text.hpp"

namespace jixiao::detail {
namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

// name → first row of that name; next[i] → the following row of the same name.
struct NameIndex {
  std::unordered_map<std::string_view, std::size_t> first;
  std::vector<std::size_t> next;
};

NameIndex index_names(const PerformanceForm& form) {
  NameIndex names;
  names.first.reserve(form.indicators.size());
  names.next.assign(form.indicators.size(), kNone);
  for (std::size_t i = form.indicators.size(); i-- > 0;) {
    const std::string_view n = trim(form.indicators[i].name);
    if (n.empty()) continue;
    auto [it, inserted] = names.first.emplace(n, i);
    if (!inserted) {
      names.next[i] = it->second;
      it->second = i;
    }
  }
  return names;
}

}  // namespace

ObservationMatch match_observations(const PerformanceForm& form, const std::vector<Observation>& observations) {
  ObservationMatch m;
  m.by_row.assign(form.indicators.size(), nullptr);
  NameIndex names;
  for (const auto& o : observations) {
    if (!o.index) {
      names = index_names(form);
      break;
    }
  }
  for (std::size_t k = 0; k < observations.size(); ++k) {
    const Observation& o = observations[k];
    std::optional<std::size_t> row;
    if (o.index) {
      if (*o.index < form.indicators.size()) row = o.index;
    } else if (auto it = names.first.find(trim(o.name)); it != names.first.end()) {
      std::size_t r = it->second;
      while (r != kNone && m.by_row[r] != nullptr) r = names.next[r];
      if (r != kNone) row = r;
    }
    if (!row || m.by_row[*row] != nullptr) {
      m.unmatched.push_back(k);
      continue;
    }
    m.by_row[*row] = &o;
  }
  return m;
}

}  // namespace jixiao::detail
