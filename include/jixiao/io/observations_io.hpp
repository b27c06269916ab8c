/// @file observations_io.hpp
/// @brief Reading what happened to a form's indicators: year-end `Actuals` for scoring
/// and in-year `Progress` for monitoring (JSON, INFO or XML; schemas in docs/scoring.md).
#pragma once

#include <filesystem>
#include <string_view>

#include "jixiao/io/form_io.hpp"
#include "jixiao/io/read_result.hpp"
#include "jixiao/monitoring.hpp"
#include "jixiao/scoring.hpp"

namespace jixiao::io {

/// Reads actuals text (JSON when it starts with `{`, XML when `<` with root
/// `<actuals>`, INFO otherwise). Never throws: every bad key or value is an error
/// finding with its JSON Pointer (`/indicators/2/actual`); any error leaves no value.
ReadResult<Actuals> read_actuals(std::string_view text, const LoadOptions& options = {});
/// Reads an actuals file (format by content). Never throws.
ReadResult<Actuals> load_actuals(const std::filesystem::path& path, LoadOptions options = {});

/// Reads progress text (as `read_actuals`; XML root `<progress>`). Never throws.
ReadResult<Progress> read_progress(std::string_view text, const LoadOptions& options = {});
/// Reads a progress file (format by content). Never throws.
ReadResult<Progress> load_progress(const std::filesystem::path& path, LoadOptions options = {});

}  // namespace jixiao::io
