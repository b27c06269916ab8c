/// @file profile_io.hpp
/// @brief Reading and writing a `Profile` (INFO, JSON or XML; docs/profiles.md), and the
/// built-in profiles embedded in the library.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "jixiao/error.hpp"
#include "jixiao/io/form_io.hpp"
#include "jixiao/io/read_result.hpp"
#include "jixiao/profile.hpp"

namespace jixiao::io {

/// Raised by `builtin_profile` only: `[jixiao.profile.unknown]` for a name that is not
/// built in (misuse, not bad input), `[jixiao.profile.builtin_broken]` when an embedded
/// profile does not read (a build defect). Reading a profile file never throws it.
class profile_error : public error {
 public:
  using error::error;
};

/// Reads profile text: JSON when it starts with `{`, XML when `<` (root `<profile>`),
/// INFO otherwise. Never throws: every bad key or value is an error finding (`JX-IO…`)
/// with its JSON Pointer (`/formulas/reverse`) and line; any error leaves no value.
/// `options.file_name` names the text in source positions.
ReadResult<Profile> read_profile(std::string_view text, const LoadOptions& options = {});

/// Reads a profile file (format by content). Never throws. Thread-safe, as
/// `read_profile` and `write_profile`.
ReadResult<Profile> load_profile(const std::filesystem::path& path, LoadOptions options = {});

/// The profile as INFO text that `read_profile` reads back to an equal profile.
std::string write_profile(const Profile& profile);

/// A built-in profile by name (`national`, `national-2021`, `municipal-20`,
/// `vendor-80-70-60`, …); throws `profile_error` (`[jixiao.profile.unknown]`) for an
/// unknown name. Works without any file at run time (the data is embedded).
/// Thread-safe: each call parses the embedded text into a new value.
Profile builtin_profile(std::string_view name);

/// The names of the built-in profiles.
std::vector<std::string> builtin_profile_names();

/// The embedded text of a built-in profile (the same as the file in `profiles/`), for
/// users to copy and edit; empty for an unknown name.
std::string_view builtin_profile_text(std::string_view name) noexcept;

}  // namespace jixiao::io
