// Reading the small input documents (actuals, progress, profiles) whose format is told by
// their first character, shared so each kind reports problems the same way.
#pragma once

#include <boost/property_tree/ptree.hpp>

#include <optional>
#include <string>
#include <string_view>

#include "jixiao/diagnostic.hpp"

namespace jixiao::detail {

// Parses @p text into @p root: JSON when it starts with `{`, XML when `<` (the root
// element must be <kind>, whose children become @p root), INFO otherwise. Returns the
// problem (code `jixiao.<kind>.syntax`, message prefixed with @p origin) or nothing.
std::optional<Diagnostic> read_document_tree(std::string_view text, std::string_view origin, std::string_view kind,
                                             boost::property_tree::ptree& root);

// The whole file at @p path, or a `jixiao.<kind>.cannot_open` diagnostic.
Parsed<std::string> read_document_file(const std::string& path, std::string_view kind);

}  // namespace jixiao::detail
