// Completeness rules (完整性): required content, targets, units, categories.
#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "../aggregate_rows.hpp"
#include "catalogue.hpp"
#include "indicator_reading.hpp"
#include "jixiao/target.hpp"
#include "jixiao/text.hpp"

namespace jixiao::detail {
namespace {

bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The placeholder marks of templates: `*`, `＊` (U+FF0A), `X`, `x`, `Ｘ` (U+FF38) and
// `×` (U+00D7). Returns the mark's byte length at text[i], 0 when there is none.
std::size_t mark_at(std::string_view text, std::size_t i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const char c = text[i];
  if (c == '*') return 1;
  if (c == 'X' || c == 'x') {
    // Part of a word (`XXL`, `Excel`) is no placeholder.
    const bool before = i > 0 && is_ascii_alpha(text[i - 1]) && text[i - 1] != 'X' && text[i - 1] != 'x';
    const bool after = i + 1 < text.size() && is_ascii_alpha(text[i + 1]) && text[i + 1] != 'X' && text[i + 1] != 'x';
    return before || after ? 0 : 1;
  }
  if (b(i) == 0xEFu && i + 2 < text.size() && b(i + 1) == 0xBCu && (b(i + 2) == 0x8Au || b(i + 2) == 0xB8u)) return 3;
  if (b(i) == 0xC3u && i + 1 < text.size() && b(i + 1) == 0x97u) return 2;  // ×
  return 0;
}

// True when the byte before `i` leaves room for a value: start of the text, a space,
// an opening bracket, or a comparator (`≥`, `≤`, `<`, `>`, `=`, `＞`, `＜`).
bool value_slot_before(std::string_view text, std::size_t i) {
  if (i == 0) return true;
  const char c = text[i - 1];
  if (c == ' ' || c == '(' || c == '<' || c == '>' || c == '=' || c == ':') return true;
  const std::string_view head = text.substr(0, i);
  for (const char* s : {"≥", "≤", "＞", "＜", "（", "：", "≧", "≦"}) {
    const std::string_view t(s);
    if (head.size() >= t.size() && head.substr(head.size() - t.size()) == t) return true;
  }
  return false;
}

// A template placeholder where a value belongs: a run of two or more marks (`**`,
// `XX`, `××`, `＊＊`), or one `*`/`X` standing where the number goes (`≥*%`, `X人`,
// a cell of just `*`). A single `*` or `×` between two parts of a unit or a formula
// (`元/人*月`, `3×4`) is a multiplication sign, not a placeholder. One pass over the
// bytes (this runs on every target cell). In `prose` (a sentence, not a target) only
// a run of marks counts: a lone `X` there is a word (`X光机`).
bool has_placeholder(std::string_view text, bool prose = false) {
  const std::size_t n = text.size();
  for (std::size_t i = 0; i < n;) {
    const char c = text[i];
    // Only these bytes start a mark (* X x ＊ ×); the rest are passed without a call.
    const std::size_t len = c == '*' || c == 'X' || c == 'x' || c == '\xEF' || c == '\xC3' ? mark_at(text, i) : 0;
    if (len == 0) {
      ++i;
      continue;
    }
    std::size_t end = i + len;
    std::size_t run = 1;
    while (end < n) {
      const std::size_t more = mark_at(text, end);
      if (more == 0) break;
      end += more;
      ++run;
    }
    if (run >= 2) return true;
    if (prose) {
      i = end;
      continue;
    }
    const bool times = len == 2;  // a lone × is always a multiplication sign
    if (!times && value_slot_before(text, i)) return true;
    i = end;
  }
  return false;
}

std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0u) != 0x80u;
  return n;
}

bool blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }

// The 一级 of a row: as written, or, when the 一级 cell is empty (a merged cell lost in
// publishing), the one its 二级 names (数量指标 → 产出指标).
Level1 level1_of(const Indicator& ind, TaxonomyVariant taxonomy) {
  if (ind.level1 != Level1::unknown || !blank(ind.level1_text) || ind.level2 == Level2::unknown) return ind.level1;
  return parent_of(ind.level2, taxonomy);
}

// The indicator table was found and its rows placed, none with a name, and fewer cells
// were lost that could have held a name than there are rows without one: the names are
// missing from the form, not from the reading (a fused `88100` under each 二级 label).
bool names_read(const PerformanceForm& form, const RuleContext& ctx) {
  const auto rows = static_cast<std::size_t>(std::count_if(form.indicators.begin(), form.indicators.end(), [](const Indicator& i) {
    return i.level1 != Level1::unknown || i.level2 != Level2::unknown;
  }));
  return rows > 0 && name_cells_lost(ctx) < rows;
}

