// The table reader: lines → cells with positions. Byte-level and allocation-light,
// because every import and the fuzzer go through it.
#include "jixiao/io/table_reader.hpp"

#include <algorithm>

#include "jixiao/text.hpp"

namespace jixiao::io {
namespace {

bool is_continuation(unsigned char c) noexcept { return (c & 0xC0u) == 0x80u; }

// Length of a pipe separator at `i` (ASCII `|` or full-width `｜` U+FF5C), or 0.
std::size_t pipe_at(std::string_view s, std::size_t i) noexcept {
  if (s[i] == '|') return 1;
  if (static_cast<unsigned char>(s[i]) == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBD &&
      static_cast<unsigned char>(s[i + 2]) == 0x9C)
    return 3;
  return 0;
}

struct LineView {
  std::string_view text;  // without the line break
  std::size_t offset = 0;  // byte offset of the line in the whole text
};

std::vector<LineView> split_lines(std::string_view text, std::size_t start, bool& had_crlf) {
  std::vector<LineView> lines;
  std::size_t begin = start;
  for (std::size_t i = start; i < text.size(); ++i) {
    if (text[i] == '\n' || text[i] == '\r') {
      lines.push_back({text.substr(begin, i - begin), begin});
      if (text[i] == '\r') {
        had_crlf = true;
        if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
      }
      begin = i + 1;
    }
  }
  if (begin < text.size()) lines.push_back({text.substr(begin), begin});
  return lines;
}

// Adds the cell for bytes [b, e) of `line` to `row`, trimming spaces.
void add_cell(TableRow& row, const LineView& line, std::size_t b, std::size_t e, std::size_t line_no) {
  const std::string_view s = line.text;
  std::size_t tb = b;
  while (tb < e) {
    const std::size_t n = whitespace_at(s, tb);
    if (n == 0 || tb + n > e) break;
    tb += n;
  }
  std::size_t te = e;
  while (te > tb) {
    const std::size_t n = whitespace_before(s, te);
    if (n == 0 || te - n < tb) break;
    te -= n;
  }
  TableCell cell;
  const std::size_t at = tb < e ? tb : b;
  cell.text.assign(s.substr(tb, te - tb));
  cell.line = line_no;
  cell.column = code_points(s.substr(0, at)) + 1;
  cell.offset = line.offset + at;
  cell.index = row.cells.size();
  row.cells.push_back(std::move(cell));
}

}  // namespace

const char* to_string(TableLayout layout) noexcept {
  switch (layout) {
    case TableLayout::tab: return "tab";
    case TableLayout::pipe: return "pipe";
    case TableLayout::spaces: return "spaces";
  }
  return "tab";
}

bool TableRow::blank() const noexcept {
  return std::all_of(cells.begin(), cells.end(), [](const TableCell& c) { return c.empty(); });
}

std::size_t TableRow::filled() const noexcept {
  return static_cast<std::size_t>(
      std::count_if(cells.begin(), cells.end(), [](const TableCell& c) { return !c.empty(); }));
}

std::size_t Table::filled_cells() const noexcept {
  std::size_t n = 0;
  for (const TableRow& r : rows) n += r.filled();
  return n;
}

std::size_t code_points(std::string_view text) noexcept {
  std::size_t n = 0;
  for (char c : text) n += is_continuation(static_cast<unsigned char>(c)) ? 0 : 1;
  return n;
}

TableLayout detect_layout(std::string_view text) noexcept {
  std::size_t lines = 0;
  std::size_t with_pipe = 0;
  std::size_t begin = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && text[i] == '\t') return TableLayout::tab;
    if (i == text.size() || text[i] == '\n' || text[i] == '\r') {
      const std::string_view line = text.substr(begin, i - begin);
      if (!trim(line).empty() && line.rfind("# ", 0) != 0) {
        ++lines;
        for (std::size_t j = 0; j < line.size(); ++j) {
          if (pipe_at(line, j) != 0) {
            ++with_pipe;
            break;
          }
        }
      }
      begin = i + 1;
    }
  }
  if (with_pipe > 0 && with_pipe * 5 >= lines) return TableLayout::pipe;
  return TableLayout::spaces;
}

Table read_table(std::string_view text, const TableReadOptions& options) {
  Table table;
  std::size_t start = 0;
  if (text.size() >= 3 && static_cast<unsigned char>(text[0]) == 0xEF && static_cast<unsigned char>(text[1]) == 0xBB &&
      static_cast<unsigned char>(text[2]) == 0xBF) {
    table.had_bom = true;
    start = 3;
  }
  table.layout = options.detect_layout ? detect_layout(text.substr(start)) : options.layout;
  const std::vector<LineView> lines = split_lines(text, start, table.had_crlf);
  table.rows.reserve(lines.size());
  std::size_t line_no = 0;
  for (const LineView& line : lines) {
    ++line_no;
    TableRow row;
    row.line = line_no;
    const std::string_view s = line.text;
    switch (table.layout) {
      case TableLayout::tab:
      case TableLayout::pipe: {
        std::size_t b = 0;
        for (std::size_t i = 0; i < s.size();) {
          const std::size_t n = table.layout == TableLayout::tab ? (s[i] == '\t' ? 1 : 0) : pipe_at(s, i);
          if (n == 0) {
            ++i;
            continue;
          }
          add_cell(row, line, b, i, line_no);
          i += n;
          b = i;
        }
        add_cell(row, line, b, s.size(), line_no);
        break;
      }
      case TableLayout::spaces: {
        std::size_t i = 0;
        while (i < s.size()) {
          const std::size_t n = whitespace_at(s, i);
          if (n != 0) {
            i += n;
            continue;
          }
          const std::size_t b = i;
          while (i < s.size() && whitespace_at(s, i) == 0) ++i;
          add_cell(row, line, b, i, line_no);
        }
        break;
      }
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

}  // namespace jixiao::io
