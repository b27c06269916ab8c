/// @file report_html.hpp
/// @brief The report a reviewer reads: one self-contained HTML page (inline CSS and SVG,
/// no script, no external URL) with the review, and optionally the self-evaluation
/// scorecard and the monitoring report, of one form (docs/report.md).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "jixiao/diagnostic.hpp"
#include "jixiao/form.hpp"
#include "jixiao/monitoring.hpp"
#include "jixiao/rules.hpp"
#include "jixiao/scoring.hpp"

namespace jixiao::io {

/// What the page shows besides the form and its review. The pointed-to results must
/// outlive the call to report_html().
struct ReportPageParts {
  /// The profile's name, shown in the header (`national`).
  std::string profile;
  /// The rules that may have found the findings, for their titles, review dimensions
  /// and explanations; empty means the built-in catalogue (`builtin_rules()`).
  std::vector<std::shared_ptr<const Rule>> rules;
  /// The self-evaluation scorecard, when the page shows one.
  const Scorecard* scorecard = nullptr;
  /// The in-year monitoring report, when the page shows one.
  const MonitorReport* monitoring = nullptr;
};

/// The page for @p form and its review @p review in @p lang: header (unit, year, kind,
/// profile, review grade; with a scorecard its total and rating as a gauge), the budget
/// identities with a stacked bar each, the findings grouped by review dimension, the
/// indicator table with each row's findings, and with the parts the scorecard (table and
/// completion bar chart, shortfalls first) and the monitoring report (execution against
/// time progress, traffic lights). Every text from the input is escaped (`& < > " '` as
/// entities, bidi controls replaced by a visible mark); money and scores are printed from
/// Decimal. Never throws for any data (only `std::bad_alloc`).
std::string report_html(const PerformanceForm& form, const Report& review, const ReportPageParts& parts,
                        Lang lang = Lang::zh);

/// The same report as Markdown, for pasting into documents: a `#` heading with the unit
/// and year, then the review (`report_markdown`), and with the parts the scorecard
/// (`scorecard_markdown`) and the monitoring report (`monitor_markdown`). Text from the
/// form is escaped for Markdown (`|`, `<`, `>`, `&`, line breaks), so it cannot become
/// HTML where the Markdown is rendered.
std::string report_page_markdown(const PerformanceForm& form, const Report& review, const ReportPageParts& parts,
                                 Lang lang = Lang::zh);

/// @p text as HTML element content or attribute value: invalid UTF-8 and C0 controls as
/// U+FFFD, `& < > " '` as entities, and each bidi control (U+061C, U+200E, U+200F,
/// U+202A–U+202E, U+2066–U+2069) replaced by a visible mark `[U+202E]`, so text from a
/// form can neither close an element nor reorder the page.
std::string html_escape(std::string_view text);

}  // namespace jixiao::io
