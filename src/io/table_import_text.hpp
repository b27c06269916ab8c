// Internal: what the text of one cell means to the importer, without any importer
// state: heading keys, section headings, indicator column headers and value shapes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "jixiao/taxonomy.hpp"

namespace jixiao::io::detail {

/// True when `s` begins with `p`.
inline bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
/// True when `s` ends with `p`.
inline bool ends_with(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}
/// True when `p` occurs in `s`.
inline bool contains(std::string_view s, std::string_view p) { return s.find(p) != std::string_view::npos; }

// --- labels (table_import_labels.cpp)

/// Heading key: no spaces, no parenthesised notes, simplified characters, no trailing
/// colon or star. Empty for text longer than any label.
std::string key_text(std::string_view text);

/// The section a heading cell opens (or the field a label cell names).
enum class Section : std::uint8_t {
  none,
  unit_name,
  project_name,
  competent_department,
  implementing_unit,
  project_attribute,
  project_period,
  metadata_field,
  budget,
  goals,
  key_tasks,
  other_tasks,
  indicators,
  total_score,
  grade,
  end,  // a heading we do not read (合计, 评价结论 …): it ends the current section
};

/// What a cell is as a heading.
struct Heading {
  /// The section or field it names; `none` when it is no heading.
  Section section = Section::none;
  /// `预算单位:东莞市交通运输局` → the part after the colon.
  std::string inline_value;
};

/// The heading `text` is, if any.
Heading heading_of(std::string_view text);
/// The same with `k` = key_text(text) already computed.
Heading heading_of_key(std::string_view text, const std::string& k);

/// The roles of the columns of an indicator table.
enum class Role : std::uint8_t {
  none, level1, level2, name, period, annual, actual, weight, score, unit, nature, op, basis, note, reason, direction,
  other_value,  // a value column beside the target the model has no field for (上年实际值)
};

/// The column's name as findings quote it (`三级指标`); empty for `none`.
const char* role_name(Role r);

/// The indicator column `text` names as a header; `loose` also takes any short text
/// with `原因` as the reason column.
Role header_role(std::string_view text, bool loose = true);
/// The same with `k` = key_text of the cell.
Role header_role_key(const std::string& k, bool loose);

// --- value shapes (table_import_shapes.cpp)

/// A comparator alone in a cell (`≥`, `大于等于`), as split targets are written.
bool is_comparator(std::string_view t);
/// Text a target column would hold: comparators, short text with digits, qualitative words.
bool target_like(std::string_view s);
/// A plain number, optionally followed by `分` (a weight or a score).
bool number_like(std::string_view s);
/// A short unit word (`%`, `万元`, `人次`).
bool unit_like(std::string_view s);
/// A quick test before the taxonomy lookups: every 一级/二级 spelling holds one of a
/// few words.
bool may_be_category(std::string_view t);
/// Length of a full category name (`产出指标`, `经济效益指标`) at the start of `text`
/// when more text follows it directly; 0 otherwise (also for `产出指标(50分)`).
std::size_t fused_category_prefix(std::string_view text);
/// How a name cell and its target were told apart (`split_name_target`).
enum class NameSplit : std::uint8_t { none, comparator, comma, number };

/// A name and a target written in one cell, as prose forms do: at a comparator
/// (`参训学员满意度≥95%`); with `loose`, also after the last comma when what follows
/// is a short target (`农民综合素质,持续提高。`) or at the number that starts a short
/// target at the end (`资助建档立卡贫困子女1966人。`). Closing `；。,;.` are dropped.
struct NameTarget {
  NameSplit how = NameSplit::none;
  std::string name;
  std::string target;
};
/// The split of `text`, `how == none` when it holds no target.
NameTarget split_name_target(std::string_view text, bool loose);

/// One indicator a self-evaluation report states in a sentence: `(2)成本目标:项目资金投入
/// 绩效目标值是10万元,实际完成值为0万元`.
struct ResultSentence {
  std::size_t begin = 0;  // byte offset where the sentence starts (its category included)
  std::string category;   // the 二级 (or 一级) before a colon, when there is one
  std::string name;
  std::string target;
  std::string actual;
};
/// The sentences of `text` that state a target and an actual (`…目标值是X,实际完成值为Y`).
std::vector<ResultSentence> result_sentences(std::string_view text);

/// Bytes of a 分值 run into the end of a target (`20` of `100%20`, `10` of `95%以上10`):
/// one to three digits, at most 100, right after `%` or 以上/以下/以内, when the target
/// before them reads and the whole does not; 0 otherwise (`210010`, `≤2小时30`, `≥1万5`).
std::size_t weight_after_target(std::string_view target);

/// Category spellings the taxonomy does not list but a reader takes as one:
/// shortened names with `值` (`产出值`, `数量值`), labels listing several 二级
/// (`社会、经济、生态效益指标`, kind unknown). `l1`/`l2` are left alone otherwise.
void more_category_spellings(std::string_view text, std::optional<Level1>& l1, std::optional<Level2>& l2);

/// Length in bytes of a category name before a colon at the start of `text`, when
/// more text follows the colon (`1、数量指标:资助…`); 0 otherwise.
std::size_t category_before_colon(std::string_view text);

/// A table flattened into one cell (`数量指标办公大楼日常维修维护次数反映…2280次大楼…`,
/// text extracted from a document preview or by OCR): the byte ranges of its pieces,
/// cut at column names (a run before the body), category names, values (a number
/// with a comparator or a unit) and `反映…` (the 指标说明). Empty when the text holds
/// fewer than two category names or gives fewer than three pieces. A value whose
/// leading one or two digits are followed by the next value repeated is cut there
/// (`8550万粒550万粒`: a 分值 fused to a target met exactly).
struct RunPiece {
  std::size_t begin = 0;  // byte range in the text
  std::size_t end = 0;
  /// Digits cut off the value after it because the next value repeats the rest
  /// (`8550万粒550万粒` → `8` `550万粒` `550万粒`).
  bool split_from_value = false;
  /// A value written twice in a row after a 分值 (`5符合要求符合要求5`: the target and
  /// the actual of a self-evaluation): each of the two is a value, whatever its words.
  bool repeated_value = false;
};
std::vector<RunPiece> fused_run_pieces(std::string_view text);

/// An indicator's explanation (指标说明) as forms word it: `反映…`.
inline bool describes_indicator(std::string_view t) { return starts_with(t, "反映"); }

/// A name with an ordinal prefix (`指标1:工程验收合格率`, `指标2企业自行采购`): a name,
/// never a value, although it holds a digit.
inline bool ordinal_name(std::string_view t) {
  return starts_with(t, "指标") && t.size() > 6 && t[6] >= '0' && t[6] <= '9';
}

/// True when `t` starts with a CJK character (a lead byte of three or more bytes).
inline bool cjk_start(std::string_view t) { return !t.empty() && static_cast<unsigned char>(t[0]) >= 0xE0; }

/// True when `t` holds an ASCII digit.
inline bool has_ascii_digit(std::string_view t) {
  return t.find_first_of("0123456789") != std::string_view::npos;
}

/// Text that explains a deviation (`人员,导致有偏差`, `由于疫情影响`): the 原因 column's
/// words, never a target.
inline bool gives_reason(std::string_view t) {
  for (const char* w : {"导致", "由于", "因为", "造成", "原因"}) {
    if (t.find(w) != std::string_view::npos) return true;
  }
  return false;
}

/// A piece of a category label in brackets (`(10分 意度指标 )`: the weight note of a
/// label interleaved with another cell's line): never a target.
inline bool label_fragment(std::string_view t) {
  return (starts_with(t, "(") || starts_with(t, "（")) && t.find("指标") != std::string_view::npos;
}

/// A choice of the 绩效标准 column (`计划标准`, `历史标准`, `行业标准`, `其他标准`): how a
/// target was set, never an indicator or its value.
inline bool standard_choice(std::string_view t) {
  return t == "计划标准" || t == "历史标准" || t == "行业标准" || t == "其他标准";
}

/// Text that cannot be an indicator's name: a bare number, a comparator, a short complete
/// target (`100%`, `≥95%`), a 指标性质 word (`定量`), a comparator word alone (`以上`), a
/// 完成情况 word (`已完成`), or a piece that starts with punctuation (`,发放…`, `.每天`, `%`).
bool never_a_name(std::string_view t);

/// Only an ellipsis (`……`, `…`, `...`): the template's "more rows here" mark.
inline bool ellipsis_only(std::string_view t) {
  if (t.empty()) return false;
  while (!t.empty()) {
    if (starts_with(t, "…")) {
      t.remove_prefix(3);
    } else if (t.front() == '.' || starts_with(t, "。")) {
      t.remove_prefix(t.front() == '.' ? 1 : 3);
    } else {
      return false;
    }
  }
  return true;
}

/// A template's numbered placeholder with no name after it (`指标2:`, `指标L`, OCR'd
/// `指标1`, the old layout's row label `目标1`) or its ellipsis row (`……`): the slot of an
/// indicator, not an indicator; its name, if any, is in the next cell.
inline bool empty_ordinal(std::string_view t) {
  if (ellipsis_only(t)) return true;
  if (!(starts_with(t, "指标") || starts_with(t, "目标")) || t.size() < 7) return false;
  const char c = t[6];
  if (!((c >= '0' && c <= '9') || c == 'L' || c == 'l' || c == 'I')) return false;
  const std::string_view rest = t.substr(7);
  return rest.empty() || rest == ":" || rest == "：";
}

/// Prose holding several indicators separated by commas, each a name with its target
/// (`资助经费发放率100%达标,资助经费到位率100%达标。`): the byte range of each; fewer
/// than two when the text is not such a list.
std::vector<std::pair<std::size_t, std::size_t>> prose_indicators(std::string_view text);

/// A name that is the start of a category name cut off by the end of the text or a
/// wrap (`数量指`, `时`): not an indicator.
bool cut_category_name(std::string_view t);

/// A pinyin gloss removed from the text: where (line, and the column of what followed it
/// in the text without glosses), its length in code points, the code points removed
/// from its line up to and with it, and its text.
struct GlossCut {
  std::size_t line = 0;
  std::size_t column = 0;
  std::size_t length = 0;
  std::size_t line_total = 0;
  std::string text;
};

/// `text` without the pinyin glosses a mirror site wrote inside words (`項(xiàng)目` →
/// `項目`): a bracketed run of up to six pinyin letters with a tone mark, right after a
/// Chinese character. Each one removed is appended to `cuts`; with none, returns "".
std::string without_pinyin_glosses(std::string_view text, std::vector<GlossCut>& cuts);

/// The column in the original text of `column` on `line` of the text without glosses.
std::size_t original_column(const std::vector<GlossCut>& cuts, std::size_t line, std::size_t column);

/// `s` without its ASCII spaces, tabs and newlines (a cell wrapped or spaced out).
inline std::string without_spaces(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c != ' ' && c != '\t' && c != '\n') out += c;
  }
  return out;
}

