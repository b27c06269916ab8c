// Internal: the importer's state (the cells of the text and the result being built)
// and the readers of each section, defined in table_import*.cpp.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "jixiao/budget.hpp"
#include "jixiao/io/table_import.hpp"
#include "jixiao/taxonomy.hpp"
#include "table_import_text.hpp"

namespace jixiao::io::detail {

/// One cell of the text that holds something, with what the importer made of it.
struct Cell {
  std::string text;      // HTML removed
  std::size_t line = 0;  // 1-based
  std::size_t column = 0;
  std::size_t index = 0;  // position in its table row
  std::size_t row = 0;    // table row
  bool html = false;      // HTML was removed
  bool used = false;
  std::size_t tail = static_cast<std::size_t>(-1);  // a wrapped cell joined into this one
  bool merged = false;  // this cell is the tail of the cell before it
  bool accounted = false;  // recorded in the source map or quoted by a finding
  bool starts_row = false;  // one of several indicators split out of one sentence
  bool weight_cut = false;  // a weight cut off the target it ran into (JX-I013)
  bool repeated_value = false;  // a value written twice in a run (target, then actual)
  bool after_colon = false;  // the text after a category and its colon in prose
  // What the text means, computed once (lookups normalise the text each time).
  mutable bool classified = false;
  mutable Heading heading;
  mutable Role role = Role::none;
  mutable std::optional<Level1> l1;
  mutable std::optional<Level2> l2;
  /// Replaces the text; its meaning is looked up again.
  void set_text(std::string t) {
    text = std::move(t);
    classified = false;
  }
};

// --- budget labels (table_import_budget.cpp)

/// The self-evaluation columns of a budget execution table (年初预算数, 执行率 …).
enum class ExecColumn : std::uint8_t { initial, full_year, executed, rate, weight, score, reason };

/// The execution column the key `k` names, if any.
std::optional<ExecColumn> exec_column(const std::string& k);
/// `预算数` or `执行数` alone: an execution column only in a row with a named one.
std::optional<ExecColumn> bare_exec_column(const std::string& k);
/// The budget line a label names (`基本支出`, `其中:财政拨款`), if any.
std::optional<BudgetCategory> budget_label(const std::string& text);
/// A declared total (`年度资金总额`, `项目总预算` …).
bool total_label(const std::string& text);
/// A cell written as an amount that `parse_amount` cannot read: digits with only
/// separators, signs and a money unit around them (`12,3x4` is not; `1.2.3`,
/// `1234567890123456789` (19 digits) and `12..5万元` are), so it is reported as an
/// unreadable amount (JX-I007) of its line rather than as an unknown cell.
bool unreadable_amount(const std::string& text);

// --- goals (table_import_tasks.cpp)

/// Numbered goals in one cell (`目标1：…；目标2：…`, `1、…2、…`) split, markers and
/// trailing `；` removed; the text as one goal when it holds fewer than two.
std::vector<std::string> split_goals(const std::string& text);

// --- the importer

struct IndicatorTable;
struct IndicatorRow;

/// Reads one text into an `ImportResult`: finds the sections by their headings and
/// hands each to its reader; every cell ends in the source map or in a finding.
class Importer {
 public:
  /// `file` is only used in the findings' positions.
  Importer(std::string_view text, std::string_view file) : text_(text), file_(file) {}
  /// Imports cells already read (a workbook sheet): `text` is the table as tab-separated
  /// text, which the cells' offsets index (comment lines are read from it).
  Importer(Table table, std::string_view text, std::string_view file)
      : text_(text), file_(file), table_(std::move(table)), given_table_(true) {}

  /// Imports the text (once).
  ImportResult run();

 private:
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);

  // -- accounting (table_import.cpp)
  // A workbook cell is named by its sheet, row and column (`Sheet1!B14`), however the
  // importer split its text.
  SourcePosition pos(const Cell& c) const {
    if (!table_.sheet.empty()) return SourcePosition{file_, c.line, c.index + 1, table_.sheet};
    return SourcePosition{file_, c.line, c.column, {}};
  }
  // The cell went into the model at `path`.
  void use(std::size_t id, const std::string& path);
  Finding& finding(const char* id, Severity severity, std::string path, const Cell* at, std::string zh,
                   std::string en);
  // A cell the model cannot hold: quoted in a finding.
  void leave(std::size_t id, const char* fid, Severity severity, const std::string& path, const std::string& zh,
             const std::string& en);

