// The form importer: finds sections by their headings, reads each section's cells by
// meaning (taxonomy names, amounts, target shapes, header names) and accounts for every
// cell, either in the model (recorded in the source map) or in a finding. Each section
// has a reader of its own (table_import_budget.cpp, table_import_tasks.cpp,
// table_import_indicators.cpp); what a cell's text means is in table_import_labels.cpp
// and table_import_shapes.cpp.
#include "jixiao/io/table_import.hpp"

#include <algorithm>
#include <cstring>
#include <optional>
#include <string>
#include <utility>

#include "jixiao/target.hpp"
#include "table_import_detail.hpp"
#include "../target_text.hpp"

#include "document_check.hpp"
#include "jixiao/io/utf8_text.hpp"

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
  // A report's sentences stating targets and actuals are read once the tables are.
  if (!sentences_read_ && std::string_view(fid) == "JX-I001" && holds_result_sentences(id)) {
    sentence_cells_.push_back(id);
    cells_[id].used = true;
    return;
  }
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
    for (std::size_t t = k; t <= last; ++t) {
      clean = clean && !cells_[t].html && !cells_[t].merged && cells_[t].row == cells_[k].row;
    }
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

// A label written one character at a time (`绩 效 指 标`, `产 出 指 标`: a vertical merged
// cell extracted with spaces) is joined when the characters together name a heading,
// a column or a category.
void Importer::join_spaced_labels(std::size_t first) {
  auto single = [&](std::size_t k) {
    return k < cells_.size() && !cells_[k].merged && !cells_[k].html && code_points(cells_[k].text) == 1 &&
           static_cast<unsigned char>(cells_[k].text[0]) >= 0xE0 && cells_[k].row == cells_[first].row;
  };
  for (std::size_t k = first; k < cells_.size(); ++k) {
    if (!single(k)) continue;
    std::size_t last = k;
    while (last - k < 9 && single(last + 1)) ++last;
    // The longest run from k that names something.
    for (std::size_t end = last; end > k; --end) {
      std::string joined;
      for (std::size_t t = k; t <= end; ++t) joined += cells_[t].text;
      if (heading_of(joined).section == Section::none && header_role(joined, false) == Role::none &&
          !from_string<Level1>(joined) && !from_string<Level2>(joined))
        continue;
      finding("JX-I009", Severity::info, "", &cells_[k], "逐字拆开的标签已合并：“{text}”",
              "a label spaced out character by character was joined: '{text}'")
          .arg("text", joined);
      cells_[k].set_text(joined);
      for (std::size_t t = k; t < end; ++t) cells_[t].tail = t + 1;
      for (std::size_t t = k + 1; t <= end; ++t) {
        cells_[t].merged = true;
        cells_[t].used = true;
      }
      k = end;
      break;
    }
  }
}

// The first cell `c` of a line (its text at byte `offset`) when the line above ends
// inside a word of prose wrapped at a fixed width: a category name broken before its
// colon (`设 1条满意` / `度指标:职工满意度≥90%。`), or the name after a category's colon
// broken before its target (`1条时效指标:资金支付及` / `时率=100%;设`). The piece that
// continues the cell above is joined to it (a tail cell of its own line, JX-I009) and
// `c` keeps the rest.
void Importer::join_broken_word(Cell& c, std::size_t offset) {
  if (cells_.empty() || cells_.back().row + 1 != c.row || cells_.back().html || cells_.back().merged) return;
  const std::size_t prev_id = cells_.size() - 1;
  const std::string prev = cells_[prev_id].text;
  if (prev.empty() || code_points(prev) > 16 || !cjk_start(c.text)) return;
  std::size_t take = 0;     // bytes of c.text joined to the cell above
  std::size_t skip = 0;     // bytes dropped after them (the colon)
  const std::string joined = prev + c.text;
  if (const std::size_t n = category_before_colon(joined); n > prev.size() && !vocab(prev_id)) {
    take = n - prev.size();
    skip = joined.compare(n, 3, "：") == 0 ? 3 : 1;
  } else if (cells_[prev_id].after_colon && !has_digit_or_bracket(prev) &&
             split_name_target(prev, false).how == NameSplit::none &&
             split_name_target(joined, false).how == NameSplit::comparator &&
             split_name_target(joined, false).name.size() > prev.size()) {
    take = c.text.size();
  }
  if (take == 0) return;
  Cell tail = c;
  tail.text = c.text.substr(0, take);
  tail.merged = true;
  tail.used = true;
  offsets_.push_back(offset);
  raw_sizes_.push_back(take);
  cells_.push_back(tail);
  const std::size_t tail_id = cells_.size() - 1;
  Cell& head = cells_[prev_id];
  std::size_t last = prev_id;
  while (cells_[last].tail != npos) last = cells_[last].tail;
  cells_[last].tail = tail_id;
  finding("JX-I009", Severity::info, "", &head, "行末断开的词已合并：“{text}”+“{next}”",
          "a word broken at the end of a line joined: '{text}' + '{next}'")
      .arg("text", prev)
      .arg("next", tail.text);
  head.set_text(joined.substr(0, prev.size() + take));
  const std::string rest(trim(std::string_view(c.text).substr(take + skip)));
  c.column += code_points(std::string_view(c.text).substr(0, c.text.size() - rest.size()));
  c.text = rest;
}

