// Internal: the actuals document's keys read from a tree, for readers that find an
// actuals object inside another document (a batch record's `actuals` member).
#pragma once

#include <boost/property_tree/ptree_fwd.hpp>

#include "jixiao/scoring.hpp"
#include "tree_reader.hpp"

namespace jixiao::io::detail {

/// Reads `root` (the actuals object) into `out`; every problem is a finding of `r` with a
/// JSON pointer relative to `root`.
void read_actuals_tree(TreeReader& r, const boost::property_tree::ptree& root, Actuals& out);

}  // namespace jixiao::io::detail
