// Qualitative targets: the categories their words fall in, and the indicator-name test.
#include <string_view>

#include "target_grammar.hpp"

namespace jixiao::detail {
namespace {

bool contains_any(std::string_view s, std::initializer_list<std::string_view> words) noexcept {
  for (std::string_view w : words) {
    if (s.find(w) != std::string_view::npos) return true;
  }
  return false;
}

bool equals_any(std::string_view s, std::initializer_list<std::string_view> words) noexcept {
  for (std::string_view w : words) {
    if (s == w) return true;
  }
  return false;
}

// True when s is made only of grade words (优良中低差, 好/较好/一般/差, 高/较高 …).
bool only_grade_words(std::string_view s) noexcept {
  if (s.empty()) return false;
  static constexpr std::string_view kGrades[] = {"优秀", "良好", "较好", "一般", "较高", "较低", "中等", "合格",
                                                 "不合格", "优", "良", "中", "低", "差", "好", "高", "/", "、"};
  std::size_t i = 0;
  while (i < s.size()) {
    bool hit = false;
    for (std::string_view g : kGrades) {
      if (has_at(s, i, g)) {
        i += g.size();
        hit = true;
        break;
      }
    }
    if (!hit) return false;
  }
  return true;
}

}  // namespace

QualitativeCategory categorize(std::string_view s) noexcept {
  while (!s.empty() && (s.back() == ' ' || s.back() == '.')) s.remove_suffix(1);
  while (s.size() >= 3 && ends_at(s, s.size(), "。")) s.remove_suffix(3);
  if (equals_any(s, {"是", "否", "有", "无", "是/否"})) return QualitativeCategory::yes_no;
  if (contains_any(s, {"达成"})) return QualitativeCategory::achievement;
  if (only_grade_words(s)) return QualitativeCategory::grade;
  if (contains_any(s, {"符合", "合规", "达标", "严格执行", "按规定", "规范", "不超预算", "按时", "按期"})) {
    return QualitativeCategory::compliance;
  }
  if (contains_any(s, {"下降", "减少", "降低", "缩短", "压缩", "减轻", "缩小"})) return QualitativeCategory::direction_down;
  if (contains_any(s, {"提高", "提升", "改善", "增加", "完善", "增强", "加强", "增长", "扩大", "优化", "持续"})) {
    return QualitativeCategory::direction_up;
  }
  if (contains_any(s, {"效果", "有效", "显著", "明显", "成效"})) return QualitativeCategory::effect;
  return QualitativeCategory::free_text;
}

bool looks_like_indicator_name(std::string_view s) noexcept {
  static constexpr std::string_view kMeasures[] = {"率", "比例", "比重", "满意度", "人数", "次数", "个数", "户数",
                                                   "数量", "金额", "面积", "覆盖面", "知晓度", "完成时间", "发放时间"};
  bool measure = false;
  for (std::string_view m : kMeasures) {
    if (ends_at(s, s.size(), m)) {
      measure = true;
      break;
    }
  }
  if (!measure) return false;
  return !contains_any(s, {"提高", "提升", "增加", "降低", "下降", "减少", "保持", "确保", "达到", "维持", "改善",
                           "增强", "稳定", "高", "低", "好", "优", "明显", "显著", "逐步", "不断", "持续", "有效",
                           "合理", "较"});
}

}  // namespace jixiao::detail