void Importer::read_cells() {
  std::size_t rows_with_cells = 0;
  std::size_t multi = 0;
  for (std::size_t r = 0; r < table_.rows.size(); ++r) {
    std::size_t filled = 0;
    const std::size_t row_start = cells_.size();
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
      // Prose wrapped at a fixed width: a word broken at the line end is joined.
      if (filled == 0 && !c.html) {
        join_broken_word(c, tc.offset + (tc.text.size() - c.text.size()));
        if (c.text.empty()) continue;
      }
      // A table flattened into one cell: cut into cells at category names, column
      // names and values (JX-I009), each at its own column.
      if (!c.html) {
        const auto pieces = fused_run_pieces(c.text);
        if (!pieces.empty()) {
          for (std::size_t k = 0; k < pieces.size(); ++k) {
            const std::size_t b = pieces[k].begin;
            const std::size_t e = pieces[k].end;
            Cell piece = c;
            piece.text = c.text.substr(b, e - b);
            piece.column = c.column + code_points(std::string_view(c.text).substr(0, b));
            offsets_.push_back(tc.offset + (tc.text.size() - c.text.size()) + b);
            raw_sizes_.push_back(e - b);
            piece.repeated_value = pieces[k].repeated_value;
            cells_.push_back(std::move(piece));
            if (k == 0) {
              finding("JX-I009", Severity::info, "", &cells_.back(),
                      "连写在一起的表格单元格已按分类名称、列名和指标值拆分为{count}个单元格",
                      "cells run together were split at category names, column names and values into {count} cells")
                  .arg("count", std::to_string(pieces.size()));
            }
            if (pieces[k].split_from_value && k + 1 < pieces.size()) {
              cells_.back().weight_cut = true;
              const std::string rest = c.text.substr(pieces[k + 1].begin, pieces[k + 1].end - pieces[k + 1].begin);
              finding("JX-I013", Severity::info, "", &cells_.back(),
                      "数字“{text}”与其后的“{next}”连写；其后紧跟相同的值，故拆为两个单元格（分值与指标值）",
                      "the number '{text}' ran into '{next}'; the same value follows, so they were read as two cells "
                      "(a weight and a target)")
                  .arg("text", cells_.back().text)
                  .arg("next", rest);
            }
          }
          ++filled;
          continue;
        }
      }
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
        finding("JX-I009", Severity::info, "", &cells_.back(), "单元格中连写的分类名称“{text}”已拆出",
                "category name '{text}' run together with the next text was split off")
            .arg("text", cells_.back().text);
      }
      // Prose: a category name and a colon before the indicator (`1、数量指标:资助…1966人`,
      // `设 1条质量指标:应急运维系统保障率≥80%`): the category becomes a cell of its own.
      // (Not a report's sentences stating targets and actuals: those are read whole, JX-I018.)
      if (const std::size_t n = c.html ? 0 : category_before_colon(c.text);
          n != 0 && result_sentences(c.text).empty()) {
        const std::string before = c.text;
        Cell head = c;
        head.text = before.substr(0, n);
        const std::size_t colon = before.compare(n, 3, "：") == 0 ? 3 : 1;
        c.text = std::string(trim(std::string_view(before).substr(n + colon)));
        c.after_colon = true;
        c.column += code_points(std::string_view(before).substr(0, before.size() - c.text.size()));
        offsets_.push_back(tc.offset + (tc.text.size() - before.size()));
        raw_sizes_.push_back(head.text.size());
        cells_.push_back(std::move(head));
        finding("JX-I009", Severity::info, "", &cells_.back(), "冒号前的分类名称“{text}”已拆出",
                "category name '{text}' before a colon was split off")
            .arg("text", cells_.back().text);
        // Several indicators after one category, each a name and its target
        // (`资助经费发放率100%达标,资助经费到位率100%达标。`): one cell each.
        const auto parts = prose_indicators(c.text);
        for (std::size_t k = 0; k + 1 < parts.size(); ++k) {
          Cell part = c;
          part.starts_row = true;
          part.text = c.text.substr(parts[k].first, parts[k].second - parts[k].first);
          part.column = c.column + code_points(std::string_view(c.text).substr(0, parts[k].first));
          offsets_.push_back(tc.offset + (tc.text.size() - c.text.size()) + parts[k].first);
          raw_sizes_.push_back(part.text.size());
          cells_.push_back(std::move(part));
          finding("JX-I009", Severity::info, "", &cells_.back(), "一句中的多个指标已拆开：“{text}”",
                  "several indicators in one sentence were split: '{text}'")
              .arg("text", cells_.back().text);
        }
        if (parts.size() >= 2) {
          c.starts_row = true;
          const std::size_t from = parts.back().first;
          c.column += code_points(std::string_view(c.text).substr(0, from));
          c.text = c.text.substr(from, parts.back().second - from);
        }
      }
      offsets_.push_back(tc.offset + (tc.text.size() - c.text.size()));
      raw_sizes_.push_back(c.text.size());
      cells_.push_back(std::move(c));
      ++filled;
    }
    if (table_.layout == TableLayout::spaces) {
      join_brackets(row_start);
      join_spaced_labels(row_start);
    }
    if (filled > 0) ++rows_with_cells;
    if (filled > 1) ++multi;
  }
  out_.stats.cells = cells_.size();
  row_cells_.assign(table_.rows.size(), 0);
  for (const Cell& c : cells_) ++row_cells_[c.row];
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
    // A cell split off inside a line ("…10次# source: …" in a spaces table) starts with
    // '#' but does not start the line: the line is no comment, and reading it as one
    // would cut its first character in half (substr(1) below).
    if (begin >= text_.size() || text_[begin] != '#') continue;
    std::size_t end = text_.find_first_of("\r\n", begin);
    if (end == std::string_view::npos) end = text_.size();
    std::string line(trim(text_.substr(begin, end - begin)));
    std::string key = "title";
    std::string value;
    const std::size_t text_at = line.find_first_not_of('#');  // npos: a line of '#' only
    if (text_at == std::string::npos) {
      // Nothing but '#': an empty title, kept so that the line is accounted for.
    } else if (starts_with(line, "##")) {
      value = std::string(trim(std::string_view(line).substr(text_at)));
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
      // `self-eval` names the stage; the title still says whose (a 部门整体 self-evaluation).
      kind_from_comment_ = value != "self-eval";
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
    if (!h.inline_value.empty()) {
      // The label ends at the first ':' or '：'. Not find_first_of(":："), which takes
      // the bytes of '：' one by one and cut 项目编号 inside 编 (E7 BC 96).
      const std::size_t ascii = label.find(':');
      const std::size_t wide = label.find("：");
      label = key_text(label.substr(0, std::min(ascii, wide)));
    }
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

namespace {

// True when the text's last line goes on with empty cells after its last one
// (`消防安全意识 | |`, a tab): that row is whole, its values left blank.
bool ends_with_empty_cells(std::string_view text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' ')) text.remove_suffix(1);
  return !text.empty() && (text.back() == '\t' || text.back() == '|' || ends_with(text, "｜"));
}

