// What a value cell looks like: a target, a number, a unit, a category name, a year,
// a title. Shapes only; which column a cell goes to is the indicator reader's choice.
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <vector>

#include "jixiao/decimal.hpp"
#include "jixiao/io/table_import.hpp"
#include "jixiao/io/table_reader.hpp"
#include "jixiao/target.hpp"
#include "table_import_text.hpp"
#include "../target_text.hpp"

namespace jixiao::io::detail {
namespace {

bool starts_with_comparator(std::string_view s) {
  for (const char* op : {"≥", "≤", ">", "<", "=", "≧", "≦", "＞", "＜", "＝", "═", "﹦", "±", "不低于", "不少于", "不高于",
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
      "完善", "有所", "加强", "健全", "规范", "可控", "安全", "不超", "不突破", "预算内"};
  if (code_points(s) > 10) return false;
  for (const char* w : kWords) {
    if (contains(s, w)) return true;
  }
  return false;
}

}  // namespace

bool is_comparator(std::string_view t) {
  static constexpr const char* kOps[] = {"≥", "≤", ">", "<", "=", "≧", "≦", "＞", "＜", "＝", "═", "﹦", ">=", "<=",
                                         "＞＝", "＜＝", "大于等于", "小于等于", "大于", "小于", "等于"};
  const std::string_view s = trim(t);
  for (const char* op : kOps) {
    if (s == op) return true;
  }
  return false;
}


bool target_like(std::string_view s) {
  if (s.empty()) return false;
  if (starts_with_comparator(s)) return true;
  if (has_digit(s) && code_points(s) <= 24) return true;
  return qualitative_word(s);
}

namespace {

// Length of the longest of `words` at `s[at…]`, 0 when none.
template <std::size_t N>
std::size_t longest_at(std::string_view s, std::size_t at, const char* const (&words)[N]) {
  std::size_t best = 0;
  for (const char* w : words) {
    const std::size_t n = std::strlen(w);
    if (n > best && s.compare(at, n, w) == 0) best = n;
  }
  return best;
}

// The bytes of a target in words bounding a cost by the budget at `s[at]` (`不超预算`),
// unless a name goes on (`不超预算率`); 0 when there is none.
std::size_t budget_bound_at(std::string_view s, std::size_t at) {
  static constexpr const char* kBounds[] = {"不超预算", "不超过预算", "不超出预算", "不突破预算", "控制在预算内",
                                            "控制在预算范围内"};
  const std::size_t n = longest_at(s, at, kBounds);
  if (n == 0 || s.compare(at + n, 3, "率") == 0 || s.compare(at + n, 6, "情况") == 0) return 0;
  return n;
}

}  // namespace

std::size_t weight_after_target(std::string_view target) {
  std::size_t digits = 0;
  while (digits < target.size() && target[target.size() - 1 - digits] >= '0' && target[target.size() - 1 - digits] <= '9') {
    ++digits;
  }
  if (digits == 0 || digits > 3 || digits == target.size()) return 0;
  // After `%` or a closing bound word (`95%以上10`), not after a unit that may go on
  // (`≤2小时30`, `≥1万5`) or a date (`2023年12月31`).
  const std::string_view head = target.substr(0, target.size() - digits);
  const bool closed = head.back() == '%' || ends_with(head, "％") || ends_with(head, "以上") || ends_with(head, "以下") ||
                      ends_with(head, "以内");
  if (!closed) return 0;
  const auto weight = parse_amount(target.substr(target.size() - digits));
  if (!weight || weight->amount > Decimal(100) || weight->amount.is_zero()) return 0;
  return Target::parse(head) && !Target::parse(target) ? digits : 0;
}

bool never_a_name(std::string_view t) {
  t = trim(t);
  if (t.empty()) return false;
  if (number_like(t) || is_comparator(t)) return true;
  for (const char* w : {"定量", "定性", "以上", "以下", "以内", "及以上", "及以下", "完成", "已完成", "未完成"}) {
    if (t == w) return true;
  }
  if (budget_bound_at(t, 0) == t.size()) return true;  // `不超过预算`: a target in words
  // A grade, a yes/no or an effect alone (`优`, `是`, `显著`, `效果明显`): an actual or a
  // target in words, never what is measured (`培训效果`, `有效率` are names).
  for (const char* w : {"优", "良", "中", "差", "优秀", "良好", "较好", "一般", "是", "否", "显著", "明显", "较明显",
                        "效果显著", "效果明显", "成效显著", "达成", "已达成", "未达成", "部分达成"}) {
    if (t == w) return true;
  }
  // A report's sentences stating targets and actuals are read as such (JX-I018).
  if (t.size() > 30 && !result_sentences(t).empty()) return true;
  for (const char* p : {",", ".", ";", "%", "，", "。", "；", "、", "％"}) {
    if (starts_with(t, p)) return true;
  }
  if (code_points(t) > 8 || !has_digit(t)) return false;
  const auto target = Target::parse(t);
  return target && target->kind() == TargetKind::comparison;
}

bool number_like(std::string_view s) {
  const auto amount = parse_amount(without_points(trim(s)));
  return amount && amount->unit.empty();
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
    for (const char* p : {"(", "（", ")", "）", ":", "：", "、", ",", "，", " ", "分", "等"}) {
      if (starts_with(rest, p)) return 0;
    }
    return n;
  }
  return 0;
}

namespace {

// `text` without closing punctuation (`；` `。` `，` `;` `.` `,`) and surrounding spaces.
std::string without_closing(std::string_view text) {
  std::string t(trim(text));
  // A clause mark and a word of the next clause run on (`≥80%;设`).
  for (const char* semi : {"；", ";"}) {
    const std::size_t at = t.rfind(semi);
    if (at != std::string::npos && at > 0 && code_points(std::string_view(t).substr(at + std::strlen(semi))) <= 2) {
      t.erase(at);
    }
  }
  for (bool again = true; again && !t.empty();) {
    again = false;
    for (const char* p : {"；", "。", "，", ";", ".", ","}) {
      if (ends_with(t, p)) {
        t.erase(t.size() - std::strlen(p));
        t = std::string(trim(t));
        again = true;
      }
    }
  }
  return t;
}

bool is_digit_at(std::string_view s, std::size_t i) {
  if (s[i] >= '0' && s[i] <= '9') return true;
  return i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xEF && static_cast<unsigned char>(s[i + 1]) == 0xBC &&
         static_cast<unsigned char>(s[i + 2]) >= 0x90 && static_cast<unsigned char>(s[i + 2]) <= 0x99;
}

// The first `op` in `text` outside brackets (`人数(≥**人)≥95%`: the second ≥), in one pass.
std::size_t first_outside_brackets(std::string_view text, std::string_view op) {
  long depth = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (depth == 0 && text.compare(i, op.size(), op) == 0) return i;
    if (text[i] == '(' || text.compare(i, 3, "（") == 0) ++depth;
    if ((text[i] == ')' || text.compare(i, 3, "）") == 0) && depth > 0) --depth;
  }
  return std::string_view::npos;
}

}  // namespace

