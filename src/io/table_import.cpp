// The form importer: finds sections by their headings, reads each section's cells by
// meaning (taxonomy names, amounts, target shapes, header names) and accounts for every
// cell, either in the model (recorded in the source map) or in a finding. Each section
// has a reader of its own (table_import_budget.cpp, table_import_tasks.cpp,
// table_import_indicators.cpp); what a cell's text means is in table_import_labels.cpp
// and table_import_shapes.cpp.
#include "jixiao/io/table_import.hpp"

#include <algorithm>
#include <cstring>
#include <utility>

#include "jixiao/target.hpp"
#include "table_import_detail.hpp"

namespace jixiao::io::detail {

// ---------------------------------------------------------------------------------
// Accounting: every cell ends in the source map or in a finding.

void Importer::use(std::size_t id, const std::string& path) {
  Cell& c = cells_[id];
  out_.source_map.add(path, pos(c));
  if (!c.accounted) {
    ++out_.stats.cells_in_model;
    if (c.html) finding("JX-I005", Severity::info, path, &c, "已去除单元格中的HTML标记", "HTML markup removed from the cell");
  }
  c.used = true;
  c.accounted = true;
  if (c.tail != npos && !cells_[c.tail].accounted) use(c.tail, path);
}

Finding& Importer::finding(const char* id, Severity severity, std::string path, const Cell* at, std::string zh,
                           std::string en) {
  Finding f;
  f.rule_id = id;
  f.severity = severity;
  f.location.path = std::move(path);
  if (at != nullptr) f.location.source = pos(*at);
  f.template_zh = std::move(zh);
  f.template_en = std::move(en);
  out_.findings.push_back(std::move(f));
  return out_.findings.back();
}

void Importer::leave(std::size_t id, const char* fid, Severity severity, const std::string& path,
                     const std::string& zh, const std::string& en) {
  // The pieces joined into this cell are quoted with it, each at its own position.
  for (std::size_t t = id; t != npos && !cells_[t].accounted; t = cells_[t].tail) {
    finding(fid, severity, path, &cells_[t], zh, en).arg("text", cells_[t].text);
    ++out_.stats.cells_in_findings;
    cells_[t].used = true;
    cells_[t].accounted = true;
  }
}

// ---------------------------------------------------------------------------------
// Cells, corpus header lines, titles and labelled fields.

// Space-separated text splits `( ≥**% )` into three cells: an opening bracket left
// open joins the cells up to its closing one (the text between is taken as written).
void Importer::join_brackets(std::size_t first) {
  auto balance = [](std::string_view t) {
    long b = 0;
    for (std::size_t i = 0; i < t.size(); ++i) {
      if (t[i] == '(') ++b;
      else if (t[i] == ')') --b;
      else if (t.compare(i, 3, "（") == 0) ++b;
      else if (t.compare(i, 3, "）") == 0) --b;
    }
    return b;
  };
  for (std::size_t k = first; k < cells_.size(); ++k) {
    if (balance(cells_[k].text) <= 0) continue;
    std::size_t last = k;
    long b = balance(cells_[k].text);
    while (b > 0 && last + 1 < cells_.size() && last - k < 4) {
      ++last;
      b += balance(cells_[last].text);
    }
    if (b != 0 || last == k) continue;
    bool clean = true;
    for (std::size_t t = k; t <= last; ++t) clean = clean && !cells_[t].html && cells_[t].row == cells_[k].row;
    if (!clean || offsets_[last] + raw_sizes_[last] > text_.size() || offsets_[k] > offsets_[last]) continue;
    // The original text from the first cell to the end of the last.
    const std::size_t from = offsets_[k];
    const std::size_t to = offsets_[last] + raw_sizes_[last];
    cells_[k].set_text(strip_html(text_.substr(from, to - from)));
    finding("JX-I009", Severity::info, "", &cells_[k], "括号内被空格拆开的单元格已合并：“{text}”",
            "cells split inside brackets were joined: '{text}'")
        .arg("text", cells_[k].text);
    for (std::size_t t = k; t < last; ++t) cells_[t].tail = t + 1;
    for (std::size_t t = k + 1; t <= last; ++t) {
      cells_[t].merged = true;
      cells_[t].used = true;
    }
    k = last;
  }
}

void Importer::read_cells() {
  std::size_t rows_with_cells = 0;
  std::size_t multi = 0;
  for (std::size_t r = 0; r < table_.rows.size(); ++r) {
    std::size_t filled = 0;
    for (const TableCell& tc : table_.rows[r].cells) {
      if (tc.text.empty()) continue;
      Cell c;
      c.text = strip_html(tc.text);
      c.html = c.text != tc.text;
      c.line = tc.line;
      c.column = tc.column;
      c.index = tc.index;
      c.row = r;
      if (c.text.empty()) c.text = tc.text;  // a cell of only tags: keep it visible
      // Category names fused with what follows (`产出指标数量指标足额保障率=100%`,
      // text run together by a document converter) become cells of their own.
      while (true) {
        const std::size_t n = fused_category_prefix(c.text);
        if (n == 0) break;
        Cell head = c;
        head.text = c.text.substr(0, n);
        c.text.erase(0, n);
        c.column += code_points(head.text);
        offsets_.push_back(tc.offset + (tc.text.size() - c.text.size() - head.text.size()));
        raw_sizes_.push_back(head.text.size());
        cells_.push_back(std::move(head));
        ++fused_;
        finding("JX-I009", Severity::info, "", &cells_.back(), "单元格中连写的分类名称“{text}”已拆出",
                "category name '{text}' run together with the next text was split off")
            .arg("text", cells_.back().text);
      }
      offsets_.push_back(tc.offset + (tc.text.size() - c.text.size()));
      raw_sizes_.push_back(c.text.size());
      cells_.push_back(std::move(c));
      ++filled;
    }
    if (table_.layout == TableLayout::spaces) join_brackets(cells_.size() - filled);
    if (filled > 0) ++rows_with_cells;
    if (filled > 1) ++multi;
  }
  out_.stats.cells = cells_.size();
  // One cell per line: rows say nothing about the table's rows.
  row_mode_ = rows_with_cells == 0 || multi * 3 >= rows_with_cells;
}

// `# source: …`, `# kind: …`, `# partial`, `# note: …` lines (the corpus header) and
// markdown titles `## …` become metadata; the whole line is one value.
void Importer::read_comment_lines() {
  for (std::size_t i = 0; i < cells_.size(); ++i) {
    Cell& c = cells_[i];
    if (c.used || c.index != 0 || !starts_with(c.text, "#")) continue;
    if (table_.layout == TableLayout::pipe && c.index != 0) continue;
    // The line's text from the first cell to the end of the line.
    const TableRow& row = table_.rows[c.row];
    std::size_t begin = 0;
    for (const TableCell& tc : row.cells) {
      if (!tc.text.empty()) {
        begin = tc.offset;
        break;
      }
    }
    std::size_t end = text_.find_first_of("\r\n", begin);
    if (end == std::string_view::npos) end = text_.size();
    std::string line(trim(text_.substr(begin, end - begin)));
    std::string key = "title";
    std::string value;
    if (starts_with(line, "##")) {
      value = std::string(trim(std::string_view(line).substr(line.find_first_not_of('#'))));
    } else {
      std::string body(trim(std::string_view(line).substr(1)));
      const std::size_t colon = body.find(':');
      if (colon != std::string::npos && colon < 20) {
        key = std::string(trim(std::string_view(body).substr(0, colon)));
        value = std::string(trim(std::string_view(body).substr(colon + 1)));
      } else {
        key = body;
      }
    }
    const std::size_t meta_index = out_.form.metadata.size();
    out_.form.metadata.emplace_back(key, value);
    const std::string path = "/metadata/" + std::to_string(meta_index);
    for (std::size_t j = i; j < cells_.size() && cells_[j].row == c.row; ++j) use(j, path);
    if (key == "kind") {
      kind_from_comment_ = true;
      if (value == "department") out_.form.kind = FormKind::department;
      if (value == "project") out_.form.kind = FormKind::project;
      if (value == "self-eval") {
        out_.form.kind = FormKind::project;
        out_.form.stage = FormStage::self_evaluation;
      }
    }
    if (key == "title") read_title(i);
  }
}

// A title (`部门整体预算绩效目标申报表`, `(2019年度)`) says the kind, the stage and the year.
void Importer::read_title(std::size_t id) {
  const std::string& t = cells_[id].text;
  if (!kind_from_comment_) {
    if (contains(t, "部门整体") || contains(t, "部门（单位）整体")) out_.form.kind = FormKind::department;
    else if (contains(t, "项目")) out_.form.kind = FormKind::project;
  }
  if (contains(t, "自评")) out_.form.stage = FormStage::self_evaluation;
  if (contains(t, "监控")) out_.form.stage = FormStage::monitoring;
  if (!out_.form.year) out_.form.year = year_in(t);
}

std::size_t Importer::section_end(std::size_t from) const {
  for (std::size_t i = from; i < cells_.size(); ++i) {
    if (cells_[i].used) continue;
    if (is_heading(i) || role(i) == Role::level1 || cell_l1(i)) return i;
  }
  return cells_.size();
}

// A label and its value: `项目名称 | 绿化养护经费`, `预算单位:东莞市交通运输局`.
void Importer::read_field(std::size_t id, const Heading& h) {
  std::string* target = nullptr;
  std::string path;
  ProjectInfo* project = nullptr;
  if (h.section != Section::unit_name && h.section != Section::metadata_field) {
    if (!out_.form.project) out_.form.project.emplace();
    if (!kind_from_comment_) out_.form.kind = FormKind::project;
    project = &*out_.form.project;
  }
  switch (h.section) {
    case Section::unit_name: target = &out_.form.unit_name; path = "/unit_name"; break;
    case Section::project_name: target = &project->name; path = "/project/name"; break;
    case Section::competent_department: target = &project->competent_department; path = "/project/competent_department"; break;
    case Section::implementing_unit: target = &project->implementing_unit; path = "/project/implementing_unit"; break;
    case Section::project_attribute: target = &project->attribute; path = "/project/attribute"; break;
    case Section::project_period: target = &project->period; path = "/project/period"; break;
    default: break;
  }
  std::size_t value_id = npos;
  if (h.inline_value.empty()) {
    const std::size_t next = id + 1;
    if (next < cells_.size() && !cells_[next].used && !is_label(cells_[next].text) &&
        (cells_[next].row == cells_[id].row || !row_mode_ || table_.rows[cells_[id].row].filled() == 1)) {
      value_id = next;
    }
  }
  const std::string value = h.inline_value.empty() ? (value_id == npos ? std::string() : cells_[value_id].text) : h.inline_value;
  if (h.section == Section::metadata_field) {
    path = "/metadata/" + std::to_string(out_.form.metadata.size());
    std::string label = cells_[id].text;
    if (!h.inline_value.empty()) label = key_text(label.substr(0, label.find_first_of(":：")));
    out_.form.metadata.emplace_back(key_text(label), value);
  } else if (target != nullptr) {
    if (target->empty()) {
      *target = value;
    } else if (!value.empty()) {
      // A second value for the same field (several projects in one table): keep the
      // first in the model, quote the second.
      use(id, path);
      if (value_id != npos) leave(value_id, "JX-I001", Severity::warning, path, "重复的字段值未导入：{text}", "repeated field value not imported: {text}");
      return;
    }
  }
  use(id, path);
  if (value_id != npos) use(value_id, path);
}

// A cell that names a field or a column rather than holding a value.
bool Importer::is_label(const std::string& text) {
  if (heading_of(text).section != Section::none || header_role(text) != Role::none) return true;
  const std::string k = key_text(text);
  return total_label(text) || exec_column(k) || k == "预算数" || k == "预算金额" || k == "金额";
}

// ---------------------------------------------------------------------------------
// 绩效指标.

TargetValue Importer::make_target(const std::string& text, const std::string& unit, const std::string& path,
                                  const Cell& at) {
  TargetValue v;
  v.text = text;
  if (text.empty()) return v;
  ++out_.stats.targets;
  auto parsed = unit.empty() ? Target::parse(text) : Target::parse(text, unit);
  if (parsed) {
    v.target = parsed.value();
    ++out_.stats.targets_parsed;
  } else {
    const Diagnostic d = parsed.diagnostics().empty() ? Diagnostic{} : parsed.diagnostics().front();
    finding("JX-I004", Severity::warning, path, &at, "指标值无法解析（原文保留）：{text}（{reason}）",
            "target value does not parse (text kept): {text} ({reason})")
        .arg("text", text)
        .arg("reason", d.message);
  }
  return v;
}

std::size_t Importer::read_indicators(std::size_t begin, std::size_t end) {
  std::vector<Indicator>& indicators = out_.form.indicators;
  // Column headers: the cells that name a role, from the section heading on.
  std::vector<std::pair<std::size_t, Role>> header;  // (column index, role)
  // Column positions mean something only when the header is one table row.
  bool header_in_one_row = false;
  std::size_t i = begin;
  if (head(i).section == Section::indicators) {
    use(i, "/indicators");
    ++i;
  }
  auto read_header = [&](std::size_t from) {
    std::size_t j = from;
    std::vector<std::pair<std::size_t, Role>> h;
    while (j < end && !cells_[j].used) {
      // A header word wrapped over two lines (`一级` / `指标`).
      if (j + 1 < end && !cells_[j + 1].used && cells_[j + 1].row != cells_[j].row &&
          role(j + 1) == Role::none && !key_text(cells_[j + 1].text).empty()) {
        const Role joined = header_role(cells_[j].text + cells_[j + 1].text, false);
        if (joined != Role::none) {
          h.emplace_back(cells_[j].index, joined);
          cells_[j].tail = j + 1;
          finding("JX-I009", Severity::info, "/indicators", &cells_[j], "折行的表头已合并：“{text}”+“{next}”",
                  "wrapped header joined: '{text}' + '{next}'")
              .arg("text", cells_[j].text)
              .arg("next", cells_[j + 1].text);
          cells_[j].set_text(cells_[j].text + cells_[j + 1].text);
          cells_[j + 1].set_text(std::string());
          j += 2;
          continue;
        }
      }
      const Role r = role(j);
      if (r == Role::none) break;
      h.emplace_back(cells_[j].index, r);
      ++j;
    }
    return std::make_pair(h, j);
  };
  {
    auto [h, j] = read_header(i);
    if (h.size() >= 2) {
      header_in_one_row = cells_[i].row == cells_[j - 1].row;
      for (std::size_t k = i; k < j; ++k) use(k, "/indicators");
      header = h;
      i = j;
    }
  }
  bool no_name_column = false;
  auto header_index = [&](Role r) -> std::size_t {
    if (no_name_column && r == Role::level2) r = Role::name;  // 二级 sits in the 指标名称 column
    if (no_name_column && r == Role::name) return npos;
    for (const auto& [idx, role] : header) {
      if (role == r) return idx;
    }
    return npos;
  };
  auto header_has = [&](Role r) { return header_index(r) != npos; };

  for (const auto& [idx, role] : header) {
    if (role == Role::actual || role == Role::score) out_.form.stage = FormStage::self_evaluation;
  }

  Level1 l1 = Level1::unknown;
  std::string l1_text;
  Level2 l2 = Level2::unknown;
  std::string l2_text;
  std::vector<std::pair<long, std::size_t>> offsets;  // row offset against the header → rows, first seen first
  std::size_t last_end = i;

  // Value roles in header order after the name; a plain declaration form without a
  // header reads one target. `指标类型 | 指标名称 | 指标值`: 一级 and 二级 share the
  // first two columns and there is no 三级.
  std::vector<Role> value_roles;
  auto configure = [&]() {
    value_roles.clear();
    no_name_column = false;
    no_name_column = !header.empty() && !header_has(Role::level2) && header_has(Role::level1) && header_has(Role::name);
    bool after = false;
    for (const auto& [idx, role] : header) {
      if (role == (no_name_column ? Role::level1 : Role::name)) after = true;
      else if (after && role != Role::name) value_roles.push_back(role);
    }
    if (value_roles.empty()) value_roles = {Role::annual};
  };
  configure();

  auto fits = [&](Role r, const std::string& t) {
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
      default: return false;
    }
  };