// True when the last row is an output or cost row (by its 一级, else its 二级) and no row
// is a benefit or satisfaction one: the table has not reached its last categories.
bool before_any_benefit(const std::vector<Indicator>& rows) {
  auto level1 = [](const Indicator& i) {
    return i.level1 != Level1::unknown ? i.level1 : parent_of(i.level2, TaxonomyVariant::fin2021);
  };
  const Level1 last = level1(rows.back());
  if (last != Level1::output && last != Level1::cost) return false;
  return std::none_of(rows.begin(), rows.end(), [&](const Indicator& i) {
    const Level1 l = level1(i);
    return l == Level1::benefit || l == Level1::satisfaction;
  });
}

}  // namespace

// A text that ends in the middle of an indicator table (an excerpt, a page cut off):
// - the last row is a category with nothing under it, its label the last cell of the
//   text; or
// - the last row has its name and nothing after it, and its name is the last cell of
//   the text; or
// - the last row's target is the last cell of the text and stops at a number or a
//   comparator (`验收合格率 1`) or cannot be read, and that row is an output or cost row
//   with no 效益 or 满意度 row anywhere: a table does not end there.
// The rows and categories after it are missing, so JX-C002/C003/C005 leave that row and
// JX-C006 the categories that would come after it (rules/import_damage.cpp
// `table_cut_off`). A workbook is never cut inside a row.
void Importer::note_cut_off_table() {
  const auto& rows = out_.form.indicators;
  if (rows.empty() || cells_.empty() || given_table_ || ends_with_empty_cells(text_)) return;
  const Indicator& last = rows.back();
  if (last.period_target.present() || !trim(last.actual).empty() || last.weight || last.score) return;
  // (A template's empty slot after the last category, `成本指标 | 指标1:`, says the table
  // ends there unfilled rather than cut.)
  const std::size_t end_cell = cells_.size() - 1;
  const SourcePosition end = pos(cells_[end_cell]);
  const std::string row_path = "/indicators/" + std::to_string(rows.size() - 1);
  const auto& entries = out_.source_map.entries();
  const auto at_end = std::find_if(entries.rbegin(), entries.rend(), [&](const SourceMapEntry& e) {
    return e.position.line == end.line && e.position.column == end.column;
  });
  if (at_end == entries.rend()) return;
  if (trim(last.name).empty()) {
    // A category listed last with no row under it: the cut came before its rows.
    if (last.annual_target.present() || (at_end->path != row_path && !starts_with(at_end->path, row_path + "/"))) return;
    finding("JX-I019", Severity::warning, "/indicators", &cells_[end_cell],
            "文本在指标类别“{text}”处结束：表格可能被截断，其后的指标和类别未能读取",
            "the text ends at the category {text}: the table may be cut off, and the rows and categories after it "
            "were not read")
        .arg("text", cells_[end_cell].text);
    return;
  }
  if (!last.annual_target.present() && at_end->path == row_path + "/name") {
    finding("JX-I019", Severity::warning, "/indicators", &cells_[end_cell],
            "文本在指标行“{text}”处结束：表格可能被截断，其后的指标和类别未能读取",
            "the text ends at the indicator row {text}: the table may be cut off, and the rows and categories after "
            "it were not read")
        .arg("text", last.name);
    return;
  }
  // A whole target (`≤20万元`) ends a form that lacks 效益 as well as an excerpt: only one
  // that stops at a number or a comparator (`验收合格率 1`), or cannot be read, is cut.
  const bool open = !last.annual_target.target() || jixiao::detail::stops_at_number_or_comparator(last.annual_target.text());
  if (open && at_end->path == row_path + "/annual_target" && before_any_benefit(rows)) {
    finding("JX-I019", Severity::warning, "/indicators", &cells_[end_cell],
            "文本在指标行“{text}”的指标值“{value}”处结束，其前没有效益或满意度指标：表格可能被截断（截在数字处时，"
            "该值也可能不完整），其后的指标和类别未能读取",
            "the text ends at the target {value} of the indicator row {text}, with no benefit or satisfaction row "
            "before it: the table may be cut off (cut at a number, the value may be incomplete too), and the rows "
            "and categories after it were not read")
        .arg("text", last.name)
        .arg("value", last.annual_target.text());
  }
}

