// Reading a test data file whole: one helper for every test (the files are small).
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

namespace jixiao::test {

/// The bytes of the file at `path`. Throws `std::runtime_error` naming the path when it
/// cannot be opened, so a missing data file fails the test that needs it by name.
inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read test data file " + path.string());
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace jixiao::test
