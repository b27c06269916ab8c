/// @file finding_json.hpp
/// @brief The one JSON shape of a `Finding`, shared by every result schema
/// (`jixiao.report/1`, `jixiao.scorecard/1`, `jixiao.monitor/1`; docs/schema.md).
#pragma once

#include <string>

#include "jixiao/finding.hpp"

namespace jixiao::io {

/// Appends @p finding to @p out as one JSON object on one line, with the members
/// `rule_id`, `severity`, `path`, `source` (object or null), `message_zh`,
/// `message_en`, `arguments` (name → text; decimals as strings with their scale),
/// `expected` and `actual` (text or null), in that order.
void append_finding_json(std::string& out, const Finding& finding);

/// @p finding as the JSON object append_finding_json() writes.
std::string finding_json(const Finding& finding);

/// Appends the arguments of @p finding to @p out as one JSON object (name → text,
/// decimals as strings with their scale), in the order the rule added them.
void append_arguments_json(std::string& out, const Finding& finding);

}  // namespace jixiao::io
