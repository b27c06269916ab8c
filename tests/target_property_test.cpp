// Property test: parse(t.to_string()) == t for thousands of targets generated from the
// pieces of the grammar (docs/targets.md): comparators in symbols and words, integers
// and decimals (full-width too), units, ranges, deadlines and qualitative words, alone
// and combined. The seed is fixed; it is printed with every failure, and
// JIXIAO_PROPERTY_SEED=<n> runs another sequence.
#include <jixiao/target.hpp>

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "property_cases.hpp"

namespace {

constexpr int kCases = 6000;

class Gen : public jixiao::test::SeededRandom {
 public:
  using SeededRandom::SeededRandom;

  std::string number() {
    std::string n = std::to_string(pick(0, 3) == 0 ? pick(0, 9) : pick(0, 200000));
    if (pick(0, 2) == 0) n += "." + std::to_string(pick(0, 99));
    if (pick(0, 19) == 0) n = to_full_width(n);
    return n;
  }
  std::string comparator() {
    static const std::vector<std::string> ops = {"",   "≥",   "≤",     ">",     "<",     "=",     ">=",   "<=",
                                                 "≧",  "≦",   "不低于", "不高于", "不少于", "不超过", "大于", "小于",
                                                 "至少", "达到", "低于",   "高于",   "≥ ",    "＞",    "＜",   "约"};
    return one(ops);
  }
  std::string unit() {
    static const std::vector<std::string> units = {"",   "%",    "人",  "人次", "万元", "元",   "个",  "天",   "次",   "km",
                                                   "公里", "亩",   "户",  "台",   "套",   "小时", "‰",   "件",   "年",   "月",
                                                   "平方米", "m²", "万人", "千米", "项",   "家",   "吨",  "分钟", "个工作日"};
    return one(units);
  }
  std::string quantity() { return comparator() + number() + unit(); }
  std::string range() {
    static const std::vector<std::string> dashes = {"-", "–", "—", "~", "～", "至"};
    const std::string u = unit();
    const int lo = pick(0, 1000);
    return std::to_string(lo) + (pick(0, 1) ? u : "") + one(dashes) + std::to_string(lo + pick(0, 1000)) + u;
  }
  std::string deadline() {
    const std::string year = std::to_string(pick(2015, 2030)) + "年";
    const std::string month = std::to_string(pick(1, 12)) + "月";
    switch (pick(0, 6)) {
      case 0: return year + month + "底前";
      case 1: return year + month + std::to_string(pick(1, 28)) + "日前";
      case 2: return month + "底前";
      case 3: return year + "底前";
      case 4: return year + month + "前完成";
      case 5: return year + "年内";
      default: return std::to_string(pick(2015, 2030)) + "-" + std::to_string(pick(1, 12)) + "-" + std::to_string(pick(1, 28)) + "前";
    }
  }
  std::string qualitative() {
    static const std::vector<std::string> words = {"有效",   "明显提升", "较好",   "显著",   "持续提升", "逐步改善",
                                                   "良好",   "高",       "优",     "提高",   "及时",     "达标",
                                                   "合格",   "满意",     "有所提升", "稳步提升", "长期",   "完成"};
    return one(words);
  }
  std::string target() {
    switch (pick(0, 9)) {
      case 0: case 1: case 2: return quantity();
      case 3: return range();
      case 4: return deadline();
      case 5: return qualitative();
      case 6: return quantity() + "，" + quantity();  // compound
      case 7: return comparator() + number() + unit() + "（" + qualitative() + "）";  // a note
      case 8: return " " + quantity() + "\t";
      default: return comparator() + qualitative();
    }
  }

 private:
  static std::string to_full_width(const std::string& ascii) {
    std::string out;
    for (const char c : ascii) {
      if (c >= '0' && c <= '9') {
        out += "\xEF\xBC";
        out += static_cast<char>(0x90 + (c - '0'));
      } else if (c == '.') {
        out += "．";
      } else {
        out += c;
      }
    }
    return out;
  }
};

TEST(TargetProperty, CanonicalSpellingParsesToTheSameTarget) {
  int parsed = 0;
  jixiao::test::for_seeded_cases<Gen>("parse(to_string(t)) == t", kCases, [&](Gen& gen) -> std::string {
    const std::string text = gen.target();
    const auto p = jixiao::Target::parse(text);
    if (!p.ok()) return p.diagnostics().empty() ? text + ": refused without a diagnostic" : std::string();
    ++parsed;
    const std::string canonical = p.value().to_string();
    const auto again = jixiao::Target::parse(canonical);
    if (!again.ok()) return text + " -> " + canonical + ": " + again.diagnostics().front().message;
    if (again.value() != p.value()) return text + " -> " + canonical + " -> " + again.value().to_string();
    if (again.value().to_string() != canonical) return text + " -> " + canonical + " is not canonical";
    return {};
  });
  // Most generated spellings are valid targets; if they stopped parsing, the property
  // above would hold vacuously.
  EXPECT_GE(parsed, kCases / 2) << "only " << parsed << " of " << kCases << " generated targets parsed";
}

}  // namespace
