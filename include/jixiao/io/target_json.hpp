/// @file target_json.hpp
/// @brief The JSON object of one parsed target (指标值), as `jixiao target` writes it per
/// line and the C ABI's `jixiao_parse_target` returns it (docs/targets.md).
#pragma once

#include <string>
#include <string_view>

#include "jixiao/diagnostic.hpp"
#include "jixiao/target.hpp"

namespace jixiao::io {

/// One JSON object on one line (no newline): `input`, `kind` (`unparseable` when the
/// parse failed), `op`, `lo`, `hi`, `unit`, `parts` (of a compound target),
/// `canonical` and `diagnostics` (code, message in @p lang, offset, column, text).
std::string target_json(std::string_view input, const Parsed<Target>& parsed, Lang lang);

}  // namespace jixiao::io
