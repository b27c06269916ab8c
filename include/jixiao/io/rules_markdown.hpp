/// @file rules_markdown.hpp
/// @brief The rule catalogue documentation (docs/rules.md), generated from the rules'
/// own metadata so that code and document cannot drift.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "jixiao/rules.hpp"

namespace jixiao::io {

/// The catalogue documentation of @p rules (docs/rules.md, as `jixiao rules --markdown`
/// prints it): configuration, the profile settings the rules read with their values in
/// @p profile, the review-grade rubric of @p profile, a table and one section per rule.
/// The default, `Profile{}`, is the national profile.
std::string rules_markdown(const std::vector<std::shared_ptr<const Rule>>& rules, const Profile& profile = {});

}  // namespace jixiao::io