/// True when `s` holds an ASCII or full-width digit.
inline bool has_digit(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] >= '0' && s[i] <= '9') return true;
    if (i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xEF && static_cast<unsigned char>(s[i + 1]) == 0xBC &&
        static_cast<unsigned char>(s[i + 2]) >= 0x90 && static_cast<unsigned char>(s[i + 2]) <= 0x99)
      return true;
  }
  return false;
}

/// True when `t` holds an ASCII or full-width digit or a bracket.
inline bool has_digit_or_bracket(std::string_view t) {
  for (std::size_t i = 0; i < t.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(t[i]);
    if ((c >= '0' && c <= '9') || c == '(' || c == ')') return true;
    if (c == 0xEF && i + 2 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0xBC) {
      const unsigned char d = static_cast<unsigned char>(t[i + 2]);
      if ((d >= 0x90 && d <= 0x99) || d == 0x88 || d == 0x89) return true;  // ０-９ （ ）
    }
  }
  return false;
}

/// Text that ends the indicator table when it starts a cell: `附件:…`, `注:…`.
bool ends_indicator_table(std::string_view t);

/// The first `2019年` / `2024 年` in a text (a four-digit year followed by 年).
std::optional<int> year_in(std::string_view t);
/// A title line: `…绩效目标申报表`, `(2019年度)`, `（2024 年度）`.
bool looks_like_title(std::string_view t);
/// `text` without a trailing `分` (`10分` → `10`).
std::string without_points(std::string_view text);

}  // namespace jixiao::io::detail
