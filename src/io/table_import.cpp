// The form importer: finds sections by their headings, reads each section's cells by
// meaning (taxonomy names, amounts, target shapes, header names) and accounts for every
// cell, either in the model (recorded in the source map) or in a finding.
#include "jixiao/io/table_import.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <unordered_map>
#include <utility>

#include "jixiao/budget.hpp"
#include "jixiao/target.hpp"
#include "jixiao/taxonomy.hpp"

namespace jixiao::io {
namespace {

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool ends_with(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}
bool contains(std::string_view s, std::string_view p) { return s.find(p) != std::string_view::npos; }

// ---------------------------------------------------------------------------------
// Normalised keys for heading lookups.

constexpr std::array<std::pair<const char*, const char*>, 28> kTraditional = {{
    {"產", "产"}, {"標", "标"}, {"數", "数"}, {"質", "质"}, {"時", "时"}, {"滿", "满"}, {"經", "经"},
    {"濟", "济"}, {"會", "会"}, {"態", "态"}, {"續", "续"}, {"響", "响"}, {"環", "环"}, {"務", "务"},
    {"對", "对"}, {"預", "预"}, {"績", "绩"}, {"項", "项"}, {"稱", "称"}, {"門", "门"}, {"資", "资"},
    {"額", "额"}, {"級", "级"}, {"總", "总"}, {"體", "体"}, {"實", "实"}, {"際", "际"}, {"值", "值"},
}};

// The three bytes of a CJK character as one number (for the table lookup below).
constexpr std::uint32_t cjk(const char* u) {
  return (static_cast<std::uint32_t>(static_cast<unsigned char>(u[0])) << 16) |
         (static_cast<std::uint32_t>(static_cast<unsigned char>(u[1])) << 8) |
         static_cast<std::uint32_t>(static_cast<unsigned char>(u[2]));
}

// Heading key: no spaces, no parenthesised notes, simplified, no trailing colon.
// One pass over the text; traditional characters map through a small table.
std::string key_text(std::string_view text) {
  if (text.size() > 120) return std::string();  // no label is that long
  static constexpr std::uint32_t kFrom[kTraditional.size()] = {
#define JIXIAO_T(i) cjk(kTraditional[i].first)
      JIXIAO_T(0), JIXIAO_T(1), JIXIAO_T(2), JIXIAO_T(3), JIXIAO_T(4), JIXIAO_T(5), JIXIAO_T(6),
      JIXIAO_T(7), JIXIAO_T(8), JIXIAO_T(9), JIXIAO_T(10), JIXIAO_T(11), JIXIAO_T(12), JIXIAO_T(13),
      JIXIAO_T(14), JIXIAO_T(15), JIXIAO_T(16), JIXIAO_T(17), JIXIAO_T(18), JIXIAO_T(19), JIXIAO_T(20),
      JIXIAO_T(21), JIXIAO_T(22), JIXIAO_T(23), JIXIAO_T(24), JIXIAO_T(25), JIXIAO_T(26), JIXIAO_T(27),
#undef JIXIAO_T
  };
  std::string out;
  out.reserve(text.size());
  int depth = 0;
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '(' || c == ')' || c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      if (c == '(') ++depth;
      if (c == ')' && depth > 0) --depth;
      ++i;
      continue;
    }
    if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {  // NBSP
      i += 2;
      continue;
    }
    if (c >= 0xE0 && c < 0xF0 && i + 2 < text.size()) {
      const std::uint32_t u = (static_cast<std::uint32_t>(c) << 16) |
                              (static_cast<std::uint32_t>(static_cast<unsigned char>(text[i + 1])) << 8) |
                              static_cast<std::uint32_t>(static_cast<unsigned char>(text[i + 2]));
      if (u == cjk("（")) {
        ++depth;
      } else if (u == cjk("）")) {
        if (depth > 0) --depth;
      } else if (u != cjk("\xE3\x80\x80") && depth == 0) {
        std::size_t t = 0;
        while (t < kTraditional.size() && kFrom[t] != u) ++t;
        if (t < kTraditional.size()) out += kTraditional[t].second;
        else out.append(text.data() + i, 3);
      }
      i += 3;
      continue;
    }
    if (depth == 0) out += text[i];
    ++i;
  }
  for (bool again = true; again;) {
    again = false;
    for (const char* tail : {":", "：", "*", "★"}) {
      if (ends_with(out, tail)) {
        out.erase(out.size() - std::strlen(tail));
        again = true;
      }
    }
  }
  while (!out.empty() && (out[0] == '*' || out[0] == '#')) out.erase(0, 1);
  if (starts_with(out, "★")) out.erase(0, 3);
  return out;
}

// ---------------------------------------------------------------------------------
// What a cell is.

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

struct Heading {
  Section section = Section::none;
  std::string inline_value;  // `预算单位:东莞市交通运输局` → the part after the colon
};

struct HeadingWord {
  const char* key;
  Section section;
};

