/// @file read_result.hpp
/// @brief `ReadResult<T>`: what every reader of a document returns — the value, when
/// one could be read, and every finding, each with a JSON Pointer path into the
/// document and, when the input had lines, its line and column.
#pragma once

#include <algorithm>
#include <cstddef>
#include <optional>
#include <vector>

#include "jixiao/finding.hpp"

namespace jixiao::io {

/// The result of reading a form, a profile, actuals, progress or a rule configuration.
/// Readers never throw on bad input: what they could not read is a finding.
template <class T>
struct ReadResult {
  /// The value, when the document could be read. A form may be partial (check `ok()`);
  /// profiles, actuals, progress and rule configurations have no value when any error
  /// was found, so a half-read policy is never used.
  std::optional<T> value;
  /// Every problem found, in document order where known (rule ids `JX-IO…`).
  std::vector<Finding> findings;

  /// True when there is a value and no finding is an error.
  bool ok() const noexcept { return value.has_value() && count(Severity::error) == 0; }
  /// Number of findings with severity `severity`.
  std::size_t count(Severity severity) const noexcept {
    return static_cast<std::size_t>(
        std::count_if(findings.begin(), findings.end(), [&](const Finding& f) { return f.severity == severity; }));
  }
};

}  // namespace jixiao::io
