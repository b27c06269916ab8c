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

/// Per-check memo: the bigram index of the indicator names' content words, built by
/// the first coverage rule that needs it and reused by the second; the indicators' core
/// names, read once for the rules that judge a name.
struct RuleContext::Memo {
  std::vector<std::string> cores;  // detail::core_name of each indicator's name (empty until needed)
  bool coverage_ready = false;
  std::vector<std::string_view> names;  // non-blank indicator names
  std::vector<std::size_t> rows;        // their indicator indices
  std::vector<detail::WordText> words;  // their content words (detail::content_words) read once
  std::optional<detail::BigramIndex> index;  // over words
};

}  // namespace jixiao

namespace jixiao::detail {

/// core_name(form.indicators[i].name), computed once per check when the context has a memo.
std::string_view indicator_core(const PerformanceForm& form, const RuleContext& ctx, std::size_t i,
                                std::string& scratch);

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

/// How reliably the importer read one block of the form (`/indicators`, `/budget`, …),
/// from its findings: cells it could not place (JX-I001, JX-I007) and a table it did
/// not find (JX-I008). Zero for a form that was not imported.
struct BlockReading {
  /// Cells of the block (and, when asked, of no known block) not in the form.
  std::size_t unplaced = 0;
  /// Where the first of them is, when known.
  std::optional<SourcePosition> first;
  /// True when nothing of the block was lost.
  bool reliable() const noexcept { return unplaced == 0; }
};

/// The reading of block `block` (a JSON pointer prefix). With `anywhere`, cells the
/// importer could not place in any block count too: content missing from the block
/// may be among them.
BlockReading block_reading(const RuleContext& context, std::string_view block, bool anywhere);

/// The cells lost where the amounts of budget block `block` (`/budget/breakdowns/2`) may be:
/// in that block, in `/budget` or in no known block, and only those that could have held an
/// amount (a digit in their text, or an amount the importer could not read, JX-I007). A stray
/// label cell or a cell lost in another block does not make the block unreliable.
BlockReading amount_reading(const RuleContext& context, std::string_view block);

/// The reading of the two blocks with more cells lost: a check that compares them is as
/// reliable as the worse.
inline BlockReading worse_of(const BlockReading& a, const BlockReading& b) { return b.unplaced > a.unplaced ? b : a; }

/// Of the cells lost in the indicator table or in no known block, those that could have
/// held an indicator name: text with a non-ASCII character (a fused `88100` cannot), or a
/// finding without its text.
std::size_t name_cells_lost(const RuleContext& context);

/// The importer's first finding `id` (`JX-I020`), if there is one.
const Finding* import_finding(const RuleContext& context, std::string_view id);

/// The importer's finding that the text ends in the indicator table's last row (JX-I019:
/// an excerpt or a page cut off), if there is one. That row and the categories after it
/// are missing from the text, not from the form.
const Finding* table_cut_off(const RuleContext& context);

/// The rows whose targets a rule judges: all but the last of a table the text cuts off
/// (JX-I019) when the cut took that row's target or may have shortened it, the target
/// stopping at a number or a comparator (`验收合格率 1`) where a unit may have followed. A
/// target that ends in its unit (`≧ %`) is whole, and judged.
std::size_t rows_before_cut(const PerformanceForm& form, const RuleContext& context);

/// Adds the one finding that replaces a rule's per-row findings on a block that was
/// not reliably read: `{cells}` unplaced cells, `{count}` symptoms withheld. It is
/// info, whatever the rule's severity: it says what the review could not check, not
/// what is wrong with the form (the importer's own JX-I001 warnings name the cells).
Finding& add_unreliable(FindingSink& sink, const std::string& path, const BlockReading& reading, std::size_t count,
                        const char* zh, const char* en);

/// `/name/i`.
inline std::string at(const char* base, std::size_t i) { return std::string(base) + '/' + std::to_string(i); }
/// `/name/i/field`.
inline std::string at(const char* base, std::size_t i, const char* field) {
  return at(base, i) + '/' + field;
}

/// A Decimal as 万元 text with grouping at its own scale (`1,025.93`).
inline std::string money(const Decimal& d) { return d.format(true, d.scale()); }

}  // namespace jixiao::detail