constexpr HeadingWord kHeadings[] = {
    {"部门名称", Section::unit_name}, {"单位名称", Section::unit_name}, {"部门单位名称", Section::unit_name},
    {"预算单位", Section::unit_name}, {"填报单位", Section::unit_name}, {"预算单位名称", Section::unit_name},
    {"项目名称", Section::project_name}, {"专项名称", Section::project_name}, {"项目支出名称", Section::project_name},
    {"资金名称", Section::project_name}, {"主管部门", Section::competent_department},
    {"业务主管部门", Section::competent_department}, {"主管部门及代码", Section::competent_department},
    {"实施单位", Section::implementing_unit}, {"项目属性", Section::project_attribute},
    {"起止时间", Section::project_period}, {"实施期限", Section::project_period}, {"项目期", Section::project_period},
    {"项目期限", Section::project_period}, {"建设周期", Section::project_period},
    {"项目支出实施期", Section::project_period}, {"项目负责人", Section::metadata_field},
    {"项目负责人及电话", Section::metadata_field}, {"项目负责人及联系电话", Section::metadata_field},
    {"联系电话", Section::metadata_field}, {"填报人", Section::metadata_field}, {"项目联系人", Section::metadata_field},
    {"项目编号", Section::metadata_field}, {"项目类别", Section::metadata_field}, {"项目性质", Section::metadata_field},
    {"项目分类", Section::metadata_field}, {"部门预算编码", Section::metadata_field},
    {"对应一级项目", Section::metadata_field}, {"项目类型", Section::metadata_field},
    {"项目功能科目", Section::metadata_field}, {"预算整体情况", Section::budget}, {"资金情况", Section::budget},
    {"项目资金", Section::budget}, {"项目金额", Section::budget}, {"年度预算安排", Section::budget},
    {"预算执行情况", Section::budget}, {"总体绩效目标", Section::goals}, {"总体目标", Section::goals},
    {"年度总体目标", Section::goals}, {"年度目标", Section::goals}, {"项目绩效目标", Section::goals},
    {"年度主要目标和成果", Section::goals}, {"年度重点工作任务", Section::key_tasks},
    {"其他需完成的任务", Section::other_tasks}, {"绩效指标", Section::indicators},
    {"年度绩效目标", Section::indicators}, {"总分", Section::total_score}, {"自评得分", Section::total_score},
    {"项目总得分", Section::total_score}, {"自评等级", Section::grade}, {"合计", Section::end},
    {"评价结论", Section::end}, {"存在问题", Section::end}, {"改进措施", Section::end}, {"最近年度绩效评价情况", Section::end},
    {"重要程度", Section::metadata_field}, {"项目口径", Section::metadata_field},
    {"中央主管部门", Section::metadata_field}, {"省级财政部门", Section::metadata_field},
    {"省级主管部门", Section::metadata_field}, {"区县财政部门", Section::metadata_field},
    {"区县主管部门", Section::metadata_field}, {"市级财政部门", Section::metadata_field},
    {"市级主管部门", Section::metadata_field}, {"区级财政部门", Section::metadata_field},
    {"区级主管部门", Section::metadata_field},
};

Heading heading_of_key(std::string_view text, const std::string& k);

Heading heading_of(std::string_view text) { return heading_of_key(text, key_text(text)); }

// `k` is key_text(text).
Heading heading_of_key(std::string_view text, const std::string& k) {
  Heading h;
  // Headings are short; a long cell can only be `label:value`, whose label is short.
  if (text.size() > 90) {
    const std::size_t colon = std::min(text.find("："), text.find(':'));
    if (colon == std::string_view::npos || colon > 60) return h;
  }
  if (k.size() > 60) return h;
  if (ends_with(k, "审核意见") || ends_with(k, "初审意见") || ends_with(k, "审批意见")) {
    h.section = Section::end;  // signatures under the table
    return h;
  }
  // Built once on first use, read-only afterwards.
  static const std::unordered_map<std::string_view, Section> kByKey = [] {
    std::unordered_map<std::string_view, Section> m;
    for (const HeadingWord& w : kHeadings) m.emplace(w.key, w.section);
    return m;
  }();
  if (const auto it = kByKey.find(k); it != kByKey.end()) {
    h.section = it->second;
    return h;
  }
  // `预算单位:东莞市交通运输局`, `填报单位(盖章):宁乡市坝塘镇人民政府`.
  for (const char* colon : {"：", ":"}) {
    const std::size_t at = text.find(colon);
    if (at == std::string_view::npos || at == 0 || at > 60) continue;
    const std::string label = key_text(text.substr(0, at));
    const std::string_view value = trim(text.substr(at + std::strlen(colon)));
    if (value.empty()) continue;
    for (const HeadingWord& w : kHeadings) {
      if (label == w.key && (w.section == Section::unit_name || w.section == Section::project_name ||
                             w.section == Section::competent_department || w.section == Section::implementing_unit ||
                             w.section == Section::metadata_field)) {
        h.section = w.section;
        h.inline_value = std::string(value);
        return h;
      }
    }
  }
  return h;
}

// The roles of the columns of an indicator table.
enum class Role : std::uint8_t {
  none, level1, level2, name, period, annual, actual, weight, score, unit, nature, op, basis, note, reason, direction,
};