// A text that begins at the indicator table (a page or an attachment that publishes only
// the table): nothing before the table's first cell but comments and a title, no cell
// left unread before it or outside the table, and nothing read outside it. The unit,
// project, goals and budget are then not in the text, rather than missing from the form
// (JX-I020; JX-C001 lists them as not in the text).
void Importer::note_table_only() {
  const auto& entries = out_.source_map.entries();
  const SourcePosition* first = nullptr;
  for (const SourceMapEntry& e : entries) {
    if (starts_with(e.path, "/indicators")) {
      if (first == nullptr || std::make_pair(e.position.line, e.position.column) <
                                  std::make_pair(first->line, first->column)) {
        first = &e.position;
      }
    } else if (!starts_with(e.path, "/metadata")) {
      return;  // a field, the goals, the budget or tasks were read
    }
  }
  if (first == nullptr || out_.form.indicators.empty()) return;
  // A cell left unread before the table, or anywhere outside it, may hold the head.
  for (const Finding& f : out_.findings) {
    if (f.rule_id != "JX-I001") continue;
    if (!starts_with(f.location.path, "/indicators")) return;
    const SourcePosition& at = f.location.source ? *f.location.source : SourcePosition{};
    if (std::make_pair(at.line, at.column) < std::make_pair(first->line, first->column)) return;
  }
  Finding& f = finding("JX-I020", Severity::info, "/indicators", nullptr,
                       "文本从指标表开始，其前没有单位、项目、绩效目标或预算等表头内容：可能只是表格的摘录",
                       "the text begins at the indicator table, with no unit, project, goals or budget before it: "
                       "possibly an excerpt of the table");
  f.location.source = *first;
}