// A required field the form lacks. When the importer left cells unplaced (in the
// field's block or in none it could tell), the field may be among them: those fields
// are reported together, once, as not reliably read rather than as missing.
void check_required(const PerformanceForm& form, const RuleContext& ctx, FindingSink& sink) {
  struct Missing {
    const char* path;
    const char* field;
  };
  std::vector<Missing> missing;
  // A project form may name its unit only as 实施单位 or 主管部门 (项目主管部门).
  const bool project_unit = form.project && (!blank(form.project->implementing_unit) ||
                                             !blank(form.project->competent_department));
  if (blank(form.unit_name) && !project_unit) missing.push_back({"/unit_name", "部门(单位)名称 unit name"});
  if (form.kind == FormKind::project && (!form.project || blank(form.project->name))) {
    missing.push_back({"/project/name", "项目名称 project name"});
  }
  const bool any_goal = std::any_of(form.goals.begin(), form.goals.end(), [](const std::string& g) { return !blank(g); });
  if (!any_goal) missing.push_back({"/goals", "总体绩效目标 overall goals"});
  // A self-evaluation states its money in the execution block (年度资金总额 …).
  if (form.budget.breakdowns.empty() && form.budget.execution.empty()) {
    missing.push_back({"/budget", "预算整体情况 budget overview"});
  }
  const bool any_indicator =
      std::any_of(form.indicators.begin(), form.indicators.end(), [](const Indicator& i) { return !blank(i.name); });
  if (!any_indicator) missing.push_back({"/indicators", "绩效指标 indicators"});

  // A text that declares itself an excerpt (`# partial`) and begins at the indicator table
  // (JX-I020) holds none of the form's head. Undeclared, a form without its head is one.
  const Finding* table_only = form.metadata_value("partial") != nullptr ? import_finding(ctx, "JX-I020") : nullptr;
  std::string not_in_text;
  std::string unread;
  std::size_t unread_count = 0;
  BlockReading lost;
  for (const Missing& m : missing) {
    const std::string_view block = std::string_view(m.path).substr(0, std::string_view(m.path).find('/', 1));
    if (table_only != nullptr && block != "/indicators") {
      not_in_text += (not_in_text.empty() ? "" : "、") + std::string(m.field);
      continue;
    }
    const BlockReading r = block_reading(ctx, block, true);
    if (r.reliable() || (block == "/indicators" && names_read(form, ctx))) {
      sink.add(m.path, "必填内容缺失：{field}", "required content is missing: {field}").arg("field", m.field);
      continue;
    }
    if (!unread.empty()) unread += "、";
    unread += m.field;
    ++unread_count;
    if (r.unplaced > lost.unplaced) lost = r;
  }
  if (!not_in_text.empty()) {
    Finding& f = sink.add("", "文本只含指标表（JX-I020），以下必填内容不在文本中，未作为缺失报告：{fields}",
                          "the text holds only the indicator table (JX-I020); required content not in it, not "
                          "reported as missing: {fields}");
    f.severity = Severity::info;
    f.arg("fields", not_in_text);
    f.location.source = table_only->location.source;
  }
  if (unread_count == 0) return;
  add_unreliable(sink, "", lost, unread_count,
                 "表格未能可靠读取（{cells} 个单元格未能导入），以下必填内容未读到，无法确认是否缺失：{fields}",
                 "the table was not reliably read ({cells} cells could not be placed); required content not found, "
                 "so not reported as missing: {fields}")
      .arg("fields", unread);
}

void check_key_task_fields(const PerformanceForm& form, const RuleContext&, FindingSink& sink) {
  for (std::size_t i = 0; i < form.key_tasks.size(); ++i) {
    const auto& t = form.key_tasks[i];
    const char* zh = "重点工作任务 {task} 缺少{field}";
    const char* en = "key task {task} has no {field}";
    const std::string label = blank(t.name) ? "#" + std::to_string(i + 1) : t.name;
    if (blank(t.name)) sink.add(at("/key_tasks", i, "name"), zh, en).arg("task", label).arg("field", "名称 name");
    if (!t.planned_funds) {
      sink.add(at("/key_tasks", i, "planned_funds"), zh, en).arg("task", label).arg("field", "拟投入的资金 planned funds");
    }
    if (blank(t.expected_result.text())) {
      sink.add(at("/key_tasks", i, "expected_result"), zh, en).arg("task", label).arg("field", "期望达到的目标 expected result");
    }
  }
}

// A target cell that holds only the template's unit (`公里`, `万人`) holds no value.
bool unit_only(const TargetValue& v) {
  return v.first_diagnostic() != nullptr && v.first_diagnostic()->code == "jixiao.target.unit_only";
}

// Rows without a target in a table the importer lost cells of may have lost them
// there: one finding for the table instead of one per row.
// An aggregate row (★) holds no target of its own: its sub-items below it do.
void check_target_present(const PerformanceForm& form, const RuleContext& ctx, FindingSink& sink) {
  const BlockReading reading = block_reading(ctx, "/indicators", false);
  const detail::AggregateRows aggregates = detail::aggregate_rows(form);
  auto aggregate = [&](std::size_t i) { return !aggregates.of[i].empty(); };
  if (!reading.reliable()) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < form.indicators.size(); ++i) {
      const Indicator& ind = form.indicators[i];
      if (!blank(ind.name) && !aggregate(i) && (!ind.annual_target.present() || unit_only(ind.annual_target))) ++n;
    }
    if (n == 0) return;
    add_unreliable(sink, "/indicators", reading, n,
                   "指标表未能可靠读取（{cells} 个单元格未能导入）：{count} 个三级指标没有读到年度指标值，未逐条报告",
                   "the indicator table was not reliably read ({cells} cells could not be placed): {count} indicators "
                   "have no annual target read, not reported one by one");
    return;
  }
  const std::size_t judged_rows = rows_before_cut(form, ctx);
  for (std::size_t i = 0; i < judged_rows; ++i) {
    const auto& ind = form.indicators[i];
    if (blank(ind.name) || aggregate(i)) continue;
    if (!ind.annual_target.present()) {
      sink.add(at("/indicators", i, "annual_target"), "三级指标“{name}”没有年度指标值",
               "indicator {name} has no annual target")
          .arg("name", ind.name);
    } else if (unit_only(ind.annual_target)) {
      sink.add(at("/indicators", i, "annual_target"), "三级指标“{name}”没有年度指标值（只填了单位“{text}”）",
               "indicator {name} has no annual target (only the unit {text} is filled in)")
          .arg("name", ind.name)
          .arg("text", ind.annual_target.text());
    }
  }
}