NameTarget split_name_target(std::string_view text, bool loose) {
  NameTarget out;
  // At a comparator: the first of these found (in this order) that is not the first
  // character and not inside brackets (`人数(≥**人)` is a template note of the name).
  for (const char* op : {"≥", "≤", "≧", "≦", ">=", "<=", "＞", "＜", ">", "<", "="}) {
    const std::size_t at = first_outside_brackets(text, op);
    if (at == std::string_view::npos || at == 0) continue;
    // A template placeholder (`≥**人`) is part of the name.
    if (text.find('*', at) != std::string_view::npos) continue;
    std::string target = without_closing(text.substr(at));
    std::string name(trim(text.substr(0, at)));
    if (target.empty() || name.empty()) return out;
    out = NameTarget{NameSplit::comparator, std::move(name), std::move(target)};
    return out;
  }
  if (!loose) return out;
  // After the last comma: a short target (a word, a deadline, an amount).
  const std::string body = without_closing(text);
  std::size_t comma = std::string::npos;
  std::size_t comma_size = 0;
  for (const char* c : {"，", ","}) {
    const std::size_t at = body.rfind(c);
    if (at != std::string::npos && (comma == std::string::npos || at > comma)) {
      comma = at;
      comma_size = std::strlen(c);
    }
  }
  if (comma != std::string::npos && comma > 0) {
    const std::string_view tail = trim(std::string_view(body).substr(comma + comma_size));
    const std::string_view head = trim(std::string_view(body).substr(0, comma));
    if (!tail.empty() && code_points(tail) <= 12 && target_like(tail) && code_points(head) >= 2) {
      out = NameTarget{NameSplit::comma, std::string(head), std::string(tail)};
      return out;
    }
  }
  // At the number that starts a short target at the end: `资助建档立卡贫困子女1966人`.
  for (std::size_t i = 0; i < body.size(); ++i) {
    if (!is_digit_at(body, i)) continue;
    // The ordinal of `指标1:` belongs to the name.
    if (i >= 6 && body.compare(i - 6, 6, "指标") == 0) {
      while (i < body.size() && is_digit_at(body, i)) ++i;
      continue;
    }
    const std::string_view tail = std::string_view(body).substr(i);
    const std::string_view head = trim(std::string_view(body).substr(0, i));
    if (code_points(head) >= 2 && code_points(tail) <= 16 && target_like(tail) && tail.find("，") == std::string_view::npos &&
        tail.find(',') == std::string_view::npos && tail.find("、") == std::string_view::npos) {
      // A rate written before the number belongs to the target: `平均每生每年3300元`.
      std::size_t from = i;
      while (from >= 6 && body.compare(from - 6, 3, "每") == 0) from -= 6;
      if (from >= 6 && (body.compare(from - 6, 6, "平均") == 0 || body.compare(from - 6, 6, "人均") == 0)) from -= 6;
      const std::string_view rate_head = trim(std::string_view(body).substr(0, from));
      if (from != i && code_points(rate_head) >= 2) {
        out = NameTarget{NameSplit::number, std::string(rate_head), body.substr(from)};
      } else {
        out = NameTarget{NameSplit::number, std::string(head), std::string(tail)};
      }
    }
    break;
  }
  return out;
}

