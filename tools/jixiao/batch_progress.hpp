// The progress bar of `jixiao batch`: one line on stderr, redrawn at most ten times a
// second, only when stderr is a terminal.
#pragma once

#include <jixiao/io/batch.hpp>

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>

namespace jixiao::tool {

/// Draws the batch's progress: records done (of the total when known), records per
/// second, errors so far, and the time left when the total is known.
class ProgressBar {
 public:
  /// A bar that draws only when `terminal`; `total` records when known in advance.
  ProgressBar(bool terminal, std::optional<std::size_t> total) : terminal_(terminal), total_(total) {}
  /// Redraws with `totals`, unless the last drawing is less than 100 ms old.
  void update(const io::BatchTotals& totals);
  /// Draws the final state and ends the line.
  void finish(const io::BatchTotals& totals);
  /// The line for `totals` (no carriage return), as drawn.
  std::string line(const io::BatchTotals& totals) const;

 private:
  bool terminal_;
  std::optional<std::size_t> total_;
  std::chrono::steady_clock::duration drawn_at_{};
  bool drawn_ = false;
};

}  // namespace jixiao::tool
