/// @file limits.hpp
/// @brief `Limits`: the one set of limits every reader of untrusted input checks (forms,
/// profiles, actuals, progress, rule configurations, imported tables) and every writer
/// keeps to, so that nothing the library writes is refused when read back. The table
/// with the reasons is in docs/reliability.md.
#pragma once

#include <cstddef>
#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "jixiao/finding.hpp"

namespace jixiao::io {

/// Limits on one document or table. Exceeding one is an error finding that names the
/// limit and its value (`JX-IO003` size, `JX-IO004` depth, `JX-IO021` the others; for
/// an imported table `JX-I016`); nothing is read past it. The defaults are far above
/// any real form (a few hundred values) and keep a reader's peak memory below 16 times
/// the input size plus 64 MiB.
struct Limits {
  /// Largest document or table accepted, in bytes (default 16 MiB).
  std::size_t max_bytes = std::size_t{16} << 20;
  /// Deepest nesting of objects/arrays/elements accepted (the form schema needs 7).
  std::size_t max_depth = 64;
  /// Most values in one document (the root, every member of an object, element of an
  /// array, XML element or INFO key counts one), or cells in one table as its layout
  /// splits them, empty ones included (default 50,000).
  std::size_t max_cells = 50000;
  /// Most elements of one array or children of one object or element, or lines of one
  /// table (default 5,000).
  std::size_t max_rows = 5000;
  /// Longest text value or key of a document (in bytes, after escapes are decoded), or
  /// cell of a table (bytes between two separators) (default 1 MiB).
  std::size_t max_text_bytes = std::size_t{1} << 20;
  /// Most significant digits of a decimal (`Decimal` holds 18; more is `JX-IO014` in a
  /// document and `JX-I006` in a table). Fixed: it is what a `Decimal` can hold.
  static constexpr std::size_t max_digits = 18;
};

/// At most `max_bytes` + 1 bytes of `in`: enough for a reader to report the input as
/// too large without holding all of it.
std::string read_limited(std::istream& in, std::size_t max_bytes);

/// At most `max_bytes` + 1 bytes of the file `path`; nothing, with JX-IO007 in
/// `findings`, when it cannot be opened or is not a regular file (a directory).
std::optional<std::string> read_file_limited(const std::filesystem::path& path, std::size_t max_bytes,
                                             std::vector<Finding>& findings);

}  // namespace jixiao::io
