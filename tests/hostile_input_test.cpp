// Hostile input (issue 17): each class of defect found by trying the library as a
// hostile user would, with a regression test. None of these may crash, hang or throw.
#include <jixiao/target.hpp>

#include <gtest/gtest.h>

#include <string>

namespace {

std::string repeat(const std::string& piece, std::size_t times) {
  std::string out;
  out.reserve(piece.size() * times);
  for (std::size_t k = 0; k < times; ++k) out += piece;
  return out;
}

constexpr std::size_t pairs = 300000;

// Unwrapping nested parentheses rescanned the cell once per layer (quadratic: > 20 s).
TEST(HostileTarget, DeeplyNestedParenthesesUnwrapInLinearTime) {
  const auto p = jixiao::Target::parse(repeat("(", pairs) + "≥95%" + repeat(")", pairs));
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p.value().to_string(), "≥95%");
}

// Each note was erased with a move of the rest of the cell (quadratic).
TEST(HostileTarget, ManyNotesAreRemovedInLinearTime) {
  const auto notes = jixiao::Target::parse("≥95%" + repeat("(计划)", pairs));
  ASSERT_TRUE(notes.ok());
  EXPECT_EQ(notes.value().to_string(), "≥95%");
  const auto before = jixiao::Target::parse(repeat("(a)", pairs) + "≥95%");
  ASSERT_TRUE(before.ok());
  EXPECT_EQ(before.value().to_string(), "≥95%");
}

// Empty pairs are not notes: the cell is refused with a diagnostic, quickly.
TEST(HostileTarget, ManyEmptyPairsAreRefused) {
  const auto p = jixiao::Target::parse(repeat("()", pairs) + "≥95%");
  EXPECT_FALSE(p.ok());
  EXPECT_FALSE(p.diagnostics().empty());
}

// The one-pass removal keeps what the step-by-step removal did: a unit in parentheses
// after the number stays a unit, a note goes, an unbalanced outer pair is kept.
TEST(HostileTarget, AnnotationsStillMeanWhatTheyMeant) {
  EXPECT_EQ(jixiao::Target::parse("≥90(%)(计划)").value().to_string(), "≥90%");
  EXPECT_EQ(jixiao::Target::parse("(计划)≥90 (%) (说明)").value().to_string(), "≥90%");
  EXPECT_EQ(jixiao::Target::parse("((≥95%))").value().to_string(), "≥95%");
  EXPECT_EQ(jixiao::Target::parse("100(万元)(dá)").value().to_string(), "=100万元");
}

}  // namespace
