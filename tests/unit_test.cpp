// The unit catalogue (计量单位) and exact conversion of quantities.
#include <jixiao/quantity.hpp>

#include <gtest/gtest.h>

#include <atomic>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace {

using jixiao::Decimal;
using jixiao::Dimension;
using jixiao::Quantity;
using jixiao::Unit;

Decimal dec(const char* text) { return Decimal::parse(text).value(); }

TEST(Unit, CatalogueDimensions) {
  struct Case {
    const char* text;
    Dimension dimension;
    const char* symbol;
  } const cases[] = {
      {"%", Dimension::percent, "%"},         {"％", Dimension::percent, "%"},       {"百分比", Dimension::percent, "%"},
      {"‰", Dimension::percent, "‰"},         {"元", Dimension::money, "元"},        {"万元", Dimension::money, "万元"},
      {"萬元", Dimension::money, "万元"},     {"亿元", Dimension::money, "亿元"},    {"次", Dimension::count, "次"},
      {"场", Dimension::count, "场"},         {"个", Dimension::count, "个"},        {"個", Dimension::count, "个"},
      {"人次", Dimension::count, "人次"},     {"户", Dimension::count, "户"},        {"座", Dimension::count, "座"},
      {"年", Dimension::time, "年"},          {"月", Dimension::time, "月"},         {"天", Dimension::time, "天"},
      {"日", Dimension::time, "天"},          {"工作日", Dimension::time, "工作日"}, {"小时", Dimension::time, "小时"},
      {"分钟", Dimension::time, "分钟"},      {"米", Dimension::length, "米"},       {"m", Dimension::length, "米"},
      {"公里", Dimension::length, "公里"},    {"km", Dimension::length, "公里"},     {"平方米", Dimension::area, "平方米"},
      {"亩", Dimension::area, "亩"},          {"公顷", Dimension::area, "公顷"},     {"吨", Dimension::mass, "吨"},
      {"千克", Dimension::mass, "千克"},      {"kg", Dimension::mass, "千克"},       {"公斤", Dimension::mass, "公斤"},
      {"万人", Dimension::count, "万人"},     {"万平方米", Dimension::area, "万平方米"}, {"万亩", Dimension::area, "万亩"},
      {"元/亩", Dimension::rate, "元/亩"},    {"次/月", Dimension::rate, "次/月"},   {"元/人/年", Dimension::rate, "元/人/年"},
      {"元/人*月", Dimension::rate, "元/人*月"}, {"萬元/個", Dimension::rate, "万元/个"}, {" ％ ", Dimension::percent, "%"},
      {"立方米", Dimension::volume, "立方米"}, {"m³", Dimension::volume, "立方米"},   {"立方", Dimension::volume, "立方米"},
      {"万立方米", Dimension::volume, "万立方米"}, {"升", Dimension::volume, "升"},       {"TB", Dimension::count, "TB"},
  };
  for (const Case& c : cases) {
    const Unit u = Unit::parse(c.text);
    EXPECT_EQ(u.dimension(), c.dimension) << c.text;
    EXPECT_EQ(u.symbol(), c.symbol) << c.text;
    EXPECT_TRUE(u.known()) << c.text;
  }
}

TEST(Unit, WrittenFormIsKept) {
  EXPECT_EQ(Unit::parse("萬元").written(), "萬元");
  EXPECT_EQ(Unit::parse("％").written(), "％");
  EXPECT_EQ(Unit::parse("萬元"), Unit::parse("万元"));
  EXPECT_EQ(Unit::parse("個"), Unit::parse("个"));
  EXPECT_EQ(Unit::parse("百分比"), Unit::parse("%"));
  EXPECT_NE(Unit::parse("人"), Unit::parse("人次"));
  // A multiplier before an entry that spells another entry is that entry (fuzz finding).
  EXPECT_EQ(Unit::parse("千m"), Unit::parse("千米"));
  EXPECT_EQ(Unit::parse("千m").symbol(), "公里");
  EXPECT_EQ(Unit::parse("千g").symbol(), "千克");
}

TEST(Unit, UnknownUnitsAreKeptVerbatim) {
  const Unit u = Unit::parse("窝蜂箱");
  EXPECT_FALSE(u.known());
  EXPECT_EQ(u.dimension(), Dimension::unknown);
  EXPECT_EQ(u.symbol(), "窝蜂箱");
  EXPECT_EQ(u.written(), "窝蜂箱");
  EXPECT_EQ(u, Unit::parse("窝蜂箱"));
  EXPECT_NE(u, Unit::parse("蜂箱"));
  // A rate with an unknown part is unknown as a whole, not half-read.
  EXPECT_FALSE(Unit::parse("元/窝蜂箱").known());
}

