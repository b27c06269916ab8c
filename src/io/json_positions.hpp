// Internal: where each value of a well-formed JSON document starts, by JSON pointer,
// so findings about a JSON file carry a line and column.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include "jixiao/finding.hpp"

namespace jixiao::io::detail {

/// A key as one JSON-pointer reference token (RFC 6901: `~` becomes `~0`, `/` becomes `~1`).
std::string pointer_token(const std::string& key);

/// Line/column (1-based, columns in code points) of every value, keyed by JSON pointer
/// (`""` for the root, `/indicators/3/annual_target`). Call only on text that parsed.
std::unordered_map<std::string, SourcePosition> json_value_positions(std::string_view text, const std::string& file);

/// Sets the source of every finding that has none from the position of its path, or of
/// the nearest enclosing value that exists (a missing key points at its object).
void attach_positions(std::vector<Finding>& findings, const std::unordered_map<std::string, SourcePosition>& positions);

}  // namespace jixiao::io::detail
