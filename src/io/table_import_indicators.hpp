// Internal: the state of an indicator table while it is read, shared by
// table_import_indicators.cpp (the table) and table_import_indicator_row.cpp (a row).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "jixiao/taxonomy.hpp"
#include "table_import_detail.hpp"

namespace jixiao::io::detail {

/// An indicator table being read: its column header and what carries down its rows.
struct IndicatorTable {
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);

  /// Column headers: (column index, role) in header order.
  std::vector<std::pair<std::size_t, Role>> header;
  /// Column positions mean something only when the header is one table row.
  bool header_in_one_row = false;
  /// `指标类型 | 指标名称 | 指标值`: 一级 and 二级 share the first two columns and
  /// there is no 三级.
  bool no_name_column = false;
  /// 中期 and 年度 indicators side by side in each row (二级 | 三级 | 指标值 twice):
  /// the 年度 half is the indicator, the 中期 target its period target.
  bool side_by_side = false;
  /// Value roles in header order after the name; without a header, one target.
  std::vector<Role> value_roles;
  /// 一级 and 二级 carry down to the rows below (merged cells).
  Level1 l1 = Level1::unknown;
  std::string l1_text;
  Level2 l2 = Level2::unknown;
  std::string l2_text;
  /// The header text of a second value column beside the target (`上年实际值`).
  std::string other_value_text;
  /// The 二级 text whose 一级 was last inferred (reported once per block).
  std::string inferred_for;
  /// Row offsets against the header → rows, first seen first.
  std::vector<std::pair<long, std::size_t>> offsets;

  /// The column index of role `r`, npos when the header has none.
  std::size_t index(Role r) const;
  /// True when the header has a column for `r`.
  bool has(Role r) const { return index(r) != npos; }
  /// Sets `no_name_column` and `value_roles` from the header.
  void configure();
  /// The offset most rows have so far (the first seen among equals); 0 before any.
  long mode_offset() const;
  /// A row's offset against the header, by its first cell whose role has a column.
  std::optional<long> row_offset(const std::vector<std::pair<std::size_t, Role>>& assigned,
                                 const std::vector<Cell>& cells) const;
};

/// One logical row of an indicator table: its cells and the role each is read as.
struct IndicatorRow {
  /// Cell id → role (`none` for a value cell not placed yet).
  std::vector<std::pair<std::size_t, Role>> assigned;
  /// The 三级 name cell, npos when none.
  std::size_t name_id = IndicatorTable::npos;
  /// The row holds a 二级.
  bool has_level2 = false;
  /// The form has no 三级 column: the cell after the 二级 is a value, not a name.
  bool name_is_value = false;
  /// How the name cell holds its target too (`参训学员满意度≥95%`), if it does.
  NameSplit name_split = NameSplit::none;
};

}  // namespace jixiao::io::detail
