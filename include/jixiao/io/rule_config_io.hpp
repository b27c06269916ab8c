/// @file rule_config_io.hpp
/// @brief Reading a rule configuration (docs/rules.md, "Configuration"): which rules are
/// enabled, their severities and parameter overrides. Review thresholds and the grade
/// rubric are policy and live in the `Profile`, not here.
#pragma once

#include <filesystem>
#include <string_view>

#include "jixiao/io/form_io.hpp"
#include "jixiao/io/read_result.hpp"
#include "jixiao/rules.hpp"

namespace jixiao::io {

/// Applies configuration text to `base`: `rules.<id>.enabled`, `rules.<id>.severity` and
/// `rules.<id>.parameters.<name>`. JSON when the text starts with `{`, XML when `<` (one
/// root element of any name), INFO otherwise. `enabled` is symmetric: `true` (`"true"`,
/// `1`) enables a rule `base` disabled, `false` disables it. Never throws: an unknown
/// rule, key or value, a parameter of the wrong type or out of its declared range
/// (JX-IO015), an object where a value belongs or the reverse (JX-IO013) and a rule or
/// key given twice (JX-IO017) are error findings with their JSON Pointer
/// (`/rules/JX-Q009/parameters/x`) and line; any error leaves no value. Thread-safe.
ReadResult<RuleSet> read_rule_config(std::string_view text, const RuleSet& base, const LoadOptions& options = {});

/// Reads a configuration file (format by content) and applies it to `base`. Never throws.
ReadResult<RuleSet> load_rule_config(const std::filesystem::path& path, const RuleSet& base, LoadOptions options = {});

}  // namespace jixiao::io
