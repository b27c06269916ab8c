// Internal plumbing of the built-in rule catalogue.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "jixiao/rules.hpp"
#include "text_similarity.hpp"

namespace jixiao {

/// Per-check memo: the bigram index of the indicator names, built by the first
/// coverage rule that needs it and reused by the second.
struct RuleContext::Memo {
  bool coverage_ready = false;
  std::vector<std::string_view> names;  // non-blank indicator names
  std::vector<std::size_t> rows;        // their indicator indices
  std::optional<detail::BigramIndex> index;
};

}  // namespace jixiao

namespace jixiao::detail {

/// The signature of a built-in check.
using CheckFunction = void (*)(const PerformanceForm&, const RuleContext&, FindingSink&);

/// A built-in rule: metadata and a plain function.
class BuiltinRule final : public Rule {
 public:
  BuiltinRule(RuleInfo info, CheckFunction fn) : info_(std::move(info)), fn_(fn) {}
  const RuleInfo& info() const noexcept override { return info_; }
  void check(const PerformanceForm& form, const RuleContext& context, FindingSink& sink) const override {
    fn_(form, context, sink);
  }

 private:
  RuleInfo info_;
  CheckFunction fn_;
};

using RuleList = std::vector<std::shared_ptr<const Rule>>;

inline void add(RuleList& list, RuleInfo info, CheckFunction fn) {
  list.push_back(std::make_shared<BuiltinRule>(std::move(info), fn));
}

void add_budget_rules(RuleList& list);
void add_completeness_rules(RuleList& list);
void add_quality_rules(RuleList& list);
void add_consistency_rules(RuleList& list);
void add_selfeval_rules(RuleList& list);

/// `/name/i`.
inline std::string at(const char* base, std::size_t i) { return std::string(base) + '/' + std::to_string(i); }
/// `/name/i/field`.
inline std::string at(const char* base, std::size_t i, const char* field) {
  return at(base, i) + '/' + field;
}

/// A Decimal as 万元 text with grouping at its own scale (`1,025.93`).
inline std::string money(const Decimal& d) { return d.format(true, d.scale()); }

}  // namespace jixiao::detail
