// Internal to the HTML report (src/io/report_html*.cpp): the page's pieces, each a
// function that appends to the page. Not installed.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jixiao/decimal.hpp"
#include "jixiao/io/report_html.hpp"

namespace jixiao::io::detail {

/// What every section needs: the language and the findings' rule metadata.
struct PageContext {
  Lang lang = Lang::zh;
  const PerformanceForm& form;
  const Report& review;
  const ReportPageParts& parts;
  const std::vector<std::shared_ptr<const Rule>>& rules;
  /// The rule of @p id among `rules`, or nullptr (import findings `JX-I…` have none).
  const RuleInfo* rule(std::string_view id) const;
  /// @p zh or @p en by the page's language.
  const char* tr(const char* zh, const char* en) const { return lang == Lang::zh ? zh : en; }
};

/// The page's style sheet (screen and A4 print), without the `<style>` tags.
const char* report_css();

/// @p value as a percentage of @p whole, 0..100 (clamped), rounded to 2 decimals; nothing
/// when whole is not positive or the division fails. For SVG lengths only: the printed
/// figures are the Decimals themselves.
std::optional<Decimal> share_percent(const Decimal& value, const Decimal& whole);
/// A Decimal for a page: thousands grouped, its own scale kept (`1,025.93`).
std::string money(const Decimal& value);
/// `money(value)`, or `—` when absent.
std::string money(const std::optional<Decimal>& value);
/// A severity as the page names it (`错误`/`error`, `警告`/`warning`, `提示`/`info`).
const char* severity_label(Severity severity, Lang lang);
/// The CSS class of a severity (`sev-error`).
std::string severity_class(Severity severity);
/// Where a finding points: `file:line:column` for an imported table, else the JSON pointer.
std::string finding_position(const Finding& finding);
/// The index of the indicator a JSON pointer `/indicators/N…` points into, or nothing.
std::optional<std::size_t> indicator_of(std::string_view path);

/// A stacked horizontal bar (`class="stacked"`): one segment (`class="segment"`) per
/// positive value, in order, with the legend below as HTML; labels are escaped here. With
/// @p last_is_rest the last segment is a remainder (money not placed) drawn grey.
void append_stacked_bar(std::string& out, const std::vector<std::pair<std::string, Decimal>>& segments,
                        bool last_is_rest = false);
/// A half-circle gauge of @p value out of @p max, the value inside and @p caption (escaped
/// by the caller) below.
void append_gauge(std::string& out, const Decimal& value, const Decimal& max, const std::string& caption);
/// One horizontal bar (`class="bar"`) of @p percent (0..100, drawn capped at 100) with a
/// label before and a figure after, in a chart row of the completion chart.
void append_bar_row(std::string& out, const std::string& label, const Decimal& percent, const std::string& figure,
                    bool shortfall);
/// A traffic light (`class="light light-green"`) of @p colour.
void append_light(std::string& out, Colour colour);

/// The header: unit, year, kind, profile, review grade, counts; the gauge with a scorecard.
void append_header(std::string& out, const PageContext& page);
/// The budget identities, ✓/✗ with the figures and a stacked bar each.
void append_budget(std::string& out, const PageContext& page);
/// The review's findings (`class="finding"`, one each) grouped by review dimension.
void append_findings(std::string& out, const PageContext& page);
/// The indicator table (`class="indicator-row"`, one per indicator) with the findings' ids.
void append_indicators(std::string& out, const PageContext& page);
/// The scorecard table (`class="score-row"`) and the completion chart (`class="bar"`).
void append_scorecard(std::string& out, const PageContext& page, const Scorecard& card);
/// Execution against time progress and the rows (`class="progress-row"`) with lights.
void append_monitoring(std::string& out, const PageContext& page, const MonitorReport& report);

}  // namespace jixiao::io::detail