  // One logical row: [一级] [二级] 三级 values…
  auto read_row = [&](const std::vector<std::size_t>& whole_row) {
    if (whole_row.empty()) return;
    // Cells before a 一级 later in the row belong to columns left of the indicator
    // table (several projects in one table: unit, project, amount, goal).
    std::vector<std::size_t> row = whole_row;
    if (row_mode_) {
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
    std::vector<std::pair<std::size_t, Role>> assigned;  // cell id → role
    std::size_t name_id = npos;
    bool row_l2 = false;
    bool name_is_value = false;
    for (std::size_t k = 0; k < row.size(); ++k) {
      const std::size_t id = row[k];
      const std::string& t = cells_[id].text;
      if (name_id == npos) {
        const auto m1 = cell_l1(id);
        const auto m2 = cell_l2(id);
        if (m1 && m2) {
          // 成本指标 / 满意度指标 are both: a 一级 when a 二级 follows, else a 二级
          // when it fits under the current 一级.
          const bool l2_follows = k + 1 < row.size() && cell_l2(row[k + 1]) && !cell_l1(row[k + 1]);
          const bool as_l2 =
              !l2_follows && ((l1 != Level1::unknown && belongs_to(*m2, l1, TaxonomyVariant::classic)) ||
                              (l1 == Level1::unknown && l2 != Level2::unknown &&
                               parent_of(l2, TaxonomyVariant::classic) == parent_of(*m2, TaxonomyVariant::classic)));
          if (as_l2) {
            l2 = *m2;
            l2_text = t;
            row_l2 = true;
            assigned.emplace_back(id, Role::level2);
          } else {
            l1 = *m1;
            l1_text = t;
            l2 = Level2::unknown;
            l2_text.clear();
            assigned.emplace_back(id, Role::level1);
          }
          continue;
        }
        if (m1) {
          l1 = *m1;
          l1_text = t;
          l2 = Level2::unknown;
          l2_text.clear();
          assigned.emplace_back(id, Role::level1);
          continue;
        }
        if (m2) {
          l2 = *m2;
          l2_text = t;
          row_l2 = true;
          assigned.emplace_back(id, Role::level2);
          continue;
        }
        if (role(id) != Role::none) {  // a repeated header
          use(id, "/indicators");
          continue;
        }
        if (row_l2 && no_name_column) {  // the form has no 三级 column: values follow the 二级
          name_id = id;
          assigned.emplace_back(id, Role::none);
          name_is_value = true;
          continue;
        }
        name_id = id;
        assigned.emplace_back(id, Role::name);
        continue;
      }
      assigned.emplace_back(id, Role::none);
    }
    if (name_id == npos && !row_l2) {
      for (const auto& [id, role] : assigned) use(id, "/indicators");  // a 一级 alone: context
      return;
    }
    if (l1 == Level1::unknown && l2 == Level2::unknown) {
      // No 一级 or 二级 known yet: not an indicator row (a project line of a
      // multi-project table, a note under the table).
      for (const auto& [id, role] : assigned) {
        leave(id, "JX-I001", Severity::warning, "/indicators", "指标表中无一级/二级分类的单元格未导入：{text}",
              "cell in the indicator table without a 一级/二级 category, not imported: {text}");
      }
      return;
    }
    Indicator ind;
    ind.level1 = l1;
    ind.level1_text = l1_text;
    ind.level2 = l2;
    ind.level2_text = l2_text;
    const std::size_t index = indicators.size();
    const std::string path = "/indicators/" + std::to_string(index);
    // The row's offset against the header (by its first cell with a role), and the
    // offset most rows have.
    long mode_offset = 0;
    {
      std::size_t best = 0;
      for (const auto& [off, count] : offsets) {
        if (count > best) {
          best = count;
          mode_offset = off;
        }
      }
    }
    // A row that starts at its 一级 column is read at its own offset (merged leading
    // columns dropped by the copy); other rows at the offset most rows have.
    // Text extracted with spaces drops merged cells, so every row is read at its own
    // offset there.
    long place_offset = mode_offset;
    for (const auto& [id, role] : assigned) {
      if (role == Role::level1 && header_index(Role::level1) != npos) {
        place_offset = static_cast<long>(cells_[id].index) - static_cast<long>(header_index(Role::level1));
      }
    }
    if (table_.layout == TableLayout::spaces) {
      for (const auto& [id, role] : assigned) {
        const std::size_t hi = header_index(role);
        if (role != Role::none && hi != npos) {
          place_offset = static_cast<long>(cells_[id].index) - static_cast<long>(hi);
          break;
        }
      }
    }
    // Value cells by meaning: the column under which it sits when that fits, else the
    // first free column that fits, in header order.
    std::vector<Role> taken;
    auto is_taken = [&](Role r) { return std::find(taken.begin(), taken.end(), r) != taken.end(); };
    std::string op_text;
    std::string number_text;
    const Cell* target_cell = nullptr;
    bool prev_is_comparator = false;
    for (auto& [id, role] : assigned) {
      if (role != Role::none) continue;
      const std::string& t = cells_[id].text;
      Role chosen = Role::none;
      if (row_mode_ && header_in_one_row) {
        const long col = static_cast<long>(cells_[id].index) - place_offset;
        for (const auto& [idx, r] : header) {
          if (static_cast<long>(idx) != col || r == Role::level1 || r == Role::level2 || r == Role::name || is_taken(r)) continue;
          // Under a target column any text is that target (a narrative target is
          // still the target); elsewhere the cell must look like the column.
          if (fits(r, t) || r == Role::annual || r == Role::period) chosen = r;
        }
      }
      // A plain number is a 分值/得分 when such a column is free, unless it follows a
      // comparator cell (`≥ | 95 | %`).
      const bool after_op = !taken.empty() && (taken.back() == Role::op || taken.back() == Role::nature) &&
                            prev_is_comparator;
      if (chosen == Role::none && !after_op && number_like(t)) {
        for (Role r : value_roles) {
          if ((r == Role::weight || r == Role::score) && !is_taken(r)) {
            chosen = r;
            break;
          }
        }
      }
      if (chosen == Role::none) {
        for (Role r : value_roles) {
          if (!is_taken(r) && fits(r, t)) {
            chosen = r;
            break;
          }
        }
      }
      role = chosen;
      prev_is_comparator = is_comparator(t);
      if (chosen != Role::none) taken.push_back(chosen);
    }
    // Fill the indicator.
    if (name_is_value) name_id = npos;
    if (name_id != npos) ind.name = cells_[name_id].text;
    std::string unit;
    for (const auto& [id, role] : assigned) {
      if (role == Role::unit) unit = cells_[id].text;
    }
    std::vector<std::pair<std::size_t, std::string>> uses;
    std::vector<std::size_t> unread;
    for (const auto& [id, role] : assigned) {
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
          if (!op_text.empty() || (header_has(Role::op) || (header_has(Role::nature) && !op_text.empty()))) {
            number_text = t;
            target_cell = &cells_[id];
          } else {
            ind.annual_target = make_target(t, unit, path + "/annual_target", cells_[id]);
          }
          uses.emplace_back(id, path + "/annual_target");
          break;
        case Role::actual: ind.actual = t; uses.emplace_back(id, path + "/actual"); break;
        case Role::weight: {
          std::string w = t;
          if (ends_with(w, "分")) w.erase(w.size() - 3);
          ind.weight = parse_amount(w)->amount;
          uses.emplace_back(id, path + "/weight");
          break;
        }
        case Role::score: {
          std::string w = t;
          if (ends_with(w, "分")) w.erase(w.size() - 3);
          ind.score = parse_amount(w)->amount;
          uses.emplace_back(id, path + "/score");
          break;
        }
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
        case Role::none: unread.push_back(id); break;
      }
    }
    // Split cells `≥ | 95 | %` make one target; a qualitative row (`定性 | 减少`) is the text.
    if (target_cell != nullptr) {
      if (!op_text.empty()) {
        TargetValue v;
        v.text = op_text + number_text + unit;
        ++out_.stats.targets;
        auto parsed = Target::parse_cells(op_text, number_text, unit);
        if (parsed) {
          v.target = parsed.value();
          ++out_.stats.targets_parsed;
        } else {
          finding("JX-I004", Severity::warning, path + "/annual_target", target_cell,
                  "指标值无法解析（原文保留）：{text}", "target value does not parse (text kept): {text}")
              .arg("text", v.text);
        }
        ind.annual_target = std::move(v);
      } else {
        ind.annual_target = make_target(number_text, unit, path + "/annual_target", *target_cell);
      }
    }
    // A target written inside the name (`参训学员满意度≥95%`, prose forms).
    if (name_id != npos && !ind.annual_target.present() && !ind.period_target.present()) {
      const std::string& n = ind.name;
      for (const char* op : {"≥", "≤", "≧", "≦", ">=", "<=", "＞", "＜", ">", "<", "="}) {
        const std::size_t at = n.find(op);
        if (at == std::string::npos || at == 0) continue;
        std::string target(trim(std::string_view(n).substr(at)));
        while (ends_with(target, "；") || ends_with(target, "。") || ends_with(target, "，")) target.erase(target.size() - 3);
        while (ends_with(target, ";") || ends_with(target, ".") || ends_with(target, ",")) target.pop_back();
        std::string name(trim(std::string_view(n).substr(0, at)));
        if (target.empty() || name.empty()) break;
        ind.name = name;
        ind.annual_target = make_target(target, unit, path + "/annual_target", cells_[name_id]);
        uses.emplace_back(name_id, path + "/annual_target");
        finding("JX-I003", Severity::info, path, &cells_[name_id],
                "指标名称与指标值写在同一单元格，已拆分为“{name}”和“{target}”",
                "indicator name and target share one cell; split into '{name}' and '{target}'")
            .arg("name", name)
            .arg("target", target);
        break;
      }
    }
    indicators.push_back(std::move(ind));
    for (const auto& [id, p] : uses) use(id, p);
    for (std::size_t id : unread) {
      leave(id, "JX-I001", Severity::warning, path, "指标行中未能识别的单元格未导入：{text}",
            "cell of an indicator row not recognised, not imported: {text}");
    }
    // Repairs: report cells read in another column than the one they sit in.
    if (row_mode_ && header_in_one_row && table_.layout != TableLayout::spaces) {
      long row_offset = 0;
      bool have = false;
      for (const auto& [id, role] : assigned) {
        const std::size_t hi = header_index(role);
        if (role != Role::none && hi != npos) {
          row_offset = static_cast<long>(cells_[id].index) - static_cast<long>(hi);
          have = true;
          break;
        }
      }
      if (have) {
        const bool first = offsets.empty();
        auto seen = std::find_if(offsets.begin(), offsets.end(), [&](const auto& o) { return o.first == row_offset; });
        if (seen == offsets.end()) offsets.emplace_back(row_offset, 1);
        else ++seen->second;
        if (!first && row_offset != mode_offset) {
          std::string moves_zh;
          std::string moves_en;
          const Cell* at = nullptr;
          for (const auto& [id, role] : assigned) {
            const std::size_t hi = header_index(role);
            if (role == Role::none || hi == npos) continue;
            const long col = static_cast<long>(cells_[id].index) - mode_offset;
            if (col == static_cast<long>(hi)) continue;
            Role sits = Role::none;
            for (const auto& [idx, r] : header) {
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
      }
    }
  };

  // Category names wrapped over two lines (`社会效益` / `指标`, `服务对象` / `满意度指标`).
  for (std::size_t k = i; k + 1 < end; ++k) {
    Cell& a = cells_[k];
    Cell& b = cells_[k + 1];
    if (a.used || b.used || a.merged || a.row == b.row || a.text.size() > 40 || b.text.size() > 40) continue;
    const bool a_vocab = vocab(k);
    const std::string b_key = key_text(b.text);
    // `指标` wrapped off its name, or a weight note (`(40-50)分`) under a 一级.
    const bool tail_word = b.text == "指标" || b.text == "标" || b.text == "指标：" ||
                           (!b.text.empty() && (b_key.empty() || b_key == "分"));
    if (!((a_vocab && tail_word) || (!a_vocab && code_points(a.text) <= 6 && !key_text(a.text).empty()))) continue;
    // A wrapped piece stands alone on its line.
    if (row_mode_ && table_.rows[a.row].filled() > 1 && table_.rows[b.row].filled() > 1) continue;
    const std::string joined = a.text + b.text;
    if (!may_be_category(joined) || (!level1_from_name(joined) && !level2_from_name(joined))) continue;
    finding("JX-I009", Severity::info, "/indicators", &a, "折行的分类名称已合并：“{text}”+“{next}”",
            "wrapped category name joined: '{text}' + '{next}'")
        .arg("text", a.text)
        .arg("next", b.text);
    a.set_text(joined);
    a.tail = k + 1;
    b.merged = true;
  }

  // Split the section into logical rows.
  std::vector<std::size_t> row;
  bool row_has_name = false;
  bool row_has_vocab = false;
  std::size_t values_in_row = 0;
  auto flush = [&]() {
    read_row(row);
    row.clear();
    row_has_name = false;
    row_has_vocab = false;
    values_in_row = 0;
  };
  for (; i < end; ++i) {
    if (cells_[i].used || cells_[i].merged) continue;
    const Heading& h = head(i);
    if (h.section != Section::none && h.section != Section::indicators) break;
    if (h.section == Section::indicators) {
      flush();
      use(i, "/indicators");
      continue;
    }
    // A repeated header row (a second table, a page break).
    if (role(i) != Role::none && !row_has_name && (row.empty() || role(row.back()) != Role::none)) {
      auto [hh, j] = read_header(i);
      if (hh.size() >= 2) {
        flush();
        header_in_one_row = cells_[i].row == cells_[j - 1].row;
        for (std::size_t k = i; k < j; ++k) use(k, "/indicators");
        header = hh;
        configure();
        offsets.clear();
        i = j - 1;
        continue;
      }
    }
    const std::string& t = cells_[i].text;
    const bool is_vocab = vocab(i);
    if (row_mode_) {
      if (!row.empty() && cells_[row.back()].row != cells_[i].row) flush();
      if (is_vocab && row_has_name && row_has_vocab) flush();  // a second indicator in the same row
    } else {
      if (is_vocab && (row_has_name || (!row.empty() && !(cell_l1(row.back()) && !cell_l2(row.back()))))) {
        flush();
      } else if (!is_vocab && row_has_name &&
                 (values_in_row >= value_roles.size() || !(target_like(t) || number_like(t) || unit_like(t) || is_comparator(t)))) {
        flush();
      }
    }
    if (is_vocab) row_has_vocab = true;
    if (!is_vocab && !row_has_name) {
      row_has_name = true;
    } else if (!is_vocab) {
      ++values_in_row;
    }
    row.push_back(i);
    last_end = i + 1;
  }
  flush();
  return std::max(i, last_end);
}

ImportResult Importer::run() {
  table_ = read_table(text_);
  out_.stats.rows_read = table_.rows.size();
  out_.stats.layout = table_.layout;
  read_cells();
  read_comment_lines();
  bool seen_section = false;
  for (std::size_t i = 0; i < cells_.size();) {
    if (cells_[i].used) {
      ++i;
      continue;
    }
    const Heading h = head(i);
    switch (h.section) {
      case Section::unit_name:
      case Section::project_name:
      case Section::competent_department:
      case Section::implementing_unit:
      case Section::project_attribute:
      case Section::project_period:
      case Section::metadata_field:
        read_field(i, h);
        seen_section = true;
        ++i;
        break;
      case Section::budget:
      case Section::goals:
      case Section::key_tasks:
      case Section::other_tasks: {
        // These sections run to the next heading or 一级 name.
        const std::size_t end = section_end(i + 1);
        if (h.section == Section::budget) read_budget(i, end);
        else if (h.section == Section::goals) read_goals(i, end);
        else if (h.section == Section::key_tasks) read_key_tasks(i, end);
        else read_other_tasks(i, end);
        seen_section = true;
        i = end;
        break;
      }
      case Section::indicators: {
        i = read_indicators(i, cells_.size());
        seen_section = true;
        break;
      }
      case Section::total_score:
      case Section::grade: {
        const std::size_t next = i + 1;
        if (next < cells_.size() && !cells_[next].used) {
          if (h.section == Section::total_score) {
            if (auto a = parse_amount(without_points(cells_[next].text))) {
              out_.form.total_score = a->amount;
              use(i, "/total_score");
              use(next, "/total_score");
            }
          } else if (code_points(cells_[next].text) <= 2) {
            out_.form.grade = cells_[next].text;
            use(i, "/grade");
            use(next, "/grade");
          }
        }
        ++i;
        break;
      }
      case Section::end:
      case Section::none: {
        // An indicator table without its heading: a header row or a 一级 name.
        if (role(i) == Role::level1 || cell_l1(i)) {
          i = read_indicators(i, cells_.size());
          seen_section = true;
          break;
        }
        // Budget lines without their (wrapped, unreadable) heading: `资金总额 171.41`.
        {
          const std::string& t = cells_[i].text;
          const std::size_t next = next_in_row(i);
          if ((total_label(t) || budget_label(t)) && next != npos && parse_amount(cells_[next].text)) {
            std::size_t stop = i;
            while (stop < cells_.size() && !cells_[stop].used &&
                   (total_label(cells_[stop].text) || budget_label(cells_[stop].text) || parse_amount(cells_[stop].text)))
              ++stop;
            read_budget(i, stop, false);
            seen_section = true;
            ++i;
            break;
          }
          // Numbered goals without their heading: `目标1:确保…`.
          if (starts_with(t, "目标") && t.size() > 6 && t[6] >= '1' && t[6] <= '9') {
            for (std::string& g : split_goals(t)) {
              use(i, "/goals/" + std::to_string(out_.form.goals.size()));
              out_.form.goals.push_back(std::move(g));
            }
            seen_section = true;
            ++i;
            break;
          }
        }
        if (!seen_section && looks_like_title(cells_[i].text)) {
          read_title(i);
          use(i, "/metadata/" + std::to_string(out_.form.metadata.size()));
          out_.form.metadata.emplace_back("title", cells_[i].text);
        }
        ++i;
        break;
      }
    }
  }
  // A project form names its unit as 实施单位; a year may only be in the project name.
  if (out_.form.project) {
    if (out_.form.unit_name.empty() && !out_.form.project->implementing_unit.empty()) {
      out_.form.unit_name = out_.form.project->implementing_unit;
      if (const SourcePosition* p = out_.source_map.find("/project/implementing_unit")) out_.source_map.add("/unit_name", *p);
    }
    if (!out_.form.year) out_.form.year = year_in(out_.form.project->name);
  }
  if (out_.form.indicators.empty()) {
    finding("JX-I008", Severity::warning, "/indicators", nullptr, "未找到绩效指标表", "no indicator table (绩效指标) found");
    if (!cells_.empty()) out_.findings.back().location.source = SourcePosition{file_, cells_.back().line, cells_.back().column};
    else out_.findings.back().location.source = SourcePosition{file_, 1, 1};
  }
  for (std::size_t i = 0; i < cells_.size(); ++i) {
    if (cells_[i].accounted) continue;
    leave(i, "JX-I001", Severity::warning, "", "单元格未能识别，未导入：{text}", "cell not recognised, not imported: {text}");
  }
  out_.stats.indicators = out_.form.indicators.size();
  return std::move(out_);
}

}  // namespace jixiao::io::detail

namespace jixiao::io {

ImportResult import_form(std::string_view text, std::string_view file_name) {
  detail::Importer importer(text, file_name);
  return importer.run();
}

}  // namespace jixiao::io
