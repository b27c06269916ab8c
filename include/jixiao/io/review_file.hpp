/// @file review_file.hpp
/// @brief A form file read and reviewed as `jixiao check` does it: a published table
/// (`.tsv`, `.txt`) or a workbook (`.xlsx`, `.ods`) through the importer, whose repairs join the review with their
/// positions, any other file as a canonical form (JSON, XML, INFO).
///
/// Threads: both functions are thread-safe (the rules are only read).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "jixiao/finding.hpp"
#include "jixiao/form.hpp"
#include "jixiao/io/limits.hpp"
#include "jixiao/io/table_import.hpp"
#include "jixiao/rules.hpp"

namespace jixiao::io {

/// A form file as read, before any review.
struct FormFile {
  /// The form, when one was read (possibly partial: `findings` then holds the reader's
  /// errors); none when the file could not be read or the importer refused it.
  std::optional<PerformanceForm> form;
  /// The reader's findings: an import's repairs with their positions, a canonical
  /// reader's problems, or why nothing was read.
  std::vector<Finding> findings;
  /// Where the imported cells came from, for a published table.
  std::optional<SourceMap> source_map;
};

/// Reads `path` under `limits`: a workbook when it ends in `.xlsx`, `.xlsm`, `.ods` or
/// `.xls` (`import_workbook`: the first sheet that holds a form, or the sheet named
/// `sheet`; JX-IO033 names the others); a published table when it ends in `.tsv` or
/// `.txt` (any case), through the importer; else a canonical form by its extension.
/// Never throws on file content (only `std::bad_alloc`).
FormFile read_form_file(const std::filesystem::path& path, const Limits& limits = {}, const std::string& sheet = {});

/// The review of a form as read: `rules.check` with the reader's findings (given to the
/// rules as `import_findings` when the form was imported, so they can say a block was not
/// reliably read) and the cells' positions from `source_map`, then one Report of the
/// reader's and the rules' findings graded by the rules' profile.
Report review_read_form(const PerformanceForm& form, const RuleSet& rules, const std::vector<Finding>& reader_findings,
                        const SourceMap* source_map = nullptr);

}  // namespace jixiao::io