ImportResult Importer::run() {
  if (!given_table_) table_ = read_table(text_);
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
              // `总分 | 100 | 96`: the full marks, then the score.
              const std::size_t after = next_in_row(next);
              const auto b = after != npos && !cells_[after].used ? parse_amount(without_points(cells_[after].text))
                                                                  : std::nullopt;
              out_.form.total_score = b ? b->amount : a->amount;
              use(i, "/total_score");
              use(next, "/total_score");
              if (b) use(after, "/total_score");
            }
          } else if (code_points(cells_[next].text) <= 2) {
            out_.form.rating = cells_[next].text;
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
        // Or a 二级 name with no 一级 anywhere (prose forms `设 1条数量指标:…`).
        // Or a column header of two or more names (`绩效内容 | 绩效目标值 | 实际完成值`).
        const bool header_row = role(i) != Role::none && i + 1 < cells_.size() && !cells_[i + 1].used &&
                                role(i + 1) != Role::none && role(i + 1) != Role::reason;
        if (role(i) == Role::level1 || cell_l1(i) || header_row ||
            (cell_l2(i) && i + 1 < cells_.size() && !cells_[i + 1].used && !is_heading(i + 1))) {
          i = read_indicators(i, cells_.size());
          seen_section = true;
          break;
        }
        // Budget lines without their (wrapped, unreadable) heading: `资金总额 171.41`.
        {
          const std::string& t = cells_[i].text;
          const std::size_t next = value_after(i);
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
  for (std::size_t i = 0; i < cells_.size(); ++i) {
    if (!cells_[i].accounted && holds_result_sentences(i) &&
        std::find(sentence_cells_.begin(), sentence_cells_.end(), i) == sentence_cells_.end()) {
      sentence_cells_.push_back(i);
    }
  }
  read_result_sentences();
  sentences_read_ = true;
  note_cut_off_table();
  if (out_.form.indicators.empty()) {
    finding("JX-I008", Severity::warning, "/indicators", nullptr, "未找到绩效指标表", "no indicator table (绩效指标) found");
    if (!cells_.empty()) out_.findings.back().location.source = pos(cells_.back());
    else out_.findings.back().location.source = SourcePosition{file_, 1, 1, table_.sheet};
  }
  for (std::size_t i = 0; i < cells_.size(); ++i) {
    if (cells_[i].accounted) continue;
    leave(i, "JX-I001", Severity::warning, "", "单元格未能识别，未导入：{text}", "cell not recognised, not imported: {text}");
  }
  note_table_only();
  out_.stats.indicators = out_.form.indicators.size();
  return std::move(out_);
}

}  // namespace jixiao::io::detail