const char* role_name(Role r) {
  switch (r) {
    case Role::level1: return "一级指标";
    case Role::level2: return "二级指标";
    case Role::name: return "三级指标";
    case Role::period: return "实施周期指标值";
    case Role::annual: return "年度指标值";
    case Role::actual: return "实际完成值";
    case Role::weight: return "分值";
    case Role::score: return "得分";
    case Role::unit: return "计量单位";
    case Role::nature: return "指标性质";
    case Role::op: return "指标值类型";
    case Role::basis: return "指标值设定依据";
    case Role::note: return "备注";
    case Role::reason: return "偏差原因";
    case Role::direction: return "指标方向";
    case Role::none: break;
  }
  return "";
}

Role header_role_key(const std::string& k, bool loose);

Role header_role(std::string_view text, bool loose = true) {
  if (text.size() > 90) return Role::none;
  return header_role_key(key_text(text), loose);
}

// `k` is key_text of the cell.
Role header_role_key(const std::string& k, bool loose) {
  if (k.size() > 90) return Role::none;
  static constexpr std::pair<const char*, Role> kWords[] = {
      {"一级指标", Role::level1}, {"一级", Role::level1}, {"指标类型", Role::level1},
      {"二级指标", Role::level2}, {"二级", Role::level2}, {"三级指标", Role::name}, {"三级", Role::name},
      {"指标名称", Role::name}, {"绩效指标名称", Role::name}, {"实施周期指标值", Role::period},
      {"中期指标值", Role::period}, {"实施期指标值", Role::period}, {"年度指标值", Role::annual},
      {"指标值", Role::annual}, {"目标值", Role::annual}, {"年度目标值", Role::annual},
      {"计划指标值", Role::annual}, {"绩效目标值", Role::annual}, {"预期指标值", Role::annual},
      {"实际完成值", Role::actual}, {"全年实际值", Role::actual}, {"完成值", Role::actual},
      {"全年实际完成值", Role::actual}, {"实际值", Role::actual}, {"全年完成值", Role::actual},
      {"分值", Role::weight}, {"权重", Role::weight}, {"指标分值", Role::weight}, {"得分", Role::score},
      {"自评得分", Role::score}, {"计量单位", Role::unit}, {"度量单位", Role::unit}, {"单位", Role::unit},
      {"指标性质", Role::nature}, {"指标值类型", Role::op}, {"指标值设定依据", Role::basis},
      {"绩效标准", Role::basis}, {"备注", Role::note}, {"指标解释", Role::note}, {"指标描述", Role::note},
      {"指标值内容", Role::note}, {"指标说明", Role::note}, {"指标方向性", Role::direction},
      {"指标方向", Role::direction}, {"未完成原因分析", Role::reason}, {"偏差原因分析及改进措施", Role::reason},
      {"未完成原因及拟采取的改进措施", Role::reason}, {"未完成原因和改进措施", Role::reason},
      {"偏差原因", Role::reason}, {"原因分析", Role::reason},
  };
  static const std::unordered_map<std::string_view, Role> kByKey = [] {
    std::unordered_map<std::string_view, Role> m;
    for (const auto& [w, r] : kWords) m.emplace(w, r);
    return m;
  }();
  if (const auto it = kByKey.find(k); it != kByKey.end()) return it->second;
  if (loose && contains(k, "原因") && code_points(k) <= 20) return Role::reason;
  return Role::none;
}

bool is_comparator(std::string_view t) {
  static constexpr const char* kOps[] = {"≥", "≤", ">", "<", "=", "≧", "≦", "＞", "＜", "＝", ">=", "<=",
                                         "＞＝", "＜＝", "大于等于", "小于等于", "大于", "小于", "等于"};
  const std::string_view s = trim(t);
  for (const char* op : kOps) {
    if (s == op) return true;
  }
  return false;
}

bool has_digit(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] >= '0' && s[i] <= '9') return true;
    if (i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xEF && static_cast<unsigned char>(s[i + 1]) == 0xBC &&
        static_cast<unsigned char>(s[i + 2]) >= 0x90 && static_cast<unsigned char>(s[i + 2]) <= 0x99)
      return true;
  }
  return false;
}

bool starts_with_comparator(std::string_view s) {
  for (const char* op : {"≥", "≤", ">", "<", "=", "≧", "≦", "＞", "＜", "＝", "±", "不低于", "不少于", "不高于",
                         "不超过", "大于", "小于", "达到", "低于", "高于", "超过"}) {
    if (starts_with(s, op)) return true;
  }
  return false;
}

// Short words a target cell is made of when it is qualitative.
bool qualitative_word(std::string_view s) {
  static constexpr const char* kWords[] = {
      "是", "否", "及时", "有效", "达标", "提高", "提升", "改善", "减少", "降低", "增加", "明显", "显著",
      "良好", "合格", "完成", "全年", "持续", "稳定", "满意", "优", "良", "好", "较好", "无", "不断",
      "逐步", "按时", "准时", "到位", "长期", "保障", "增强", "促进", "正常", "达成", "应助尽助", "定性",
      "完善", "有所", "加强", "健全", "规范", "可控", "安全"};
  if (code_points(s) > 10) return false;
  for (const char* w : kWords) {
    if (contains(s, w)) return true;
  }
  return false;
}

