// Internal: aggregate rows (★) and their sub-items, shared by scoring (ScoreRow::part_of)
// and the review (JX-C002 does not ask an aggregate row for a target of its own).
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "jixiao/form.hpp"

namespace jixiao::detail {

/// What the detection needs to know of one indicator row.
struct RowFacts {
  bool weight = false;  ///< a 分值 is written (in the form or the actuals)
  bool target = false;  ///< a target is written
  bool actual = false;  ///< an actual is written
};

/// An aggregate row has a 分值 and neither a target nor an actual; its sub-items are the
/// rows right after it, in its 一级 block, with a target and no 分值.
struct AggregateRows {
  std::vector<std::optional<std::size_t>> parent;  ///< parent[i]: the aggregate of sub-item i
  std::vector<std::vector<std::size_t>> of;        ///< of[g]: the sub-items of aggregate g, in order
};

/// Detects them among `rows` (form row indices, in order), each described by
/// `facts[row]`; both vectors of AggregateRows are sized to the form's rows.
AggregateRows aggregate_rows(const PerformanceForm& form, const std::vector<std::size_t>& rows,
                             const std::vector<RowFacts>& facts);

/// The same from the form alone: its named rows, its 分值, targets and actuals.
AggregateRows aggregate_rows(const PerformanceForm& form);

}  // namespace jixiao::detail
