// Profile selection shared by the subcommands: a built-in profile by name, otherwise a
// profile file; and the review rules of a profile with an optional rule configuration.
#pragma once

#include <jixiao/io/profile_io.hpp>
#include <jixiao/io/rule_config_io.hpp>
#include <jixiao/rules.hpp>

#include <filesystem>
#include <iostream>
#include <optional>
#include <string>
#include <system_error>

namespace jixiao::tool {

// The profile called @p what (built-in name first, then a file); on failure prints the
// problem (a file that cannot be opened is JX-IO007 naming it; a bare word that is no
// built-in name lists the built-in names) and returns nothing.
inline std::optional<Profile> select_profile(const std::string& what, const std::string& command) {
  if (!io::builtin_profile_text(what).empty()) return io::builtin_profile(what);
  std::error_code ec;
  // A path (a separator or an extension) that is not a readable file is reported as a
  // file that cannot be opened, not as an unknown built-in name.
  const std::filesystem::path path(what);
  const bool looks_like_path = what.find('/') != std::string::npos || what.find('\\') != std::string::npos ||
                               path.has_extension() || std::filesystem::exists(path, ec);
  if (looks_like_path || std::filesystem::is_regular_file(what, ec)) {
    auto loaded = io::load_profile(what);
    for (const auto& f : loaded.findings) std::cerr << f.render(Lang::en) << '\n';
    if (!loaded.ok()) return std::nullopt;
    return std::move(*loaded.value);
  }
  std::cerr << command << ": unknown profile '" << what << "' (built in:";
  for (const auto& name : io::builtin_profile_names()) std::cerr << ' ' << name;
  std::cerr << "; or give a profile file)\n";
  return std::nullopt;
}

// The rules of the profile called @p profile_name (select_profile), configured by the
// file @p rules_path when one is given; on failure prints the problems and returns nothing.
inline std::optional<RuleSet> select_rules(const std::string& profile_name, const std::string& rules_path,
                                           const std::string& command, Lang lang) {
  const auto profile = select_profile(profile_name, command);
  if (!profile) return std::nullopt;
  RuleSet rules = RuleSet::builtin(*profile);
  if (rules_path.empty()) return rules;
  auto configured = io::load_rule_config(rules_path, rules);
  for (const auto& f : configured.findings) std::cerr << f.render(lang) << '\n';
  if (!configured.ok()) return std::nullopt;
  return std::move(*configured.value);
}

}  // namespace jixiao::tool
