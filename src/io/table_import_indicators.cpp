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
  bool after = false;
  for (const auto& [idx, role] : header) {
    if (role == (no_name_column ? Role::level1 : Role::name)) after = true;
    else if (after && role != Role::name) value_roles.push_back(role);
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
  std::size_t values_in_row = 0;
  auto flush = [&]() {
    read_indicator_row(ind_table, row);
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
      auto [hh, j] = read_indicator_header(i, end);
      if (hh.size() >= 2) {
        flush();
        adopt_header(ind_table, std::move(hh), i, j);
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
                 (values_in_row >= ind_table.value_roles.size() || !(target_like(t) || number_like(t) || unit_like(t) || is_comparator(t)))) {
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

// The header cells from `from` on (a header word wrapped over two lines is joined) and
// the cell after them.
std::pair<std::vector<std::pair<std::size_t, Role>>, std::size_t> Importer::read_indicator_header(std::size_t from,
                                                                                                   std::size_t end) {
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
}

// Cells `from`..`to` are the header `header` of the table read from here on.
void Importer::adopt_header(IndicatorTable& ind_table, std::vector<std::pair<std::size_t, Role>> header,
                            std::size_t from, std::size_t to) {
  ind_table.header_in_one_row = cells_[from].row == cells_[to - 1].row;
  for (std::size_t k = from; k < to; ++k) use(k, "/indicators");
  ind_table.header = std::move(header);
  ind_table.configure();
  ind_table.offsets.clear();
}

// Category names wrapped over two lines (`社会效益` / `指标`, `服务对象` / `满意度指标`)
// are joined.
void Importer::join_wrapped_categories(std::size_t from, std::size_t end) {
  for (std::size_t k = from; k + 1 < end; ++k) {
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
    if (!may_be_category(joined) || (!from_string<Level1>(joined) && !from_string<Level2>(joined))) continue;
    finding("JX-I009", Severity::info, "/indicators", &a, "折行的分类名称已合并：“{text}”+“{next}”",
            "wrapped category name joined: '{text}' + '{next}'")
        .arg("text", a.text)
        .arg("next", b.text);
    a.set_text(joined);
    a.tail = k + 1;
    b.merged = true;
  }
}

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

}  // namespace jixiao::io::detail
