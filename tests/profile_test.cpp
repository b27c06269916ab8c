// Profiles: the built-ins load (from the embedded text, not the files), carry the
// numbers their sources give, round-trip through INFO, and bad user files fail with
// the key and line.
#include <jixiao/profile.hpp>

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace jixiao {
namespace {

Decimal dec(const char* text) { return Decimal::parse(text).value(); }

TEST(Profile, BuiltinsListedAndLoad) {
  const auto names = Profile::builtin_names();
  for (const char* want : {"national", "national-2021", "municipal-20", "vendor-80-70-60", "yongde-2022", "budget-outside", "jishan-2020"}) {
    EXPECT_NE(std::find(names.begin(), names.end(), want), names.end()) << want;
  }
  for (const auto& n : names) {
    const Profile p = Profile::builtin(n);
    EXPECT_EQ(p.name, n);
    EXPECT_FALSE(p.description.empty());
  }
}

TEST(Profile, EmbeddedTextIsTheShippedFile) {
  for (const auto& n : Profile::builtin_names()) {
    std::ifstream in(std::string(JIXIAO_SOURCE_DIR) + "/profiles/" + n + ".info", std::ios::binary);
    ASSERT_TRUE(in) << n;
    std::ostringstream buf;
    buf << in.rdbuf();
    EXPECT_EQ(buf.str(), Profile::builtin_text(n)) << n;
  }
}

TEST(Profile, NationalDefaults) {
  const Profile p = Profile::builtin("national");
  EXPECT_EQ(p.taxonomy, TaxonomyVariant::classic);
  EXPECT_EQ(p.weight_of(Level1::output), Decimal(50));
  EXPECT_EQ(p.weight_of(Level1::benefit), Decimal(30));
  EXPECT_EQ(p.weight_of(Level1::satisfaction), Decimal(10));
  EXPECT_FALSE(p.weight_of(Level1::cost).has_value());
  EXPECT_EQ(p.budget_weight, Decimal(10));
  EXPECT_TRUE(p.budget_in_total);
  EXPECT_EQ(p.reverse, ReverseFormula::ratio);
  EXPECT_EQ(p.qualitative_bands.partial_min, dec("0.6"));
  EXPECT_EQ(p.round_quantitative.scale, 2);
  EXPECT_EQ(p.round_quantitative.mode, RoundingMode::half_up);
  EXPECT_EQ(p.grade(dec("89.75")), "良");
  EXPECT_EQ(p.grade(dec("90")), "优");
  EXPECT_EQ(p.grade(dec("59.99")), "差");
  EXPECT_EQ(p.deviation_threshold, Decimal(30));
  EXPECT_EQ(p.execution_reason_below, Decimal(90));
  EXPECT_EQ(p.monitoring_bands.red_below, Decimal(60));
  EXPECT_EQ(p.monitoring_bands.green_from, Decimal(80));
}

TEST(Profile, VariantsCarryTheirNumbers) {
  const Profile v = Profile::builtin("vendor-80-70-60");
  EXPECT_EQ(v.grade(dec("89.75")), "优");
  EXPECT_EQ(v.grade(dec("79.99")), "良");
  EXPECT_EQ(v.reverse, ReverseFormula::linear);
  const Profile m = Profile::builtin("municipal-20");
  EXPECT_EQ(m.budget_weight, Decimal(20));
  ASSERT_TRUE(m.indicator_block_points.has_value());
  EXPECT_EQ(*m.indicator_block_points, Decimal(80));
  EXPECT_EQ(m.qualitative_bands.partial_min, dec("0.5"));
  const Profile n21 = Profile::builtin("national-2021");
  EXPECT_EQ(n21.taxonomy, TaxonomyVariant::fin2021);
  EXPECT_TRUE(n21.weight_of(Level1::cost).has_value());
  EXPECT_NE(std::find(n21.mandatory_level1.begin(), n21.mandatory_level1.end(), Level1::cost), n21.mandatory_level1.end());
  const Profile y = Profile::builtin("yongde-2022");
  EXPECT_EQ(y.round_quantitative.scale, 0);
  EXPECT_EQ(y.round_quantitative.mode, RoundingMode::down);
  EXPECT_FALSE(Profile::builtin("budget-outside").budget_in_total);
  EXPECT_TRUE(Profile::builtin("budget-outside").level1_weights.empty());
}

TEST(Profile, UnknownBuiltinThrowsWithCode) {
  try {
    (void)Profile::builtin("nationl");
    FAIL() << "no exception";
  } catch (const profile_error& e) {
    EXPECT_EQ(e.code(), "jixiao.profile.unknown");
    EXPECT_NE(std::string(e.what()).find("national"), std::string::npos);
  }
}

TEST(Profile, InfoRoundTrip) {
  for (const auto& n : Profile::builtin_names()) {
    const Profile p = Profile::builtin(n);
    const std::string info = to_info(p);
    auto back = parse_profile(info, "roundtrip");
    ASSERT_TRUE(back.ok()) << n << ": " << back.diagnostics().front().message;
    EXPECT_EQ(to_info(back.value()), info) << n;
  }
}

TEST(Profile, StepsAndRateRoundingRead) {
  auto p = parse_profile(R"(name steps-test
budget
{
    rule steps
    rate_rounding
    {
        scale 0
        mode half_up
    }
    steps
    {
        step
        {
            min_rate 90
            fraction 1
        }
        step
        {
            min_rate 60
            fraction 0.5
        }
    }
}
)");
  ASSERT_TRUE(p.ok()) << p.diagnostics().front().message;
  ASSERT_EQ(p.value().budget_steps.size(), 2u);
  EXPECT_EQ(p.value().budget_steps[1].fraction, dec("0.5"));
  ASSERT_TRUE(p.value().rate_rounding.has_value());
  EXPECT_EQ(p.value().rate_rounding->scale, 0);
  // omitted sections keep the national values
  EXPECT_EQ(p.value().weight_of(Level1::output), Decimal(50));
}

TEST(Profile, JsonIsReadToo) {
  auto p = parse_profile(R"({"name": "j", "weights": {"output": "60", "benefit": "30", "budget": "10"},
    "grades": {"A": "85", "B": "0"}})");
  ASSERT_TRUE(p.ok()) << p.diagnostics().front().message;
  EXPECT_EQ(p.value().weight_of(Level1::output), Decimal(60));
  EXPECT_FALSE(p.value().weight_of(Level1::satisfaction).has_value());
  EXPECT_EQ(p.value().grade(Decimal(85)), "A");
}

TEST(Profile, SyntaxErrorNamesTheLine) {
  auto p = parse_profile("name x\nweights\n{\n    output 50\n", "bad.info");
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.diagnostics().front().code, "jixiao.profile.syntax");
  EXPECT_NE(p.diagnostics().front().message.find("bad.info:"), std::string::npos);
  auto j = parse_profile("{\"name\": \"x\",\n \"weights\": {\n}}}", "bad.json");
  ASSERT_FALSE(j.ok());
  EXPECT_NE(j.diagnostics().front().message.find("bad.json:3"), std::string::npos) << j.diagnostics().front().message;
}