bool target_like(std::string_view s) {
  if (s.empty()) return false;
  if (starts_with_comparator(s)) return true;
  if (has_digit(s) && code_points(s) <= 24) return true;
  return qualitative_word(s);
}

bool number_like(std::string_view s) {
  std::string t(trim(s));
  if (ends_with(t, "分")) t.erase(t.size() - 3);
  return parse_amount(t).has_value() && parse_amount(t)->unit.empty();
}

bool unit_like(std::string_view s) {
  if (s.empty() || has_digit(s) || code_points(s) > 6 || is_comparator(s)) return false;
  if (starts_with(s, "万") || starts_with(s, "平方") || starts_with(s, "立方") || starts_with(s, "千")) return true;
  static constexpr const char* kUnits[] = {"%", "％", "百分比", "万元", "元", "个", "人", "次", "项", "年", "月", "日",
                                           "天", "户", "亩", "场", "起", "台", "套", "公里", "米", "平方米", "所",
                                           "家", "件", "份", "批", "只", "头", "株", "吨", "期", "篇", "条", "座",
                                           "处", "辆", "小时", "分钟", "名", "学时", "周", "季度"};
  for (const char* u : kUnits) {
    if (starts_with(s, u)) return true;
  }
  return false;
}

// A quick test before the taxonomy lookups: every 一级/二级 spelling holds one of
// these words (simplified or traditional).
bool may_be_category(std::string_view t) {
  static constexpr const char* kWords[] = {"指标", "指標", "产出", "產出", "成本", "效益", "效果", "满意", "滿意",
                                           "数量", "數量", "质量", "質量", "时效", "時效", "影响", "影響", "预算", "預算",
                                           "效應", "控制"};
  for (const char* w : kWords) {
    if (t.find(w) != std::string_view::npos) return true;
  }
  return false;
}

// Length of a full category name (`产出指标`, `经济效益指标`) at the start of `text`
// when more text follows it directly; 0 otherwise (also for `产出指标(50分)`).
std::size_t fused_category_prefix(std::string_view text) {
  static constexpr const char* kNames[] = {
      "服务对象满意度指标", "生态环境成本指标", "可持续影响指标", "经济效益指标", "社会效益指标", "生态效益指标",
      "环境效益指标", "经济成本指标", "社会成本指标", "满意度指标", "产出指标", "效益指标", "成本指标",
      "数量指标", "质量指标", "时效指标"};
  for (const char* name : kNames) {
    const std::size_t n = std::strlen(name);
    if (text.size() <= n || text.compare(0, n, name) != 0) continue;
    const std::string_view rest = text.substr(n);
    for (const char* p : {"(", "（", ")", "）", ":", "：", "、", ",", "，", " ", "分"}) {
      if (starts_with(rest, p)) return 0;
    }
    return n;
  }
  return 0;
}

// The first `2019年` / `2024 年` in a text (a four-digit year followed by 年).
std::optional<int> year_in(std::string_view t) {
  for (std::size_t i = 0; i + 4 <= t.size(); ++i) {
    const std::string_view y = t.substr(i, 4);
    if (!(starts_with(y, "19") || starts_with(y, "20"))) continue;
    if (!std::all_of(y.begin(), y.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) continue;
    if (i > 0 && t[i - 1] >= '0' && t[i - 1] <= '9') continue;
    std::size_t j = i + 4;
    while (j < t.size() && t[j] == ' ') ++j;
    if (starts_with(t.substr(j), "年")) return (y[0] - '0') * 1000 + (y[1] - '0') * 100 + (y[2] - '0') * 10 + (y[3] - '0');
  }
  return std::nullopt;
}

// A title line: `…绩效目标申报表`, `(2019年度)`, `（2024 年度）`.
bool looks_like_title(std::string_view t) {
  if (code_points(t) > 60) return false;
  if (ends_with(t, "表") || ends_with(t, "表)") || contains(t, "表.") || contains(t, "表(") || contains(t, "表 (")) return true;
  const std::string k = [&] {
    std::string out;
    for (char c : t) {
      if (c != ' ' && c != '(' && c != ')') out += c;
    }
    return out;
  }();
  return (ends_with(k, "年度") || ends_with(k, "年度）") || ends_with(k, "年度)")) && code_points(k) <= 12;
}

// ---------------------------------------------------------------------------------

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
  // What the text means, computed once (lookups normalise the text each time).
  mutable bool classified = false;
  mutable Heading heading;
  mutable Role role = Role::none;
  mutable std::optional<Level1> l1;
  mutable std::optional<Level2> l2;
  void set_text(std::string t) {
    text = std::move(t);
    classified = false;
  }
};

class Importer {
 public:
  Importer(std::string_view text, std::string_view file) : text_(text), file_(file) {}

  ImportResult run();

