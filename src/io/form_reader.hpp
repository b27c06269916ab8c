// Internal: the canonical tree as read by property_tree → PerformanceForm, with findings.
#pragma once

#include <boost/property_tree/ptree_fwd.hpp>

#include <optional>
#include <vector>

#include "jixiao/finding.hpp"
#include "jixiao/form.hpp"
#include "jixiao/io/form_io.hpp"

namespace jixiao::io::detail {

/// Maps the top-level object of a document (for XML: the `<form>` element) to a form.
/// Every problem becomes a finding with its JSON pointer; never throws on content.
PerformanceForm read_form_tree(const boost::property_tree::ptree& root, Format format,
                               std::vector<Finding>& findings);

}  // namespace jixiao::io::detail
