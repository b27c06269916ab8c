/// @file report_io.hpp
/// @brief Writers of the review report (审核报告, `jixiao::Report`): text, JSON
/// (schema `jixiao.report/1`, docs/schema.md), SARIF 2.1.0 and Markdown.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "jixiao/finding.hpp"
#include "jixiao/form.hpp"
#include "jixiao/rules.hpp"

namespace jixiao::io {

/// One rendered finding per line (`Finding::render`), then a summary line with the
/// counts, the review score and the suggested review grade, in @p lang.
std::string report_text(const Report& report, Lang lang);

/// The report as a `jixiao.report/1` JSON document: schema, findings (the finding
/// object of finding_json.hpp, messages in both languages), counts, ok, score and
/// review grade. Two-space indent, one finding per line, final newline.
std::string report_json(const Report& report);

/// A SARIF 2.1.0 log: @p rules supply the driver's rule metadata, @p artifact the file
/// name used when a finding has no source position; messages in @p lang.
std::string report_sarif(const Report& report, Lang lang, const std::vector<std::shared_ptr<const Rule>>& rules,
                         const std::string& artifact = {});

/// A Markdown table of the findings (location, rule, severity, message in @p lang),
/// then the summary line of report_text() in bold.
std::string report_markdown(const Report& report, Lang lang);

/// The indicator table of @p form as terminal text: one line per indicator (#, 一级,
/// 二级, 三级, 年度指标值, the ids of @p review's findings on the row), columns padded
/// by display width (`display_width`: a Chinese character takes two columns), headers
/// in @p lang; tabs and line breaks inside a cell become spaces.
std::string indicator_table_text(const PerformanceForm& form, const Report& review, Lang lang);

}  // namespace jixiao::io