namespace jixiao::io {

namespace {

Finding import_finding(const char* id, Severity severity, std::string_view file, std::size_t line, std::size_t column,
                       std::string en, std::string zh) {
  Finding f = detail::io_finding(id, severity, "", std::move(en), std::move(zh));
  f.location.source = SourcePosition{std::string(file), line, column};
  return f;
}

// Length of the cell separator at text[i] in `layout` (0 when none): a tab, a `|` or
// full-width `｜`, or one space character (ASCII, NBSP, U+3000; a run is one separator).
std::size_t separator_at(std::string_view text, std::size_t i, TableLayout layout) {
  switch (layout) {
    case TableLayout::tab: return text[i] == '\t' ? 1 : 0;
    case TableLayout::pipe:
      if (text[i] == '|') return 1;
      return text.substr(i, 3) == "\xEF\xBD\x9C" ? 3 : 0;
    case TableLayout::spaces:
      return text[i] == '\n' || text[i] == '\r' ? 0 : whitespace_at(text, i);
  }
  return 0;
}

// A limit of the table exceeded (JX-I016): the finding, or nothing. Counted on the raw
// text, before any row is built: lines (LF, CR LF or a lone CR), cells as the layout
// splits them (empty ones included) and bytes between two separators.
std::optional<Finding> table_limit(std::string_view text, std::string_view file, const Limits& limits) {
  auto exceeded = [&](const char* name, std::size_t value, std::size_t line, const char* en, const char* zh) {
    Finding f = detail::limit_finding(name, value, en, zh);
    f.rule_id = "JX-I016";
    f.location.source = SourcePosition{std::string(file), line, line == 0 ? std::size_t{0} : std::size_t{1}};
    return f;
  };
  if (text.size() > limits.max_bytes) {
    return exceeded("max_bytes", limits.max_bytes, 0, "the table is larger than the limit", "表格超过字节上限");
  }
  const TableLayout layout = detect_layout(text);
  std::size_t line = 1, cells = 1, cell_start = 0;
  bool in_separator = false;
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      ++i;
      if (++line > limits.max_rows) {
        return exceeded("max_rows", limits.max_rows, line, "more lines than the limit", "行数超过上限");
      }
      if (++cells > limits.max_cells) {
        return exceeded("max_cells", limits.max_cells, line, "more cells than the limit", "单元格个数超过上限");
      }
      cell_start = i;
      in_separator = false;
      continue;
    }
    const std::size_t sep = separator_at(text, i, layout);
    if (sep != 0) {
      if (!in_separator || layout != TableLayout::spaces) {
        if (++cells > limits.max_cells) {
          return exceeded("max_cells", limits.max_cells, line, "more cells than the limit", "单元格个数超过上限");
        }
      }
      in_separator = true;
      i += sep;
      cell_start = i;
      continue;
    }
    in_separator = false;
    if (i - cell_start >= limits.max_text_bytes) {
      return exceeded("max_text_bytes", limits.max_text_bytes, line, "a cell longer than the limit", "单元格长度超过上限");
    }
    ++i;
  }
  return std::nullopt;
}