 private:
  // -- accounting
  SourcePosition pos(const Cell& c) const { return SourcePosition{file_, c.line, c.column}; }
  void use(std::size_t id, const std::string& path) {
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
  Finding& finding(const char* id, Severity severity, std::string path, const Cell* at, std::string zh,
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
  // A cell the model cannot hold: quoted in a finding.
  void leave(std::size_t id, const char* fid, Severity severity, const std::string& path, const std::string& zh,
             const std::string& en) {
    Cell& c = cells_[id];
    if (c.accounted) return;
    finding(fid, severity, path, &c, zh, en).arg("text", c.text);
    ++out_.stats.cells_in_findings;
    c.used = true;
    c.accounted = true;
    // The pieces joined into this cell are quoted with it, each at its own position.
    for (std::size_t t = c.tail; t != npos && !cells_[t].accounted; t = cells_[t].tail) {
      finding(fid, severity, path, &cells_[t], zh, en).arg("text", cells_[t].text);
      ++out_.stats.cells_in_findings;
      cells_[t].used = true;
      cells_[t].accounted = true;
    }
  }

  // -- structure
  void read_cells();
  void join_brackets(std::size_t first);
  void read_comment_lines();
  const Cell& meaning(std::size_t id) const {
    const Cell& c = cells_[id];
    if (!c.classified) {
      const std::string k = key_text(c.text);
      c.heading = heading_of_key(c.text, k);
      c.role = c.text.size() > 90 ? Role::none : header_role_key(k, true);
      // Category names are short and hold one of a few words; other cells are never one.
      const bool maybe = c.text.size() <= 120 && may_be_category(c.text);
      c.l1 = maybe ? level1_from_name(c.text) : std::nullopt;
      c.l2 = maybe ? level2_from_name(c.text) : std::nullopt;
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

  void read_field(std::size_t id, const Heading& h);
  void read_budget(std::size_t begin, std::size_t end, bool heading = true);
  void read_goals(std::size_t begin, std::size_t end);
  void read_key_tasks(std::size_t begin, std::size_t end);
  void read_other_tasks(std::size_t begin, std::size_t end);
  std::size_t read_indicators(std::size_t begin, std::size_t end);
  void read_title(std::size_t id);

  TargetValue make_target(const std::string& text, const std::string& unit, const std::string& path, const Cell& at);

  static constexpr std::size_t npos = static_cast<std::size_t>(-1);

  std::string_view text_;
  std::string file_;
  Table table_;
  std::vector<Cell> cells_;
  bool row_mode_ = true;
  bool kind_from_comment_ = false;
  std::size_t fused_ = 0;
  std::vector<std::size_t> offsets_;    // byte offset of each cell's text in text_
  std::vector<std::size_t> raw_sizes_;  // byte size of each cell's text as read
  ImportResult out_;
};

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

// ---------------------------------------------------------------------------------
// 预算整体情况 / 资金情况.

struct BreakdownTitle {
  const char* key;
  BreakdownKind kind;
};
constexpr BreakdownTitle kBreakdownTitles[] = {
    {"部门预算支出", BreakdownKind::expenditure}, {"收入来源", BreakdownKind::income},
    {"事业发展性支出", BreakdownKind::development}, {"按预算级次划分", BreakdownKind::level},
    {"资金来源", BreakdownKind::project_funds},
};

enum class ExecColumn : std::uint8_t { initial, full_year, executed, rate, weight, score, reason };

std::optional<ExecColumn> exec_column(const std::string& k) {
  static constexpr std::pair<const char*, ExecColumn> kCols[] = {
      {"年初预算数", ExecColumn::initial}, {"年初预算", ExecColumn::initial}, {"全年预算数", ExecColumn::full_year},
      {"调整后预算数", ExecColumn::full_year}, {"全年执行数", ExecColumn::executed},
      {"预算执行数", ExecColumn::executed}, {"执行率", ExecColumn::rate}, {"预算执行率", ExecColumn::rate},
      {"分值", ExecColumn::weight}, {"权重", ExecColumn::weight}, {"得分", ExecColumn::score},
      {"原因", ExecColumn::reason}};
  for (const auto& [w, c] : kCols) {
    if (k == w) return c;
  }
  return std::nullopt;
}

BreakdownKind breakdown_of(BudgetCategory c, FormKind kind) {
  switch (c) {
    case BudgetCategory::basic_expenditure:
    case BudgetCategory::project_expenditure: return BreakdownKind::expenditure;
    case BudgetCategory::fiscal_appropriation:
    case BudgetCategory::other_funds:
    case BudgetCategory::carryover: return kind == FormKind::project ? BreakdownKind::project_funds : BreakdownKind::income;
    case BudgetCategory::special_fiscal_funds:
    case BudgetCategory::other_development_expenditure: return BreakdownKind::development;
    case BudgetCategory::district_level:
    case BudgetCategory::transfer_to_lower_level: return BreakdownKind::level;
    case BudgetCategory::custom: break;
  }
  return BreakdownKind::project_funds;
}

std::optional<BudgetCategory> budget_label(const std::string& text) {
  if (auto c = budget_category_from_name(text)) return c;
  std::string k = key_text(text);
  if (starts_with(k, "其中")) k.erase(0, std::strlen("其中"));
  for (const char* colon : {":", "："}) {
    if (starts_with(k, colon)) k.erase(0, std::strlen(colon));
  }
  static constexpr std::pair<const char*, BudgetCategory> kMore[] = {
      {"财政拨款", BudgetCategory::fiscal_appropriation}, {"本年财政拨款", BudgetCategory::fiscal_appropriation},
      {"财政资金", BudgetCategory::fiscal_appropriation}, {"财政投款", BudgetCategory::fiscal_appropriation},
      {"中央补助", BudgetCategory::fiscal_appropriation}, {"其他资金", BudgetCategory::other_funds},
      {"其它资金", BudgetCategory::other_funds}, {"地方资金", BudgetCategory::other_funds},
      {"单位资金", BudgetCategory::other_funds}, {"项目支出", BudgetCategory::project_expenditure},
      {"基本支出", BudgetCategory::basic_expenditure}};
  for (const auto& [w, c] : kMore) {
    if (k == w) return c;
  }
  return std::nullopt;
}

bool total_label(const std::string& text) {
  const std::string k = key_text(text);
  for (const char* w : {"年度资金总额", "资金总额", "总额", "年度金额", "项目总预算", "当年年度预算", "部门预算",
                        "年度本级预算金额", "年度预算数"}) {
    if (k == w) return true;
  }
  return false;
}

// A cell that names a field or a column rather than holding a value.
bool Importer::is_label(const std::string& text) {
  if (heading_of(text).section != Section::none || header_role(text) != Role::none) return true;
  const std::string k = key_text(text);
  return total_label(text) || exec_column(k) || k == "预算数" || k == "预算金额" || k == "金额";
}

void Importer::read_budget(std::size_t begin, std::size_t end, bool heading) {
  BudgetOverview& budget = out_.form.budget;
  if (heading) use(begin, "/budget");
  std::vector<ExecColumn> exec;
  auto breakdown_index = [&](BreakdownKind kind, const std::string& title) -> std::size_t {
    for (std::size_t i = 0; i < budget.breakdowns.size(); ++i) {
      if (budget.breakdowns[i].kind == kind) return i;
    }
    BudgetBreakdown b;
    b.kind = kind;
    b.title = title;
    for (const char* colon : {":", "："}) {
      if (ends_with(b.title, colon)) b.title.erase(b.title.size() - std::strlen(colon));
    }
    budget.breakdowns.push_back(std::move(b));
    return budget.breakdowns.size() - 1;
  };
  std::string unit = "万元";
  // The amount cells following `label` (same row in row mode, the next cells otherwise).
  auto following_values = [&](std::size_t label) {
    std::vector<std::size_t> ids;
    for (std::size_t j = label + 1; j < end; ++j) {
      if (cells_[j].used) break;
      if (row_mode_ && cells_[j].row != cells_[label].row) break;
      const std::string& t = cells_[j].text;
      if (parse_amount(t) || t == "/" || ends_with(t, "%") || (!exec.empty() && exec.size() > ids.size() && exec[ids.size()] == ExecColumn::reason)) {
        ids.push_back(j);
        if (exec.empty()) break;
        continue;
      }
      break;
    }
    return ids;
  };
  for (std::size_t i = heading ? begin + 1 : begin; i < end; ++i) {
    if (cells_[i].used) continue;
    const std::string& t = cells_[i].text;
    const std::string k = key_text(t);
    bool titled = false;
    for (const BreakdownTitle& bt : kBreakdownTitles) {
      if (k == bt.key) {
        const std::size_t b = breakdown_index(bt.kind, t);
        budget.breakdowns[b].title = t;
        use(i, "/budget/breakdowns/" + std::to_string(b) + "/title");
        titled = true;
        break;
      }
    }
    if (titled) continue;
    if (k == "预算金额" || k == "金额") {
      if (contains(t, "元")) unit = contains(t, "万元") ? "万元" : "元";
      use(i, "/budget");
      continue;
    }
    if (auto col = exec_column(k)) {
      exec.push_back(*col);
      use(i, "/budget");
      continue;
    }
    const bool total = total_label(t);
    BudgetCategory category = BudgetCategory::custom;
    if (!total) {
      const auto found = budget_label(t);
      if (found) {
        category = *found;
      } else {
        // Under execution columns any row label followed by amounts is a row of its
        // own (`财政专户管理资金 | 0.00 | …`).
        const std::size_t next = next_in_row(i);
        if (exec.empty() || !row_mode_ || next == npos || next >= end || !parse_amount(cells_[next].text) ||
            code_points(t) > 20 || parse_amount(t))
          continue;  // left for the findings
      }
    }
    const std::vector<std::size_t> values = following_values(i);
    if (!exec.empty()) {
      ExecutionLine line;
      line.category = category;
      line.name = t;
      const std::string path = "/budget/execution/" + std::to_string(budget.execution.size());
      use(i, path + "/name");
      for (std::size_t v = 0; v < values.size() && v < exec.size(); ++v) {
        const std::string& vt = cells_[values[v]].text;
        const auto amount = parse_amount(vt);
        switch (exec[v]) {
          case ExecColumn::initial: if (amount) line.initial_budget = amount->amount; break;
          case ExecColumn::full_year: if (amount) line.full_year_budget = amount->amount; break;
          case ExecColumn::executed: if (amount) line.executed = amount->amount; break;
          case ExecColumn::rate: line.rate_text = vt; break;
          case ExecColumn::weight: if (amount) line.weight = amount->amount; break;
          case ExecColumn::score: if (amount) line.score = amount->amount; break;
          case ExecColumn::reason: break;
        }
        if (exec[v] == ExecColumn::reason) {
          leave(values[v], "JX-I006", Severity::info, path, "预算执行原因说明不在模型中：{text}",
                "budget execution reason is not part of the model: {text}");
        } else if (amount || exec[v] == ExecColumn::rate || vt == "/") {
          use(values[v], path);
        } else {
          leave(values[v], "JX-I007", Severity::warning, path, "金额无法读取：{text}", "amount cannot be read: {text}");
        }
      }
      budget.execution.push_back(std::move(line));
      continue;
    }
    if (values.empty()) {
      use(i, "/budget");  // a label without an amount (`其他资金` left blank)
      continue;
    }
    const auto amount = parse_amount(cells_[values[0]].text);
    if (!amount) {
      use(i, "/budget");
      leave(values[0], "JX-I007", Severity::warning, "/budget", "金额无法读取：{text}", "amount cannot be read: {text}");
      continue;
    }
    if (total) {
      const BreakdownKind kind = out_.form.kind == FormKind::department ? BreakdownKind::expenditure : BreakdownKind::project_funds;
      const std::size_t b = breakdown_index(kind, t);
      budget.breakdowns[b].declared_total = amount->amount;
      const std::string path = "/budget/breakdowns/" + std::to_string(b) + "/declared_total";
      use(i, path);
      use(values[0], path);
      continue;
    }
    const std::size_t b = breakdown_index(breakdown_of(category, out_.form.kind), t);
    BudgetLine line;
    line.category = category;
    line.name = t;
    line.amount = amount->amount;
    line.unit = amount->unit.empty() ? unit : amount->unit;
    const std::string path = "/budget/breakdowns/" + std::to_string(b) + "/lines/" + std::to_string(budget.breakdowns[b].lines.size());
    budget.breakdowns[b].lines.push_back(std::move(line));
    use(i, path + "/name");
    use(values[0], path + "/amount");
  }
}

// ---------------------------------------------------------------------------------
// 总体绩效目标: numbered goals in one cell are split (`目标1：…；目标2：…`).

std::vector<std::string> split_goals(const std::string& text) {
  std::vector<std::string> goals;
  std::vector<std::pair<std::size_t, std::size_t>> marks;  // (start of marker, start of text)
  std::size_t from = 0;
  for (int n = 1; n < 100; ++n) {
    const std::string num = std::to_string(n);
    std::size_t found = std::string::npos;
    std::size_t body = 0;
    for (const std::string& marker : {"目标" + num + "：", "目标" + num + ":", num + "、", num + "．", num + "."}) {
      for (std::size_t at = text.find(marker, from); at != std::string::npos; at = text.find(marker, at + 1)) {
        const bool boundary = at == 0 || text[at - 1] == '\n' || text[at - 1] == ' ' ||
                              (at >= 3 && (text.compare(at - 3, 3, "；") == 0 || text.compare(at - 3, 3, "。") == 0)) ||
                              text[at - 1] == ';';
        const bool digit_before = at > 0 && text[at - 1] >= '0' && text[at - 1] <= '9';
        if (boundary && !digit_before) {
          if (at < found) {
            found = at;
            body = at + marker.size();
          }
          break;
        }
      }
    }
    if (found == std::string::npos || (n == 1 && trim(std::string_view(text).substr(0, found)).size() != 0)) break;
    marks.emplace_back(found, body);
    from = body;
  }
  if (marks.size() < 2) {
    goals.push_back(text);
    return goals;
  }
  for (std::size_t m = 0; m < marks.size(); ++m) {
    const std::size_t b = marks[m].second;
    const std::size_t e = m + 1 < marks.size() ? marks[m + 1].first : text.size();
    std::string g(trim(std::string_view(text).substr(b, e - b)));
    for (bool again = true; again;) {
      again = false;
      for (const char* sep : {"；", ";"}) {
        if (ends_with(g, sep)) {
          g.erase(g.size() - std::strlen(sep));
          again = true;
        }
      }
      const std::string_view tt = trim(g);
      if (tt.size() != g.size()) {
        g = std::string(tt);
        again = true;
      }
    }
    goals.push_back(std::move(g));
  }
  return goals;
}

void Importer::read_goals(std::size_t begin, std::size_t end) {
  use(begin, "/goals");
  bool completion_column = false;
  bool expect_completion = false;
  for (std::size_t i = begin + 1; i < end; ++i) {
    if (cells_[i].used) continue;
    const std::string k = key_text(cells_[i].text);
    if (k == "年初设定目标" || k == "中期滚动目标" || k == "年度目标" || k == "总体目标" || k == "年度总体目标" ||
        k == "项目年度目标" || contains(k, "中期滚动目标")) {
      use(i, "/goals");
      continue;
    }
    if (contains(k, "完成情况")) {
      completion_column = true;
      use(i, "/goals");
      continue;
    }
    if (expect_completion) {
      use(i, "/metadata/" + std::to_string(out_.form.metadata.size()));
      out_.form.metadata.emplace_back("goal_completion", cells_[i].text);
      expect_completion = false;
      continue;
    }
    for (std::string& g : split_goals(cells_[i].text)) {
      const std::string path = "/goals/" + std::to_string(out_.form.goals.size());
      out_.form.goals.push_back(std::move(g));
      use(i, path);
    }
    expect_completion = completion_column;
  }
}

// ---------------------------------------------------------------------------------
// 年度重点工作任务: 名称 | 主要实施内容 | 拟投入的资金 | 期望达到的目标.

void Importer::read_key_tasks(std::size_t begin, std::size_t end) {
  use(begin, "/key_tasks");
  std::size_t name_column = npos;
  std::size_t i = begin + 1;
  // Column headers.
  for (; i < end && cells_[i].row == cells_[begin].row; ++i) {
    const std::string k = key_text(cells_[i].text);
    if (k == "名称" && name_column == npos) name_column = cells_[i].index;
    use(i, "/key_tasks");
  }
  while (i < end) {
    if (cells_[i].used) {
      ++i;
      continue;
    }
    // One table row (or, without rows, up to the next amount and the cell after it).
    std::vector<std::size_t> row;
    const std::size_t r = cells_[i].row;
    for (; i < end && (row_mode_ ? cells_[i].row == r : row.size() < 4); ++i) {
      if (!cells_[i].used) row.push_back(i);
    }
    std::size_t amount_at = npos;
    for (std::size_t k = 1; k < row.size(); ++k) {
      if (parse_amount(cells_[row[k]].text)) {
        amount_at = k;
        break;
      }
    }
    KeyTask task;
    const std::size_t index = out_.form.key_tasks.size();
    const std::string path = "/key_tasks/" + std::to_string(index);
    std::vector<std::pair<std::size_t, std::string>> uses;
    const std::size_t texts_before = amount_at == npos ? std::min<std::size_t>(row.size(), 2) : amount_at;
    for (std::size_t k = 0; k < texts_before; ++k) {
      if (k == 0) {
        task.name = cells_[row[k]].text;
        uses.emplace_back(row[k], path + "/name");
      } else if (k == 1) {
        task.content = cells_[row[k]].text;
        uses.emplace_back(row[k], path + "/content");
      }
    }
    std::size_t next = texts_before;
    if (amount_at != npos) {
      const auto a = parse_amount(cells_[row[amount_at]].text);
      task.planned_funds = a->amount;
      uses.emplace_back(row[amount_at], path + "/planned_funds");
      next = amount_at + 1;
    }
    if (next < row.size()) {
      task.expected_result = cells_[row[next]].text;
      uses.emplace_back(row[next], path + "/expected_result");
      if (target_like(task.expected_result) && code_points(task.expected_result) <= 24) {
        auto parsed = Target::parse(task.expected_result);
        ++out_.stats.targets;
        if (parsed && parsed->kind() != TargetKind::qualitative) {
          task.expected_target = parsed.value();
          ++out_.stats.targets_parsed;
        }
      }
      ++next;
    }
    out_.form.key_tasks.push_back(std::move(task));
    for (const auto& [id, p] : uses) use(id, p);
    for (std::size_t k = next; k < row.size(); ++k) {
      leave(row[k], "JX-I001", Severity::warning, path, "重点工作任务行多出的单元格未导入：{text}",
            "extra cell of a key-task row not imported: {text}");
    }
    if (row_mode_ && name_column != npos && !row.empty() && cells_[row[0]].index != name_column) {
      finding("JX-I002", Severity::info, path, &cells_[row[0]],
              "行错位已修复：名称“{text}”位于第{from}列，按含义读作第{to}列（名称）",
              "shifted row repaired: name '{text}' sits in column {from}; read by meaning as column {to} (名称)")
          .arg("text", cells_[row[0]].text)
          .arg("from", std::to_string(cells_[row[0]].index + 1))
          .arg("to", std::to_string(name_column + 1));
    }
  }
}

void Importer::read_other_tasks(std::size_t begin, std::size_t end) {
  use(begin, "/other_tasks");
  for (std::size_t i = begin + 1; i < end; ++i) {
    if (cells_[i].used) continue;
    OtherTask task;
    task.text = cells_[i].text;
    if (auto a = find_amount(task.text)) {
      task.amount = a->amount;
      task.unit = a->unit;
    }
    use(i, "/other_tasks/" + std::to_string(out_.form.other_tasks.size()));
    out_.form.other_tasks.push_back(std::move(task));
  }
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
      case Section::budget: {
        const std::size_t end = section_end(i + 1);
        read_budget(i, end);
        seen_section = true;
        i = end;
        break;
      }
      case Section::goals: {
        const std::size_t end = section_end(i + 1);
        read_goals(i, end);
        seen_section = true;
        i = end;
        break;
      }
      case Section::key_tasks: {
        const std::size_t end = section_end(i + 1);
        read_key_tasks(i, end);
        seen_section = true;
        i = end;
        break;
      }
      case Section::other_tasks: {
        const std::size_t end = section_end(i + 1);
        read_other_tasks(i, end);
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
            std::string t = cells_[next].text;
            if (ends_with(t, "分")) t.erase(t.size() - 3);
            if (auto a = parse_amount(t)) {
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

}  // namespace

ImportResult import_form(std::string_view text, std::string_view file_name) {
  Importer importer(text, file_name);
  return importer.run();
}

}  // namespace jixiao::io
