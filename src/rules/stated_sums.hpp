// Totals written in prose with the parts listed after their 其中
// (`本项目共申请预算资金2026400元,其中村级组织运转400000元,…`), for JX-B012
// (internal to the rule catalogue).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "jixiao/budget.hpp"
#include "jixiao/decimal.hpp"

namespace jixiao::detail {

/// An amount of money written in prose (`2026400元`, `1,329,120.67 元`, `132.9万元`).
struct ProseAmount {
  Decimal value;
  MoneyUnit unit = MoneyUnit::yuan;
};

/// One sentence stating a total and the parts of it listed after 其中.
struct StatedSum {
  ProseAmount total;
  std::vector<ProseAmount> parts;
  /// Byte offset and length of the sentence in the text.
  std::size_t at = 0;
  std::size_t size = 0;
  /// Byte offset and length of the clause stating the total (`本项目共申请预算资金2026400元`).
  std::size_t clause_at = 0;
  std::size_t clause_size = 0;
  /// True when a full stop (`。`, `；`, `;`) closes the sentence: a sentence the text ends
  /// in the middle of may have lost parts.
  bool closed = false;
};

/// The sentences of `text` that state an amount of money and list at least two parts of
/// it in money after one 其中 (the amount just before 其中 is the total; inside brackets
/// the list ends at the closing one). Left out, since their parts need not add up or
/// cannot be read exactly: shares, rates (`每人`, `元/人`), approximate figures (`约`,
/// `余`, `左右`), bounds (`以上`, `不超过`), nested breakdowns (`含`, a bracket, a part
/// followed by a colon), a total restated or a result stated after the parts, another
/// figure before the first part, and any figure the scanner cannot read (`100万`
/// without 元, a range, full-width digits, digit groups split by spaces).
/// Linear in the text; scans at most 64 KiB.
std::vector<StatedSum> stated_sums(std::string_view text);

}  // namespace jixiao::detail
