// The bundled seed form, loaded once for a benchmark (throws when it cannot be read, so a
// benchmark never times an empty form).
#pragma once

#include <jixiao/io/form_io.hpp>

#include <stdexcept>

namespace jixiao::bench {

/// examples/data/seed-suigang-2024-department.json, loaded.
inline PerformanceForm seed_form() {
  const auto loaded = io::load_form(JIXIAO_SOURCE_DIR "/examples/data/seed-suigang-2024-department.json");
  if (!loaded.value) throw std::runtime_error("seed form not found");
  return *loaded.value;
}

}  // namespace jixiao::bench
