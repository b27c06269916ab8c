// Internal: checks done on the raw bytes before a parser sees them (size, encoding,
// nesting depth, INFO #include), so no parser can be driven into a crash.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jixiao/finding.hpp"
#include "jixiao/io/form_io.hpp"

namespace jixiao::io::detail {

/// The text a parser may read, or nothing usable (`ok` false) with the reasons.
struct CheckedDocument {
  std::string text;
  bool ok = false;
};

/// Strips a UTF-8 BOM (info finding), normalises CRLF to LF for XML and INFO, and
/// rejects a document over `max_bytes`, UTF-16 text, an empty document, invalid UTF-8,
/// NUL bytes, INFO `#include` directives, and nesting deeper than `max_depth` or more
/// values than `max_cells` (counted on the raw text, so no tree is built for them);
/// error findings with line and column.
CheckedDocument check_document(std::string_view raw, Format format, const LoadOptions& options,
                               std::vector<Finding>& findings);

/// The checks of `check_document` without the copy: true when `raw` passes them; `raw`
/// is left without its BOM.
bool check_raw(std::string_view& raw, Format format, const LoadOptions& options, std::vector<Finding>& findings);

/// JX-IO002 naming UTF-16 (by its byte order mark, or by a NUL in every other byte of
/// the first 64) with the conversion to use; nothing for other text.
std::optional<Finding> utf16_finding(std::string_view raw, const std::string& file);

/// The error finding for a limit of `Limits` (`limit` is its field name, `value` its
/// value): JX-IO003 for `max_bytes`, JX-IO004 for `max_depth`, JX-IO021 otherwise.
/// The message is `what` and then `(limit max_cells = 100000)`.
Finding limit_finding(const char* limit, std::size_t value, std::string what_en, std::string what_zh);

/// A finding of the I/O layer (rule ids `JX-IO…`).
Finding io_finding(const char* rule_id, Severity severity, std::string path, std::string template_en,
                   std::string template_zh);

}  // namespace jixiao::io::detail
