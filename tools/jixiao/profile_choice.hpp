// Profile selection shared by `jixiao check`, `jixiao score` and `jixiao monitor`: a
// built-in profile by name, otherwise a profile file.
#pragma once

#include <jixiao/profile.hpp>

#include <filesystem>
#include <iostream>
#include <optional>
#include <string>
#include <system_error>

namespace jixiao::tool {

// The profile called @p what (built-in name first, then a file); on failure prints the
// problem prefixed with @p command (e.g. "jixiao check") and returns nothing.
inline std::optional<Profile> select_profile(const std::string& what, const std::string& command) {
  if (!Profile::builtin_text(what).empty()) return Profile::builtin(what);
  std::error_code ec;
  if (std::filesystem::is_regular_file(what, ec)) {
    auto loaded = load_profile(what);
    if (!loaded) {
      for (const auto& d : loaded.diagnostics()) std::cerr << what << ": error: " << d.message << '\n';
      return std::nullopt;
    }
    return loaded.value();
  }
  std::cerr << command << ": unknown profile '" << what << "' (built in:";
  for (const auto& name : Profile::builtin_names()) std::cerr << ' ' << name;
  std::cerr << "; or give a profile file)\n";
  return std::nullopt;
}

}  // namespace jixiao::tool