TEST(Unit, EmptyIsNone) {
  EXPECT_TRUE(Unit::parse("").empty());
  EXPECT_TRUE(Unit::parse("  ").empty());
  EXPECT_TRUE(Unit().known());
  EXPECT_FALSE(convertible(Unit(), Unit()));
}

TEST(Unit, Factors) {
  EXPECT_EQ(Unit::parse("万元").factor(), Decimal(10000));
  EXPECT_EQ(Unit::parse("亿元").factor(), Decimal(100000000));
  EXPECT_EQ(Unit::parse("‰").factor(), dec("0.1"));
  EXPECT_EQ(Unit::parse("万人").factor(), Decimal(10000));
  EXPECT_EQ(Unit::parse("万人").base(), "人");
  EXPECT_EQ(Unit::parse("人次").base(), "人次");
  EXPECT_EQ(Unit::parse("公顷").factor(), Decimal(15));  // area base: 亩
}

// A Unit points at shared catalogue facts: copies, moves and composites built many
// times over must keep every fact, and a moved-from Unit is a valid "no unit".
TEST(Unit, SharedFactsSurviveCopiesAndMoves) {
  Unit a = Unit::parse("元/人*月");
  const Unit copy = a;
  Unit moved = std::move(a);
  EXPECT_EQ(copy, moved);
  EXPECT_EQ(moved.symbol(), "元/人*月");
  EXPECT_EQ(moved.base(), "元/人*月");
  EXPECT_EQ(moved.dimension(), Dimension::rate);
  EXPECT_TRUE(a.empty());  // NOLINT(bugprone-use-after-move): the state after a move is specified
  EXPECT_EQ(a.symbol(), "");
  EXPECT_EQ(Unit::parse("萬人"), Unit::parse("万人"));  // one interned composite, two spellings
  EXPECT_EQ(Unit::parse("萬人").written(), "萬人");
}

// Composites are interned up to a cap; past it each Unit owns its facts. Thousands of
// distinct rates (a hostile or very varied input stream) must all stay exact.
TEST(Unit, ManyDistinctCompositesStayExact) {
  const char* numerators[] = {"元", "万元", "千元", "次", "人", "吨", "米", "亩"};
  const char* middles[] = {"人", "户", "亩", "次", "个", "家", "台", "件", "座", "株", "篇", "份", "期", "批",
                           "只", "头", "辆", "张", "本", "册", "条", "处", "栋", "间", "棵", "门", "名", "位"};
  const char* lasts[] = {"年", "月", "天", "周", "小时", "分钟", "季度", "工作日", "人", "户", "次", "个", "家",
                         "台", "件", "座", "株", "篇", "份", "期", "批", "只"};
  int count = 0;
  for (const char* n : numerators) {
    for (const char* m : middles) {
      for (const char* l : lasts) {
        const std::string text = std::string(n) + "/" + m + "/" + l;
        const Unit u = Unit::parse(text);
        ASSERT_EQ(u.dimension(), Dimension::rate) << text;
        ASSERT_EQ(u.symbol(), text);
        ASSERT_EQ(u, Unit::parse(text));
        ++count;
      }
    }
  }
  EXPECT_GT(count, 4096);  // more than the intern table holds
  EXPECT_EQ(Unit::parse("万元/人/年").factor(), Decimal(10000));
  EXPECT_TRUE(convertible(Unit::parse("万元/人/年"), Unit::parse("元/人/年")));
}

// Hosts parse from several threads: the shared catalogue facts are built once and the
// intern table is locked, so threads that meet the same new composites at the same time
// must all see exact units (run under the sanitizers in CI).
TEST(Unit, ThreadsShareTheCatalogue) {
  const char* numerators[] = {"元", "万元", "次", "人", "吨", "公里", "亩", "千克"};
  const char* denominators[] = {"户", "亩", "台", "件", "座", "株", "篇", "份", "期", "批", "只", "头", "辆"};
  std::vector<std::thread> threads;
  std::atomic<int> wrong{0};
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (const char* n : numerators) {
        for (const char* d : denominators) {
          const std::string text = std::string("萬") + n + "/" + d + "/季度";  // composites, new to the table
          const Unit u = Unit::parse(text);
          if (u.dimension() != Dimension::rate || u.symbol() != std::string("万") + n + "/" + d + "/季度") ++wrong;
        }
      }
    });
  }
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(wrong.load(), 0);
}

