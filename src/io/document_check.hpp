// Internal: checks done on the raw bytes before a parser sees them (size, encoding,
// nesting depth, INFO #include), so no parser can be driven into a crash.
#pragma once

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
/// rejects invalid UTF-8, NUL bytes, nesting deeper than `options.max_depth` and INFO
/// `#include` directives (error findings with line and column).
CheckedDocument check_document(std::string_view raw, Format format, const LoadOptions& options,
                               std::vector<Finding>& findings);

/// A finding of the I/O layer (rule ids `JX-IO…`).
Finding io_finding(const char* rule_id, Severity severity, std::string path, std::string template_en,
                   std::string template_zh);

}  // namespace jixiao::io::detail