void more_category_spellings(std::string_view text, std::optional<Level1>& l1, std::optional<Level2>& l2) {
  if (l1 || l2) return;
  std::string k;
  for (char c : text) {
    if (c != ' ') k += c;
  }
  // Prose that counts its indicators: `设 1条数量指标:`, `条经济效益指标:`.
  {
    std::size_t i = 0;
    if (starts_with(k, "设")) i += std::strlen("设");
    while (i < k.size() && k[i] >= '0' && k[i] <= '9') ++i;
    if (starts_with(std::string_view(k).substr(i), "条") && k.size() > i + std::strlen("条")) {
      const std::string rest = k.substr(i + std::strlen("条"));
      l1 = from_string<Level1>(rest);
      l2 = from_string<Level2>(rest);
      if (l1 || l2) return;
    }
  }
  // Shortened names: `产出值`, `数量值`.
  if (ends_with(k, "值") && code_points(k) <= 8) {
    const std::string stem = k.substr(0, k.size() - std::strlen("值"));
    l1 = from_string<Level1>(stem);
    l2 = from_string<Level2>(stem);
    if (l1 || l2) return;
  }
  // A 二级 under its 一级's word (`产出数量`, `产出质量`, `效益社会`): the 二级 of that 一级.
  for (const char* head : {"产出", "效益", "效果"}) {
    if (starts_with(k, head) && k.size() > std::strlen(head) && code_points(k) <= 10) {
      const std::string rest = k.substr(std::strlen(head));
      const auto sub = from_string<Level2>(rest);
      if (sub && !from_string<Level1>(rest)) {
        l2 = sub;
        return;
      }
    }
  }
  // A satisfaction 二级 named for whom it surveys: `群众满意度指标`, `学生满意度 指标`. Only
  // with 指标 (`群众满意度` alone is an indicator's name), and only for these groups: a
  // piece of a longer label split by the layout (`对象满意度指标` of
  // `社会公众或服务对象满意度指标`) must stay a piece, to be joined.
  if (ends_with(k, "满意度指标")) {
    const std::string_view who = std::string_view(k).substr(0, k.size() - std::strlen("满意度指标"));
    for (const char* group : {"群众", "学生", "家长", "患者", "病人", "企业", "读者", "游客", "村民", "居民", "农户",
                              "农民", "职工", "教师", "用户", "市民", "办事群众", "参训人员", "受助对象"}) {
      if (who == group) {
        l2 = Level2::satisfaction;
        return;
      }
    }
  }
  // Several 二级 in one label: `社会、经济、生态效益指标` (which one is not said).
  if (contains(k, "、") && (ends_with(k, "指标") || ends_with(k, "效益")) && code_points(k) <= 16) {
    const std::size_t last = k.rfind("、");
    if (from_string<Level2>(k.substr(last + std::strlen("、")))) l2 = Level2::unknown;
  }
}

std::size_t category_before_colon(std::string_view text) {
  std::size_t at = std::min(text.find("："), text.find(':'));
  if (at == std::string_view::npos || at == 0 || at > 80) return 0;
  const std::size_t colon = text.compare(at, 3, "：") == 0 ? 3 : 1;
  if (trim(text.substr(at + colon)).empty()) return 0;
  const std::string_view head = text.substr(0, at);
  if (code_points(head) > 24 || !may_be_category(head)) return 0;
  std::optional<Level1> l1 = from_string<Level1>(head);
  std::optional<Level2> l2 = from_string<Level2>(head);
  more_category_spellings(head, l1, l2);
  return l1 || l2 ? at : 0;
}

