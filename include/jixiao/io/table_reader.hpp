/// @file table_reader.hpp
/// @brief Reads table text as governments publish it (tab-, pipe- or space-separated,
/// one cell per line; CRLF, BOM, full-width spaces) into rows of cells that keep their
/// line and column, so every later finding can point back into the text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "jixiao/text.hpp"

namespace jixiao::io {

/// How the cells of a line are separated. Chosen once per text by `read_table`.
enum class TableLayout : std::uint8_t {
  tab,     ///< Tab-separated (copied from Excel or a web table).
  pipe,    ///< `|`-separated (markdown tables, web mirrors; also `cell |` one per line).
  spaces,  ///< Separated by whitespace runs (text extracted from .xls/.pdf/.doc).
};

/// The stable English name of a layout (`tab`, `pipe`, `spaces`).
const char* to_string(TableLayout layout) noexcept;

/// One cell of a row, trimmed of surrounding whitespace.
struct TableCell {
  /// The cell text without surrounding spaces (ASCII, tab, NBSP, U+3000); inner text
  /// is kept exactly as written (HTML is left for the importer).
  std::string text;
  /// 1-based line of the cell.
  std::size_t line = 0;
  /// 1-based code-point column of the cell's first character (of its separator slot
  /// when the cell is empty).
  std::size_t column = 0;
  /// Byte offset of the cell's first character in the whole text.
  std::size_t offset = 0;
  /// 0-based position of the cell in its row, counting empty cells.
  std::size_t index = 0;
  /// True when the cell holds no text.
  bool empty() const noexcept { return text.empty(); }
};

/// One line of the text split into cells.
struct TableRow {
  /// 1-based line number.
  std::size_t line = 0;
  /// The cells in order, empty ones included (their position carries meaning).
  std::vector<TableCell> cells;
  /// True when no cell holds text (blank lines, separator lines such as `||||`).
  bool blank() const noexcept;
  /// Number of cells holding text.
  std::size_t filled() const noexcept;
};

/// Options of `read_table`.
struct TableReadOptions {
  /// When true, choose the layout from the text; otherwise use `layout`.
  bool detect_layout = true;
  /// The layout to use when `detect_layout` is false.
  TableLayout layout = TableLayout::tab;
};

/// A text read as a table.
struct Table {
  /// The layout used to split lines.
  TableLayout layout = TableLayout::tab;
  /// One row per line of the text, blank lines included, in order.
  std::vector<TableRow> rows;
  /// True when the text began with a UTF-8 byte order mark (skipped, not a cell).
  bool had_bom = false;
  /// True when some line ended in CR LF (or a lone CR).
  bool had_crlf = false;
  /// Number of cells holding text, over all rows.
  std::size_t filled_cells() const noexcept;
  /// The sheet's name when the table is a sheet of a workbook (`io::import_workbook`):
  /// each row is then a sheet row (`line` its 1-based number) and each cell's `index` its
  /// 0-based column; empty for text.
  std::string sheet;
};

/// Chooses the layout of `text`: `tab` when any line has a tab, `pipe` when at least
/// a fifth of the non-blank lines hold a `|`, `spaces` otherwise.
TableLayout detect_layout(std::string_view text) noexcept;

/// Splits `text` into rows and cells. Never throws for any input (invalid UTF-8 is
/// kept byte for byte; columns count every byte that is not a UTF-8 continuation byte); every non-space
/// character of the text that is not a separator ends up in exactly one cell.
/// Line breaks are LF, CR LF or a lone CR. Separators: a tab (`tab`); a `|`
/// (`pipe`); a run of ASCII spaces, NBSP or full-width spaces U+3000 (`spaces`).
Table read_table(std::string_view text, const TableReadOptions& options = {});

/// Number of code points in UTF-8 `text` (bytes that are not continuation bytes).
std::size_t code_points(std::string_view text) noexcept;

}  // namespace jixiao::io
