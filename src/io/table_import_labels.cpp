// What a label cell means: the heading key used for lookups, the section headings of
// a form and the column headers of an indicator table.
#include <algorithm>
#include <array>
#include <cstring>
#include <unordered_map>
#include <utility>

#include "jixiao/io/table_reader.hpp"
#include "table_import_text.hpp"
#include "../target_text.hpp"

namespace jixiao::io::detail {
namespace {

// ---------------------------------------------------------------------------------
// Normalised keys for heading lookups.

// The three bytes of a CJK character as one number (for the comparisons below).
constexpr std::uint32_t cjk(const char* u) {
  return (static_cast<std::uint32_t>(static_cast<unsigned char>(u[0])) << 16) |
         (static_cast<std::uint32_t>(static_cast<unsigned char>(u[1])) << 8) |
         static_cast<std::uint32_t>(static_cast<unsigned char>(u[2]));
}

}  // namespace

// Heading key: no spaces, no parenthesised notes, simplified, no trailing colon.
// One pass over the text; traditional characters map through target_text.cpp's table.
std::string key_text(std::string_view text) {
  if (text.size() > 120) return std::string();  // no label is that long
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
        // Traditional characters in their simplified form (the one table, target_text.cpp).
        const jixiao::detail::CodePoint cp = jixiao::detail::decode_utf8(text, i);
        char bytes[4];
        if (cp.length == 3) out.append(bytes, jixiao::detail::encode_utf8(jixiao::detail::simplify_cjk(cp.cp), bytes));
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

namespace {

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
    {"其他需要说明事项", Section::end}, {"其他需说明事项", Section::end}, {"其他需要说明的事项", Section::end},
    {"其他需说明的问题", Section::end}, {"其他需要说明的问题", Section::end},
    {"重要程度", Section::metadata_field}, {"项目口径", Section::metadata_field},
    {"中央主管部门", Section::metadata_field}, {"省级财政部门", Section::metadata_field},
    {"省级主管部门", Section::metadata_field}, {"区县财政部门", Section::metadata_field},
    {"区县主管部门", Section::metadata_field}, {"市级财政部门", Section::metadata_field},
    {"市级主管部门", Section::metadata_field}, {"区级财政部门", Section::metadata_field},
    {"区级主管部门", Section::metadata_field}, {"县级财政部门", Section::metadata_field},
    {"县级主管部门", Section::metadata_field}, {"市县财政部门", Section::metadata_field},
    {"市县主管部门", Section::metadata_field},
    // Provincial variants of the same fields (湖南, 湖北, 重庆 templates).
    {"预算部门", Section::unit_name}, {"申报单位", Section::unit_name}, {"项目实施单位", Section::implementing_unit},
    {"项目执行单位", Section::implementing_unit}, {"项目主管部门", Section::competent_department},
    {"主管部门及其编码", Section::competent_department}, {"主管部门及编码", Section::competent_department},
    {"项目起止时间", Section::project_period}, {"实施期绩效目标", Section::goals}, {"本年度绩效目标", Section::goals},
    {"年度总体绩效目标", Section::goals}, {"本年度绩效指标", Section::indicators},
    {"年度绩效指标", Section::indicators}, {"该项目支出上级资金", Section::metadata_field},
    {"主管预算部门", Section::competent_department}, {"具体实施单位", Section::implementing_unit},
    {"部门", Section::unit_name}, {"项目总体目标", Section::goals}, {"项目年度目标", Section::goals},
    {"项目概况", Section::metadata_field}, {"项目概况及立项依据", Section::metadata_field},
    {"项目来源", Section::metadata_field}, {"预算资金", Section::budget},
};

}  // namespace

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
  // Signatures under the table: opinions, and a seal's date line (`财务科室(盖章) 年 月 日`).
  if (ends_with(k, "审核意见") || ends_with(k, "初审意见") || ends_with(k, "审批意见") ||
      (ends_with(k, "年月日") && k.size() > std::strlen("年月日"))) {
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
  // A seal's place under the table (`财政资金管理科室(盖章)`); `填报单位(盖章):X` is a field.
  const bool colon = text.find(':') != std::string_view::npos || text.find("：") != std::string_view::npos;
  if (!colon && (text.find("(盖章)") != std::string_view::npos || text.find("（盖章）") != std::string_view::npos)) {
    h.section = Section::end;
    return h;
  }
  // `预算单位:东莞市交通运输局`, `填报单位(盖章):宁乡市坝塘镇人民政府`.
  for (const char* colon : {"：", ":"}) {
    const std::size_t at = text.find(colon);
    if (at == std::string_view::npos || at == 0 || at > 60) continue;
    const std::string label = key_text(text.substr(0, at));
    std::string_view value = trim(text.substr(at + std::strlen(colon)));
    // `填报单位:(盖章) 单位:万元`: the seal's place and the table's money unit, no name.
    for (const char* seal : {"(盖章)", "（盖章）"}) {
      if (starts_with(value, seal)) value = trim(value.substr(std::strlen(seal)));
    }
    if (value.empty() || starts_with(value, "单位")) continue;
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
    case Role::other_value: return "其他指标值";
    case Role::none: break;
  }
  return "";
}

Role header_role(std::string_view text, bool loose) {
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
      {"计划指标值", Role::annual}, {"指标值及单位", Role::annual}, {"当年预期实现值", Role::annual}, {"绩效目标值", Role::annual}, {"预期指标值", Role::annual},
      {"年初目标值", Role::annual}, {"年初指标值", Role::annual},
      {"实际完成值", Role::actual}, {"全年实际值", Role::actual}, {"完成值", Role::actual},
      {"全年实际完成值", Role::actual}, {"实际完成指标值", Role::actual}, {"全年实际完成指标值", Role::actual}, {"实际值", Role::actual}, {"全年完成值", Role::actual},
      {"实施进度", Role::actual}, {"完成情况", Role::actual}, {"指标完成情况", Role::actual}, {"实际完成情况", Role::actual},
      {"分值", Role::weight}, {"权重", Role::weight}, {"指标分值", Role::weight}, {"得分", Role::score},
      {"自评得分", Role::score}, {"计量单位", Role::unit}, {"度量单位", Role::unit}, {"单位", Role::unit},
      {"指标性质", Role::nature}, {"指标值类型", Role::op}, {"指标值设定依据", Role::basis},
      {"绩效标准", Role::basis}, {"备注", Role::note}, {"指标解释", Role::note}, {"指标描述", Role::note},
      {"指标值内容", Role::note}, {"绩效内容", Role::name}, {"指标说明", Role::note}, {"指标方向性", Role::direction},
      {"指标方向", Role::direction}, {"未完成原因分析", Role::reason}, {"偏差原因分析及改进措施", Role::reason},
      {"未完成原因及拟采取的改进措施", Role::reason}, {"未完成原因和改进措施", Role::reason},
      {"偏差原因", Role::reason}, {"原因分析", Role::reason},
      // Sub-columns of 指标值 beside this year's target: kept as data, never a second indicator.
      {"上年实际值", Role::other_value}, {"上年完成值", Role::other_value}, {"上年实际完成值", Role::other_value},
      {"上年度实际完成值", Role::other_value}, {"上年指标值", Role::other_value}, {"上年目标值", Role::other_value},
      {"前三年平均值", Role::other_value}, {"历史值", Role::other_value}, {"上年值", Role::other_value},
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

}  // namespace jixiao::io::detail