namespace {

std::string simplified_same_size(std::string_view text) {
  // Traditional characters in their simplified form (target_text.cpp's table): each a
  // CJK character of three bytes, as its simplified form, so byte offsets carry over.
  std::string out(text);
  for (std::size_t i = 0; i + 3 <= out.size(); ++i) {
    const auto c = static_cast<unsigned char>(out[i]);
    if (c < 0xE0 || c >= 0xF0) continue;
    const jixiao::detail::CodePoint cp = jixiao::detail::decode_utf8(out, i);
    const char32_t simple = cp.length == 3 ? jixiao::detail::simplify_cjk(cp.cp) : cp.cp;
    if (simple != cp.cp && simple >= 0x800 && simple < 0x10000) jixiao::detail::encode_utf8(simple, &out[i]);
    i += 2;
  }
  return out;
}


// The stems of category names (`社会效益` of `社会效益指标`).
constexpr const char* kStems[] = {
    "服务对象满意度", "社会公众满意度", "可持续影响", "经济效益", "社会效益", "生态效益", "环境效益", "经济成本",
    "社会成本", "生态环境成本", "满意度", "产出", "成本", "效益", "数量", "质量", "时效"};

// A full category name at `s[at…]` (`数量指标`, `产出目标`, `产出指标(40分)`).
std::size_t category_at(std::string_view s, std::size_t at) {
  const std::size_t stem = longest_at(s, at, kStems);
  if (stem == 0) return 0;
  std::size_t n = stem;
  if (s.compare(at + n, 6, "指标") == 0 || s.compare(at + n, 6, "目标") == 0) n += 6;
  else return 0;
  // A weight note: `(40分)`, `（10分）`.
  for (const auto& [open, close] : {std::pair<const char*, const char*>{"(", ")"}, {"（", "）"}}) {
    if (s.compare(at + n, std::strlen(open), open) != 0) continue;
    const std::size_t end = s.find(close, at + n);
    if (end != std::string_view::npos && end - (at + n) <= 16 && s.substr(at + n, end - at - n).find("分") != std::string_view::npos)
      n = end + std::strlen(close) - at;
  }
  return n;
}

std::size_t column_name_at(std::string_view s, std::size_t at) {
  static constexpr const char* kColumns[] = {
      "一级指标", "二级指标", "三级指标", "指标名称", "年度指标值", "实施周期指标值", "指标值", "绩效目标值", "目标值",
      "实际完成值", "全年实际值", "完成值", "分值", "得分", "权重", "绩效标准", "当年预期实现值", "累计完成率",
      "评价内容", "绩效内容", "指标内容", "备注", "未完成原因分析及改进措施", "未完成原因及改进措施",
      "偏差原因分析及改进措施"};
  std::size_t n = longest_at(s, at, kColumns);
  // A note after the name (`全年实际值(B)`).
  if (n != 0 && s.compare(at + n, 1, "(") == 0) {
    const std::size_t end = s.find(')', at + n);
    if (end != std::string_view::npos && end - (at + n) <= 6) n = end + 1 - at;
  }
  return n;
}

bool cjk_at(std::string_view s, std::size_t at) { return at < s.size() && static_cast<unsigned char>(s[at]) >= 0xE0; }

// A value at `s[at…]`: [comparator] number [unit], with a comparator or a unit.
std::size_t value_at(std::string_view s, std::size_t at, bool bare_ok) {
  const auto c0 = static_cast<unsigned char>(s[at]);
  if (!((c0 >= '0' && c0 <= '9') || c0 == '>' || c0 == '<' || c0 == '=' || c0 == 0xE2 || c0 == 0xEF)) return 0;
  static constexpr const char* kOps[] = {">=", "<=", "≥", "≤", "≧", "≦", ">", "<", "=", "＞", "＜", "＝"};
  static constexpr const char* kUnits[] = {
      "%", "％", "百分比", "万元", "元/人", "元/亩", "元", "万粒", "万人", "万亩", "亩", "人次", "人", "次", "个", "项", "户",
      "座", "公里", "km", "公斤", "吨", "家", "所", "台", "套", "株", "头", "只", "篇", "场", "期", "天"};
  std::size_t i = at + longest_at(s, at, kOps);
  const bool op = i != at;
  const std::size_t digits = i;
  while (i < s.size() && ((s[i] >= '0' && s[i] <= '9') || (s[i] == '.' && i > digits && i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '9'))) ++i;
  if (i == digits) return 0;
  std::size_t unit = longest_at(s, i, kUnits);
  if (!op && unit == 0 && !bare_ok) return 0;
  // A rate per unit after the number or its unit (`≤28.40/株`, `5元/人/月`): one Chinese
  // character (three bytes) after each `/`.
  auto three_byte_at = [&](std::size_t at) {
    return at + 3 <= s.size() && (static_cast<unsigned char>(s[at]) & 0xF0u) == 0xE0u;
  };
  while (s.compare(i + unit, 1, "/") == 0 && three_byte_at(i + unit + 1)) unit += 1 + 3;
  return i + unit - at;
}

bool ascii_digit_at(std::string_view s, std::size_t at) { return at < s.size() && s[at] >= '0' && s[at] <= '9'; }

// The byte length of the code point at `s[at]`.
std::size_t code_point_size(std::string_view s, std::size_t at) {
  const auto c = static_cast<unsigned char>(s[at]);
  const std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  return std::min(n, s.size() - at);
}

// A self-evaluation row run together where the actual repeats the target: 分值, the
// value twice, 得分 (`5符合相关文件要求符合相关文件要求5`, `8是是8`,
// `52021年12月完成2021年12月完成4`). Found at `s[at]`, the first digit of the 分值.
struct RepeatRun {
  std::size_t weight = 0;  // bytes of the 分值 (0: none found)
  std::size_t value = 0;   // bytes of the value (the target)
  std::size_t actual = 0;  // bytes of its repetition (the actual)
  std::size_t score = 0;   // bytes of the 得分
};

// The 分值 widths to try at `s[at]`: one or two digits, perhaps with one or two decimals
// (`2.5`); none when `at` is inside a number.
std::vector<std::size_t> weight_widths(std::string_view s, std::size_t at) {
  std::vector<std::size_t> widths;
  if (!ascii_digit_at(s, at) || (at > 0 && ascii_digit_at(s, at - 1))) return widths;
  for (std::size_t d = 1; d <= 2 && ascii_digit_at(s, at + d - 1); ++d) {
    widths.push_back(d);
    if (at + d + 1 < s.size() && s[at + d] == '.' && ascii_digit_at(s, at + d + 1)) {
      widths.push_back(d + 2);
      if (ascii_digit_at(s, at + d + 2)) widths.push_back(d + 3);
    }
  }
  return widths;
}

// Bytes of the 得分 at `s[at]`: one to three digits, perhaps with decimals, not followed
// by another digit; 0 when there is none.
std::size_t score_width(std::string_view s, std::size_t at) {
  std::size_t e = at;
  while (e < s.size() && ascii_digit_at(s, e) && e - at < 4) ++e;
  if (e == at || ascii_digit_at(s, e)) return 0;
  if (e + 1 < s.size() && s[e] == '.' && ascii_digit_at(s, e + 1)) {
    ++e;
    while (ascii_digit_at(s, e)) ++e;
  }
  return e - at;
}

// Whether the 得分 `score` is more than the 分值 `weight` (both digits with an optional
// decimal part, as score_width and weight_widths cut them).
bool score_above_weight(std::string_view score, std::string_view weight) {
  const auto sc = Decimal::parse(score);
  const auto wt = Decimal::parse(weight);
  return !sc.ok() || !wt.ok() || wt.value() < sc.value();
}

// The first run `match(w, p, len)` finds, trying each 分值 width `w` at `s[at]` and each
// length `len` (whole code points, at most `max_cps`, not ending in a digit: a value ends
// in its unit or a word) of the value at `p = at + w`.
template <typename Match>
RepeatRun first_run(std::string_view s, std::size_t at, std::size_t max_cps, Match match) {
  for (const std::size_t w : weight_widths(s, at)) {
    const std::size_t p = at + w;
    std::size_t len = 0;
    for (std::size_t cps = 0; cps < max_cps && p + len < s.size(); ++cps) {
      len += code_point_size(s, p + len);
      if (ascii_digit_at(s, p + len - 1)) continue;
      if (const RepeatRun run = match(w, p, len); run.weight != 0) return run;
    }
  }
  return {};
}

// The run at `s[at]` (the first digit of its 分值) with the value written twice exactly;
// values are short: up to 40 code points.
RepeatRun repeated_value_at(std::string_view s, std::size_t at) {
  return first_run(s, at, 40, [&](std::size_t w, std::size_t p, std::size_t len) -> RepeatRun {
    const std::size_t after = p + 2 * len;
    if (after >= s.size() || !ascii_digit_at(s, after)) return {};
    if (s.compare(p, len, s.substr(p + len, len)) != 0) return {};
    // Not a category name or a column name written twice.
    const std::string_view value = s.substr(p, len);
    if (value.find("指标") != std::string_view::npos || value.find("目标") != std::string_view::npos) return {};
    const std::size_t score = score_width(s, after);
    if (score == 0) return {};
    return RepeatRun{w, len, len, score};
  });
}

// The same run where target and actual differ only in what stands before the number,
// as OCR leaves a comparator (`880%^80%8`: 分值 8, `80%`, `^80%`, 得分 8; `8250%5=50%8`:
// 8, `250%`, `5=50%`, 8). The number with its unit (two digits or more, then the unit)
// must be the same in both, each prefix at most one character or two ASCII bytes, the
// actual's not all digits, and the 得分 no more than the 分值: without these anchors the
// run is not split.
RepeatRun prefixed_repeat_at(std::string_view s, std::size_t at) {
  // What may stand before the number: nothing, one or two ASCII bytes, or one character.
  auto prefixes = [&](std::size_t i) {
    return cjk_at(s, i) ? std::vector<std::size_t>{0, 3} : std::vector<std::size_t>{0, 1, 2};
  };
  return first_run(s, at, 12, [&](std::size_t w, std::size_t p, std::size_t len) -> RepeatRun {
    for (const std::size_t pre : prefixes(p)) {
      if (pre + 3 > len || !ascii_digit_at(s, p + pre) || !ascii_digit_at(s, p + pre + 1)) continue;
      const std::string_view core = s.substr(p + pre, len - pre);
      for (const std::size_t q : prefixes(p + len)) {
        const std::size_t b = p + len + q;
        if (q == 0 || b + core.size() > s.size() || s.compare(b, core.size(), core) != 0) continue;
        // The actual's prefix is a misread comparator, not digits of another number
        // (`8200万粒190万粒7` is 200万粒 against 190万粒, not a repeat of `0万粒`).
        if (ascii_digit_at(s, b - 1) && (q == 1 || ascii_digit_at(s, b - 2))) continue;
        const std::size_t score = score_width(s, b + core.size());
        if (score == 0 || score_above_weight(s.substr(b + core.size(), score), s.substr(at, w))) continue;
        return RepeatRun{w, len, q + core.size(), score};
      }
    }
    return {};
  });
}

// `指标1`, `指标2:`, `指标L` (OCR'd 1): the ordinal that starts an indicator's name in a
// template; its length including a colon, 0 when none is at `s[at]`.
std::size_t ordinal_at(std::string_view s, std::size_t at) {
  if (s.compare(at, 6, "指标") != 0 || at + 6 >= s.size()) return 0;
  std::size_t e = at + 6;
  const char c = s[e];
  if (!((c >= '0' && c <= '9') || c == 'L' || c == 'l' || c == 'I')) return 0;
  ++e;
  if (e < s.size() && s[e] == ':') ++e;
  else if (s.compare(e, 3, "：") == 0) e += 3;
  return e - at;
}

// Bytes of a space or a list separator (`:` `;` `：` `；` `。`) at `at`; 0 if none. A
// comma is no separator here: a piece after one goes on a sentence (`…3875人,目前已发放…`),
// and is left for the rows to refuse as a fragment.
std::size_t separator_at(std::string_view s, std::size_t at) {
  static constexpr std::string_view kWide[] = {"：", "；", "。"};
  if (at >= s.size()) return 0;
  if (s[at] == ' ' || s[at] == '\n' || s[at] == '\r' || s[at] == ':' || s[at] == ';') return 1;
  for (std::string_view w : kWide) {
    if (s.compare(at, w.size(), w) == 0) return w.size();
  }
  return 0;
}


}  // namespace

