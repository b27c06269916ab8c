// Internal: which observation belongs to which form row, shared by score() and monitor()
// (both take the same Observation; each reports the unmatched ones in its own words).
#pragma once

#include <cstddef>
#include <vector>

#include "jixiao/form.hpp"
#include "jixiao/observation.hpp"

namespace jixiao::detail {

/// The observation of each form row (nullptr when none), and the observations that
/// match no row or a row that already has one (positions in the input).
struct ObservationMatch {
  std::vector<const Observation*> by_row;
  std::vector<std::size_t> unmatched;
};

/// Matches by `index`, else by the first row of that (trimmed) name not yet taken; a
/// hash of names keeps this linear for large forms.
ObservationMatch match_observations(const PerformanceForm& form, const std::vector<Observation>& observations);

}  // namespace jixiao::detail