void check_unnamed_row(const PerformanceForm& form, const RuleContext&, FindingSink& sink) {
  for (std::size_t i = 0; i < form.indicators.size(); ++i) {
    const auto& ind = form.indicators[i];
    // A name that is only the row's own 二级 label (`数量指标`, as the importer reads a
    // table without a 三级 column) names a category, not an indicator.
    const bool only_level2 = !ind.level2_text.empty() && trim(ind.name) == trim(ind.level2_text);
    if (!blank(ind.name) && !only_level2) continue;
    if (!ind.annual_target.present() && !ind.period_target.present()) continue;
    sink.add(at("/indicators", i, "name"), "指标值 {target} 所在行没有三级指标名称",
             "a row with target {target} has no indicator name")
        .arg("target", ind.annual_target.present() ? ind.annual_target.text() : ind.period_target.text());
  }
}

// A quantity without a unit. A date range (`1-12月`, `2023年1月1日至12月31日`) is a
// period, read as dates: it has no unit to lack.
bool lacks_unit(const TargetValue& v) {
  if (!v.target() || !v.target()->is_quantitative() || v.target()->is_date_range()) return false;
  const Target& t = *v.target();
  if (t.kind() == TargetKind::range) return t.lo().unit.empty() && t.hi().unit.empty();
  // Nothing (`0`, `≤0`: no overruns, no incidents) is nothing in any unit.
  return t.quantity().unit.empty() && t.quantity().value != Decimal(0);
}

// Whether the name states the target's number with its unit (`变压器3台` for `3`,
// `慰问伤残军人50人` for `50`): the unit is there, beside the same number.
bool number_with_unit_in_name(std::string_view name, const TargetValue& v) {
  if (!v.target() || v.target()->kind() == TargetKind::range) return false;
  const std::string n = v.target()->quantity().value.to_string();
  for (std::size_t at = name.find(n); at != std::string_view::npos; at = name.find(n, at + 1)) {
    const std::size_t end = at + n.size();
    auto digit_or_point = [](char c) { return (c >= '0' && c <= '9') || c == '.'; };
    const bool whole = (at == 0 || !digit_or_point(name[at - 1])) && end < name.size() && !digit_or_point(name[end]);
    const bool ordinal = at >= 6 && (name.compare(at - 6, 6, "指标") == 0 || name.compare(at - 6, 6, "目标") == 0);
    if (whole && !ordinal && static_cast<unsigned char>(name[end]) >= 0xE0) return true;  // a unit word follows
  }
  return false;
}

// Whether the name states a unit in its closing brackets (`服务外包在岸(万美元)`,
// `培训人数（人次）`, a library hint `(≥**%)`): a catalogue unit, or an amount of a
// currency (`…元`), of at most four characters.
bool unit_in_name(std::string_view name) {
  const std::string_view inner = unit_stated_in_name(name);
  std::size_t chars = 0;
  for (const char c : inner) chars += (static_cast<unsigned char>(c) & 0xC0u) != 0x80u;
  if (inner.empty() || chars > 4) return false;
  if (Unit::parse(inner).known()) return true;
  const bool currency = inner.size() >= 3 && inner.substr(inner.size() - 3) == "元";
  return currency && std::all_of(inner.begin(), inner.end(), [](char c) { return (static_cast<unsigned char>(c) & 0x80u) != 0; });
}

void check_units_present(const PerformanceForm& form, const RuleContext& ctx, FindingSink& sink) {
  const std::size_t judged_rows = rows_before_cut(form, ctx);
  for (std::size_t i = 0; i < judged_rows; ++i) {
    const auto& ind = form.indicators[i];
    if (!blank(ind.unit) || unit_in_name(ind.name)) continue;
    const bool annual = lacks_unit(ind.annual_target) && !number_with_unit_in_name(ind.name, ind.annual_target);
    if (!annual && !(lacks_unit(ind.period_target) && !number_with_unit_in_name(ind.name, ind.period_target))) continue;
    const TargetValue& v = annual ? ind.annual_target : ind.period_target;
    sink.add(at("/indicators", i, annual ? "annual_target" : "period_target"),
             "定量指标“{name}”的指标值 {target} 没有计量单位", "quantitative indicator {name} has no unit in {target}")
        .arg("name", ind.name)
        .arg("target", v.text());
  }
}

// The target-like cells of the first `rows` indicators (all by default), for the
// placeholder and parse rules.
template <class F>
void for_each_target_cell(const PerformanceForm& form, F&& f, std::size_t rows = SIZE_MAX) {
  for (std::size_t i = 0; i < std::min(rows, form.indicators.size()); ++i) {
    const auto& ind = form.indicators[i];
    if (ind.period_target.present()) f([i] { return at("/indicators", i, "period_target"); }, ind.period_target, ind);
    if (ind.annual_target.present()) f([i] { return at("/indicators", i, "annual_target"); }, ind.annual_target, ind);
  }
}

void check_placeholders(const PerformanceForm& form, const RuleContext&, FindingSink& sink) {
  const char* zh = "{cell} 中留有模板占位符：{text}";
  const char* en = "template placeholder left in {cell}: {text}";
  for_each_target_cell(form, [&](const auto& path, const TargetValue& v, const Indicator&) {
    if (has_placeholder(v.text())) sink.add(path(), zh, en).arg("cell", "指标值 target").arg("text", v.text());
  });
  // A hint such as `(≥**人)` in a provincial library's indicator name is the format of
  // the target cell, not a placeholder, once that cell is filled in; a leading `*` or
  // `★` marks a required indicator. The name is reported only when no target was set.
  for (std::size_t i = 0; i < form.indicators.size(); ++i) {
    const auto& ind = form.indicators[i];
    if (ind.annual_target.present() || ind.period_target.present()) continue;
    const std::size_t first = ind.name.find_first_not_of('*');
    if (first != std::string::npos && has_placeholder(std::string_view(ind.name).substr(first), true)) {
      sink.add(at("/indicators", i, "name"), zh, en).arg("cell", "三级指标 indicator name").arg("text", ind.name);
    }
  }
  for (std::size_t i = 0; i < form.key_tasks.size(); ++i) {
    const auto& t = form.key_tasks[i];
    if (has_placeholder(t.expected_result.text(), !t.expected_result.target())) {
      sink.add(at("/key_tasks", i, "expected_result"), zh, en).arg("cell", "期望达到的目标 expected result").arg("text", t.expected_result.text());
    }
  }
}

