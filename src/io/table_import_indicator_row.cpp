// One logical row of an indicator table: [一级] [二级] 三级 values…; each value cell is
// placed in a column by meaning, the indicator is filled, and a row read at another
// offset than most rows is reported as repaired (JX-I002).
#include <algorithm>
#include <utility>

#include "jixiao/target.hpp"
#include "table_import_indicators.hpp"

namespace jixiao::io::detail {
namespace {

// Whether `t` looks like what the column of role `r` holds.
bool fits(Role r, const std::string& t) {
  switch (r) {
    case Role::period:
    case Role::annual:
    case Role::actual: return target_like(t) || number_like(t);
    case Role::weight:
    case Role::score: return number_like(t);
    case Role::unit: return unit_like(t);
    case Role::nature: return t == "定量" || t == "定性" || is_comparator(t) || starts_with(t, "定量") || starts_with(t, "定性");
    case Role::op: return is_comparator(t) || t == "定性" || t == "定量";
    case Role::basis: return contains(t, "标准");
    case Role::note:
    case Role::reason:
    case Role::direction: return true;
    case Role::other_value: return target_like(t) || number_like(t);
    default: return false;
  }
}

}  // namespace

void Importer::read_indicator_row(IndicatorTable& ind_table, const std::vector<std::size_t>& whole_row) {
  if (whole_row.empty()) return;
  std::vector<std::size_t> cells = drop_left_columns(whole_row);
  // A side-by-side row: the cells before the 年度 half's 二级 are the 中期 indicator.
  std::vector<std::size_t> first_half;
  if (ind_table.side_by_side) {
    bool named = false;
    for (std::size_t k = 0; k < cells.size(); ++k) {
      if (!vocab(cells[k])) {
        named = true;
      } else if (named && cell_l2(cells[k])) {
        bool second_named = false;
        for (std::size_t m = k + 1; m < cells.size(); ++m) second_named = second_named || !vocab(cells[m]);
        if (second_named) {
          first_half.assign(cells.begin(), cells.begin() + static_cast<long>(k));
          cells.erase(cells.begin(), cells.begin() + static_cast<long>(k));
        }
        break;
      }
    }
  }
  IndicatorRow early;
  if (!first_half.empty()) early = categorise(ind_table, first_half);
  IndicatorRow row = categorise(ind_table, cells);
  // A name alone that is the start of a category name (`数量指`, `时`: the text was cut
  // off or wrapped inside the label) is not an indicator.
  if (row.name_id != npos && !row.name_is_value && cut_category_name(cells_[row.name_id].text) &&
      std::all_of(row.assigned.begin(), row.assigned.end(), [&](const auto& a) { return a.second != Role::none; })) {
    for (const auto& [id, role] : row.assigned) {
      if (role == Role::name) {
        leave(id, "JX-I001", Severity::warning, "/indicators", "被截断的分类名称，未导入：{text}",
              "a category name cut off, not imported: {text}");
      } else {
        use(id, "/indicators");
      }
    }
    return;
  }
  // A value or a fragment where the name belongs (`=100%`, `%(百分比)`: a row cut at the
  // wrong places) names no indicator: its cells are left, never guessed into one.
  if (row.name_id != npos && !row.name_is_value && never_a_name(cells_[row.name_id].text)) {
    for (const auto& [id, role] : row.assigned) {
      leave(id, "JX-I001", Severity::warning, "/indicators", "指标名称处为数值或残片，该行未导入：{text}",
            "a value or a fragment where the indicator name belongs, the row not imported: {text}");
    }
    return;
  }
  if (row.name_id == npos && !row.has_level2) {
    for (const auto& [id, role] : row.assigned) use(id, "/indicators");  // a 一级 alone: context
    return;
  }
  if (ind_table.l1 == Level1::unknown && ind_table.l2 == Level2::unknown) {
    // No 一级 or 二级 known yet: not an indicator row (a project line of a
    // multi-project table, a note under the table).
    for (const auto& [id, role] : row.assigned) {
      leave(id, "JX-I001", Severity::warning, "/indicators", "指标表中无一级/二级分类的单元格未导入：{text}",
            "cell in the indicator table without a 一级/二级 category, not imported: {text}");
    }
    return;
  }
  Indicator ind;
  ind.level1 = ind_table.l1;
  ind.level1_text = ind_table.l1_text;
  ind.level2 = ind_table.l2;
  ind.level2_text = ind_table.l2_text;
  const std::string path = "/indicators/" + std::to_string(out_.form.indicators.size());
  // A new 二级 block under a 一级 carried down from the block before that cannot hold it
  // (the 一级 label stands lower in its merged block, or is lost): the 二级 says which.
  const bool l1_on_row = std::any_of(row.assigned.begin(), row.assigned.end(),
                                     [](const auto& a) { return a.second == Role::level1; });
  if (!l1_on_row && row.has_level2 && ind.level1 != Level1::unknown && ind.level2 != Level2::unknown &&
      !belongs_to(ind.level2, ind.level1, TaxonomyVariant::classic) &&
      !belongs_to(ind.level2, ind.level1, TaxonomyVariant::fin2021) &&
      parent_of(ind.level2, TaxonomyVariant::classic) != Level1::unknown) {
    const Level1 carried = ind.level1;
    ind.level1 = parent_of(ind.level2, TaxonomyVariant::classic);
    ind.level1_text.clear();
    ind_table.l1 = ind.level1;
    ind_table.l1_text.clear();
    ind_table.inferred_for = ind.level2_text;
    const std::size_t at = row.assigned.front().first;
    finding("JX-I014", Severity::info, path + "/level1", &cells_[at],
            "上方延续的一级指标“{carried}”不含二级指标“{from}”，按二级指标归入“{to}”",
            "the 一级 carried down ('{carried}') cannot hold the 二级 '{from}'; '{to}' inferred from it")
        .arg("carried", chinese_name(carried))
        .arg("from", ind.level2_text)
        .arg("to", chinese_name(ind.level1));
  }
  // No 一级 written anywhere above the row (a merged label lost, a fragment, prose that
  // names only the 二级): the 二级 says which 一级 it belongs to (classic taxonomy).
  if (ind.level1 == Level1::unknown && ind.level2 != Level2::unknown) {
    ind.level1 = parent_of(ind.level2, TaxonomyVariant::classic);
    if (ind.level1 != Level1::unknown && ind_table.inferred_for != ind.level2_text) {
      ind_table.inferred_for = ind.level2_text;
      const std::size_t at = row.name_id != npos ? row.name_id : row.assigned.front().first;
      finding("JX-I014", Severity::info, path + "/level1", &cells_[at],
              "未写明一级指标，按二级指标“{from}”归入“{to}”",
              "no 一级 is written; '{to}' inferred from the 二级 '{from}'")
          .arg("from", ind.level2_text)
          .arg("to", chinese_name(ind.level1));
    }
  }
  // The offset most rows have against the header (by each row's first cell with a role).
  const long mode_offset = ind_table.mode_offset();
  place_values(ind_table, row, offset_to_place(ind_table, row, mode_offset));
  std::vector<std::pair<std::size_t, std::string>> uses;
  std::vector<std::size_t> unread;
  std::vector<std::size_t> other_values;
  fill_indicator(ind_table, row, path, ind, uses, unread, other_values);
  out_.form.indicators.push_back(std::move(ind));
  for (const auto& [id, p] : uses) use(id, p);
  for (std::size_t id : other_values) {
    // A sub-column of 指标值 beside the target (`上年实际值`): the value is kept here.
    const std::string& column = ind_table.other_value_text;
    leave(id, "JX-I006", Severity::info, path + "/annual_target",
          "指标值的另一子列（" + column + "），表单中无对应字段，保留在此：{text}",
          "another sub-column of the target (" + column + "), which the form has no field for, kept here: {text}");
  }
  if (!first_half.empty()) keep_first_half(early, path);
  for (std::size_t id : unread) {
    leave(id, "JX-I001", Severity::warning, path, "指标行中未能识别的单元格未导入：{text}",
          "cell of an indicator row not recognised, not imported: {text}");
  }
  if (first_half.empty()) report_shift(ind_table, row, path, mode_offset);  // a side-by-side row is not shifted
}


// The 中期 half of a side-by-side row: its 一级 and, when they repeat the 年度 ones, its
// 二级 and name are recorded under the indicator, its first value is the period target;
// what differs is quoted in a finding.
void Importer::keep_first_half(const IndicatorRow& early, const std::string& path) {
  Indicator& ind = out_.form.indicators.back();
  const Cell* at = nullptr;
  std::string period;
  for (const auto& [id, role] : early.assigned) {
    const std::string& t = cells_[id].text;
    if (at == nullptr) at = &cells_[id];
    if (role == Role::level1) {
      use(id, path + "/level1");
    } else if (role == Role::level2 && without_spaces(t) == without_spaces(ind.level2_text)) {
      use(id, path + "/level2");
    } else if (role == Role::name && without_spaces(t) == without_spaces(ind.name)) {
      use(id, path + "/name");
    } else if (role == Role::none && id != early.name_id && !ind.period_target.present() && target_like(t)) {
      ind.period_target = make_target(t, ind.unit, path + "/period_target", cells_[id]);
      period = t;
      use(id, path + "/period_target");
    } else {
      leave(id, "JX-I010", Severity::info, path, "中期指标与年度指标并列，中期一侧的单元格未保留：{text}",
            "中期 and 年度 indicators side by side; cell of the 中期 half not kept: {text}");
    }
  }
  if (at != nullptr) {
    finding("JX-I010", Severity::info, path, at,
            "中期指标与年度指标并列：按年度一侧读取“{name}”，中期指标值“{target}”作为实施周期指标值",
            "中期 and 年度 indicators side by side: read '{name}' from the 年度 half, the 中期 value '{target}' "
            "kept as the period target")
        .arg("name", ind.name)
        .arg("target", period);
  }
}

// Cells before a 一级 later in the row belong to columns left of the indicator table
// (several projects in one table: unit, project, amount, goal): they are left in findings.
std::vector<std::size_t> Importer::drop_left_columns(const std::vector<std::size_t>& whole_row) {
  std::vector<std::size_t> row = whole_row;
  if (row_mode_ && !crowded(row.front())) {
    for (std::size_t k = 1; k < row.size(); ++k) {
      if (cell_l1(row[k])) {
        for (std::size_t p = 0; p < k; ++p) {
          leave(row[p], "JX-I001", Severity::warning, "/indicators", "指标表左侧的单元格未导入：{text}",
                "cell left of the indicator columns not imported: {text}");
        }
        row.erase(row.begin(), row.begin() + static_cast<long>(k));
        break;
      }
    }
  }
  return row;
}

// The 一级, 二级 and 三级 name cells of a row (一级 and 二级 carry down in `ind_table`);
// the cells after the name are values, placed later.
IndicatorRow Importer::categorise(IndicatorTable& ind_table, const std::vector<std::size_t>& row) {
  IndicatorRow result;
  for (std::size_t k = 0; k < row.size(); ++k) {
    const std::size_t id = row[k];
    const std::string& t = cells_[id].text;
    if (result.name_id == npos) {
      const auto m1 = cell_l1(id);
      const auto m2 = cell_l2(id);
      if (m1 || m2) {
        // 成本指标 / 满意度指标 are both: a 一级 when a 二级 follows, else a 二级
        // when it fits under the current 一级.
        bool as_l2 = !m1;
        if (m1 && m2) {
          const bool l2_follows = k + 1 < row.size() && cell_l2(row[k + 1]) && !cell_l1(row[k + 1]);
          as_l2 = !l2_follows &&
                  ((ind_table.l1 != Level1::unknown && belongs_to(*m2, ind_table.l1, TaxonomyVariant::classic)) ||
                   (ind_table.l1 == Level1::unknown && ind_table.l2 != Level2::unknown &&
                    parent_of(ind_table.l2, TaxonomyVariant::classic) == parent_of(*m2, TaxonomyVariant::classic)));
        }
        if (as_l2) {
          ind_table.l2 = *m2;
          ind_table.l2_text = t;
          result.has_level2 = true;
          result.assigned.emplace_back(id, Role::level2);
        } else {
          // A 一级 label standing in the middle of its merged block (no 二级 on its row)
          // keeps the 二级 carried down when that 二级 belongs to it.
          const bool l2_next = k + 1 < row.size() && cell_l2(row[k + 1]);
          const bool mid_block = !l2_next && ind_table.l2 != Level2::unknown &&
                                 (belongs_to(ind_table.l2, *m1, TaxonomyVariant::classic) ||
                                  belongs_to(ind_table.l2, *m1, TaxonomyVariant::fin2021));
          ind_table.l1 = *m1;
          ind_table.l1_text = t;
          if (!mid_block) {
            ind_table.l2 = Level2::unknown;
            ind_table.l2_text.clear();
          }
          result.assigned.emplace_back(id, Role::level1);
        }
        continue;
      }
      if (role(id) != Role::none) {  // a repeated header
        use(id, "/indicators");
        continue;
      }
      if (result.has_level2 && ind_table.no_name_column) {  // the form has no 三级 column: values follow the 二级
        result.name_id = id;
        result.assigned.emplace_back(id, Role::none);
        result.name_is_value = true;
        continue;
      }
      result.name_id = id;
      result.assigned.emplace_back(id, Role::name);
      result.name_split = split_name_target(t, false).how;
      continue;
    }
    result.assigned.emplace_back(id, Role::none);
  }
  return result;
}

long Importer::offset_to_place(const IndicatorTable& ind_table, const IndicatorRow& row, long mode_offset) const {
  // A row that starts at its 一级 column is read at its own offset (merged leading
  // columns dropped by the copy); other rows at the offset most rows have.
  // Text extracted with spaces drops merged cells, so every row is read at its own
  // offset there.
  // So does a row that starts at its 二级 column (`质量指标 | 名称 | ≧80% | 85.6%` under
  // a header whose 一级 cell the row lost), in a table of one half (no 中期 columns,
  // whose rows repeat the 二级 for each half).
  long place_offset = mode_offset;
  std::size_t l1 = npos, l2 = npos;  // the row's 一级 and 二级 cells
  for (const auto& [id, role] : row.assigned) {
    if (role == Role::level1) l1 = id;
    if (role == Role::level2) l2 = id;
  }
  auto own_offset = [&](std::size_t id, Role r) {
    return static_cast<long>(cells_[id].index) - static_cast<long>(ind_table.index(r));
  };
  if (l1 != npos && ind_table.index(Role::level1) != npos) {
    place_offset = own_offset(l1, Role::level1);
  } else if (l2 != npos && ind_table.index(Role::level2) != npos && !ind_table.has(Role::period) &&
             std::count_if(ind_table.header.begin(), ind_table.header.end(),
                           [](const auto& h) { return h.second == Role::level2; }) == 1) {
    place_offset = own_offset(l2, Role::level2);
  }
  if (table_.layout == TableLayout::spaces) {
    if (const std::optional<long> own = ind_table.row_offset(row.assigned, cells_)) place_offset = *own;
  }
  return place_offset;
}

void Importer::place_values(const IndicatorTable& ind_table, IndicatorRow& row, long place_offset) const {
  // Value cells by meaning: the column under which it sits when that fits, else the
  // first free column that fits, in header order.
  std::vector<Role> taken;
  auto is_taken = [&](Role r) { return std::find(taken.begin(), taken.end(), r) != taken.end(); };
  // A name that carries its target (`足额保障率=100%`) fills the target column.
  if (row.name_split == NameSplit::comparator) taken.push_back(Role::annual);
  bool prev_is_comparator = false;
  bool first_value = true;
  std::size_t prev_id = npos;
  Role prev_role = Role::none;
  for (std::size_t a = 0; a < row.assigned.size(); ++a) {
    auto& [id, role] = row.assigned[a];
    if (role != Role::none) continue;
    const std::string& t = cells_[id].text;
    Role chosen = Role::none;
    if (row_mode_ && ind_table.header_in_one_row && !crowded(id)) {
      const long col = static_cast<long>(cells_[id].index) - place_offset;
      for (const auto& [idx, r] : ind_table.header) {
        if (static_cast<long>(idx) != col || r == Role::level1 || r == Role::level2 || r == Role::name || is_taken(r)) continue;
        // Under a target column any text is that target (a narrative target is
        // still the target); elsewhere the cell must look like the column.
        if (fits(r, t) || r == Role::annual || r == Role::period) chosen = r;
      }
    }
    // A weight cut off the target it ran into (JX-I013) is the weight.
    if (chosen == Role::none && cells_[id].weight_cut && !is_taken(Role::weight)) chosen = Role::weight;
    // A plain number is a 分值/得分 when such a column is free, unless it follows a
    // comparator cell (`≥ | 95 | %`).
    const bool after_op = !taken.empty() && (taken.back() == Role::op || taken.back() == Role::nature) &&
                          prev_is_comparator;
    // Unless more plain numbers follow than there are free 分值/得分 columns (then
    // this one is the 实际完成值 before them: `=42个 | 42 | 8 | 8`).
    std::size_t numbers_left = 0;
    for (std::size_t b = a; b < row.assigned.size(); ++b) {
      if (row.assigned[b].second == Role::none && number_like(cells_[row.assigned[b].first].text)) ++numbers_left;
    }
    std::size_t free_points = 0;
    for (Role r : ind_table.value_roles) free_points += (r == Role::weight || r == Role::score) && !is_taken(r);
    if (chosen == Role::none && !after_op && number_like(t) && numbers_left <= free_points) {
      for (Role r : ind_table.value_roles) {
        if ((r == Role::weight || r == Role::score) && !is_taken(r)) {
          chosen = r;
          break;
        }
      }
    }
    // Right after the name, under a target column: a short text is the target
    // whatever its words (`合规`), as when the row is split.
    if (chosen == Role::none && first_value && !ind_table.header.empty() && !is_taken(ind_table.value_roles.front()) &&
        (ind_table.value_roles.front() == Role::annual || ind_table.value_roles.front() == Role::period) &&
        code_points(t) <= 24 && !describes_indicator(t)) {
      chosen = ind_table.value_roles.front();
    }
    // A value written twice after its 分值 (`5符合要求符合要求5`): the first is the
    // target, the second the actual, whatever their words.
    if (chosen == Role::none && cells_[id].repeated_value) {
      const Role want = is_taken(Role::annual) ? Role::actual : Role::annual;
      if (!is_taken(want) && std::find(ind_table.value_roles.begin(), ind_table.value_roles.end(), want) !=
                                 ind_table.value_roles.end()) {
        chosen = want;
      }
    }
    // A weight cut off its value comes before the target: the next cell is still the first value.
    first_value = first_value && cells_[id].weight_cut;
    if (chosen == Role::none) {
      for (Role r : ind_table.value_roles) {
        if (!is_taken(r) && fits(r, t)) {
          chosen = r;
          break;
        }
      }
    }
    const bool no_unit_column = !ind_table.has(Role::unit);
    if (chosen == Role::none && no_unit_column && unit_like(t)) {
      // A template unit with no number (`公里`), or the unit after a lone comparator
      // (`≧ %`): the target as written.
      if (prev_role == Role::annual && prev_id != npos && is_comparator(cells_[prev_id].text)) {
        chosen = Role::annual;  // joined to the comparator in fill_indicator
      } else if (!is_taken(Role::annual) &&
                 std::find(ind_table.value_roles.begin(), ind_table.value_roles.end(), Role::annual) !=
                     ind_table.value_roles.end()) {
        chosen = Role::annual;
      }
    }
    // The 指标说明 (`反映…`) with no column of its own: the note.
    if (chosen == Role::none && describes_indicator(t) && !is_taken(Role::note)) chosen = Role::note;
    // A plain number after a name that carries its target, in a table with no 分值
    // column (a fragment without its header): the row's weight (JX-I011).
    if (chosen == Role::none && number_like(t) && row.name_split == NameSplit::comparator &&
        !ind_table.has(Role::weight) && !is_taken(Role::weight)) {
      chosen = Role::weight;
    }
    role = chosen;
    prev_is_comparator = is_comparator(t);
    prev_id = id;
    prev_role = chosen;
    if (chosen != Role::none && !is_taken(chosen)) taken.push_back(chosen);
  }
}

void Importer::take_glued_weight(std::string& target, const IndicatorTable& ind_table, const IndicatorRow& row,
                                 Indicator& ind, std::size_t cell, const std::string& path,
                                 std::vector<std::pair<std::size_t, std::string>>& uses) {
  const bool weight_cell = std::any_of(row.assigned.begin(), row.assigned.end(),
                                       [](const auto& a) { return a.second == Role::weight; });
  // (With no 分值 column, a plain number after the target is the weight too, as JX-I011 reads it.)
  if (weight_cell || ind.weight || (ind_table.has(Role::score) && !ind_table.has(Role::weight))) return;
  const std::size_t w = weight_after_target(target);
  if (w == 0) return;
  const std::string weight = target.substr(target.size() - w);
  target.resize(target.size() - w);
  ind.weight = parse_amount(weight)->amount;
  uses.emplace_back(cell, path + "/weight");
  finding("JX-I013", Severity::info, path, &cells_[cell], "指标值“{text}”后连写的数字“{weight}”读作分值",
          "the number '{weight}' run into the target '{text}' was read as the weight")
      .arg("text", target)
      .arg("weight", weight);
}

void Importer::fill_indicator(const IndicatorTable& ind_table, const IndicatorRow& row, const std::string& path,
                              Indicator& ind, std::vector<std::pair<std::size_t, std::string>>& uses,
                              std::vector<std::size_t>& unread, std::vector<std::size_t>& other_values) {
  const std::size_t name_id = row.name_is_value ? npos : row.name_id;
  if (name_id != npos) ind.name = cells_[name_id].text;
  // No 三级 column (`指标类型 | 指标名称 | 指标值`): the 二级 in the 指标名称 column is
  // the only name the row has.
  if (row.name_is_value && row.has_level2 && !ind.level2_text.empty()) {
    ind.name = ind.level2_text;
    for (const auto& [id, role] : row.assigned) {
      if (role != Role::level2) continue;
      uses.emplace_back(id, path + "/name");
      finding("JX-I012", Severity::info, path, &cells_[id], "表中无三级指标列，二级指标“{name}”用作指标名称",
              "the table has no 三级 column; the 二级 '{name}' is used as the indicator name")
          .arg("name", ind.name);
    }
  }
  // Several cells of the target column: a lone comparator and its unit (`≧ | %`).
  std::string annual_joined;
  std::size_t annual_first = npos;
  for (const auto& [id, role] : row.assigned) {
    if (role != Role::annual) continue;
    if (annual_first == npos) {
      annual_first = id;
      annual_joined = cells_[id].text;
    } else if (is_comparator(annual_joined)) {
      annual_joined += " " + cells_[id].text;
    }
  }
  std::string unit;
  for (const auto& [id, role] : row.assigned) {
    if (role == Role::unit) unit = cells_[id].text;
  }
  std::string op_text;
  std::string number_text;
  const Cell* target_cell = nullptr;
  for (const auto& [id, role] : row.assigned) {
    const std::string& t = cells_[id].text;
    switch (role) {
      case Role::level1: uses.emplace_back(id, path + "/level1"); break;
      case Role::level2: uses.emplace_back(id, path + "/level2"); break;
      case Role::name: uses.emplace_back(id, path + "/name"); break;
      case Role::period:
        ind.period_target = make_target(t, unit, path + "/period_target", cells_[id]);
        uses.emplace_back(id, path + "/period_target");
        break;
      case Role::annual:
        if (!op_text.empty() || (ind_table.has(Role::op) || (ind_table.has(Role::nature) && !op_text.empty()))) {
          number_text = t;
          target_cell = &cells_[id];
        } else if (id == annual_first) {
          take_glued_weight(annual_joined, ind_table, row, ind, id, path, uses);
          ind.annual_target = make_target(annual_joined, unit, path + "/annual_target", cells_[id]);
        }
        uses.emplace_back(id, path + "/annual_target");
        break;
      case Role::actual: ind.actual = t; uses.emplace_back(id, path + "/actual"); break;
      case Role::weight:
      case Role::score:  // number_like: a plain number, perhaps with 分
        (role == Role::weight ? ind.weight : ind.score) = parse_amount(without_points(t))->amount;
        uses.emplace_back(id, path + (role == Role::weight ? "/weight" : "/score"));
        if (role == Role::weight && !ind_table.has(Role::weight) && !cells_[id].weight_cut) {
          finding("JX-I011", Severity::info, path + "/weight", &cells_[id],
                  "表中无分值列，指标名称与指标值之后的数字“{text}”读作分值",
                  "no 分值 column: the number '{text}' after the name and its target is read as the weight")
              .arg("text", t);
        }
        break;
      case Role::unit: ind.unit = t; uses.emplace_back(id, path + "/unit"); break;
      case Role::nature:
      case Role::op:
        if (starts_with(t, "定量")) ind.nature = Nature::quantitative;
        else if (starts_with(t, "定性")) ind.nature = Nature::qualitative;
        else op_text = t;
        uses.emplace_back(id, is_comparator(t) ? path + "/annual_target" : path + "/nature");
        break;
      case Role::basis:
        if (contains(t, "历史")) ind.basis = Basis::historical;
        else if (contains(t, "行业")) ind.basis = Basis::industry;
        else if (contains(t, "计划")) ind.basis = Basis::plan;
        else ind.basis = Basis::other;
        uses.emplace_back(id, path + "/basis");
        break;
      case Role::note:
      case Role::direction:
        ind.note = ind.note.empty() ? t : ind.note + "\n" + t;
        uses.emplace_back(id, path + "/note");
        break;
      case Role::reason: ind.deviation_reason = t; uses.emplace_back(id, path + "/deviation_reason"); break;
      case Role::other_value: other_values.push_back(id); break;
      case Role::none: unread.push_back(id); break;
    }
  }
  // Split cells `≥ | 95 | %` make one target; a qualitative row (`定性 | 减少`) is the text.
  if (target_cell != nullptr) {
    if (!op_text.empty()) {
      ind.annual_target = make_target(op_text + number_text + unit, unit, path + "/annual_target", *target_cell);
    } else {
      ind.annual_target = make_target(number_text, unit, path + "/annual_target", *target_cell);
    }
  }
  // A target written inside the name (`参训学员满意度≥95%`, prose forms); when the row
  // has no value cell at all, also after a comma or at the number that starts it
  // (`农民综合素质,持续提高。`, `资助建档立卡贫困子女1966人。`).
  if (name_id != npos && !ind.annual_target.present() && !ind.period_target.present()) {
    const bool bare = std::all_of(row.assigned.begin(), row.assigned.end(), [](const auto& a) {
      return a.second == Role::level1 || a.second == Role::level2 || a.second == Role::name;
    });
    NameTarget split = split_name_target(ind.name, bare);
    if (split.how != NameSplit::none) {
      ind.name = split.name;
      take_glued_weight(split.target, ind_table, row, ind, name_id, path, uses);
      ind.annual_target = make_target(split.target, unit, path + "/annual_target", cells_[name_id]);
      uses.emplace_back(name_id, path + "/annual_target");
      finding("JX-I003", Severity::info, path, &cells_[name_id],
              "指标名称与指标值写在同一单元格，已拆分为“{name}”和“{target}”",
              "indicator name and target share one cell; split into '{name}' and '{target}'")
          .arg("name", split.name)
          .arg("target", split.target);
    }
  }
}

// Repairs: cells read in another column than the one they sit in (against the offset
// most rows have) are reported, once per row.
void Importer::report_shift(IndicatorTable& ind_table, const IndicatorRow& row, const std::string& path,
                            long mode_offset) {
  if (!row_mode_ || !ind_table.header_in_one_row || table_.layout == TableLayout::spaces) return;
  if (!row.assigned.empty() && crowded(row.assigned.front().first)) return;
  const std::optional<long> row_offset = ind_table.row_offset(row.assigned, cells_);
  if (!row_offset) return;
  const bool first = ind_table.offsets.empty();
  auto seen = std::find_if(ind_table.offsets.begin(), ind_table.offsets.end(),
                           [&](const auto& o) { return o.first == *row_offset; });
  if (seen == ind_table.offsets.end()) ind_table.offsets.emplace_back(*row_offset, 1);
  else ++seen->second;
  if (first || *row_offset == mode_offset) return;
  std::string moves_zh;
  std::string moves_en;
  const Cell* at = nullptr;
  for (const auto& [id, role] : row.assigned) {
    const std::size_t hi = ind_table.index(role);
    if (role == Role::none || hi == npos) continue;
    const long col = static_cast<long>(cells_[id].index) - mode_offset;
    if (col == static_cast<long>(hi)) continue;
    Role sits = Role::none;
    for (const auto& [idx, r] : ind_table.header) {
      if (static_cast<long>(idx) == col) sits = r;
    }
    if (at == nullptr) at = &cells_[id];
    const std::string where = sits == Role::none ? std::string("未命名") : std::string(role_name(sits));
    const std::string col_text = std::to_string(cells_[id].index + 1);
    moves_zh += (moves_zh.empty() ? "" : "；") + std::string("“") + cells_[id].text + "”位于" + where + "列（第" + col_text + "列），读作" + role_name(role);
    moves_en += (moves_en.empty() ? "" : "; ") + std::string("'") + cells_[id].text + "' in the " + where + " column (" + col_text + ") read as " + role_name(role);
  }
  if (at != nullptr) {
    finding("JX-I002", Severity::info, path, at, "行错位已修复（按含义而非列位置读取）：{moves}",
            "shifted row repaired (cells read by meaning, not column): {moves}")
        .arg("moves", moves_zh)
        .arg("moves_en", moves_en);
    out_.findings.back().template_en = "shifted row repaired (cells read by meaning, not column): {moves_en}";
  }
}

}  // namespace jixiao::io::detail
