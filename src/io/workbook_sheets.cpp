// The sheets of a workbook read by orcus (LibreOffice's import library) into its
// spreadsheet model, then turned into the importer's tables: one row per sheet row, one
// cell per column, numbers as the sheet shows them, merged ranges copied down the rows
// they cover, hidden rows and columns reported.
#include <algorithm>
#include <exception>
#include <memory>
#include <new>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <ixion/address.hpp>
#include <ixion/cell_access.hpp>
#include <ixion/model_context.hpp>
#include <orcus/format_detection.hpp>
#include <orcus/orcus_ods.hpp>
#include <orcus/orcus_xls_xml.hpp>
#include <orcus/orcus_xlsx.hpp>
#include <orcus/spreadsheet/document.hpp>
#include <orcus/spreadsheet/factory.hpp>
#include <orcus/spreadsheet/import_interface.hpp>
#include <orcus/spreadsheet/sheet.hpp>
#include <orcus/spreadsheet/styles.hpp>

#include "document_check.hpp"
#include "jixiao/io/utf8_text.hpp"
#include "workbook_detail.hpp"

namespace jixiao::io::detail {
namespace {

namespace ss = orcus::spreadsheet;

Finding at_cell(Finding f, const std::string& file, const std::string& sheet, std::size_t row, std::size_t column) {
  f.location.source = SourcePosition{file, row, column, sheet};
  return f;
}

// The number format of a cell: the format string the workbook gives for its format id
// (xlsx numFmtId), else Excel's built-in format of that id (xlsx leaves those out).
// None when the cell names a format the model does not hold (orcus 0.17 loses the link
// from an .ods cell's automatic style to its data style).
std::optional<std::string> number_format(const ss::document& doc, const ss::sheet& sh, ss::row_t row, ss::col_t col) {
  const ss::styles& styles = doc.get_styles();
  const std::size_t xf_id = sh.get_cell_format(row, col);
  const ss::cell_format_t* xf = styles.get_cell_format(xf_id);
  if (xf == nullptr) return xf_id == 0 ? std::optional<std::string>(std::string()) : std::nullopt;
  for (std::size_t k = 0; k < styles.get_number_format_count(); ++k) {
    const ss::number_format_t* nf = styles.get_number_format(k);
    if (nf != nullptr && nf->identifier == xf->number_format) return std::string(nf->format_string);
  }
  return std::string(builtin_number_format(xf->number_format));
}

// A cell's text as the sheet shows it; formulas by their cached result. Line breaks and
// tabs inside a cell become spaces (the importer's cells are one line). `unformatted`
// is set when a number was read without its format.
std::string cell_text(const ss::document& doc, const ss::sheet& sh, ss::sheet_t index, ss::row_t row, ss::col_t col,
                      bool& unformatted) {
  std::string text;
  try {
    const ixion::cell_access cell = doc.get_model_context().get_cell_access(ixion::abs_address_t(index, row, col));
    switch (cell.get_value_type()) {
      case ixion::cell_value_t::string: text = std::string(cell.get_string_value()); break;
      case ixion::cell_value_t::numeric: {
        const std::optional<std::string> format = number_format(doc, sh, row, col);
        unformatted = !format;
        text = shown_number(cell.get_numeric_value(), format ? *format : std::string());
        break;
      }
      case ixion::cell_value_t::boolean: text = cell.get_boolean_value() ? "TRUE" : "FALSE"; break;
      case ixion::cell_value_t::error: text = "#ERROR!"; break;
      default: break;
    }
  } catch (const std::bad_alloc&) {
    throw;
  } catch (const std::exception&) {
    return {};  // a formula without a cached result: nothing shown
  }
  for (char& c : text) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return valid_text(text);
}

// Runs of hidden rows (or columns) that hold text, as findings (JX-IO031).
void report_hidden(const std::vector<std::vector<std::string>>& grid, const ss::sheet& sh, bool rows,
                   const std::string& file, const std::string& name, std::vector<Finding>& findings) {
  const std::size_t n = rows ? grid.size() : (grid.empty() ? 0 : grid[0].size());
  for (std::size_t k = 0; k < n;) {
    const bool hidden = rows ? sh.is_row_hidden(static_cast<ss::row_t>(k), nullptr, nullptr)
                             : sh.is_col_hidden(static_cast<ss::col_t>(k), nullptr, nullptr);
    std::size_t end = k + 1;
    if (!hidden) {
      k = end;
      continue;
    }
    while (end < n && (rows ? sh.is_row_hidden(static_cast<ss::row_t>(end), nullptr, nullptr)
                            : sh.is_col_hidden(static_cast<ss::col_t>(end), nullptr, nullptr)))
      ++end;
    // The first cell with text in the run.
    std::size_t at_row = 0;
    std::size_t at_col = 0;
    bool found = false;
    for (std::size_t r = rows ? k : 0; r < (rows ? end : grid.size()) && !found; ++r) {
      for (std::size_t c = rows ? 0 : k; c < (rows ? grid[r].size() : end) && !found; ++c) {
        if (!grid[r][c].empty()) {
          at_row = r;
          at_col = c;
          found = true;
        }
      }
    }
    if (found) {
      const std::string first = rows ? std::to_string(k + 1) : column_name(k + 1);
      const std::string last = rows ? std::to_string(end) : column_name(end);
      Finding f = io_finding("JX-IO031", Severity::warning, "",
                             std::string(rows ? "hidden rows" : "hidden columns") +
                                 " {first}–{last} hold text; they were read as if shown: {text}",
                             std::string(rows ? "隐藏的行" : "隐藏的列") + " {first}–{last} 中有内容，已按显示读取：{text}");
      f.arg("first", first).arg("last", last).arg("text", grid[at_row][at_col]);
      findings.push_back(at_cell(std::move(f), file, name, at_row + 1, at_col + 1));
    }
    k = end;
  }
}

// The grid of one sheet's texts, merged ranges copied down the rows they cover (a 一级
// merged over six rows names all six; the other columns of a range stay empty, as a
// title merged across a row is one cell). A row with no text of its own stays blank: a
// spacer row inside a merged 绩效指标 holds nothing the label could head, and a row of
// copied labels alone would read as an indicator named after the label.
std::vector<std::vector<std::string>> sheet_grid(const ss::document& doc, const ss::sheet& sh, ss::sheet_t index,
                                                 std::size_t rows, std::size_t cols, const std::string& file,
                                                 const std::string& name, std::vector<Finding>& findings) {
  std::vector<std::vector<std::string>> grid(rows, std::vector<std::string>(cols));
  std::size_t unformatted_count = 0;
  std::size_t first_row = 0;
  std::size_t first_col = 0;
  for (std::size_t r = 0; r < rows; ++r) {
    for (std::size_t c = 0; c < cols; ++c) {
      bool unformatted = false;
      grid[r][c] = cell_text(doc, sh, index, static_cast<ss::row_t>(r), static_cast<ss::col_t>(c), unformatted);
      if (unformatted && unformatted_count++ == 0) {
        first_row = r;
        first_col = c;
      }
    }
  }
  if (unformatted_count > 0) {
    Finding f = io_finding("JX-IO034", Severity::warning, "",
                           "{count} numbers of the sheet name a number format the reader cannot resolve; they were read "
                           "as stored (a percentage as 0.95, not 95%), the first: {text}",
                           "工作表中有{count}个数字的数字格式无法解析，已按存储值读取（百分比读作0.95而非95%），第一个：{text}");
    f.arg("count", std::to_string(unformatted_count)).arg("text", grid[first_row][first_col]);
    findings.push_back(at_cell(std::move(f), file, name, first_row + 1, first_col + 1));
  }
  std::vector<bool> own_text(rows, false);
  for (std::size_t r = 0; r < rows; ++r) {
    for (const std::string& text : grid[r]) own_text[r] = own_text[r] || !text.empty();
  }
  for (std::size_t r = 0; r < rows; ++r) {
    for (std::size_t c = 0; c < cols; ++c) {
      const ss::range_t m = sh.get_merge_cell_range(static_cast<ss::row_t>(r), static_cast<ss::col_t>(c));
      if (m.first.row != static_cast<ss::row_t>(r) || m.first.column != static_cast<ss::col_t>(c)) continue;
      const std::size_t last = std::min(static_cast<std::size_t>(std::max<ss::row_t>(m.last.row, 0)), rows - 1);
      for (std::size_t rr = r + 1; rr <= last; ++rr) {
        if (own_text[rr] && grid[rr][c].empty()) grid[rr][c] = grid[r][c];
      }
    }
  }
  return grid;
}

// The first cell longer than `max_text_bytes` (row, column), if any.
std::optional<std::pair<std::size_t, std::size_t>> longest_cell(const std::vector<std::vector<std::string>>& grid,
                                                                std::size_t max_text_bytes) {
  for (std::size_t r = 0; r < grid.size(); ++r) {
    for (std::size_t c = 0; c < grid[r].size(); ++c) {
      if (grid[r][c].size() > max_text_bytes) return std::make_pair(r, c);
    }
  }
  return std::nullopt;
}

// The grid as the importer's table, with its tab-separated text.
SheetTable sheet_table(const std::vector<std::vector<std::string>>& grid, const std::string& name) {
  SheetTable out;
  out.table.layout = TableLayout::tab;
  out.table.sheet = name;
  for (std::size_t r = 0; r < grid.size(); ++r) {
    TableRow row;
    row.line = r + 1;
    std::size_t width = grid[r].size();
    while (width > 0 && grid[r][width - 1].empty()) --width;
    for (std::size_t c = 0; c < width; ++c) {
      if (c > 0) out.text += '\t';
      TableCell cell;
      cell.text = grid[r][c];
      cell.line = r + 1;
      cell.column = c + 1;
      cell.offset = out.text.size();
      cell.index = c;
      out.text += cell.text;
      row.cells.push_back(std::move(cell));
    }
    out.text += '\n';
    out.table.rows.push_back(std::move(row));
  }
  return out;
}

std::unique_ptr<orcus::iface::import_filter> filter_for(std::string_view bytes, WorkbookKind kind,
                                                        ss::import_factory& factory) {
  if (kind == WorkbookKind::xml) return std::make_unique<orcus::orcus_xls_xml>(&factory);
  const orcus::format_t format =
      orcus::detect(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  if (format == orcus::format_t::ods) return std::make_unique<orcus::orcus_ods>(&factory);
  if (format == orcus::format_t::xlsx) return std::make_unique<orcus::orcus_xlsx>(&factory);
  return nullptr;
}

// The model's size and sheet count. orcus's model (ixion) allocates a column store per
// column of every sheet, whatever the sheet holds: at Excel's 16,384 columns one empty
// sheet costs about 4.5 MB and 17 ms, so a small file naming many sheets would take
// gigabytes (found by workbook_fuzzer). Forms are a few dozen columns wide.
constexpr ss::col_t kMaxColumns = 1024;
constexpr ss::row_t kMaxRows = 1048576;
constexpr std::size_t kMaxSheets = 64;

// Thrown from append_sheet past kMaxSheets, through orcus, to read_sheets.
struct TooManySheets {};

// A row or column outside the model, refused before orcus's model sees it: Debian's
// orcus 0.17 aborts on an assertion for a column width at column -1 (an xlsx `<col>`
// without its `min`; found by workbook_fuzzer).
void check_cell(ss::row_t row, ss::col_t col) {
  if (row < 0 || row >= kMaxRows || col < 0 || col >= kMaxColumns) {
    throw std::runtime_error("a row or column out of range (" + std::to_string(row) + ", " + std::to_string(col) + ")");
  }
}

// True for a row or column past the model's last (Excel writes `<col min="5"
// max="16384">` for the columns after a table): a width or a hidden flag there holds
// nothing and is skipped. Before the first is refused (check_cell).
bool past_model(ss::row_t row, ss::col_t col) {
  check_cell(std::min<ss::row_t>(row, 0), std::min<ss::col_t>(col, 0));
  return row >= kMaxRows || col >= kMaxColumns;
}

// The sheet properties orcus sets (widths, hidden rows and columns, merges), checked.
class GuardedProperties : public ss::iface::import_sheet_properties {
 public:
  explicit GuardedProperties(ss::iface::import_sheet_properties* inner) : inner_(inner) {}
  void set_column_width(ss::col_t col, double width, orcus::length_unit_t unit) override {
    if (!past_model(0, col)) inner_->set_column_width(col, width, unit);
  }
  void set_column_hidden(ss::col_t col, bool hidden) override {
    if (!past_model(0, col)) inner_->set_column_hidden(col, hidden);
  }
  void set_row_height(ss::row_t row, double height, orcus::length_unit_t unit) override {
    if (!past_model(row, 0)) inner_->set_row_height(row, height, unit);
  }
  void set_row_hidden(ss::row_t row, bool hidden) override {
    if (!past_model(row, 0)) inner_->set_row_hidden(row, hidden);
  }
  void set_merge_cell_range(const ss::range_t& range) override {
    check_cell(range.first.row, range.first.column);
    check_cell(range.last.row, range.last.column);
    if (range.first.row > range.last.row || range.first.column > range.last.column) {
      throw std::runtime_error("a merged range that ends before it starts");
    }
    inner_->set_merge_cell_range(range);
  }

 private:
  ss::iface::import_sheet_properties* inner_;
};

// One sheet as orcus fills it, every position checked (check_cell) before the model.
class GuardedSheet : public ss::iface::import_sheet {
 public:
  explicit GuardedSheet(ss::iface::import_sheet* inner)
      : inner_(inner), properties_(inner->get_sheet_properties()) {}
  ss::iface::import_sheet* inner() const { return inner_; }

  ss::iface::import_sheet_view* get_sheet_view() override { return inner_->get_sheet_view(); }
  ss::iface::import_sheet_properties* get_sheet_properties() override {
    return inner_->get_sheet_properties() != nullptr ? &properties_ : nullptr;
  }
  // Data tables, filters, tables, conditional formats, names and formulas are not read:
  // a form needs none of them, and each is one more way into the model.
  ss::iface::import_data_table* get_data_table() override { return nullptr; }
  ss::iface::import_auto_filter* get_auto_filter() override { return nullptr; }
  ss::iface::import_table* get_table() override { return nullptr; }
  ss::iface::import_conditional_format* get_conditional_format() override { return nullptr; }
  ss::iface::import_named_expression* get_named_expression() override { return nullptr; }
  ss::iface::import_array_formula* get_array_formula() override { return nullptr; }
  ss::iface::import_formula* get_formula() override { return inner_->get_formula(); }

  void set_auto(ss::row_t row, ss::col_t col, std::string_view text) override {
    check_cell(row, col);
    inner_->set_auto(row, col, text);
  }
  void set_string(ss::row_t row, ss::col_t col, ss::string_id_t id) override {
    check_cell(row, col);
    inner_->set_string(row, col, id);
  }
  void set_value(ss::row_t row, ss::col_t col, double value) override {
    check_cell(row, col);
    inner_->set_value(row, col, value);
  }
  void set_bool(ss::row_t row, ss::col_t col, bool value) override {
    check_cell(row, col);
    inner_->set_bool(row, col, value);
  }
  void set_date_time(ss::row_t row, ss::col_t col, int year, int month, int day, int hour, int minute,
                     double second) override {
    check_cell(row, col);
    inner_->set_date_time(row, col, year, month, day, hour, minute, second);
  }
  void set_format(ss::row_t row, ss::col_t col, std::size_t xf) override {
    check_cell(row, col);
    inner_->set_format(row, col, xf);
  }
  void set_format(ss::row_t row_start, ss::col_t col_start, ss::row_t row_end, ss::col_t col_end,
                  std::size_t xf) override {
    check_cell(row_start, col_start);
    check_cell(row_end, col_end);
    inner_->set_format(row_start, col_start, row_end, col_end, xf);
  }
  void fill_down_cells(ss::row_t row, ss::col_t col, ss::row_t size) override {
    check_cell(row, col);
    if (size < 0 || size >= kMaxRows - row) throw std::runtime_error("a fill past the last row");
    inner_->fill_down_cells(row, col, size);
  }
  ss::range_size_t get_sheet_size() const override { return inner_->get_sheet_size(); }

 private:
  ss::iface::import_sheet* inner_;
  GuardedProperties properties_;
};

// orcus's factory that refuses a sheet past kMaxSheets and hands out checked sheets.
class LimitedFactory : public ss::import_factory {
 public:
  explicit LimitedFactory(ss::document& doc) : ss::import_factory(doc) {}
  ss::iface::import_sheet* append_sheet(ss::sheet_t index, std::string_view name) override {
    if (sheets_.size() >= kMaxSheets) throw TooManySheets{};
    return guard(ss::import_factory::append_sheet(index, name));
  }
  ss::iface::import_sheet* get_sheet(std::string_view name) override { return guard(ss::import_factory::get_sheet(name)); }
  ss::iface::import_sheet* get_sheet(ss::sheet_t index) override { return guard(ss::import_factory::get_sheet(index)); }

 private:
  ss::iface::import_sheet* guard(ss::iface::import_sheet* inner) {
    if (inner == nullptr) return nullptr;
    for (const auto& s : sheets_) {
      if (s->inner() == inner) return s.get();
    }
    sheets_.push_back(std::make_unique<GuardedSheet>(inner));
    return sheets_.back().get();
  }
  std::vector<std::unique_ptr<GuardedSheet>> sheets_;
};

Finding unreadable(const std::string& file, const std::string& why) {
  Finding f = io_finding("JX-IO028", Severity::error, "", "the workbook cannot be read: {reason}",
                         "无法读取该工作簿：{reason}");
  f.arg("reason", why);
  f.location.source = SourcePosition{file, 0, 0};
  return f;
}

}  // namespace

std::vector<SheetTable> read_sheets(std::string_view bytes, WorkbookKind kind, const std::string& file,
                                    const std::string& sheet, const Limits& limits, std::vector<Finding>& findings) {
  std::vector<SheetTable> out;
  ss::document doc(ss::range_size_t{kMaxRows, kMaxColumns});
  LimitedFactory factory(doc);
  try {
    // An .ods is read as ods_for_orcus rewrites it (covered cells and number cells made
    // plain: workbook_detail.hpp); any other workbook as it is.
    const bool is_ods = kind == WorkbookKind::zip &&
                        orcus::detect(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size()) ==
                            orcus::format_t::ods;
    const std::optional<std::string> ods = is_ods ? ods_for_orcus(bytes, limits.max_bytes) : std::nullopt;
    const std::string_view input = ods ? std::string_view(*ods) : bytes;
    std::unique_ptr<orcus::iface::import_filter> filter = filter_for(input, kind, factory);
    if (!filter) {
      findings.push_back(unreadable(file, "a zip that is neither an xlsx nor an ods workbook"));
      return out;
    }
    filter->read_stream(input);
  } catch (const std::bad_alloc&) {
    throw;
  } catch (const TooManySheets&) {
    Finding f = limit_finding("sheets", kMaxSheets, "the workbook has more sheets than the reader's limit",
                              "工作簿的工作表数超过上限");
    f.rule_id = "JX-I016";
    f.location.source = SourcePosition{file, 0, 0};
    findings.push_back(std::move(f));
    return out;
  } catch (const std::exception& e) {
    // Among them a cell past kMaxColumns: "BXY1 is not a valid cell address".
    findings.push_back(unreadable(file, std::string(e.what()) + " (the reader takes at most " +
                                            std::to_string(kMaxColumns) + " columns and " +
                                            std::to_string(kMaxSheets) + " sheets)"));
    return out;
  }
  bool sheet_found = sheet.empty();
  for (std::size_t i = 0; i < doc.get_sheet_count(); ++i) {
    const auto index = static_cast<ss::sheet_t>(i);
    const std::string name(doc.get_sheet_name(index));
    if (!sheet.empty() && name != sheet) continue;
    sheet_found = true;
    const ss::sheet* sh = doc.get_sheet(index);
    if (sh == nullptr) continue;
    const ixion::abs_range_t range = sh->get_data_range();
    if (!range.valid() || range.last.row < 0 || range.last.column < 0) continue;  // an empty sheet
    const std::size_t rows = static_cast<std::size_t>(range.last.row) + 1;
    const std::size_t cols = static_cast<std::size_t>(range.last.column) + 1;
    if (rows > limits.max_rows || rows * cols > limits.max_cells) {
      const bool too_long = rows > limits.max_rows;
      Finding f = limit_finding(too_long ? "max_rows" : "max_cells", too_long ? limits.max_rows : limits.max_cells,
                                too_long ? "the sheet has more rows than the limit"
                                         : "the sheet has more cells (rows × columns) than the limit",
                                too_long ? "工作表行数超过上限" : "工作表单元格数（行×列）超过上限");
      f.rule_id = "JX-I016";
      findings.push_back(at_cell(std::move(f), file, name, rows, cols));
      continue;
    }
    const auto grid = sheet_grid(doc, *sh, index, rows, cols, file, name, findings);
    if (const auto long_cell = longest_cell(grid, limits.max_text_bytes)) {
      Finding f = limit_finding("max_text_bytes", limits.max_text_bytes, "a cell longer than the limit",
                                "单元格长度超过上限");
      f.rule_id = "JX-I016";
      findings.push_back(at_cell(std::move(f), file, name, long_cell->first + 1, long_cell->second + 1));
      continue;
    }
    report_hidden(grid, *sh, true, file, name, findings);
    report_hidden(grid, *sh, false, file, name, findings);
    SheetTable table = sheet_table(grid, name);
    if (table.text.size() > limits.max_bytes) {
      Finding f = limit_finding("max_bytes", limits.max_bytes, "the sheet's text is larger than the limit",
                                "工作表文本超过字节上限");
      f.rule_id = "JX-I016";
      findings.push_back(at_cell(std::move(f), file, name, 1, 1));
      continue;
    }
    out.push_back(std::move(table));
  }
  if (!sheet_found) {
    Finding f = io_finding("JX-IO032", Severity::error, "", "the workbook has no sheet named \"{sheet}\"",
                           "工作簿中没有名为“{sheet}”的工作表");
    f.arg("sheet", sheet);
    f.location.source = SourcePosition{file, 0, 0};
    findings.push_back(std::move(f));
  }
  return out;
}

}  // namespace jixiao::io::detail
