// Internal: the pieces of io::import_workbook (workbook_import.cpp): the shown text of
// a number (workbook_number.cpp), the size check of a zip (workbook_zip.cpp) and the
// sheets read through orcus (workbook_sheets.cpp).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jixiao/finding.hpp"
#include "jixiao/io/limits.hpp"
#include "jixiao/io/table_reader.hpp"

namespace jixiao::io::detail {

/// The text a spreadsheet shows for `value` under the number format `format`
/// (`0.00%`, `#,##0.00`, `General`; empty is General): the digits come from the
/// shortest decimal that reads back as `value`, rounded half away from zero (as Excel
/// and LibreOffice show it) to the format's places, so 1992.29 is `1,992.29`, never
/// 1992.2899999. Percent formats scale by 100 and keep the `%`; date formats give
/// `YYYY-MM-DD`; text and currency literals of the format are left out.
std::string shown_number(double value, std::string_view format);

/// The format string of one of Excel's built-in number formats (`4` → `#,##0.00`,
/// `9` → `0%`); empty when `id` is not one that changes the shown digits.
std::string_view builtin_number_format(std::size_t id) noexcept;

/// The kinds of workbook file, by their first bytes.
enum class WorkbookKind { zip, ole, xml, unknown };

/// The kind of `bytes` by its signature: a zip (xlsx, ods), an OLE compound file (a
/// legacy .xls or a password-protected xlsx), XML (Excel 2003 XML), or unknown.
WorkbookKind workbook_kind(std::string_view bytes) noexcept;

/// True when an OLE compound file holds an `EncryptedPackage` stream (an encrypted,
/// password-protected Office Open XML file).
bool encrypted_package(std::string_view bytes) noexcept;

/// Why a zip is not read.
struct ZipProblem {
  /// True when the sizes it declares add up past the limit (a zip bomb); false when it
  /// is damaged (truncated, no central directory).
  bool over_limit = false;
  /// The reason in English.
  std::string reason;
};

/// Why the zip `bytes` is not safe to inflate: its central directory cannot be found
/// (truncated), the sizes it declares add up past `max_unzipped`, or an entry does not
/// inflate (zlib) to its declared size and CRC-32. None when it may be read.
std::optional<ZipProblem> zip_problem(std::string_view bytes, std::size_t max_unzipped);

/// One member of a zip, unpacked.
struct ZipMember {
  /// Its path in the zip.
  std::string name;
  /// Its bytes.
  std::string data;
};

/// The members of the zip `bytes`, inflated and checked as `zip_problem` checks them, in
/// the order of its central directory; none when `zip_problem` would find a problem.
std::optional<std::vector<ZipMember>> zip_members(std::string_view bytes, std::size_t max_unzipped);

/// A zip of `members`, uncompressed (stored); none past the 4 GiB of a zip without zip64.
std::optional<std::string> stored_zip(const std::vector<ZipMember>& members);

/// The `content.xml` of an .ods with what orcus 0.17 misreads made plain: a covered cell
/// (`table:covered-table-cell`, under a merged range) becomes an empty cell, so the cells
/// after it keep their columns (orcus skips it); a number cell (float, percentage,
/// currency) that shows its text (`<text:p>`) becomes a text cell of that text, so 95% is
/// `95%` and 1,992.29 is `1,992.29` (orcus drops percentages and does not link a cell to
/// its number format). Formula cells are left alone (read by their cached value).
std::string ods_content_for_orcus(std::string_view xml);

/// The .ods `bytes` with its `content.xml` rewritten by `ods_content_for_orcus`, as a
/// stored zip; none when `bytes` is not a sound .ods (its `mimetype` names an
/// OpenDocument spreadsheet) within `max_unzipped`.
std::optional<std::string> ods_for_orcus(std::string_view bytes, std::size_t max_unzipped);

/// One sheet as a table, its rows and cells from the workbook.
struct SheetTable {
  /// The sheet's cells as the importer reads them (`table.sheet` is the sheet's name).
  Table table;
  /// The same cells as tab-separated text; each cell's `offset` indexes it.
  std::string text;
};

/// The sheets of a workbook read by orcus, with findings for what could not be read
/// (JX-IO028 … JX-IO031, JX-I016). `sheet` non-empty: only that sheet.
std::vector<SheetTable> read_sheets(std::string_view bytes, WorkbookKind kind, const std::string& file,
                                    const std::string& sheet, const Limits& limits, std::vector<Finding>& findings);

}  // namespace jixiao::io::detail