// A target cell the parser cannot read and this rule reports (a placeholder is JX-C004's,
// a cell holding only a unit JX-C002's).
bool unreadable_target(const TargetValue& v, const Indicator& ind) {
  if (v.target() || has_placeholder(v.text())) return false;
  return !(&v == &ind.annual_target && !blank(ind.name) && unit_only(v));
}

// In a table the importer lost cells of, an unreadable target is most often a shifted or
// fused cell (a 评分标准 sentence, a label's weight note): one finding for the table.
void check_unparseable(const PerformanceForm& form, const RuleContext& ctx, FindingSink& sink) {
  const BlockReading reading = block_reading(ctx, "/indicators", false);
  if (!reading.reliable()) {
    std::size_t n = 0;
    for_each_target_cell(form, [&](const auto&, const TargetValue& v, const Indicator& ind) { n += unreadable_target(v, ind); });
    if (n == 0) return;
    add_unreliable(sink, "/indicators", reading, n,
                   "指标表未能可靠读取（{cells} 个单元格未能导入）：{count} 个指标值无法识别，可能是错位或粘连的单元格，未逐条报告",
                   "the indicator table was not reliably read ({cells} cells could not be placed): {count} targets "
                   "cannot be read, possibly shifted or fused cells, not reported one by one");
    return;
  }
  for_each_target_cell(form, [&](const auto& path, const TargetValue& v, const Indicator& ind) {
    if (!unreadable_target(v, ind)) return;
    std::string code = "jixiao.target.unparsed";
    std::string detail = "no parse recorded";
    std::string detail_zh = "没有解析记录";
    std::size_t column = 1;
    if (const Diagnostic* why = v.first_diagnostic()) {
      code = why->code;
      detail = why->message;
      detail_zh = chinese_explanation(code) ? chinese_explanation(code) : detail;
      column = why->column;
    }
    // A number with words around it (`1条满意`) is read but not alone in its cell: a
    // different point from a cell that cannot be read at all.
    const bool around = code == "jixiao.target.unexpected_text" && v.text().find_first_of("0123456789") != std::string::npos;
    const std::string name = blank(ind.name) ? std::string("—") : ind.name;
    Finding& f = around ? sink.add(path(), "三级指标“{name}”的指标值 {text} 在数值前后夹有文字（第 {column} 个字符：{detail_zh}），应只填写指标值",
                                   "target {text} of indicator {name} has text around its number (column {column}: "
                                   "{detail}); the cell should hold the value only")
                        : sink.add(path(), "三级指标“{name}”的指标值 {text} 无法识别（第 {column} 个字符：{detail_zh}）",
                                   "target {text} of indicator {name} cannot be read (column {column}: {detail})");
    f.arg("name", name);
    f.arg("text", v.text())
        .arg("column", Decimal(static_cast<std::int64_t>(column)))
        .arg("code", code)
        .arg("detail", detail)
        .arg("detail_zh", detail_zh);
  }, rows_before_cut(form, ctx));
}

// With no indicator at all JX-C001 says so, once; a category missing from a table the
// importer lost cells of is reported once, as possibly lost.
void check_mandatory_level1(const PerformanceForm& form, const RuleContext& ctx, FindingSink& sink) {
  const bool any_indicator =
      std::any_of(form.indicators.begin(), form.indicators.end(), [](const Indicator& i) { return !blank(i.name); });
  if (!any_indicator) return;
  const BlockReading reading = block_reading(ctx, "/indicators", false);
  // A table the text cuts off (JX-I019) may have lost the categories that come after its
  // last row's (产出, 成本, 效益, 满意度 in that order), not those before.
  const Finding* cut = table_cut_off(ctx);
  const Indicator& last_row = form.indicators.back();
  const Level1 last = level1_of(last_row, ctx.profile().taxonomy);
  // A category the text ends at lost its own rows to the cut as well.
  const bool cut_at_category = blank(last_row.name);
  auto after_cut = [&](Level1 need) {
    return cut != nullptr && (last == Level1::unknown || need > last || (cut_at_category && need == last));
  };
  std::string unread;
  std::size_t unread_count = 0;
  for (const Level1 need : ctx.profile().mandatory_level1) {
    const bool found = std::any_of(form.indicators.begin(), form.indicators.end(), [&](const Indicator& i) {
      return level1_of(i, ctx.profile().taxonomy) == need && !blank(i.name);
    });
    if (found) continue;
    if (!reading.reliable() || after_cut(need)) {
      if (!unread.empty()) unread += "、";
      unread += chinese_name(need);
      ++unread_count;
      continue;
    }
    sink.add("/indicators", "缺少必设的一级指标“{level1}”（至少一个三级指标）",
             "mandatory first-level category {level1} ({key}) has no indicator")
        .arg("level1", chinese_name(need))
        .arg("key", to_string(need));
  }
  if (unread_count == 0) return;
  if (reading.reliable()) {
    add_unreliable(sink, "/indicators", reading, unread_count,
                   "指标表在文本结束处被截断（JX-I019），未读到必设的一级指标：{categories}，未作为填报错误报告",
                   "the indicator table is cut off where the text ends (JX-I019); mandatory categories not found: "
                   "{categories}, not reported as the form's error")
        .arg("categories", unread)
        .location.source = cut->location.source;
    return;
  }
  add_unreliable(sink, "/indicators", reading, unread_count,
                 "指标表未能可靠读取（{cells} 个单元格未能导入），未读到必设的一级指标：{categories}",
                 "the indicator table was not reliably read ({cells} cells could not be placed); mandatory categories "
                 "not found: {categories}")
      .arg("categories", unread);
}

