// The table reader: layouts, positions, and that no character is lost.
#include <jixiao/io/table_reader.hpp>

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include "test_files.hpp"

namespace {

using jixiao::io::read_table;
using jixiao::io::TableLayout;

using jixiao::test::read_file;

// Every non-space, non-separator character of the text, in order.
std::string significant(const std::string& text, TableLayout layout) {
  std::string out;
  std::string_view s = text;
  if (s.rfind("\xEF\xBB\xBF", 0) == 0) s.remove_prefix(3);
  std::size_t i = 0;
  while (i < s.size()) {
    const std::string_view rest = s.substr(i);
    const bool sep = (layout == TableLayout::tab && s[i] == '\t') || (layout == TableLayout::pipe && s[i] == '|') ||
                     (layout == TableLayout::pipe && rest.rfind("\xEF\xBD\x9C", 0) == 0);
    if (sep) {
      i += s[i] == '|' || s[i] == '\t' ? 1 : 3;
      continue;
    }
    const auto t = jixiao::trim(rest.substr(0, std::min<std::size_t>(3, rest.size())));
    if (t.size() != std::min<std::size_t>(3, rest.size()) && (t.empty() || rest.find(t) != 0)) {
      // a whitespace character starts here
      std::size_t n = rest.rfind("\xC2\xA0", 0) == 0 ? 2 : (rest.rfind("\xE3\x80\x80", 0) == 0 || rest.rfind("\xEF\xBB\xBF", 0) == 0) ? 3 : 1;
      i += n;
      continue;
    }
    out += s[i];
    ++i;
  }
  return out;
}

std::string cells_concat(const jixiao::io::Table& t) {
  std::string out;
  for (const auto& r : t.rows)
    for (const auto& c : r.cells)
      for (char ch : c.text)
        if (ch != ' ' && ch != '\t') out += ch;
  return out;
}

TEST(TableReader, TabRowsKeepEmptyCellsAndPositions) {
  const auto t = read_table("a\tb\n\t\tc\r\n");
  EXPECT_EQ(t.layout, TableLayout::tab);
  EXPECT_TRUE(t.had_crlf);
  ASSERT_EQ(t.rows.size(), 2u);
  ASSERT_EQ(t.rows[1].cells.size(), 3u);
  EXPECT_EQ(t.rows[1].cells[2].text, "c");
  EXPECT_EQ(t.rows[1].cells[2].line, 2u);
  EXPECT_EQ(t.rows[1].cells[2].column, 3u);
  EXPECT_EQ(t.rows[1].cells[2].offset, 6u);
  EXPECT_EQ(t.rows[1].cells[2].index, 2u);
}

TEST(TableReader, ColumnsCountCodePointsNotBytes) {
  const auto t = read_table("预算\t≥95%\n");
  ASSERT_EQ(t.rows[0].cells.size(), 2u);
  EXPECT_EQ(t.rows[0].cells[1].column, 4u);  // 预,算,tab then ≥
  EXPECT_EQ(t.rows[0].cells[1].offset, 7u);
}

TEST(TableReader, BomIsSkippedAndNotACell) {
  const auto t = read_table("\xEF\xBB\xBF名称\t值");
  EXPECT_TRUE(t.had_bom);
  ASSERT_EQ(t.rows.size(), 1u);
  EXPECT_EQ(t.rows[0].cells[0].text, "名称");
  EXPECT_EQ(t.rows[0].cells[0].column, 1u);
  EXPECT_EQ(t.rows[0].cells[0].offset, 3u);
}

TEST(TableReader, PipeLayoutTrimsCellsAndFullWidthSpaces) {
  const auto t = read_table("| 项目名称 |　绿化养护经费　| x\n|\n|||\n");
  EXPECT_EQ(t.layout, TableLayout::pipe);
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.rows[0].cells[1].text, "项目名称");
  EXPECT_EQ(t.rows[0].cells[1].column, 3u);
  EXPECT_EQ(t.rows[0].cells[2].text, "绿化养护经费");
  EXPECT_TRUE(t.rows[1].blank());
  EXPECT_TRUE(t.rows[2].blank());
}

TEST(TableReader, SpacesLayoutSplitsOnRunsOfWhitespace) {
  const auto t = read_table("一级指标  二级指标　三级指标 指标值\n        红薯种植面积 5.5亩\n");
  EXPECT_EQ(t.layout, TableLayout::spaces);
  ASSERT_EQ(t.rows[0].cells.size(), 4u);
  EXPECT_EQ(t.rows[0].cells[2].text, "三级指标");
  ASSERT_EQ(t.rows[1].cells.size(), 2u);
  EXPECT_EQ(t.rows[1].cells[0].column, 9u);
}

TEST(TableReader, LoneCarriageReturnEndsALine) {
  const auto t = read_table("a\rb\r\n\nc");
  ASSERT_EQ(t.rows.size(), 4u);
  EXPECT_EQ(t.rows[3].cells[0].text, "c");
  EXPECT_EQ(t.rows[3].line, 4u);
}

TEST(TableReader, InvalidUtf8AndNulAreKept) {
  const std::string bad("\xFF\xFE\x80x\0y\t\xE4", 8);
  const auto t = read_table(bad);
  ASSERT_EQ(t.rows.size(), 1u);
  ASSERT_EQ(t.rows[0].cells.size(), 2u);
  EXPECT_EQ(t.rows[0].cells[0].text, std::string("\xFF\xFE\x80x\0y", 6));
  EXPECT_EQ(t.rows[0].cells[1].text, "\xE4");
}

TEST(TableReader, NoCharacterOfAnyCorpusFileIsLost) {
  std::size_t files = 0;
  for (const auto& e : std::filesystem::directory_iterator(JIXIAO_TEST_DATA "/forms")) {
    const std::string text = read_file(e.path());
    const auto t = read_table(text);
    EXPECT_EQ(cells_concat(t), significant(text, t.layout)) << e.path();
    ++files;
  }
  EXPECT_EQ(files, 29u);
  const std::string seed = read_file(JIXIAO_TEST_DATA "/seed-suigang-2024-department.tsv");
  const auto t = read_table(seed);
  EXPECT_EQ(t.layout, TableLayout::tab);
  EXPECT_EQ(cells_concat(t), significant(seed, t.layout));
  // Line 15 of the seed: a key task whose expected result is a target.
  ASSERT_GE(t.rows.size(), 15u);
  ASSERT_EQ(t.rows[14].cells.size(), 5u);
  EXPECT_EQ(t.rows[14].cells[4].text, "≥95%");
  EXPECT_EQ(t.rows[14].cells[4].line, 15u);
}

}  // namespace
