// Profile selection shared by `jixiao check`, `jixiao score` and `jixiao monitor`: a
// built-in profile by name, otherwise a profile file.
#pragma once

#include <jixiao/io/profile_io.hpp>

#include <filesystem>
#include <iostream>
#include <optional>
#include <string>
#include <system_error>

namespace jixiao::tool {

// The profile called @p what (built-in name first, then a file); on failure prints the
// problem prefixed with @p command (e.g. "jixiao check") and returns nothing.
inline std::optional<Profile> select_profile(const std::string& what, const std::string& command) {
  if (!io::builtin_profile_text(what).empty()) return io::builtin_profile(what);
  std::error_code ec;
  if (std::filesystem::is_regular_file(what, ec)) {
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

}  // namespace jixiao::tool