// Both official layouts are valid: classic (成本 a 二级 of 产出) and 财预〔2021〕101号
// (成本 a 一级 over 经济/社会/生态环境成本). A 二级 is misplaced when neither layout puts
// it under its 一级 (经济成本 under 产出 mixes the two), or, with `layout` = `profile`,
// when the profile's own layout does not.
void check_level2_parent(const PerformanceForm& form, const RuleContext& ctx, FindingSink& sink) {
  const TaxonomyVariant mine = ctx.profile().taxonomy;
  const bool strict = ctx.text("layout") == "profile";
  for (std::size_t i = 0; i < form.indicators.size(); ++i) {
    const auto& ind = form.indicators[i];
    if (ind.level1 == Level1::unknown || ind.level2 == Level2::unknown) continue;
    if (belongs_to(ind.level2, ind.level1, mine)) continue;
    const TaxonomyVariant other = mine == TaxonomyVariant::classic ? TaxonomyVariant::fin2021 : TaxonomyVariant::classic;
    if (belongs_to(ind.level2, ind.level1, other)) {
      if (!strict) continue;
      sink.add(at("/indicators", i, "level2"),
               "二级指标“{level2}”在一级指标“{level1}”下是 {layout} 指标体系的写法，本配置要求 {required} 体系",
               "second-level {level2} under {level1} follows the {layout} layout; this profile requires {required}")
          .arg("level2", chinese_name(ind.level2))
          .arg("level1", chinese_name(ind.level1))
          .arg("layout", to_string(other))
          .arg("required", to_string(mine))
          .expect(to_string(mine), to_string(other));
      continue;
    }
    // Misplaced in both layouts: name where it belongs in the profile's layout, or in
    // the layout that has it (the three cost kinds exist only in 101号).
    const TaxonomyVariant home =
        parent_of(ind.level2, mine) != Level1::unknown && belongs_to(ind.level2, parent_of(ind.level2, mine), mine)
            ? mine
            : other;
    const char* parent = chinese_name(parent_of(ind.level2, home));
    Finding& f = blank(ind.name)
                     ? sink.add(at("/indicators", i, "level2"), "二级指标“{level2}”不属于一级指标“{level1}”（应归入“{parent}”）",
                                "second-level {level2} does not belong under {level1} (expected under {parent})")
                     : sink.add(at("/indicators", i, "level2"),
                                "三级指标“{name}”：二级指标“{level2}”不属于一级指标“{level1}”（应归入“{parent}”）",
                                "indicator {name}: second-level {level2} does not belong under {level1} (expected under "
                                "{parent})")
                           .arg("name", ind.name);
    f.arg("level2", chinese_name(ind.level2))
        .arg("level1", chinese_name(ind.level1))
        .arg("parent", parent)
        .expect(parent, chinese_name(ind.level1));
  }
}

bool unknown_category(const Indicator& ind, TaxonomyVariant taxonomy) {
  return level1_of(ind, taxonomy) == Level1::unknown || (ind.level2 == Level2::unknown && !blank(ind.name));
}

// An empty category cell in a table the importer lost cells of is most often a lost
// cell: one finding for the table instead of one per row.
void check_unknown_category(const PerformanceForm& form, const RuleContext& ctx, FindingSink& sink) {
  const BlockReading reading = block_reading(ctx, "/indicators", false);
  if (!reading.reliable()) {
    const TaxonomyVariant taxonomy = ctx.profile().taxonomy;
    const auto n = static_cast<std::size_t>(std::count_if(
        form.indicators.begin(), form.indicators.end(), [&](const Indicator& i) { return unknown_category(i, taxonomy); }));
    if (n == 0) return;
    add_unreliable(sink, "/indicators", reading, n,
                   "指标表未能可靠读取（{cells} 个单元格未能导入）：{count} 行的指标类别未能识别，未逐条报告",
                   "the indicator table was not reliably read ({cells} cells could not be placed): the category of "
                   "{count} rows is not recognised, not reported one by one");
    return;
  }
  for (std::size_t i = 0; i < form.indicators.size(); ++i) {
    const auto& ind = form.indicators[i];
    if (level1_of(ind, ctx.profile().taxonomy) == Level1::unknown) {
      sink.add(at("/indicators", i, "level1"), "一级指标“{text}”无法识别", "first-level category {text} is not recognised")
          .arg("text", ind.level1_text.empty() ? std::string("(空)") : ind.level1_text);
    }
    if (ind.level2 == Level2::unknown && !blank(ind.name)) {
      sink.add(at("/indicators", i, "level2"), "二级指标“{text}”无法识别", "second-level category {text} is not recognised")
          .arg("text", ind.level2_text.empty() ? std::string("(空)") : ind.level2_text);
    }
  }
}

// The category an indicator row stands under, as the finding names it.
std::string category_name(const Indicator& ind) {
  return ind.level2 != Level2::unknown ? chinese_name(ind.level2)
         : !ind.level2_text.empty()    ? ind.level2_text
         : ind.level1 != Level1::unknown ? chinese_name(ind.level1)
                                         : ind.level1_text;
}

// Words of the goals that ask for an optional 二级: a project whose goals speak of the
// economy, the environment or lasting effects should measure them.
bool goals_ask_for(Level2 level2, const std::string& goals) {
  static constexpr const char* kEconomic[] = {"经济", "收入", "增收", "产值", "产业", "税收"};
  // (Not 环境 alone: 营商环境, 工作环境 are no ecology.)
  static constexpr const char* kEcological[] = {"生态", "环境保护", "人居环境", "环境质量", "环境卫生", "空气",
                                                "水质", "绿化", "节能", "减排", "污染", "环保"};
  static constexpr const char* kSustainable[] = {"可持续", "长效"};
  auto any = [&](const auto& words) {
    for (const char* w : words) {
      if (goals.find(w) != std::string::npos) return true;
    }
    return false;
  };
  switch (level2) {
    case Level2::economic_benefit: return any(kEconomic);
    case Level2::ecological_benefit:
    case Level2::ecological_cost: return any(kEcological);
    case Level2::sustainable_impact: return any(kSustainable);
    case Level2::social_cost: return false;
    default: return true;
  }
}