TEST(Quantity, ConvertsExactlyWithinADimension) {
  const Quantity wan{Decimal(30), Unit::parse("万元")};
  const auto yuan = wan.convert_to(Unit::parse("元"));
  ASSERT_TRUE(yuan);
  EXPECT_EQ(yuan->value, Decimal(300000));
  EXPECT_EQ(yuan->unit.symbol(), "元");
  const auto back = yuan->convert_to(Unit::parse("万元"));
  ASSERT_TRUE(back);
  EXPECT_EQ(*back, wan);

  const auto pct = Quantity{Decimal(5), Unit::parse("‰")}.convert_to(Unit::parse("%"));
  ASSERT_TRUE(pct);
  EXPECT_EQ(pct->value, dec("0.5"));

  const auto km = Quantity{dec("2.5"), Unit::parse("km")}.convert_to(Unit::parse("米"));
  ASSERT_TRUE(km);
  EXPECT_EQ(km->value, Decimal(2500));

  const auto ha = Quantity{Decimal(2), Unit::parse("公顷")}.convert_to(Unit::parse("亩"));
  ASSERT_TRUE(ha);
  EXPECT_EQ(ha->value, Decimal(30));

  const auto sqm = Quantity{Decimal(1), Unit::parse("万平方米")}.convert_to(Unit::parse("亩"));
  ASSERT_TRUE(sqm);
  EXPECT_EQ(sqm->value, Decimal(15));

  const auto litres = Quantity{Decimal(1500), Unit::parse("升")}.convert_to(Unit::parse("立方米"));
  ASSERT_TRUE(litres);
  EXPECT_EQ(litres->value, dec("1.5"));

  // Data sizes are known but do not convert: a TB is 1000 or 1024 GB depending on who counts.
  EXPECT_FALSE((Quantity{Decimal(1), Unit::parse("TB")}.convert_to(Unit::parse("GB"))));

  const auto years = Quantity{Decimal(2), Unit::parse("年")}.convert_to(Unit::parse("个月"));
  ASSERT_TRUE(years);
  EXPECT_EQ(years->value, Decimal(24));

  const auto ton = Quantity{dec("1.5"), Unit::parse("吨")}.convert_to(Unit::parse("公斤"));
  ASSERT_TRUE(ton);
  EXPECT_EQ(ton->value, Decimal(1500));

  const auto people = Quantity{dec("1.2"), Unit::parse("万人")}.convert_to(Unit::parse("人"));
  ASSERT_TRUE(people);
  EXPECT_EQ(people->value, Decimal(12000));

  const auto rate = Quantity{Decimal(2), Unit::parse("万元/亩")}.convert_to(Unit::parse("元/亩"));
  ASSERT_TRUE(rate);
  EXPECT_EQ(rate->value, Decimal(20000));
}

TEST(Quantity, RefusesAcrossDimensionsAndInexactResults) {
  EXPECT_FALSE((Quantity{Decimal(1), Unit::parse("万元")}.convert_to(Unit::parse("%"))));
  EXPECT_FALSE((Quantity{Decimal(1), Unit::parse("人")}.convert_to(Unit::parse("人次"))));
  EXPECT_FALSE((Quantity{Decimal(1), Unit::parse("天")}.convert_to(Unit::parse("工作日"))));
  EXPECT_FALSE((Quantity{Decimal(1), Unit::parse("月")}.convert_to(Unit::parse("天"))));
  EXPECT_FALSE((Quantity{Decimal(1), Unit::parse("元/亩")}.convert_to(Unit::parse("元/人"))));
  EXPECT_TRUE((Quantity{Decimal(1), Unit::parse("窝")}.convert_to(Unit::parse("窝"))));  // same unit: itself
  // 1 亩 = 666.66… 平方米: no exact decimal, so no answer rather than a rounded one.
  EXPECT_FALSE((Quantity{Decimal(1), Unit::parse("亩")}.convert_to(Unit::parse("平方米"))));
  EXPECT_FALSE((Quantity{Decimal(1), Unit::parse("窝")}.convert_to(Unit::parse("个"))));
}

TEST(Quantity, EqualityKeepsUnitsApart) {
  EXPECT_EQ((Quantity{dec("1.50"), Unit::parse("万元")}), (Quantity{dec("1.5"), Unit::parse("萬元")}));
  EXPECT_NE((Quantity{Decimal(30), Unit::parse("万元")}), (Quantity{Decimal(300000), Unit::parse("元")}));
}

}  // namespace