  // -- structure (table_import.cpp)
  void read_cells();
  void join_broken_word(Cell& c, std::size_t offset);
  void join_brackets(std::size_t first);
  void join_spaced_labels(std::size_t first);
  void read_comment_lines();
  void note_cut_off_table();  // JX-I019: the text ends in the indicator table's last row
  void note_table_only();     // JX-I020: the text begins at the indicator table
  const Cell& meaning(std::size_t id) const {
    const Cell& c = cells_[id];
    if (!c.classified) {
      const std::string k = key_text(c.text);
      c.heading = heading_of_key(c.text, k);
      c.role = c.text.size() > 90 ? Role::none : header_role_key(k, true);
      // Category names are short and hold one of a few words; other cells are never one.
      const bool maybe = c.text.size() <= 120 && may_be_category(c.text);
      c.l1 = maybe ? from_string<Level1>(c.text) : std::nullopt;
      c.l2 = maybe ? from_string<Level2>(c.text) : std::nullopt;
      if (maybe) more_category_spellings(c.text, c.l1, c.l2);
      c.classified = true;
    }
    return c;
  }
  const Heading& head(std::size_t id) const { return meaning(id).heading; }
  Role role(std::size_t id) const { return meaning(id).role; }
  std::optional<Level1> cell_l1(std::size_t id) const { return meaning(id).l1; }
  std::optional<Level2> cell_l2(std::size_t id) const { return meaning(id).l2; }
  bool vocab(std::size_t id) const { return cell_l1(id) || cell_l2(id); }
  bool is_heading(std::size_t id) const { return head(id).section != Section::none; }
  static bool is_label(const std::string& text);
  std::size_t section_end(std::size_t from) const;
  std::size_t next_in_row(std::size_t id) const {
    return id + 1 < cells_.size() && cells_[id + 1].row == cells_[id].row ? id + 1 : npos;
  }
  /// Whether the cell stands alone on its row (one cell per line: its value is on the next).
  bool alone_in_row(std::size_t id) const { return table_.rows[cells_[id].row].filled() == 1; }
  /// The cell holding the value of the label `id`: the next in its row, or the next
  /// line's first cell when the label stands alone on its line.
  std::size_t value_after(std::size_t id) const {
    if (const std::size_t n = next_in_row(id); n != npos) return n;
    return id + 1 < cells_.size() && !cells_[id + 1].used && alone_in_row(id) ? id + 1 : npos;
  }
  bool names_its_category(std::size_t i, std::size_t end, bool row_has_name) const;
  bool join_vertical_label(std::size_t k, std::size_t end);
  bool repeats_row_name(const std::vector<std::size_t>& row, const std::string& t) const;
  void read_field(std::size_t id, const Heading& h);
  void read_title(std::size_t id);

  // -- sections (table_import_budget.cpp, table_import_tasks.cpp)
  void read_budget(std::size_t begin, std::size_t end, bool heading = true);
  bool wrapped_exec_column(std::size_t i, std::size_t end, std::vector<ExecColumn>& exec);
  bool beside_exec_column(std::size_t i) const;
  std::vector<std::size_t> exec_columns_of(const std::vector<ExecColumn>& exec, const std::vector<std::size_t>& values) const;
  void wrapped_header_joined(std::size_t at, std::size_t rest, const char* path);
  void read_goals(std::size_t begin, std::size_t end);
  void join_cut_sentence(std::size_t i, std::size_t end);
  void read_key_tasks(std::size_t begin, std::size_t end);
  void read_other_tasks(std::size_t begin, std::size_t end);

  // -- indicators stated in sentences of a report (table_import_sentences.cpp)
  bool holds_result_sentences(std::size_t id) const;
  void read_result_sentences();

  // -- the indicator table (table_import_indicators.cpp); returns where the section ends
  std::size_t read_indicators(std::size_t begin, std::size_t end);
  std::pair<std::vector<std::pair<std::size_t, Role>>, std::size_t> read_indicator_header(std::size_t from,
                                                                                          std::size_t end);
  bool interleaved_header_word(std::size_t j, std::size_t end) const;
  bool repeats_row_start(const std::vector<std::size_t>& row, std::size_t i, std::size_t end) const;
  void adopt_header(IndicatorTable& ind_table, std::vector<std::pair<std::size_t, Role>> header, std::size_t from,
                    std::size_t to);
  void join_wrapped_categories(std::size_t from, std::size_t end);
  TargetValue make_target(const std::string& text, const std::string& unit, const std::string& path, const Cell& at);

  // -- one indicator row (table_import_indicator_row.cpp), in the order they run
  void read_indicator_row(IndicatorTable& ind_table, const std::vector<std::size_t>& whole_row);
  std::vector<std::size_t> drop_left_columns(const std::vector<std::size_t>& whole_row);
  IndicatorRow categorise(IndicatorTable& ind_table, const std::vector<std::size_t>& row);
  // The offset against the header at which the row's value cells are placed.
  long offset_to_place(const IndicatorTable& ind_table, const IndicatorRow& row, long mode_offset) const;
  void place_values(const IndicatorTable& ind_table, IndicatorRow& row, long place_offset) const;
  // The indicator from the placed cells; `uses` and `unread` are accounted after it is added.
  void fill_indicator(const IndicatorTable& ind_table, const IndicatorRow& row, const std::string& path, Indicator& ind,
                      std::vector<std::pair<std::size_t, std::string>>& uses, std::vector<std::size_t>& unread,
                      std::vector<std::size_t>& other_values);
  // A 分值 run into the end of the row's target (`100%20`): cut off into the weight.
  void take_glued_weight(std::string& target, const IndicatorTable& ind_table, const IndicatorRow& row, Indicator& ind,
                         std::size_t cell, const std::string& path,
                         std::vector<std::pair<std::size_t, std::string>>& uses);
  void report_shift(IndicatorTable& ind_table, const IndicatorRow& row, const std::string& path, long mode_offset);
  void keep_first_half(const IndicatorRow& early, const std::string& path);

  std::string_view text_;
  std::string file_;
  Table table_;
  bool given_table_ = false;  // table_ was read by the caller (a workbook sheet)
  std::vector<Cell> cells_;
  bool row_mode_ = true;
  bool kind_from_comment_ = false;
  std::vector<std::size_t> row_cells_;  // cells of each table row (after splits)
  std::size_t crowded_limit_ = npos;     // more cells than this on a line: read as a stream
  // The row's line holds a whole table run together (read as a stream of cells).
  bool crowded(std::size_t id) const { return row_mode_ && row_cells_[cells_[id].row] > crowded_limit_; }
  std::vector<std::size_t> offsets_;    // byte offset of each cell's text in text_
  std::vector<std::size_t> raw_sizes_;  // byte size of each cell's text as read
  // Cells left unread that state indicators in sentences: read after the tables, so
  // that a row the table gave is not added twice.
  std::vector<std::size_t> sentence_cells_;
  bool sentences_read_ = false;
  ImportResult out_;
};

}  // namespace jixiao::io::detail
