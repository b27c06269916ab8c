/// @file scorecard_io.hpp
/// @brief Writers of the self-evaluation scorecard (绩效自评, `jixiao::Scorecard`):
/// text, JSON (schema `jixiao.scorecard/1`, docs/schema.md) and Markdown.
#pragma once

#include <string>
#include <vector>

#include "jixiao/diagnostic.hpp"
#include "jixiao/finding.hpp"
#include "jixiao/scoring.hpp"

namespace jixiao::io {

/// Every row with its target, actual, weight, formula and arithmetic, the budget row,
/// the 一级 totals, the total and rating, then the findings rendered in @p lang (as
/// `jixiao score` prints it).
std::string scorecard_text(const Scorecard& card, Lang lang = Lang::en);

/// The scorecard as a `jixiao.scorecard/1` JSON document (every field of `Scorecard`,
/// its rows and budget row; findings as the finding object of finding_json.hpp), and
/// `actuals_diagnostics`: what `actuals_from_form` reported reading the actuals the form
/// carries (`code`, `message` with the row's path, `offset`, `column`, `text`; `[]` when
/// none or when the actuals came from a document).
std::string scorecard_json(const Scorecard& card, const std::vector<Diagnostic>& actuals_diagnostics = {});

/// A Markdown table of the rows and the budget row, the total and rating in bold, then
/// the findings as a list with messages in @p lang.
std::string scorecard_markdown(const Scorecard& card, Lang lang = Lang::zh);

}  // namespace jixiao::io
