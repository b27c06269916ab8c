/// @file table_import.hpp
/// @brief Imports a performance form from table text as governments publish it
/// (`import_form`): sections found by their headings, cells assigned by meaning,
/// repairs reported, every cell accounted for, and a source map from model paths to
/// text positions.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jixiao/decimal.hpp"
#include "jixiao/finding.hpp"
#include "jixiao/form.hpp"
#include "jixiao/io/limits.hpp"
#include "jixiao/io/table_reader.hpp"

namespace jixiao::io {

/// One entry of a source map: a model path and the text position it came from.
struct SourceMapEntry {
  /// JSON pointer into the form (`/indicators/12/annual_target`); a section path
  /// (`/indicators`) for headings and column headers.
  std::string path;
  /// Where the cell is in the imported text.
  SourcePosition position;
};

/// Model paths → text positions, so a finding about `/indicators/12/annual_target`
/// can print `seed.tsv:52:5`. A path may have several entries (a target split over
/// three cells); the first one is the position reported.
class SourceMap {
 public:
  /// Records that the cell at `position` went to `path`.
  void add(std::string path, SourcePosition position);
  /// The position of `path`, or of its nearest recorded ancestor
  /// (`/indicators/3/name` → `/indicators/3`); nullptr when none is recorded.
  const SourcePosition* find(std::string_view path) const noexcept;
  /// Sets `finding.location.source` from its path when it has none yet.
  void locate(Finding& finding) const;
  /// Every entry in the order cells were read into the model.
  const std::vector<SourceMapEntry>& entries() const noexcept { return entries_; }

 private:
  std::vector<SourceMapEntry> entries_;
};

/// Counts of one import, for reports and the acceptance table.
struct ImportStats {
  /// Lines of the text (blank ones included).
  std::size_t rows_read = 0;
  /// Cells holding text.
  std::size_t cells = 0;
  /// Cells that went into the model (headings and column headers included).
  std::size_t cells_in_model = 0;
  /// Cells that went only into findings.
  std::size_t cells_in_findings = 0;
  /// Indicators found.
  std::size_t indicators = 0;
  /// Target cells given (实施周期 and 年度, key-task results that look like targets).
  std::size_t targets = 0;
  /// Target cells that parsed into a `Target`.
  std::size_t targets_parsed = 0;
  /// The layout the reader chose.
  TableLayout layout = TableLayout::tab;
};

/// The result of `import_form`.
struct ImportResult {
  /// The form as read.
  PerformanceForm form;
  /// Repairs (info), unread cells and unparseable values (warning), in text order
  /// of discovery; each carries its source position.
  std::vector<Finding> findings;
  /// Model paths → text positions.
  SourceMap source_map;
  /// Counts.
  ImportStats stats;

  /// True when the importer read nothing: the table was past a limit (JX-I016) or in
  /// UTF-16 (JX-I015 error), and `form` is empty.
  bool refused() const noexcept;
};

/// Imports a form from table text. Never throws on any input and never drops a
/// cell: each cell that holds text is either recorded in `source_map` (it went into
/// the form, or is a heading of it) or is quoted by a finding with its position.
/// `file_name` is only used in the findings' positions. Finding ids are `JX-I…`
/// (see docs/import.md). Thread-safe: imports may run at once from any threads. A table past one of `limits` (bytes, lines as `max_rows`,
/// filled cells, bytes of one cell) or in UTF-16 gives one error finding (JX-I016,
/// JX-I015) and an empty form; bytes that are not UTF-8 and control characters other
/// than tab, LF and CR are replaced by U+FFFD, each line that had some reported (JX-I015).
ImportResult import_form(std::string_view text, std::string_view file_name, const Limits& limits = {});

/// A cell with HTML tags removed and character entities decoded (`&nbsp;` → space,
/// `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&#39;`, `&#NNN;`, `&#xHH;`); `<br>` and `</p>`
/// become line breaks, the result is trimmed. Text without `<` or `&` is returned as is.
std::string strip_html(std::string_view text);

/// An amount of money found in a cell.
struct AmountText {
  /// The number, scale as written (`1,992.29` → 1992.29).
  Decimal amount;
  /// The unit written with it (`万元`, `元`), empty when none.
  std::string unit;
  /// True when the amount was found inside a longer text (`拟投入资金：4（万元）`).
  bool embedded = false;
};

/// Reads a cell that is an amount: `1,992.29`, `2279.048 万元`, `854万`, `0`.
std::optional<AmountText> parse_amount(std::string_view text);

/// Finds an amount inside free text: after `资金`/`金额`/`预算` and a colon, or a
/// number followed by `万元`/`元` (optionally in brackets); the last such amount wins.
std::optional<AmountText> find_amount(std::string_view text);

}  // namespace jixiao::io