// After an import of the text without its pinyin glosses: every position back to the
// column of the text as given, and one finding that says the glosses were removed.
void restore_columns(ImportResult& result, const std::vector<detail::GlossCut>& glosses, std::string_view file) {
  for (Finding& f : result.findings) {
    if (f.location.source && f.location.source->sheet.empty()) {
      f.location.source->column = detail::original_column(glosses, f.location.source->line, f.location.source->column);
    }
  }
  SourceMap restored;
  for (const SourceMapEntry& e : result.source_map.entries()) {
    SourcePosition p = e.position;
    p.column = detail::original_column(glosses, p.line, p.column);
    restored.add(e.path, std::move(p));
  }
  result.source_map = std::move(restored);
  const detail::GlossCut& first = glosses.front();
  Finding f = import_finding("JX-I009", Severity::info, file, first.line,
                             detail::original_column(glosses, first.line, first.column) - first.length,
                             "{count} pinyin glosses written inside words (a mirror site's, such as {text}) were removed",
                             "已去除写在字后的拼音注音 {count} 处（镜像网站所加，如 {text}）");
  f.arg("count", Decimal(static_cast<std::int64_t>(glosses.size()))).arg("text", first.text);
  result.findings.insert(result.findings.begin(), std::move(f));
}

// `text` with what is not valid UTF-8 text replaced by U+FFFD (a column stays a
// column: one code point for one bad byte), each line that had some reported (JX-I015).
std::string repaired_text(std::string_view text, std::string_view file, std::vector<Finding>& findings) {
  std::string out;
  out.reserve(text.size() + 16);
  std::size_t line = 1, column = 1, reported_line = 0, reported = 0;
  for (std::size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    const bool control = c < 0x20 && c != '\t' && c != '\n' && c != '\r';
    const std::size_t n = control ? 0 : utf8_length_at(text, i);
    if (n == 0) {
      if (reported_line != line && ++reported <= 100) {
        Finding f = import_finding("JX-I015", Severity::warning, file, line, column,
                                   control ? "control character {byte} replaced by U+FFFD" : "invalid UTF-8 byte {byte} replaced by U+FFFD",
                                   control ? "控制字符 {byte} 已替换为 U+FFFD" : "无效的 UTF-8 字节 {byte} 已替换为 U+FFFD");
        static constexpr char kHex[] = "0123456789ABCDEF";
        f.arg("byte", std::string("0x") + kHex[c >> 4] + kHex[c & 0xF]);
        findings.push_back(std::move(f));
        reported_line = line;
      }
      out += "\xEF\xBF\xBD";
      ++column;
      ++i;
      continue;
    }
    if (c == '\n' || (c == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) {
      ++line;
      column = 1;
    } else if (c != '\r') {
      ++column;
    }
    out.append(text.substr(i, n));
    i += n;
  }
  if (reported > 100) {
    findings.push_back(import_finding("JX-I015", Severity::warning, file, line, 1,
                                      "more lines with invalid UTF-8 or control characters (not listed)",
                                      "更多含无效 UTF-8 或控制字符的行（不再列出）"));
  }
  return out;
}

}  // namespace

ImportResult import_form(std::string_view text, std::string_view file_name, const Limits& limits) {
  std::vector<Finding> early;
  if (auto utf16 = detail::utf16_finding(text, std::string(file_name))) {
    utf16->rule_id = "JX-I015";
    early.push_back(std::move(*utf16));
  } else if (auto exceeded = table_limit(text, file_name, limits)) {
    early.push_back(std::move(*exceeded));
  }
  if (!early.empty()) {
    ImportResult refused;
    refused.findings = std::move(early);
    return refused;
  }
  std::string repaired;
  if (!is_valid_text(text)) {
    repaired = repaired_text(text, file_name, early);
    text = repaired;
  }
  std::vector<detail::GlossCut> glosses;
  const std::string unglossed = detail::without_pinyin_glosses(text, glosses);
  if (!glosses.empty()) text = unglossed;
  detail::Importer importer(text, file_name);
  ImportResult result = importer.run();
  if (!glosses.empty()) restore_columns(result, glosses, file_name);
  result.findings.insert(result.findings.begin(), early.begin(), early.end());
  return result;
}

bool ImportResult::refused() const noexcept {
  for (const Finding& f : findings) {
    if (f.severity == Severity::error && (f.rule_id == "JX-I015" || f.rule_id == "JX-I016")) return true;
  }
  return false;
}

}  // namespace jixiao::io