// The form's own words about what it is for: goals, project name, key tasks.
std::string purpose_text(const PerformanceForm& form) {
  std::string out = form.project ? form.project->name : std::string();
  for (const auto& g : form.goals) out += g;
  for (const auto& t : form.key_tasks) out += t.name + t.content + t.expected_result.text();
  return out;
}

// A category row with no indicator, reported once per category, and not at all when
// the category holds indicators elsewhere in the table (the empty 长期 half beside the
// 年度 one, a label repeated after a page break). The optional 二级 (经济/生态效益,
// 可持续影响, 社会/生态环境成本: units drop them to suit the project) are reported only
// when the form's goals speak to them.
bool empty_category_row(const Indicator& ind) {
  return blank(ind.name) && !ind.annual_target.present() && !ind.period_target.present();
}

void check_empty_level2(const PerformanceForm& form, const RuleContext& ctx, FindingSink& sink) {
  // Most forms have no empty category row: nothing to build for them (a batch checks many).
  if (std::none_of(form.indicators.begin(), form.indicators.end(), empty_category_row)) return;
  // In a table the importer lost cells of, the category's rows may be among them.
  if (!block_reading(ctx, "/indicators", false).reliable()) return;
  std::vector<std::string> filled, reported;
  auto has = [](const std::vector<std::string>& v, const std::string& x) {
    return std::find(v.begin(), v.end(), x) != v.end();
  };
  for (const auto& ind : form.indicators) {
    if (blank(ind.name)) continue;
    filled.push_back(category_name(ind));
    // A 一级 label row (成本指标 over 经济/社会成本 in the 2021 layout) holds its 二级' indicators.
    if (ind.level1 != Level1::unknown) filled.push_back(chinese_name(ind.level1));
  }
  const std::string purpose = purpose_text(form);
  // A category the text ends at (JX-I019) had its rows cut off, not left empty.
  const std::size_t judged_rows = rows_before_cut(form, ctx);
  for (std::size_t i = 0; i < judged_rows; ++i) {
    const auto& ind = form.indicators[i];
    if (!empty_category_row(ind)) continue;
    const std::string name = category_name(ind);
    if (has(filled, name) || has(reported, name) || !goals_ask_for(ind.level2, purpose)) continue;
    reported.push_back(name);
    sink.add(at("/indicators", i), "指标类别“{category}”下没有填写三级指标", "category {category} is listed with no indicator")
        .arg("category", name);
  }
}

struct DuplicateKey {
  Level2 level2;
  std::string_view level2_text;  // only for unknown 二级
  std::string_view name;
  bool operator==(const DuplicateKey& o) const {
    return level2 == o.level2 && level2_text == o.level2_text && name == o.name;
  }
};

struct DuplicateKeyHash {
  std::size_t operator()(const DuplicateKey& k) const noexcept {
    return std::hash<std::string_view>()(k.name) * 31u + std::hash<std::string_view>()(k.level2_text) +
           static_cast<std::size_t>(k.level2);
  }
};

// A repeated row in a table the importer lost cells of may be its misreading (two
// halves of one row): one finding for the table instead of one per row.
void check_duplicates(const PerformanceForm& form, const RuleContext& ctx, FindingSink& sink) {
  const BlockReading reading = block_reading(ctx, "/indicators", false);
  std::size_t withheld = 0;
  std::unordered_map<DuplicateKey, std::size_t, DuplicateKeyHash> seen;
  seen.reserve(form.indicators.size());
  for (std::size_t i = 0; i < form.indicators.size(); ++i) {
    const auto& ind = form.indicators[i];
    if (blank(ind.name)) continue;
    const DuplicateKey k{ind.level2, ind.level2 == Level2::unknown ? std::string_view(ind.level2_text) : std::string_view(),
                         ind.name};
    const auto [it, fresh] = seen.emplace(k, i);
    if (fresh) continue;
    if (!reading.reliable()) {
      ++withheld;
      continue;
    }
    sink.add(at("/indicators", i, "name"), "三级指标“{name}”与第 {first} 行重复",
             "indicator {name} repeats row {first} of the same category")
        .arg("name", ind.name)
        .arg("first", Decimal(static_cast<std::int64_t>(it->second + 1)))
        .arg("first_path", at("/indicators", it->second));
  }
  if (withheld == 0) return;
  add_unreliable(sink, "/indicators", reading, withheld,
                 "指标表未能可靠读取（{cells} 个单元格未能导入）：{count} 个三级指标与前面的行重复，未逐条报告",
                 "the indicator table was not reliably read ({cells} cells could not be placed): {count} indicators "
                 "repeat an earlier row, not reported one by one");
}

void check_name_length(const PerformanceForm& form, const RuleContext& ctx, FindingSink& sink) {
  const Decimal max = ctx.decimal("max_length");
  for (std::size_t i = 0; i < form.indicators.size(); ++i) {
    const std::size_t n = code_points(form.indicators[i].name);
    if (Decimal(static_cast<std::int64_t>(n)) <= max) continue;
    sink.add(at("/indicators", i, "name"), "三级指标名称长 {length} 个字，超过 {max} 个字",
             "indicator name is {length} characters long, more than {max}")
        .arg("length", Decimal(static_cast<std::int64_t>(n)))
        .arg("max", max);
  }
}

}  // namespace

