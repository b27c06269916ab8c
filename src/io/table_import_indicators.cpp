// 绩效指标: the indicator table. Finds its header (or reads it without one), joins
// category names wrapped over two lines and splits the section into logical rows,
// each read by table_import_indicator_row.cpp.
#include <algorithm>
#include <utility>

#include "jixiao/target.hpp"
#include "table_import_indicators.hpp"

namespace jixiao::io::detail {

std::size_t IndicatorTable::index(Role r) const {
  if (no_name_column && r == Role::level2) r = Role::name;  // 二级 sits in the 指标名称 column
  if (no_name_column && r == Role::name) return npos;
  for (const auto& [idx, role] : header) {
    if (role == r) return idx;
  }
  return npos;
}

void IndicatorTable::configure() {
  value_roles.clear();
  no_name_column = false;
  no_name_column = !header.empty() && !has(Role::level2) && has(Role::level1) && has(Role::name);
  // 中期 and 年度 indicators side by side (东莞 批复表): 二级 | 三级 | 指标值 twice.
  const auto names = std::count_if(header.begin(), header.end(), [](const auto& h) { return h.second == Role::name; });
  side_by_side = !no_name_column && names >= 2;
  bool after = false;
  for (const auto& [idx, role] : header) {
    if (role == (no_name_column ? Role::level1 : Role::name)) {
      after = true;
      if (side_by_side) value_roles.clear();  // the values of the last (年度) half
    } else if (after && role != Role::name && role != Role::level2) {
      value_roles.push_back(role);
    }
  }
  // A header of two tiers read as one run (`年度指标值 | 实际完成值 | 分值 | 得分 | 原因` above
  // `一级指标 | … | 指标性质 | 指标值 | 度量单位`, the upper 年度指标值 spanning the lower
  // cells): the upper value columns stand after the lower ones.
  if (after && !header.empty() && header.front().second != Role::level1 && header.front().second != Role::level2 &&
      header.front().second != Role::name) {
    for (const auto& [idx, role] : header) {
      if (role == Role::level1 || role == Role::level2 || role == Role::name) break;
      if (std::find(value_roles.begin(), value_roles.end(), role) == value_roles.end()) value_roles.push_back(role);
    }
  }
  // A header without a name column (a flattened table: `绩效标准 | 当年预期实现值`):
  // every column that is not a category holds a value.
  if (!after) {
    for (const auto& [idx, role] : header) {
      if (role != Role::level1 && role != Role::level2 && role != Role::name) value_roles.push_back(role);
    }
  }
  if (value_roles.empty()) value_roles = {Role::annual};
}

long IndicatorTable::mode_offset() const {
  long mode = 0;
  std::size_t best = 0;
  for (const auto& [off, count] : offsets) {
    if (count > best) {
      best = count;
      mode = off;
    }
  }
  return mode;
}

std::optional<long> IndicatorTable::row_offset(const std::vector<std::pair<std::size_t, Role>>& assigned,
                                               const std::vector<Cell>& cells) const {
  for (const auto& [id, role] : assigned) {
    const std::size_t hi = index(role);
    if (role != Role::none && hi != npos) return static_cast<long>(cells[id].index) - static_cast<long>(hi);
  }
  return std::nullopt;
}

std::size_t Importer::read_indicators(std::size_t begin, std::size_t end) {
  IndicatorTable ind_table;
  std::size_t i = begin;
  if (head(i).section == Section::indicators) {
    use(i, "/indicators");
    ++i;
  }
  // Column headers: the cells that name a role, from the section heading on.
  {
    auto [h, j] = read_indicator_header(i, end);
    if (h.size() >= 2) {
      adopt_header(ind_table, std::move(h), i, j);
      i = j;
    }
  }
  for (const auto& [idx, role] : ind_table.header) {
    if (role == Role::actual || role == Role::score) out_.form.stage = FormStage::self_evaluation;
  }
  ind_table.configure();  // without a header: one target column
  std::size_t last_end = i;
  join_wrapped_categories(i, end);

  // Split the section into logical rows.
  std::vector<std::size_t> row;
  bool row_has_name = false;
  bool row_has_vocab = false;
  bool name_after_vocab = false;  // the row's name came after its 一级/二级
  bool second_half = false;       // a side-by-side row is in its 年度 half
  std::size_t values_in_row = 0;
  std::size_t shaped_in_row = 0;  // of them, targets and numbers
  bool row_crowded = false;
  // Value cells cut loose before the rows they belong to (a scrambled extraction: `75元
  // 75元 10 10 95% 95% 30 27` then the names): paired in order with the named rows after
  // them that have no value, a group of the table's value columns each.
  std::vector<std::size_t> detached;
  auto value_group = [&]() {
    std::size_t n = 0;
    for (Role r : ind_table.value_roles) {
      n += r == Role::period || r == Role::annual || r == Role::actual || r == Role::weight || r == Role::score;
    }
    return n;
  };
  auto drop_detached = [&]() {
    for (std::size_t id : detached) {
      leave(id, "JX-I001", Severity::warning, "/indicators", "指标行中未能识别的单元格未导入：{text}",
            "cell of an indicator row not recognised, not imported: {text}");
    }
    detached.clear();
  };
  auto reset = [&]() {
    row.clear();
    row_has_name = false;
    row_has_vocab = false;
    name_after_vocab = false;
    second_half = false;
    values_in_row = 0;
    shaped_in_row = 0;
    row_crowded = false;
  };
  auto flush = [&]() {
    // In a run-together line a name with no value after it is a stray piece of text
    // (scrambled extraction), not an indicator: its categories still carry down.
    if (row_crowded && row_has_name && values_in_row == 0) {
      std::vector<std::size_t> context;
      bool own_target = false;
      for (std::size_t id : row) {
        if (vocab(id)) context.push_back(id);
        else own_target = own_target || split_name_target(cells_[id].text, false).how != NameSplit::none ||
                          ordinal_name(cells_[id].text);  // `指标1:…` names an indicator
      }
      if (!own_target) {
        for (std::size_t id : row) {
          if (!vocab(id)) leave(id, "JX-I001", Severity::warning, "/indicators", "指标行中未能识别的单元格未导入：{text}",
                                "cell of an indicator row not recognised, not imported: {text}");
        }
        if (!context.empty()) {
          const IndicatorRow ctx = categorise(ind_table, context);
          for (const auto& [id, r] : ctx.assigned) use(id, "/indicators");
        }
        reset();
        return;
      }
      // An indicator named with its ordinal and no value (`指标1:是否满意`): the next
      // group of detached values is its own.
      std::size_t name = npos;
      for (std::size_t id : row) {
        if (!vocab(id) && name == npos) name = id;
      }
      const std::size_t group = value_group();
      if (name != npos && ordinal_name(cells_[name].text) && group >= 3 && detached.size() >= group &&
          split_name_target(cells_[name].text, false).how == NameSplit::none) {
        std::string values;
        for (std::size_t k = 0; k < group; ++k) values += (k == 0 ? "" : " ") + cells_[detached[k]].text;
        finding("JX-I009", Severity::info, "/indicators", &cells_[detached.front()],
                "与指标名称分离的一组值按顺序配给“{name}”：{text}",
                "values detached from their row paired in order with '{name}': {text}")
            .arg("name", cells_[name].text)
            .arg("text", values);
        row.insert(row.end(), detached.begin(), detached.begin() + static_cast<long>(group));
        detached.erase(detached.begin(), detached.begin() + static_cast<long>(group));
      }
    } else if (values_in_row > 0) {
      drop_detached();  // a row with values of its own: what was cut loose before it is not its
    }
    read_indicator_row(ind_table, row);
    reset();
  };
  // A line holding far more cells than the header has columns is a whole table run
  // together on one line (text extracted from .doc, OCR): read its cells as a stream.
  crowded_limit_ = ind_table.header.empty() ? 8 : 2 * ind_table.header.size() + 4;
  // A text cell where a free-text column (原因, 备注) comes next is that text, unless
  // it is the name of the next row: values of its own follow it.
  auto starts_next_row = [&](std::size_t at) {
    std::size_t numbers = 0;
    std::size_t seen = 0;
    for (std::size_t k = at + 1; k < end && seen < 4; ++k) {
      if (cells_[k].used || cells_[k].merged) continue;
      if (vocab(k) || is_heading(k)) break;
      const std::string& n = cells_[k].text;
      if (seen == 0 && !ordinal_name(n) && (target_like(n) || number_like(n) || is_comparator(n))) return true;
      if (number_like(n)) ++numbers;
      ++seen;
    }
    return numbers >= 2;
  };
  for (; i < end; ++i) {
    if (cells_[i].used || cells_[i].merged) continue;
    const Heading& h = head(i);
    // A budget label right after a cost category (`成本指标 | 项目金额 | 5万元`) names the
    // cost row; any other heading ends the table.
    const bool cost_row_name = h.section == Section::budget && !row_has_name && !row.empty() &&
                               (cell_l2(row.back()) == Level2::cost || cell_l1(row.back()) == Level1::cost);
    if (h.section != Section::none && h.section != Section::indicators && !cost_row_name) break;
    if (h.section == Section::indicators) {
      flush();
      use(i, "/indicators");
      continue;
    }
    // A repeated header row (a second table, a page break).
    // (Before it only header cells or a category label with no name yet.)
    if ((role(i) != Role::none || interleaved_header_word(i, end)) && !row_has_name &&
        (row.empty() || role(row.back()) != Role::none || vocab(row.back()))) {
      auto [hh, j] = read_indicator_header(i, end);
      if (hh.size() >= 2) {
        flush();
        adopt_header(ind_table, std::move(hh), i, j);
        crowded_limit_ = 2 * ind_table.header.size() + 4;
        i = j - 1;
        continue;
      }
    }
    const std::string& t = cells_[i].text;
    if (ends_indicator_table(t)) break;  // a note or an attachment under the table
    // A template's numbered slot left empty (`指标2:` before the next category), or its
    // ellipsis row (`……`).
    if (empty_ordinal(t)) {
      // A row's ordinal before its name on the same line (`目标1 | 发放省直困难…`) labels a
      // filled row; one with nothing after it is a slot the template left empty.
      const bool labels_row = i + 1 < end && cells_[i + 1].row == cells_[i].row && !vocab(i + 1) &&
                              !empty_ordinal(cells_[i + 1].text) && !target_like(cells_[i + 1].text);
      if (labels_row) {
        leave(i, "JX-I017", Severity::info, "/indicators", "行首的编号“{text}”不是指标名称（名称在其后的单元格）",
              "the row's ordinal {text} is not the indicator's name (the name is in the next cell)");
      } else {
        leave(i, "JX-I017", Severity::info, "/indicators", "模板中未填写的编号指标栏或省略号行，不是指标：{text}",
              "a numbered indicator slot or ellipsis row of the template left empty, not an indicator: {text}");
      }
      continue;
    }
    // The 绩效标准 column's choice (`计划标准`, `行业标准`): how the target was set, kept
    // out of the rows so it never starts one.
    if (standard_choice(t)) {
      use(i, "/indicators");
      continue;
    }
    if (vocab(i) && names_its_category(i, end, row_has_name)) {
      cells_[i].l1.reset();  // read as the name from here on (the meaning is cached)
      cells_[i].l2.reset();
    }
    const bool is_vocab = vocab(i);
    const bool stream = !row_mode_ || crowded(i);
    if (row_mode_ && !row.empty() && cells_[row.back()].row != cells_[i].row) {
      // A row whose values wrap onto the next lines (`减轻贫困学生家庭经济负担 |` / `有效 |` /
      // `有效 | 10 | 10 |`): a line that starts with a short value continues it.
      const bool continues = row_has_name && values_in_row <= 1 && values_in_row < ind_table.value_roles.size() &&
                             !is_vocab &&
                             !is_heading(i) && role(i) == Role::none && !ordinal_name(t) &&
                             (number_like(t) || is_comparator(t) || (target_like(t) && code_points(t) <= 6));
      if (!continues) flush();
    }
    if (!stream) {
      // A category after a name that carries its target (prose: `保障率≥80%;设 1条时效指标`)
      // starts the next indicator, as one after a name that came after its category.
      const bool name_done = row_has_name && !row.empty() && !vocab(row.front()) &&
                             split_name_target(cells_[row.front()].text, false).how == NameSplit::comparator;
      if (is_vocab && row_has_name && (name_after_vocab || name_done)) {
        // A second indicator in the same row, or the 年度 half of a side-by-side row.
        if (ind_table.side_by_side && !second_half) {
          second_half = true;
          row_has_name = false;
          values_in_row = 0;
        } else {
          flush();
        }
      }
    } else {
      const bool line_crowded = row_mode_;  // a stream line in a table read by rows
      // A name with an ordinal wrapped by the extraction (`指标1:资金是否全部纳入医` `保统筹`):
      // a short fragment right after it, before any value, is the rest of the name.
      if (line_crowded && !is_vocab && row_has_name && values_in_row == 0 && !row.empty() &&
          ordinal_name(cells_[row.back()].text) && code_points(t) <= 8 && !has_digit_or_bracket(t) &&
          !target_like(t) && !is_heading(i) && role(i) == Role::none) {
        Cell& name = cells_[row.back()];
        finding("JX-I009", Severity::info, "/indicators", &name, "折行的指标名称已合并：“{text}”+“{next}”",
                "wrapped indicator name joined: '{text}' + '{next}'")
            .arg("text", name.text)
            .arg("next", t);
        std::size_t last = row.back();
        while (cells_[last].tail != npos) last = cells_[last].tail;
        cells_[last].tail = i;
        name.set_text(name.text + t);
        cells_[i].merged = true;
        continue;
      }
      if (is_vocab && row_has_name && ind_table.side_by_side && !second_half && repeats_row_start(row, i, end)) {
        // The 年度 half of a side-by-side row, one cell per line: its 二级 and name repeat
        // the 长期 half's (`数量指标 | 经济普查资料开发文章` after the 长期 value).
        second_half = true;
        row_has_name = false;
        values_in_row = 0;
      } else if (is_vocab && (row_has_name || (!row.empty() && !(cell_l1(row.back()) && !cell_l2(row.back()))))) {
        flush();
      } else if (!is_vocab && row_has_name && cells_[i].starts_row) {
        flush();  // one of several indicators split out of a sentence
      } else if (!is_vocab && row_has_name) {
        bool value = values_in_row < ind_table.value_roles.size() && !ordinal_name(t) && !label_fragment(t) &&
                     (target_like(t) || number_like(t) || unit_like(t) || is_comparator(t));

        // The 指标说明 of the row (`反映办公大楼全年维修维护情况`): never a new indicator.
        if (describes_indicator(t)) value = true;
        // A value written twice after a 分值 (target, then actual), whatever its words.
        if (cells_[i].repeated_value && values_in_row < ind_table.value_roles.size()) value = true;
        // At the free-text column (原因, 备注) after the row's values: its text, or
        // the name of the next row when values of its own follow.
        std::size_t text_column = ind_table.value_roles.size();
        for (std::size_t k = 0; k < ind_table.value_roles.size(); ++k) {
          const Role r = ind_table.value_roles[k];
          if ((r == Role::reason || r == Role::note) && text_column == ind_table.value_roles.size()) text_column = k;
        }
        if (values_in_row > 0 && values_in_row >= text_column && values_in_row < ind_table.value_roles.size() &&
            !number_like(t) && !is_comparator(t)) {
          value = !starts_next_row(i);
        }
        // The unit after a lone comparator (`≧ %`): one target.
        if (!value && unit_like(t) && !row.empty() && is_comparator(cells_[row.back()].text)) value = true;
        // Right after the name, under a target column: a short text is the target
        // (`合规`), whatever its words, unless it carries a target of its own (a name).
        // A deviation reason (`人员,导致有偏差`) is no target.
        if (!value && values_in_row == 0 && !ind_table.header.empty() &&
            (ind_table.value_roles.front() == Role::annual || ind_table.value_roles.front() == Role::period) &&
            code_points(t) <= 24 && split_name_target(t, false).how == NameSplit::none && !ordinal_name(t) &&
            !gives_reason(t) && !label_fragment(t)) {
          value = true;
        }
        // In a run-together line, once the row's targets and numbers fill the columns
        // that hold them, a further target or number starts what comes next.
        if (line_crowded && value_group() >= 3 && shaped_in_row >= value_group() &&
            (number_like(t) || (target_like(t) && has_ascii_digit(t))) && !describes_indicator(t)) {
          value = false;
        }
        // The name's own text again (`美化环境。 | 美化环境。 | 美化环境。`: a table without a
        // 三级 column, target, plan and actual alike) is a value of the row, never a new one.
        if (!value && repeats_row_name(row, t)) value = true;
        if (!value) flush();
      }
      if (line_crowded && !is_vocab && !row_has_name &&
          (code_points(t) < 2 || number_like(t) || is_comparator(t) || (t[0] >= '0' && t[0] <= '9'))) {
        // Not a name: a value or a fragment cut loose from its row (kept for the
        // named rows after it when it is a value).
        if (target_like(t) || number_like(t)) {
          detached.push_back(i);
        } else {
          leave(i, "JX-I001", Severity::warning, "/indicators", "指标行中未能识别的单元格未导入：{text}",
                "cell of an indicator row not recognised, not imported: {text}");
        }
        continue;
      }
      // A bare number, a target or a fragment never names an indicator: where a name
      // belongs it is a column the header did not name (a 分值 under a section weight, a
      // 序号) or a piece of a cell split at the wrong place.
      if (!is_vocab && !row_has_name && never_a_name(t)) {
        leave(i, "JX-I001", Severity::warning, "/indicators", "指标名称处的数值或残片未导入：{text}",
              "a value or a fragment where an indicator name belongs, not imported: {text}");
        continue;
      }
      if (line_crowded) row_crowded = true;
    }
    if (is_vocab) row_has_vocab = true;
    if (!is_vocab && !row_has_name) {
      row_has_name = true;
      name_after_vocab = row_has_vocab;
    } else if (!is_vocab && !describes_indicator(t)) {  // the 指标说明 takes no value column
      ++values_in_row;
      // (A weight cut off its value goes to 分值 whatever the columns: not counted.)
      if ((target_like(t) || number_like(t)) && !cells_[i].weight_cut) ++shaped_in_row;
    }
    row.push_back(i);
    last_end = i + 1;
  }
  flush();
  drop_detached();
  return std::max(i, last_end);
}

// The header cells from `from` on (a header word wrapped over two lines is joined) and
// the cell after them.
std::pair<std::vector<std::pair<std::size_t, Role>>, std::size_t> Importer::read_indicator_header(std::size_t from,
                                                                                                   std::size_t end) {
  std::size_t j = from;
  std::vector<std::pair<std::size_t, Role>> h;
  while (j < end && !cells_[j].used) {
    // A header word wrapped inside its cell, the lines of two header cells interleaved
    // by the extraction (`实际 指标值 完成值`: 指标值 stood between 实际 and 完成值).
    if (interleaved_header_word(j, end)) {
      const Role joined = header_role(cells_[j].text + cells_[j + 2].text, false);
      h.emplace_back(cells_[j + 1].index, role(j + 1));
      h.emplace_back(cells_[j + 2].index, joined);
      wrapped_header_joined(j, j + 2, "/indicators");
      cells_[j].tail = j + 2;
      cells_[j].set_text(cells_[j].text + cells_[j + 2].text);
      cells_[j + 2].set_text(std::string());
      j += 3;
      continue;
    }
    // A header word wrapped over two lines (`一级` / `指标`); with spaces as separators
    // also its last one or two characters on the same line (`偏差原因分析及改进措 施`).
    const bool same_line_tail = j + 1 < end && table_.layout == TableLayout::spaces &&
                                cells_[j + 1].row == cells_[j].row && code_points(cells_[j + 1].text) <= 2 &&
                                !has_digit_or_bracket(cells_[j + 1].text) && !vocab(j + 1);
    // A short word that names no column on its own may also wrap onto one that does
    // (`年度` / `指标值`, `实际` / `完成值`).
    const bool head_word = role(j) == Role::none && code_points(cells_[j].text) <= 4 && !vocab(j) &&
                           !has_digit_or_bracket(cells_[j].text);
    if (j + 1 < end && !cells_[j + 1].used && (cells_[j + 1].row != cells_[j].row || same_line_tail) &&
        (role(j + 1) == Role::none || head_word) && !key_text(cells_[j + 1].text).empty()) {
      const Role joined = header_role(cells_[j].text + cells_[j + 1].text, false);
      if (joined != Role::none) {
        h.emplace_back(cells_[j].index, joined);
        cells_[j].tail = j + 1;
        wrapped_header_joined(j, j + 1, "/indicators");
        cells_[j].set_text(cells_[j].text + cells_[j + 1].text);
        cells_[j + 1].set_text(std::string());
        j += 2;
        continue;
      }
    }
    const Role r = role(j);
    if (r == Role::none) {
      // One column name the reader cannot place (an OCR'd `考值参分`) between names it
      // can: an unnamed column, so the names after it still count.
      if (h.size() >= 2 && j + 2 < end && !cells_[j + 1].used && !cells_[j + 2].used && role(j + 1) != Role::none &&
          role(j + 2) != Role::none && code_points(cells_[j].text) <= 8 && !vocab(j)) {
        h.emplace_back(cells_[j].index, Role::none);
        ++j;
        continue;
      }
      break;
    }
    h.emplace_back(cells_[j].index, r);
    ++j;
  }
  return std::make_pair(h, j);
}

// Whether the cells at `i` repeat the 二级 and the name of `row` (the 年度 half of a
// side-by-side row read one cell per line); another indicator under the same 二级 does not.
bool Importer::repeats_row_start(const std::vector<std::size_t>& row, std::size_t i, std::size_t end) const {
  if (!cell_l2(i) || cell_l1(i) || i + 1 >= end || cells_[i + 1].used) return false;
  std::size_t level2 = npos;
  for (const std::size_t id : row) {
    if (!vocab(id)) {
      return level2 != npos && without_spaces(cells_[level2].text) == without_spaces(cells_[i].text) &&
             without_spaces(cells_[id].text) == without_spaces(cells_[i + 1].text);
    }
    if (cell_l2(id)) level2 = id;
  }
  return false;
}

// The info finding of a header word whose rest, at `rest`, is joined to the cell at `at`.
void Importer::wrapped_header_joined(std::size_t at, std::size_t rest, const char* path) {
  finding("JX-I009", Severity::info, path, &cells_[at], "折行的表头已合并：“{text}”+“{next}”",
          "wrapped header joined: '{text}' + '{next}'")
      .arg("text", cells_[at].text)
      .arg("next", cells_[rest].text);
}

// A short piece of a header word at `j` whose rest stands after the next header cell
// (`实际` `指标值` `完成值`: the lines of two header cells interleaved by the extraction).
bool Importer::interleaved_header_word(std::size_t j, std::size_t end) const {
  if (j + 2 >= end || cells_[j + 1].used || cells_[j + 2].used || cells_[j + 1].merged || cells_[j + 2].merged) {
    return false;
  }
  if (role(j) != Role::none || role(j + 1) == Role::none || vocab(j) || code_points(cells_[j].text) > 4 ||
      has_digit_or_bracket(cells_[j].text)) {
    return false;
  }
  const Role joined = header_role(cells_[j].text + cells_[j + 2].text, false);
  return joined != Role::none && joined != role(j + 1);
}

// Whether `t` is the text of the row's name cell (its first cell that is no category).
bool Importer::repeats_row_name(const std::vector<std::size_t>& row, const std::string& t) const {
  for (const std::size_t k : row) {
    if (!vocab(k)) return cells_[k].text == t;
  }
  return false;
}

// A 三级 named by its category's own word (`服务对象满意度指标 | 满意度 | 90%`): right after
// the 二级 label of that category, with a target next, the cell is the name, not a label.
bool Importer::names_its_category(std::size_t i, std::size_t end, bool row_has_name) const {
  if (row_has_name || i == 0 || i + 1 >= end || cells_[i + 1].used) return false;
  const std::string& next = cells_[i + 1].text;
  if (ends_with(cells_[i].text, "指标") || !has_ascii_digit(next) || !target_like(next)) return false;
  std::size_t prev = i - 1;
  while (prev > 0 && trim(cells_[prev].text).empty()) --prev;  // blank lines between cells
  const auto before = cell_l2(prev);
  if (!before) return false;
  if (const auto l2 = cell_l2(i)) return *l2 == *before;
  const auto l1 = cell_l1(i);  // `满意度` reads as the 一级 满意度指标
  return l1 && (*l1 == parent_of(*before, TaxonomyVariant::classic) || *l1 == parent_of(*before, TaxonomyVariant::fin2021));
}

// Cells `from`..`to` are the header `header` of the table read from here on.
void Importer::adopt_header(IndicatorTable& ind_table, std::vector<std::pair<std::size_t, Role>> header,
                            std::size_t from, std::size_t to) {
  ind_table.header_in_one_row = cells_[from].row == cells_[to - 1].row;
  for (std::size_t k = from; k < to; ++k) {
    use(k, "/indicators");
    if (role(k) == Role::other_value) ind_table.other_value_text = cells_[k].text;
  }
  ind_table.header = std::move(header);
  ind_table.configure();
  ind_table.offsets.clear();
}

// Category names wrapped over two lines (`社会效益` / `指标`, `服务对象` / `满意度指标`)
// are joined.
void Importer::join_wrapped_categories(std::size_t from, std::size_t end) {
  for (std::size_t k = from; k + 1 < end; ++k) {
    Cell& a = cells_[k];
    if (a.merged) continue;
    if (join_vertical_label(k, end)) continue;
    // The cell after a's pieces (a label may take two joins: `产出` `指标` `(50分 )`).
    std::size_t last = k;
    while (cells_[last].tail != npos && cells_[last].tail < end) last = cells_[last].tail;
    if (last + 1 >= end) continue;
    const std::size_t next = last + 1;
    Cell& b = cells_[next];
    if (a.used || b.used || b.merged || a.text.size() > 40 || b.text.size() > 40) continue;
    // Side by side only where spaces split the label (`产出 指标 (50分 )`, `效益指 标(30 分)`).
    if (a.row == b.row && table_.layout != TableLayout::spaces) continue;
    const bool a_vocab = vocab(k);
    const std::string b_key = key_text(b.text);
    // `指标` wrapped off its name, or a weight note (`(40-50)分`) under a 一级.
    const bool tail_word = b.text == "指标" || b.text == "标" || b.text == "指标：" ||
                           (!b.text.empty() && (b_key.empty() || b_key == "分"));
    if (!((a_vocab && tail_word) || (!a_vocab && code_points(a.text) <= 6 && !key_text(a.text).empty()))) continue;
    // On one line only the end of a label is joined on (`指标`, `标(30 分)`, a weight note).
    if (a.row == b.row && !tail_word && !contains(b.text, "标")) continue;
    // A wrapped piece stands alone on its line.
    if (a.row != b.row && row_mode_ && table_.rows[a.row].filled() > 1 && table_.rows[b.row].filled() > 1) continue;
    const std::string joined = a.text + b.text;
    if (!may_be_category(joined) || (!from_string<Level1>(joined) && !from_string<Level2>(joined))) continue;
    finding("JX-I009", Severity::info, "/indicators", &a, "折行的分类名称已合并：“{text}”+“{next}”",
            "wrapped category name joined: '{text}' + '{next}'")
        .arg("text", a.text)
        .arg("next", b.text);
    a.set_text(joined);
    cells_[last].tail = next;
    b.merged = true;
    --k;  // try the next piece too
  }
}

// A category label written one character per line (`产` `出` `指` `标`: a merged cell
// printed vertically) is joined into one cell when the characters spell a category.
bool Importer::join_vertical_label(std::size_t k, std::size_t end) {
  if (cells_[k].used || code_points(cells_[k].text) != 1 || cells_[k].text.size() != 3) return false;
  std::string joined = cells_[k].text, best;
  std::size_t last = k, best_last = k;
  while (last + 1 < end && last - k < 7) {  // the longest spelling wins (`产出指标` over `产出`)
    const Cell& next = cells_[last + 1];
    if (next.used || next.merged || code_points(next.text) != 1 || next.text.size() != 3) break;
    joined += next.text;
    ++last;
    if (may_be_category(joined) && (from_string<Level1>(joined) || from_string<Level2>(joined))) {
      best = joined;
      best_last = last;
    }
  }
  if (best_last == k) return false;
  finding("JX-I009", Severity::info, "/indicators", &cells_[k], "逐字分行的分类名称已合并：“{text}”",
          "a category name written one character per line was joined: '{text}'")
      .arg("text", best);
  cells_[k].set_text(best);
  for (std::size_t m = k + 1; m <= best_last; ++m) {
    cells_[m - 1].tail = m;
    cells_[m].merged = true;
  }
  return true;
}

TargetValue Importer::make_target(const std::string& text, const std::string& unit, const std::string& path,
                                  const Cell& at) {
  if (text.empty()) return TargetValue();
  ++out_.stats.targets;
  std::vector<Diagnostic> why;
  TargetValue v = TargetValue::read(text, unit, why);
  if (v.target()) {
    ++out_.stats.targets_parsed;
  } else {
    finding("JX-I004", Severity::warning, path, &at, "指标值无法解析（原文保留）：{text}（{reason}）",
            "target value does not parse (text kept): {text} ({reason})")
        .arg("text", text)
        .arg("reason", why.empty() ? std::string() : why.front().message);
  }
  return v;
}

}  // namespace jixiao::io::detail
