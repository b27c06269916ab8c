// Inputs the libFuzzer target (fuzz/target_parse_fuzzer.cpp) once failed on, kept as
// regression tests: each must parse or be rejected with a diagnostic, and a parse must
// survive its canonical spelling.
#include <jixiao/target.hpp>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>

namespace {

TEST(TargetFuzzRegressions, EachInputBehaves) {
  const std::filesystem::path dir = JIXIAO_TEST_DATA "/target_fuzz_regressions";
  int count = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (!entry.is_regular_file() || entry.path().filename().string().rfind("crash-", 0) != 0) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    const std::string input((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    ++count;
    // The three entry points the fuzzer drives, with the properties it checks.
    const std::string_view in_view(input);
    const std::size_t cut = input.size() / 2;
    for (const auto& p : {jixiao::Target::parse(input), jixiao::Target::parse_cells(input),
                          jixiao::Target::parse(in_view.substr(0, cut), in_view.substr(cut))}) {
      if (!p.ok()) {
        EXPECT_FALSE(p.diagnostics().empty()) << entry.path();
        continue;
      }
      const std::string canonical = p.value().to_string();
      const auto again = jixiao::Target::parse(canonical);
      ASSERT_TRUE(again.ok()) << entry.path() << ": " << canonical;
      EXPECT_EQ(again.value(), p.value()) << entry.path() << ": " << canonical << " -> " << again.value().to_string();
    }
  }
  EXPECT_GE(count, 1) << "the regression inputs are in " << dir;
}

}  // namespace
