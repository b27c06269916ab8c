// Internal: the canonical tree as read by property_tree → PerformanceForm, with findings.
#pragma once

#include <boost/property_tree/ptree_fwd.hpp>

#include <optional>
#include <vector>

#include "jixiao/finding.hpp"
#include "jixiao/form.hpp"
#include "jixiao/io/form_io.hpp"
#include "jixiao/io/read_result.hpp"

namespace jixiao::io::detail {

struct JsonNode;

/// Maps the top-level object of a document (for XML: the `<form>` element) to a form.
/// Every problem becomes a finding with its JSON pointer; never throws on content.
PerformanceForm read_form_tree(const boost::property_tree::ptree& root, Format format,
                               std::vector<Finding>& findings);
/// The same for a JSON document read by simdjson (json_tree.hpp).
PerformanceForm read_form_tree(const JsonNode& root, std::vector<Finding>& findings);

/// `load_form_from_string` through property_tree alone, JSON included: the reference
/// the simdjson reader is compared with (tests/json_reader_differential_test.cpp).
ReadResult<PerformanceForm> load_form_reference(std::string_view text, Format format, const LoadOptions& options);

}  // namespace jixiao::io::detail
