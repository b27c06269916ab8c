// The fast path of Target::parse (the common `[op]number[unit]` shape, read without a
// normalised copy) must give exactly what the general grammar gives: the same value,
// raw text and unit as written, or the same diagnostics. Checked on every corpus string
// and on a generated grid (16 comparators × 20 numbers × 137 units) chosen to sit on the fast
// path's edges (dates, 万, rates, traditional and full-width forms, unknown units).
#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <vector>

#include "jixiao/target.hpp"
#include "target_grammar.hpp"

namespace {

std::string describe(const jixiao::Parsed<jixiao::Target>& p) {
  if (!p.ok()) {
    std::string out = "rejected:";
    for (const auto& d : p.diagnostics()) out += " " + d.code + "@" + std::to_string(d.offset) + "+" + d.text;
    return out;
  }
  const jixiao::Target& t = p.value();
  std::string out = std::string(jixiao::to_string(t.kind())) + " " + t.to_string() + " raw=" + t.raw();
  if (t.kind() == jixiao::TargetKind::comparison || t.kind() == jixiao::TargetKind::range) {
    out += " written=" + t.lo().unit.written() + "|" + t.hi().unit.written();
    out += " dim=" + std::string(jixiao::to_string(t.lo().unit.dimension()));
  }
  return out;
}

void expect_same(const std::string& text) {
  bool fast_op = false;
  bool general_op = false;
  const auto fast = jixiao::detail::parse_with_op(text, fast_op);
  const auto general = jixiao::detail::parse_general(text, general_op);
  EXPECT_EQ(describe(fast), describe(general)) << "input: " << text;
  EXPECT_EQ(describe(jixiao::Target::parse(text)), describe(general)) << "input: " << text;
  if (fast.ok()) {
    EXPECT_EQ(fast_op, general_op) << "comparator written? input: " << text;
  }
  if (fast.ok() && general.ok()) {
    EXPECT_TRUE(fast.value() == general.value()) << "input: " << text;
  }
}

TEST(TargetFastPath, CorpusStringsParseAsTheGeneralGrammarReadsThem) {
  std::ifstream in(JIXIAO_TEST_DATA "/target_labels.dev.tsv");
  ASSERT_TRUE(in) << "missing test data";
  std::string line;
  int rows = 0;
  bool header = true;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    if (header) {
      header = false;
      continue;
    }
    expect_same(line.substr(0, line.find('\t')));
    ++rows;
  }
  EXPECT_EQ(rows, 190);
}

TEST(TargetFastPath, GeneratedGridParsesAsTheGeneralGrammarReadsIt) {
  const std::vector<std::string> ops = {"", "≥", "≧", "⩾", ">=", "> =", "=>", "≤", "≦", "<=", ">", "<", "=", "＝", "＞＝", "≥ "};
  const std::vector<std::string> numbers = {"0",    "1",       "5",   "12",  "13",     "20",     "31",  "32",
                                            "2021", "2021.12", "95.5", ".5", "0.00", "00012", "12345678901234567",
                                            "123456789012345678", "１２", "1,000", "-5", "+5"};
  const std::vector<std::string> units = {
      "", "%", "％", "‰", "百分比", "元", "万元", "萬元", "亿元", "千元", "年", "月", "日", "天", "周", "个月", "個月",
      "季度", "工作日", "个工作日", "小时", "分钟", "周岁", "岁", "米", "m", "km", "公里", "平方米", "m2", "m²", "㎡",
      "亩", "畝", "公顷", "吨", "噸", "kg", "公斤", "次", "人", "人次", "个", "個", "户", "万人", "万亩", "万平方米",
      "百万元", "元/亩", "元/人", "元/人/年", "元/人*月", "元/人·月", "人/年", "次/月", "次/年", "元/日", "万元/个",
      "年底", "月底", "月底前", "年底前", "日前", "年12月", "月31日", "以上", "及以上", "以下", "以内", "左右", "达标",
      "(计划标准)", "%(计划标准)", "%以上", "万", "xyz", "头/年", "平方米/人", "个点", "课时", "%%", "元 ", " 元",
      "元/", "/人", "*", "元*", "年/人", "月/次", "日/次", "工作日/件", "\xe5\xb9", "\xff",
      "或以上", "或以下", "之内", "内", "%以内", "%及以上", "%或以下", "万元以下", "万元以内", "个以上", "个月内",
      "人次以上", "年以上", "月以内", "日内", "以上以上", "%以上以下", "%以上左右", "以上%", "萬元以上", "％以上",
      "元/人以下", "xyz以上", "以 上", "% 以上", "%以上 ", "以上。", "亩以内(计划)", "工作日内", "天之内",
      "%/个", "%/年", "‰/人", "％/次", "元/%", "%元", "元%", "%%以上", "%/个以上", "(%)", "（%）", "(万元)", "(个)以上"};
  int cases = 0;
  for (const std::string& op : ops) {
    for (const std::string& number : numbers) {
      for (const std::string& unit : units) {
        expect_same(op + number + unit);
        ++cases;
      }
    }
  }
  EXPECT_GT(cases, 20000);
}

}  // namespace
