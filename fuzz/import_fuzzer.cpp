// libFuzzer target over the table reader and the form importer: any bytes must import
// without a crash, an exception or a sanitizer report, and every cell must be
// accounted for (in the model or in a finding).
#include <jixiao/io/table_import.hpp>
#include <jixiao/io/table_reader.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const jixiao::io::Table table = jixiao::io::read_table(text);
  const jixiao::io::ImportResult r = jixiao::io::import_form(text, "fuzz.txt");
  // Invariants the importer promises.
  if (r.stats.cells_in_model + r.stats.cells_in_findings != r.stats.cells) std::abort();
  if (r.stats.rows_read != table.rows.size()) std::abort();
  if (r.stats.indicators != r.form.indicators.size()) std::abort();
  if (r.form.indicators.empty()) {
    bool said = false;
    for (const auto& f : r.findings) said = said || f.rule_id == "JX-I008";
    if (!said) std::abort();
  }
  for (const auto& f : r.findings) {
    if (!f.location.source || f.location.source->line == 0 || f.location.source->line > table.rows.size() + 1) std::abort();
  }
  return 0;
}
