/// @file form_io.hpp
/// @brief Reading and writing a `PerformanceForm` in the canonical schema
/// (`jixiao.form/1`, see docs/schema.md) as JSON, XML or INFO, through Boost.PropertyTree.
///
/// Loading never throws on bad input: it returns a `ReadResult` with the form (when the
/// document could be read at all; it may be partial) and the findings with a JSON-pointer
/// path for each problem; `ok()` says the form is complete (no error finding). Saving writes the canonical layout: fixed key
/// order, decimals as strings with their scale, UTF-8 text unescaped.
///
/// Threads: every function here is thread-safe: loads and saves may run at once from
/// any number of threads, also saving one shared form (it is only read); a stream or a
/// file path must not be used by two calls at once. docs/embedding.md.
#pragma once

#include <cstddef>
#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jixiao/finding.hpp"
#include "jixiao/form.hpp"
#include "jixiao/io/limits.hpp"
#include "jixiao/io/read_result.hpp"
#include "jixiao/text.hpp"

namespace jixiao::io {

/// The three file formats of the canonical schema.
enum class Format : std::uint8_t {
  json,  ///< JSON (`.json`), written by jixiao's own writer so Chinese stays unescaped.
  xml,   ///< XML (`.xml`), root element `<form>`, array items `<item>`.
  info,  ///< Boost INFO (`.info`), array items keyed `item`.
};

/// `json`, `xml` or `info`.
const char* to_string(Format format) noexcept;
}  // namespace jixiao::io

namespace jixiao {
/// The format named `json`, `xml` or `info` (case-sensitive).
template <>
std::optional<io::Format> from_string<io::Format>(std::string_view text);
}  // namespace jixiao

namespace jixiao::io {
/// The format of a file name by its extension (`.json`, `.xml`, `.info`; any case).
std::optional<Format> format_from_path(const std::filesystem::path& path);

/// The schema identifier written in every file and required by the loader.
inline constexpr const char* schema_id = "jixiao.form/1";

/// How to read a document: the limits every reader checks (`Limits`, docs/reliability.md)
/// and the name of the input for the positions of findings.
struct LoadOptions : Limits {
  /// Name used in source positions of findings (set from the path by `load_form(path)`).
  std::string file_name;
};

/// Loads a form from a file; the format comes from `format` or else the extension.
/// An unreadable file or unknown extension gives a finding, never an exception (only
/// `std::bad_alloc` can escape). Thread-safe.
ReadResult<PerformanceForm> load_form(const std::filesystem::path& path, std::optional<Format> format = std::nullopt,
                     LoadOptions options = {});
/// Loads a form from a stream (read to its end, at most `max_bytes` + 1 bytes).
ReadResult<PerformanceForm> load_form(std::istream& in, Format format, LoadOptions options = {});
/// Loads a form from text held in memory.
ReadResult<PerformanceForm> load_form_from_string(std::string_view text, Format format, LoadOptions options = {});

/// Writes `form` in the canonical layout. Deterministic: the same form always gives the
/// same bytes. Thread-safe (the form is only read); does not throw for any form (a
/// failed write shows in the stream's state).
void save_form(const PerformanceForm& form, std::ostream& out, Format format);
/// Writes `form` to a string in the canonical layout.
std::string save_form_to_string(const PerformanceForm& form, Format format);
/// Writes `form` to a file (format from `format` or else the extension); false when
/// the format is unknown or the file cannot be written. Thread-safe for distinct paths.
bool save_form(const PerformanceForm& form, const std::filesystem::path& path,
               std::optional<Format> format = std::nullopt);

/// What loading the canonical file of `form` would report, for a form built in code:
/// the loader's own findings (`JX-IO016` a target that does not parse, `JX-IO025` a
/// money unit that is not 元/万元/亿元, …), and `JX-IO026` for each part that would
/// not load back as it is (a target read with another unit column than the
/// indicator's). Findings carry JSON Pointer paths and no line:column (there is no
/// file). The review's rules (`RuleSet::check`) run on loaded and built forms alike.
/// Never throws on any form content.
std::vector<Finding> validate_form(const PerformanceForm& form);

/// Why `text`, written by `save_form` from `form` in `format`, would be refused when
/// read back under `limits`: JX-IO003 (bytes), JX-IO004 (depth), JX-IO021 (values,
/// elements of one array, bytes of one text), each naming the limit. Empty when it
/// reads back. Writers call this so that nothing the library writes is refused by it
/// (`jixiao convert` and `jixiao import` write nothing and exit 2 otherwise).
std::vector<Finding> check_written(const PerformanceForm& form, std::string_view text, Format format,
                                   const Limits& limits = {});

/// The first line where the canonical JSON of `a` and `b` differ, with both lines
/// (`canonical JSON line 40: "name": "x" != "name": "y"`), or empty when the forms are
/// equal. For test failure messages.
std::string first_difference(const PerformanceForm& a, const PerformanceForm& b);

/// Writes the key.
std::ostream& operator<<(std::ostream& out, Format format);

}  // namespace jixiao::io