TEST(Profile, BadValuesNameKeyAndLine) {
  auto p = parse_profile("name x\nformulas\n{\n    reverse ratoi\n    cap_over_achievement yes\n}\nweights\n{\n    output fifty\n    outptu 5\n}\n",
                         "user.info");
  ASSERT_FALSE(p.ok());
  const auto& d = p.diagnostics();
  ASSERT_EQ(d.size(), 4u);
  auto find = [&](const std::string& needle) -> const Diagnostic* {
    for (const auto& x : d) {
      if (x.message.find(needle) != std::string::npos) return &x;
    }
    return nullptr;
  };
  const Diagnostic* reverse = find("user.info:4: key `formulas.reverse`");
  ASSERT_NE(reverse, nullptr);
  EXPECT_EQ(reverse->code, "jixiao.profile.bad_value");
  EXPECT_EQ(reverse->text, "ratoi");
  const Diagnostic* cap = find("user.info:5: key `formulas.cap_over_achievement`");
  ASSERT_NE(cap, nullptr);
  EXPECT_EQ(cap->code, "jixiao.profile.bad_boolean");
  const Diagnostic* typo = find("user.info:10: key `weights.outptu`");
  ASSERT_NE(typo, nullptr);
  EXPECT_EQ(typo->code, "jixiao.profile.unknown_key");
  const Diagnostic* number = find("user.info:9: key `weights.output`");
  ASSERT_NE(number, nullptr);
  EXPECT_EQ(number->code, "jixiao.profile.bad_number");
  EXPECT_EQ(number->text, "fifty");
}

TEST(Profile, InconsistentBandsRejected) {
  auto p = parse_profile("name x\nformulas\n{\n    qualitative_achieved_min 0.5\n    qualitative_partial_min 0.6\n}\n");
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.diagnostics().front().code, "jixiao.profile.bad_bands");
  auto g = parse_profile("name x\ngrades\n{\n    A 60\n    B 80\n}\n");
  ASSERT_FALSE(g.ok());
  EXPECT_EQ(g.diagnostics().front().code, "jixiao.profile.bad_order");
  auto n = parse_profile("description nameless\n");
  ASSERT_FALSE(n.ok());
  EXPECT_EQ(n.diagnostics().front().code, "jixiao.profile.missing_name");
}

TEST(Profile, MissingFile) {
  auto p = load_profile("/nonexistent/profile.info");
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.diagnostics().front().code, "jixiao.profile.cannot_open");
}

TEST(Profile, UserFileLoads) {
  auto p = load_profile(std::string(JIXIAO_SOURCE_DIR) + "/profiles/municipal-20.info");
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p.value().budget_weight, Decimal(20));
}

}  // namespace
}  // namespace jixiao
