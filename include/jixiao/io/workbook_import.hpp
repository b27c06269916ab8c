/// @file workbook_import.hpp
/// @brief Imports performance forms from spreadsheet workbooks (`.xlsx`, `.ods`, Excel
/// 2003 XML) through the same importer as table text (`import_form`): each sheet is read
/// by orcus into rows of cells, which the importer reads as it reads a tab-separated
/// table; positions name the sheet and cell (`form.xlsx:Sheet1!B14`). See docs/import.md.
///
/// Threads: both functions are thread-safe (each import has its own state).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "jixiao/finding.hpp"
#include "jixiao/io/limits.hpp"
#include "jixiao/io/table_import.hpp"

namespace jixiao::io {

/// Options of `import_workbook`.
struct WorkbookOptions {
  /// The one sheet to import (by its name); empty: every sheet that holds a form.
  std::string sheet;
  /// The limits: `max_bytes` on the file and on the sum of the sizes its zip declares,
  /// `max_rows` on a sheet's rows, `max_cells` on its rows × columns, `max_text_bytes` on
  /// one cell.
  Limits limits;
};

/// The form read from one sheet.
struct SheetForm {
  /// The sheet's name as the workbook gives it.
  std::string sheet;
  /// The import of its cells: the form, findings (with sheet!cell positions, hidden rows
  /// and columns of the sheet among them), source map and counts.
  ImportResult import;
};

/// The result of `import_workbook`.
struct WorkbookImport {
  /// One entry per sheet that holds a form (indicators were found), in the workbook's
  /// order; when no sheet holds one, the first sheet with text (its import says no
  /// indicator table was found); with `WorkbookOptions::sheet`, that sheet.
  std::vector<SheetForm> sheets;
  /// Findings about the workbook as a whole: why it was not read (JX-IO028 … JX-IO030,
  /// JX-IO032, JX-I016) and a sheet refused for a limit.
  std::vector<Finding> findings;
};

/// Imports the workbook `bytes` (`file_name` is only used in positions). The kind is
/// told by the bytes: a zip is an xlsx or an ods, `<?xml` Excel 2003 XML; a legacy `.xls`
/// (an OLE compound file) is refused naming the conversion (JX-IO030), a password-
/// protected one too (JX-IO029). Never throws on any input (only `std::bad_alloc`); a
/// file or a zip past `max_bytes` is refused before orcus reads it.
WorkbookImport import_workbook(std::string_view bytes, std::string_view file_name, const WorkbookOptions& options = {});

/// Reads the file `path` (at most `max_bytes` + 1 bytes) and imports it as above; the
/// file name in positions is `path` as given. JX-IO007 when it cannot be opened.
WorkbookImport import_workbook(const std::filesystem::path& path, const WorkbookOptions& options = {});

/// True when `path` ends in `.xlsx`, `.xlsm`, `.ods` or `.xls` (any case): a workbook.
bool is_workbook_file(const std::filesystem::path& path);

}  // namespace jixiao::io
