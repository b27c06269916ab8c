// Profiles: the built-ins load (from the embedded text, not the files), carry the
// numbers their sources give, round-trip through INFO, and bad user files fail with
// the key and line.
#include <jixiao/io/profile_io.hpp>
#include <jixiao/profile.hpp>

#include <gtest/gtest.h>

#include "test_files.hpp"

namespace jixiao {
namespace {

Decimal dec(const char* text) { return Decimal::parse(text).value(); }

TEST(Profile, BuiltinsListedAndLoad) {
  const auto names = io::builtin_profile_names();
  for (const char* want : {"national", "national-2021", "municipal-20", "vendor-80-70-60", "yongde-2022", "budget-outside", "jishan-2020"}) {
    EXPECT_NE(std::find(names.begin(), names.end(), want), names.end()) << want;
  }
  for (const auto& n : names) {
    const Profile p = io::builtin_profile(n);
    EXPECT_EQ(p.name, n);
    EXPECT_FALSE(p.description.empty());
  }
}

TEST(Profile, EmbeddedTextIsTheShippedFile) {
  for (const auto& n : io::builtin_profile_names()) {
    EXPECT_EQ(jixiao::test::read_file(std::string(JIXIAO_SOURCE_DIR) + "/profiles/" + n + ".info"),
              io::builtin_profile_text(n))
        << n;
  }
}

TEST(Profile, NationalDefaults) {
  const Profile p = io::builtin_profile("national");
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
  EXPECT_EQ(p.rating(dec("89.75")), "良");
  EXPECT_EQ(p.rating(dec("90")), "优");
  EXPECT_EQ(p.rating(dec("59.99")), "差");
  EXPECT_EQ(p.deviation_threshold, Decimal(30));
  EXPECT_EQ(p.execution_reason_below, Decimal(90));
  EXPECT_EQ(p.monitoring_bands.red_below, Decimal(60));
  EXPECT_EQ(p.monitoring_bands.green_from, Decimal(80));
}

TEST(Profile, VariantsCarryTheirNumbers) {
  const Profile v = io::builtin_profile("vendor-80-70-60");
  EXPECT_EQ(v.rating(dec("89.75")), "优");
  EXPECT_EQ(v.rating(dec("79.99")), "良");
  EXPECT_EQ(v.reverse, ReverseFormula::linear);
  const Profile m = io::builtin_profile("municipal-20");
  EXPECT_EQ(m.budget_weight, Decimal(20));
  ASSERT_TRUE(m.indicator_block_points.has_value());
  EXPECT_EQ(*m.indicator_block_points, Decimal(80));
  EXPECT_EQ(m.qualitative_bands.partial_min, dec("0.5"));
  const Profile n21 = io::builtin_profile("national-2021");
  EXPECT_EQ(n21.taxonomy, TaxonomyVariant::fin2021);
  EXPECT_TRUE(n21.weight_of(Level1::cost).has_value());
  EXPECT_NE(std::find(n21.mandatory_level1.begin(), n21.mandatory_level1.end(), Level1::cost), n21.mandatory_level1.end());
  const Profile y = io::builtin_profile("yongde-2022");
  EXPECT_EQ(y.round_quantitative.scale, 0);
  EXPECT_EQ(y.round_quantitative.mode, RoundingMode::down);
  EXPECT_FALSE(io::builtin_profile("budget-outside").budget_in_total);
  EXPECT_TRUE(io::builtin_profile("budget-outside").level1_weights.empty());
}

TEST(Profile, UnknownBuiltinThrowsWithCode) {
  try {
    (void)io::builtin_profile("nationl");
    FAIL() << "no exception";
  } catch (const io::profile_error& e) {
    EXPECT_EQ(e.code(), "jixiao.profile.unknown");
    EXPECT_NE(std::string(e.what()).find("national"), std::string::npos);
  }
}

// Reads profile text named `file` in source positions.
io::ReadResult<Profile> parse(std::string_view text, std::string file = "profile") {
  io::LoadOptions options;
  options.file_name = std::move(file);
  return io::read_profile(text, options);
}

std::string first_message(const io::ReadResult<Profile>& r) {
  return r.findings.empty() ? std::string("no finding") : r.findings.front().render(Lang::en);
}

// The finding at JSON pointer `path`, or nullptr.
const Finding* at_path(const io::ReadResult<Profile>& r, const std::string& path) {
  for (const auto& f : r.findings) {
    if (f.location.path == path) return &f;
  }
  return nullptr;
}

TEST(Profile, InfoRoundTrip) {
  for (const auto& n : io::builtin_profile_names()) {
    const Profile p = io::builtin_profile(n);
    const std::string info = io::write_profile(p);
    auto back = parse(info, "roundtrip");
    ASSERT_TRUE(back.ok()) << n << ": " << first_message(back);
    EXPECT_EQ(io::write_profile(*back.value), info) << n;
  }
}

TEST(Profile, ReviewThresholdsAndRubricLiveInTheProfile) {
  auto p = parse("name r\nreview\n{\n    key_task_base total\n    rubric\n    {\n        warning_points 5\n    }\n}\n");
  ASSERT_TRUE(p.ok()) << first_message(p);
  EXPECT_EQ(p.value->key_task_base, KeyTaskBase::total);
  EXPECT_EQ(p.value->review_rubric.warning_points, Decimal(5));
  EXPECT_EQ(p.value->review_rubric.error_points, Decimal(10));  // the rest keep their defaults
  auto bad = parse("name r\nreview\n{\n    key_task_base half\n}\n");
  ASSERT_FALSE(bad.ok());
  const Finding* f = at_path(bad, "/review/key_task_base");
  ASSERT_NE(f, nullptr) << first_message(bad);
  EXPECT_EQ(f->rule_id, "JX-IO015");
}

TEST(Profile, StepsAndRateRoundingRead) {
  auto p = parse(R"(name steps-test
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
  ASSERT_TRUE(p.ok()) << first_message(p);
  ASSERT_EQ(p.value->budget_steps.size(), 2u);
  EXPECT_EQ(p.value->budget_steps[1].fraction, dec("0.5"));
  ASSERT_TRUE(p.value->rate_rounding.has_value());
  EXPECT_EQ(p.value->rate_rounding->scale, 0);
  // omitted sections keep the national values
  EXPECT_EQ(p.value->weight_of(Level1::output), Decimal(50));
}

TEST(Profile, JsonIsReadToo) {
  auto p = parse(R"({"name": "j", "weights": {"output": "60", "benefit": "30", "budget": "10"},
    "grades": {"A": "85", "B": "0"}})");
  ASSERT_TRUE(p.ok()) << first_message(p);
  EXPECT_EQ(p.value->weight_of(Level1::output), Decimal(60));
  EXPECT_FALSE(p.value->weight_of(Level1::satisfaction).has_value());
  EXPECT_EQ(p.value->rating(Decimal(85)), "A");
}

TEST(Profile, SyntaxErrorNamesTheLine) {
  auto p = parse("name x\nweights\n{\n    output 50\n", "bad.info");
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.findings.front().rule_id, "JX-IO001");
  EXPECT_NE(first_message(p).find("bad.info:"), std::string::npos) << first_message(p);
  auto j = parse("{\"name\": \"x\",\n \"weights\": {\n}}}", "bad.json");
  ASSERT_FALSE(j.ok());
  EXPECT_NE(first_message(j).find("bad.json:3"), std::string::npos) << first_message(j);
}

TEST(Profile, BadValuesNameKeyAndLine) {
  auto p = parse("name x\nformulas\n{\n    reverse ratoi\n    cap_over_achievement yes\n}\nweights\n{\n    output fifty\n    outptu 5\n}\n",
                 "user.info");
  ASSERT_FALSE(p.ok());
  EXPECT_FALSE(p.value);
  ASSERT_EQ(p.findings.size(), 4u);
  const Finding* reverse = at_path(p, "/formulas/reverse");
  ASSERT_NE(reverse, nullptr);
  EXPECT_EQ(reverse->rule_id, "JX-IO015");
  EXPECT_EQ(reverse->argument("value")->text(), "ratoi");
  EXPECT_EQ(reverse->location.source->line, 4u);
  EXPECT_EQ(reverse->location.source->column, 5u);
  EXPECT_EQ(reverse->location.source->file, "user.info");
  const Finding* cap = at_path(p, "/formulas/cap_over_achievement");
  ASSERT_NE(cap, nullptr);
  EXPECT_EQ(cap->rule_id, "JX-IO015");
  EXPECT_EQ(cap->location.source->line, 5u);
  const Finding* typo = at_path(p, "/weights/outptu");
  ASSERT_NE(typo, nullptr);
  EXPECT_EQ(typo->rule_id, "JX-IO011");
  EXPECT_EQ(typo->location.source->line, 10u);
  const Finding* number = at_path(p, "/weights/output");
  ASSERT_NE(number, nullptr);
  EXPECT_EQ(number->rule_id, "JX-IO014");
  EXPECT_EQ(number->argument("value")->text(), "fifty");
  EXPECT_EQ(number->location.source->line, 9u);
}

TEST(Profile, InconsistentBandsRejected) {
  auto p = parse("name x\nformulas\n{\n    qualitative_achieved_min 0.5\n    qualitative_partial_min 0.6\n}\n");
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.findings.front().rule_id, "JX-IO019");
  EXPECT_EQ(p.findings.front().location.path, "/formulas/qualitative_partial_min");
  auto g = parse("name x\ngrades\n{\n    A 60\n    B 80\n}\n");
  ASSERT_FALSE(g.ok());
  EXPECT_EQ(g.findings.front().rule_id, "JX-IO019");
  EXPECT_EQ(g.findings.front().location.path, "/grades/B");
  auto n = parse("description nameless\n");
  ASSERT_FALSE(n.ok());
  EXPECT_EQ(n.findings.front().rule_id, "JX-IO012");
}

TEST(Profile, MissingFile) {
  auto p = io::load_profile("/nonexistent/profile.info");
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.findings.front().rule_id, "JX-IO007");
}

TEST(Profile, UserFileLoads) {
  auto p = io::load_profile(std::string(JIXIAO_SOURCE_DIR) + "/profiles/municipal-20.info");
  ASSERT_TRUE(p.ok()) << first_message(p);
  EXPECT_EQ(p.value->budget_weight, Decimal(20));
}

}  // namespace
}  // namespace jixiao
