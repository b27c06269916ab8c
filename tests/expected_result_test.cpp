// ExpectedResult runs the target parser only on texts with a digit or a date character
// (detail::may_hold_number_or_date): elsewhere the parser can only give a qualitative
// target or a diagnostic, which an expected result does not keep. Checked against the
// parser itself on every corpus string, every fuzz-corpus input of the target parser,
// the fuzz regressions and texts built around the characters normalisation changes.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "jixiao/task.hpp"
#include "target_text.hpp"

namespace {

namespace fs = std::filesystem;
using jixiao::ExpectedResult;
using jixiao::Target;
using jixiao::TargetKind;

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::vector<std::string> texts() {
  std::vector<std::string> out;
  std::ifstream in(JIXIAO_TEST_DATA "/target_labels.dev.tsv");
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line[0] != '#') out.push_back(line.substr(0, line.find('\t')));
  }
  for (const fs::path& dir : {fs::path(JIXIAO_SOURCE_DIR "/fuzz/corpus/target_parse"),
                             fs::path(JIXIAO_TEST_DATA "/target_fuzz_regressions")}) {
    for (const auto& e : fs::directory_iterator(dir)) {
      if (e.is_regular_file() && e.path().extension() != ".md") out.push_back(read(e.path()));
    }
  }
  // Around normalisation: full-width digits and date punctuation, dashes, the date
  // characters alone and in words, traditional characters, Chinese numerals, spaces.
  for (const char* t : {"１次", "１２月底前", "２０２４年", "年底前", "月底", "上旬", "末", "底线", "．", "－", "／", "—", "‒",
                        "−", "﹣", "﹘", "2024", "十二月底前", "全年", "全年完成", "三次", "两项", "〇", "優良", "項目完成",
                        "全部完成。", "有效提升", "明显改善，群众满意", "定性：良好", "定量:高", "　合格　", "≥", "%", "万元",
                        "", " ", "\t", "好\x01", "\xff\xfe", "ｘ", "*有效"}) {
    out.emplace_back(t);
  }
  return out;
}

TEST(ExpectedResult, SkipsTheParserOnlyWhereItFindsNothingMeasurable) {
  std::size_t skipped = 0, measured = 0;
  const std::vector<std::string> all = texts();
  for (const std::string& text : all) {
    const auto parsed = Target::parse(text);
    const bool measurable = parsed.ok() && parsed.value().kind() != TargetKind::qualitative;
    if (!jixiao::detail::may_hold_number_or_date(text)) {
      EXPECT_FALSE(measurable) << "skipped, but the parser reads a target: " << text;
      ++skipped;
    }
    const ExpectedResult result(text);
    ASSERT_EQ(result.target().has_value(), measurable) << text;
    if (measurable) {
      EXPECT_EQ(*result.target(), parsed.value()) << text;
      ++measured;
    }
  }
  EXPECT_GE(all.size(), 300u);
  EXPECT_GE(skipped, 20u) << "narrative texts should not reach the parser";
  EXPECT_GE(measured, 100u);
}

TEST(ExpectedResult, DigitsAndDateCharactersReachTheParser) {
  using jixiao::detail::may_hold_number_or_date;
  for (const char* t : {"1项", "１次", "≥95%", "年底前", "12月底前", "上旬", "2024.12", "a-b", "x/y", "．", "－", "—", "−"}) {
    EXPECT_TRUE(may_hold_number_or_date(t)) << t;
  }
  for (const char* t : {"", "有效提升", "保障正常工作环境，使办公楼工作环境保持整洁、安全、舒适。", "三次", "優良", "ｘ"}) {
    EXPECT_FALSE(may_hold_number_or_date(t)) << t;
  }
  EXPECT_TRUE(ExpectedResult("年底前").target().has_value());
  EXPECT_EQ(ExpectedResult("≥10次").target()->kind(), TargetKind::comparison);
  EXPECT_FALSE(ExpectedResult("活跃区域经济，优化营商环境。").target().has_value());
}

}  // namespace
