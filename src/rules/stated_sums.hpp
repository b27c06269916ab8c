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

/// The sentences of `text` that state a total (after 共, 合计, 总计, 总额, 总投资 …) and
/// list at least two parts of it in money after one 其中. Sentences whose parts are
/// shares, rates (`每人`, `元/人`), approximate (`约`, `余`, `左右`) or bounds (`以上`,
/// `不超过`), or that hold a second 其中, are left out: their parts need not add up.
/// Linear in the text; scans at most 64 KiB.
std::vector<StatedSum> stated_sums(std::string_view text);

}  // namespace jixiao::detail