void add_completeness_rules(RuleList& list) {
  add(list,
      {"JX-C001", "必填内容缺失", "Required content missing", ReviewDimension::completeness, Severity::error, {},
       "A form without its unit name, goals, budget or indicators cannot be reviewed (填报格式规范、内容完整、无缺项). "
       "A project form's unit may be its 实施单位 or 项目主管部门; a self-evaluation's budget may be its execution "
       "block (年度资金总额, 项目金额, 年度本级预算金额). Imported with repairs: when the importer left cells "
       "unplaced (JX-I001, JX-I007, JX-I008) in a missing field's block or in none it could tell, the field may be "
       "among them; all such fields are reported together in one finding (the table was not reliably read: N cells "
       "could not be placed), not one missing-content error each. The indicators are still reported missing when "
       "the table was found and its rows placed (with their categories) but none has a name, and fewer cells that "
       "could hold a name (text beyond digits) were lost than there are such rows. A text that declares itself an "
       "excerpt (a `# partial` line) and begins at the indicator table (JX-I020: a page or attachment that "
       "publishes only the table) holds none of the form's head: its unit, project, goals and budget are listed "
       "in one info finding as not in the text. Undeclared, a text without its head is a form without it.",
       "domain-sources §5.2 [V] S19; §5.3 R1",
       "/goals: error[JX-C001]: required content is missing: 总体绩效目标 overall goals"},
      check_required);
  add(list,
      {"JX-C002", "三级指标缺少年度指标值", "Indicator without an annual target", ReviewDimension::completeness,
       Severity::error, {},
       "Every 三级 indicator needs a target value, or it cannot be monitored or scored. A target cell holding only "
       "the template's unit (`公里`, `万人`) has no value and is reported here, not as unreadable (JX-C005). An aggregate row (★ in a "
       "self-evaluation: a 分值, no target, no actual) whose sub-items follow it with targets holds none of its own "
       "and is not reported. Imported with repairs: when the importer lost cells of the indicator table (JX-I001 there, JX-I008), the "
       "rows without a target are counted in one finding for the table instead of one each; when the text ends in "
       "the table's last row (JX-I019, a page cut off) and that row has no target or one that stops at a number or a "
       "comparator, that row is not reported.",
       "domain-sources §5.3 R1 [VENDOR] G6",
       "/indicators/4/annual_target: error[JX-C002]: indicator 闲置物业摸查台账次数 has no annual target"},
      check_target_present);
  add(list,
      {"JX-C003", "定量指标缺少计量单位", "Quantitative target without a unit", ReviewDimension::completeness,
       Severity::warning, {},
       "A number without a unit (`≥4`) leaves the reviewer to guess what is counted; quantitative targets carry a "
       "计量单位 in the value or the unit column. A unit the indicator's name states in its closing brackets "
       "(`服务外包在岸(万美元)`, `培训人数（人次）`, a library format hint `苗木成活率(≥**%)`: a catalogue unit or a "
       "currency amount) counts. A period or date "
       "range (`1-12月`) is read as dates and has no unit to lack, nor has nothing (`0`, `≤0`); nor a number the "
       "name states with its unit (`变压器3台` targeted at `3`). Imported with repairs: reads the target as imported; "
       "when the text ends at the table's last target (JX-I019, a page cut off) and that target stops at a number "
       "or a comparator, the cut may have taken its unit, and that row is not reported.",
       "domain-sources §5.3 R1 [VENDOR] G6",
       "/indicators/3/annual_target: warning[JX-C003]: quantitative indicator 制定并更新产业项目等地图次数 has no "
       "unit in ≥4"},
      check_units_present);
  add(list,
      {"JX-C004", "留有模板占位符", "Template placeholder left in", ReviewDimension::completeness, Severity::error,
       {},
       "Templates ship with `≥**%` or `X`; a placeholder left in means the target was never set. A placeholder is "
       "a run of marks (`**`, `XX`, `××`) or one `*`/`X` where the number goes (`≥*%`); a `*` or `×` between two "
       "parts of a unit or formula (`元/人*月`) is a multiplication sign, a leading `*` marks a required indicator, "
       "and a format hint in a library indicator name (`…人数(≥**人)`) is reported only while the target cell is "
       "empty. Imported with repairs: reads the cells as imported.",
       "domain-sources §5.3 R3 [V] S12 [VENDOR] G6",
       "/indicators/0/annual_target: error[JX-C004]: template placeholder left in 指标值 target: ≥**%"},
      check_placeholders);
  add(list,
      {"JX-C005", "指标值无法识别", "Target value cannot be read", ReviewDimension::completeness, Severity::error, {},
       "A target the parser cannot read (OCR garbage, fused cells such as `88100`) is reported with the parser's "
       "diagnostic and the indicator's name, never guessed; a number with words around it (`1条满意`) is reported "
       "as such (readable, but the cell should hold the value only); a cell holding only a unit is JX-C002. "
       "Imported with repairs: when the importer lost cells of the indicator table (JX-I001 there, JX-I008), the "
       "unreadable targets are counted in one finding for the table (they are most often shifted or fused cells: a "
       "评分标准 sentence, a label's weight note) instead of one each; when the text ends at the table's last target "
       "(JX-I019) and that target stops at a number or a comparator, that row is not reported; otherwise reads "
       "the target as imported (the importer also reports it, JX-I004).",
       "DOMAIN.md §3; domain-sources §3",
       "/indicators/2/annual_target: error[JX-C005]: target 290$290% of indicator 协调问题反馈率 cannot be read "
       "(column 4: unexpected character)"},
      check_unparseable);
  add(list,
      {"JX-C006", "缺少必设的一级指标", "Mandatory first-level category missing", ReviewDimension::completeness,
       Severity::error, {},
       "The profile names the 一级 categories every form must use (`mandatory_level1`), each with at least "
       "one 三级 indicator. A form with no indicator at all is JX-C001's, not reported again per category. "
       "Imported with repairs: when the importer lost cells of the indicator table (JX-I001 there), or the text "
       "ends in the table's last row, at a category label, or at an output or cost row's target that stops at a "
       "number with no benefit row before it (JX-I019, a page cut off), the missing categories after that row "
       "(and the category cut at) are listed in one info finding as not read.",
       "domain-sources §2.3, §5.3 R5 [K]/[INF]",
       "/indicators: error[JX-C006]: mandatory first-level category 满意度指标 (satisfaction) has no indicator"},
      check_mandatory_level1);
  add(list,
      {"JX-C007", "二级指标与一级指标不匹配", "Second-level category under the wrong first level",
       ReviewDimension::completeness, Severity::error,
       {{"layout", "either", "`either`: both official layouts are valid; `profile`: only the profile's taxonomy",
         ParameterType::choice, std::nullopt, std::nullopt, {"either", "profile"}}},
       "Both official layouts are valid: classic (成本 a 二级 of 产出) and 财预〔2021〕101号 (成本指标 a 一级 over "
       "经济/社会/生态环境成本). A 二级 that neither puts under its 一级 (经济成本 under 产出 mixes the two) is "
       "misplaced; with layout = profile, a 二级 placed by the other layout is reported too. Imported with "
       "repairs: reads the categories as imported (an empty 一级 is inferred from its 二级 by the importer, "
       "JX-I014).",
       "DOMAIN.md §2; domain-sources §5.3 R6",
       "/indicators/5/level2: error[JX-C007]: indicator 成本控制数: second-level 经济成本指标 does not belong under "
       "产出指标 (expected under 成本指标)"},
      check_level2_parent);
  add(list,
      {"JX-C008", "指标类别无法识别", "Category not recognised", ReviewDimension::completeness, Severity::error, {},
       "A 一级 or 二级 outside the taxonomy (a typo, a shifted cell) hides the indicator from every category rule. "
       "An empty 一级 cell whose 二级 names the category (数量指标 → 产出指标) is that 一级 (a merged cell lost in "
       "publishing), here and in JX-C006. "
       "Imported with repairs: an empty 一级 whose 二级 names the category is inferred by the importer (JX-I014); "
       "when the importer lost cells of the indicator table (JX-I001 there), the rows with an unrecognised "
       "category are counted in one finding for the table.",
       "DOMAIN.md §2",
       "/indicators/7/level2: error[JX-C008]: second-level category 数据指标 is not recognised"},
      check_unknown_category);
  add(list,
      {"JX-C009", "指标类别为空", "Category listed without indicators", ReviewDimension::completeness, Severity::info,
       {}, "Templates list every 二级; an empty one is allowed (units may drop 二级) but worth a reviewer's glance. Reported once per category, and not when the category holds indicators elsewhere in the table (the empty 长期 half beside the 年度 one, a label repeated after a page break). The optional 二级 that units drop to suit the project (经济效益, 生态效益, 可持续影响, 社会成本, 生态环境成本) are reported only when the goals, project name or key tasks speak to them (经济/收入/产业…, 生态/环境保护/空气/节能…, 可持续/长效). Imported with repairs: in a table the importer lost cells of (JX-I001 there, JX-I008) an empty category may have lost its rows, so none is reported; the other rules' one \"not reliably read\" finding says the table was not read whole; the category the text ends at (JX-I019, a page cut off) had its rows cut off, and is not reported.",
       "domain-sources §2.3 [V] S12",
       "/indicators/17: info[JX-C009]: category 成本指标 is listed with no indicator"},
      check_empty_level2);
  add(list,
      {"JX-C010", "三级指标重复", "Duplicate indicator", ReviewDimension::completeness, Severity::warning, {},
       "The same indicator twice in one category double-counts its weight and usually is a copy error. Imported "
       "with repairs: when the importer lost cells of the indicator table (JX-I001 there), repeated rows may be "
       "its misreading and are counted in one finding for the table.",
       "[INF]",
       "/indicators/9/name: warning[JX-C010]: indicator 走访及接待企业次数 repeats row 1 of the same category"},
      check_duplicates);
  add(list,
      {"JX-C011", "三级指标名称过长", "Indicator name too long", ReviewDimension::format, Severity::warning,
       {{"max_length", "100", "longest accepted name, in characters", ParameterType::integer, Decimal(1),
         Decimal(100000)}},
       "Indicator names are short labels; a paragraph in the name cell is usually a goal pasted in the wrong place. Imported with repairs: judges the name as imported, without consulting the import findings; a name fused with neighbouring cells reads long, and the finding's path points at it so a reviewer can see the fusion.",
       "domain-sources §5.3 R2 [VENDOR] G6",
       "/indicators/2/name: warning[JX-C011]: indicator name is 130 characters long, more than 100"},
      check_name_length);
  add(list,
      {"JX-C012", "重点工作任务信息不全", "Key task incomplete", ReviewDimension::completeness, Severity::warning, {},
       "Each 年度重点工作任务 row names the task, its funds and its expected result. Imported with repairs: judges the key-task rows as imported, field by field, without folding; the importer reports a cell of a task row it could not place (JX-I001) at that row.", "DOMAIN.md §1",
       "/key_tasks/3/planned_funds: warning[JX-C012]: key task 土地摸查情况 has no 拟投入的资金 planned funds"},
      check_key_task_fields);
  add(list,
      {"JX-C013", "指标行缺少三级指标名称", "Target without an indicator name", ReviewDimension::completeness,
       Severity::error, {}, "A target value with no 三级 name cannot be attributed, monitored or scored. Imported with repairs: judges rows as imported, without folding; a row whose name cell the importer lost shows here as a target without a name, next to the importer's own JX-I001 for that cell.",
       "domain-sources §5.3 R1",
       "/indicators/6/name: error[JX-C013]: a row with target ≥90% has no indicator name"},
      check_unnamed_row);
}

}  // namespace jixiao::detail
