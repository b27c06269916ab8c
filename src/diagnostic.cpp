// Diagnostic messages in Chinese: one explanation per code, with the offending text and
// its column, so `--lang zh` shows parser problems as it shows findings.
#include "jixiao/diagnostic.hpp"

namespace jixiao {
namespace {

struct Explanation {
  const char* code;
  const char* zh;
};

// A short table, looked up only when a parse has failed, so a linear search will do.
constexpr Explanation kExplanations[] = {
    {"jixiao.decimal.empty", "文本中没有数字"},
    {"jixiao.decimal.bad_character", "不是数字的一部分的字符"},
    {"jixiao.decimal.bad_grouping", "千位分隔符位置不对"},
    {"jixiao.decimal.missing_digits", "缺少数字"},
    {"jixiao.decimal.too_many_digits", "有效数字超过 18 位"},
    {"jixiao.decimal.scale", "小数超过 18 位"},
    {"jixiao.target.empty", "没有指标值"},
    {"jixiao.target.placeholder", "指标值中留有模板占位符"},
    {"jixiao.target.no_number", "比较符或单位后没有数字"},
    {"jixiao.target.unit_only", "只有单位，没有数字"},
    {"jixiao.target.no_target", "文本中没有指标值"},
    {"jixiao.target.indicator_name", "应填指标值处填的是指标名称"},
    {"jixiao.target.bad_character", "无法识别的字符"},
    {"jixiao.target.number", "数字超过 18 位有效数字或小数"},
    {"jixiao.target.two_numbers", "两个数字之间没有区间分隔符"},
    {"jixiao.target.fused_values", "另一个值紧跟其后，没有分隔符"},
    {"jixiao.target.unexpected_text", "指标值前后有无法识别的文字"},
    {"jixiao.target.conflicting_comparators", "比较符相互矛盾"},
    {"jixiao.target.bad_comparator", "比较符单元格中没有比较符"},
    {"jixiao.target.bad_unit", "计量单位列中不是计量单位"},
    {"jixiao.target.conflicting_units", "计量单位不一致"},
    {"jixiao.target.bad_range", "区间无效"},
    {"jixiao.target.bad_date", "日期不存在"},
    {"jixiao.target.year_or_years", "无法确定是年份还是年数"},
    {"jixiao.target.marker_conflict", "定性指标带有数字"},
    {"jixiao.target.too_many_parts", "复合指标值超过 32 项"},
    {"jixiao.target.empty_part", "分隔符之间是空项"},
    {"jixiao.target.unlabelled_part", "复合指标值的一项没有标签"},
    {"jixiao.target.range_in_compound", "复合指标值中含有区间"},
    {"jixiao.target.too_many_cells", "单元格超过三个"},
    {"jixiao.target.ambiguous_cells", "无法确定哪个单元格是指标值"},
    {"jixiao.target.approximate", "约数按下限读取（≥ 该数）"},
    {"jixiao.target.sentence", "以句子表述的标准：读取其中的值，句子作为备注"},
    {"jixiao.evaluate.kind", "实际值的类型与指标值不符"},
    {"jixiao.evaluate.incompatible_units", "实际值的单位无法精确换算为指标值的单位"},
    {"jixiao.evaluate.division_by_zero", "完成率无法计算：除数为零"},
    {"jixiao.evaluate.overflow", "完成率超出 Decimal 的范围"},
    {"jixiao.evaluate.no_year", "日期没有年份：按月日比较"},
    {"jixiao.actual.empty", "实际完成值为空"},
    {"jixiao.actual.comparator_dropped", "实际完成值以比较符开头，比较符已略去"},
    {"jixiao.actual.unreadable", "实际完成值不是数字、日期或等级"},
    {"jixiao.actual.bad_number", "实际完成值中的数字无效"},
};

}  // namespace

const char* chinese_explanation(std::string_view code) noexcept {
  for (const auto& e : kExplanations) {
    if (code == e.code) return e.zh;
  }
  return nullptr;
}

std::string Diagnostic::message_in(Lang lang) const {
  const char* zh = lang == Lang::zh ? chinese_explanation(code) : nullptr;
  if (!zh) return message;
  std::string out = zh;
  if (!text.empty()) out += "：“" + text + "”";
  out += "（第 " + std::to_string(column) + " 列）";
  return out;
}

}  // namespace jixiao