std::vector<RunPiece> fused_run_pieces(std::string_view text) {
  std::vector<RunPiece> pieces;
  if (text.size() < 90) return pieces;
  // Quick test: two category names need two of 指标/目标 (simplified or traditional).
  std::size_t marks = 0;
  for (const char* m : {"指标", "目标", "指標", "目標"}) {
    for (std::size_t at = text.find(m); at != std::string_view::npos && marks < 2; at = text.find(m, at + 6)) ++marks;
  }
  if (marks < 2) return pieces;
  // A report's sentences stating targets and actuals (`…目标值是10万元,实际完成值为0万元`)
  // are one piece, read as sentences: a run is split only before them.
  if (const auto said = result_sentences(text); !said.empty()) {
    std::vector<RunPiece> head = fused_run_pieces(text.substr(0, said.front().begin));
    if (!head.empty()) head.push_back(RunPiece{said.front().begin, text.size(), false, false});
    return head;
  }
  const std::string s = simplified_same_size(text);
  // A category name ends with 指标/目标: only positions 1 to 6 characters before one
  // are tried.
  std::vector<bool> near_mark(s.size() + 1, false);
  for (const char* m : {"指标", "目标"}) {
    for (std::size_t at = s.find(m); at != std::string::npos; at = s.find(m, at + 6)) {
      for (std::size_t b = at >= 18 ? at - 18 : 0; b + 3 <= at; ++b) near_mark[b] = true;
    }
  }
  auto category_here = [&](std::size_t i) { return near_mark[i] ? category_at(s, i) : 0; };
  // A run holds at least two category names after text (a table flattened into one cell).
  std::size_t categories = 0;
  std::size_t first_category = std::string::npos;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (const std::size_t n = category_here(i)) {
      if (first_category == std::string::npos) first_category = i;
      ++categories;
      i += n - 1;
    }
  }
  if (categories < 2) {
    // Or a header run of three or more column names (`一级指标二级指标三级指标…`) with
    // the body on the next lines.
    bool header_run = false;
    for (std::size_t i = 0; i < s.size() && !header_run;) {
      std::size_t j = i;
      std::size_t names = 0;
      while (j < s.size()) {
        const std::size_t n = column_name_at(s, j);
        if (n == 0) break;
        ++names;
        j += n;
      }
      header_run = names >= 3;
      i = names > 0 ? j : i + (cjk_at(s, i) ? 3 : 1);
    }
    if (!header_run) return pieces;
    first_category = s.size();
  }
  std::vector<std::size_t> cuts;  // piece boundaries (begin of each piece after the first)
  std::vector<std::size_t> fused_points;  // pieces split off a value the same value repeats
  std::vector<std::size_t> repeats;       // a value and its repetition (target, actual)
  auto cut = [&](std::size_t at) {
    if (at > 0 && at < s.size() && (cuts.empty() || cuts.back() < at)) cuts.push_back(at);
  };
  // Column names before the table body: a run of two or more.
  for (std::size_t i = 0; i < first_category;) {
    std::size_t j = i;
    std::vector<std::size_t> run;
    while (j < s.size()) {
      const std::size_t n = column_name_at(s, j);
      if (n == 0) break;
      run.push_back(j);
      j += n;
    }
    if (run.size() >= 2) {
      for (std::size_t b : run) cut(b);
      cut(j);
      i = j;
    } else {
      i += cjk_at(s, i) ? 3 : 1;
    }
  }
  // The body: category names, values, and the 指标说明 that starts with 反映; it ends
  // at a numbered heading of the prose after the table (`(二)项目财务管理状况`).
  auto numbered_heading = [&](std::size_t i) {
    static constexpr const char* kMarks[] = {"(一)", "(二)", "(三)", "(四)", "(五)", "(六)", "（一）", "（二）", "（三）",
                                             "（四）", "（五）", "（六）", "二、", "三、", "四、", "五、", "六、"};
    const auto c = static_cast<unsigned char>(s[i]);
    return (c == '(' || c == 0xEF || c == 0xE4 || c == 0xE5) && longest_at(s, i, kMarks) != 0;
  };
  bool after_value = false;
  for (std::size_t i = first_category; i < s.size();) {
    if (numbered_heading(i)) {
      cut(i);
      break;
    }
    if (const std::size_t n = category_here(i)) {
      cut(i);
      cut(i + n);
      i += n;
      after_value = false;
      continue;
    }
    // An ordinal starts a name (`…4指标2:质量指标`): a placeholder with nothing after
    // it (`指标2:` before a category) is a piece of its own.
    if (const std::size_t n = ordinal_at(s, i)) {
      cut(i);
      const std::size_t stem = i + n < s.size() ? longest_at(s, i + n, kStems) : 0;
      if (i + n == s.size() || ordinal_at(s, i + n) != 0 || category_at(s, i + n) != 0 ||
          (stem != 0 && i + n + stem == s.size())) {
        cut(i + n);
      }
      i += n;
      after_value = false;
      continue;
    }
    RepeatRun r = repeated_value_at(s, i);
    if (r.weight == 0) r = prefixed_repeat_at(s, i);
    if (r.weight != 0) {
      cut(i);
      cut(i + r.weight);
      fused_points.push_back(i);
      repeats.push_back(i + r.weight);
      repeats.push_back(i + r.weight + r.value);
      cut(i + r.weight + r.value);
      cut(i + r.weight + r.value + r.actual);
      cut(i + r.weight + r.value + r.actual + r.score);
      i += r.weight + r.value + r.actual + r.score;
      after_value = true;
      continue;
    }
    const bool boundary = i == 0 || !(s[i - 1] >= '0' && s[i - 1] <= '9') || after_value;
    if (const std::size_t n = boundary ? value_at(s, i, after_value && cjk_at(s, i + 1)) : 0) {
      cut(i);
      // A weight fused to the target that the actual repeats (`8550万粒550万粒`: 分值 8,
      // 年度指标值 550万粒, 全年实际值 550万粒): the one or two leading digits are cut off.
      if (const std::size_t m = value_at(s, i + n, false); m != 0 && m < n && n - m <= 2 &&
          s.compare(i + n - m, m, s, i + n, m) == 0 && s[i] >= '0' && s[i] <= '9' &&
          s[i + n - m - 1] >= '0' && s[i + n - m - 1] <= '9') {
        cut(i + n - m);
        fused_points.push_back(i);
      }
      cut(i + n);
      i += n;
      after_value = true;
      continue;
    }
    // A target in words that bounds a cost by the budget, between two names
    // (`成本控制率不超预算水电气消耗下降率`).
    if (const std::size_t n = budget_bound_at(s, i)) {
      cut(i);
      cut(i + n);
      if (s.compare(i + n, n, s, i, n) == 0) {  // written again as the actual
        repeats.push_back(i);
        repeats.push_back(i + n);
        cut(i + 2 * n);
        i += n;
      }
      i += n;
      after_value = true;
      continue;
    }
    if (s.compare(i, 6, "反映") == 0) cut(i);
    after_value = false;
    i += cjk_at(s, i) ? 3 : 1;
  }
  std::size_t begin = 0;
  cuts.push_back(s.size());
  for (std::size_t end : cuts) {
    std::size_t b = begin;
    std::size_t e = end;
    const bool split = std::find(fused_points.begin(), fused_points.end(), b) != fused_points.end();
    const bool repeated = std::find(repeats.begin(), repeats.end(), b) != repeats.end();
    // A list written as prose (`数量指标:种植数量>=17600株;成活率>=85;时效指标:…`) leaves
    // its separators at the cuts, at the start of the next piece: they part cells, as
    // spaces do. A piece's own end is kept as written (`指标2:`).
    while (b < e) {
      const std::size_t n = separator_at(s, b);
      if (n == 0) break;
      b += n;
    }
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\n' || s[e - 1] == '\r')) --e;
    if (e > b) pieces.push_back(RunPiece{b, e, split, repeated});
    begin = end;
  }
  if (pieces.size() < 3) pieces.clear();
  return pieces;
}

std::vector<std::pair<std::size_t, std::size_t>> prose_indicators(std::string_view text) {
  std::vector<std::pair<std::size_t, std::size_t>> parts;
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t end = std::min(text.find("，", begin), text.find(',', begin));
    if (end == std::string_view::npos) end = text.size();
    parts.emplace_back(begin, end);
    begin = end + (end < text.size() && text[end] == ',' ? 1 : 3);
  }
  if (parts.size() < 2) return {};
  for (const auto& [b, e] : parts) {
    const NameTarget nt = split_name_target(text.substr(b, e - b), true);
    if (nt.how != NameSplit::comparator && nt.how != NameSplit::number) return {};
  }
  return parts;
}

bool cut_category_name(std::string_view t) {
  static constexpr const char* kNames[] = {"产出指标", "成本指标", "效益指标", "满意度指标", "数量指标", "质量指标",
                                           "时效指标", "经济效益指标", "社会效益指标", "生态效益指标",
                                           "可持续影响指标", "服务对象满意度指标"};
  if (t.empty() || code_points(t) > 8) return false;
  for (const char* n : kNames) {
    const std::string_view name(n);
    if (t.size() < name.size() && name.substr(0, t.size()) == t) return true;
  }
  return false;
}

bool ends_indicator_table(std::string_view t) {
  return starts_with(t, "附件") || starts_with(t, "注:") || starts_with(t, "注：");
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

std::string without_points(std::string_view text) {
  std::string t(text);
  if (ends_with(t, "分")) t.erase(t.size() - 3);
  return t;
}

}  // namespace jixiao::io::detail
