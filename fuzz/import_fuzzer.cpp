// libFuzzer target over the table reader and the form importer: any bytes must import
// without a crash, an exception or a sanitizer report, and every cell must be
// accounted for (in the model or in a finding). The imported form must survive the
// writers: saved as JSON, XML and INFO it is valid UTF-8 (invalid input bytes become
// U+FFFD, JX-I015), loads again, and saving that gives the same bytes. Findings are
// valid UTF-8.
#include <jixiao/io/finding_json.hpp>
#include <jixiao/io/form_io.hpp>
#include <jixiao/io/table_import.hpp>
#include <jixiao/io/table_reader.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const jixiao::io::Table table = jixiao::io::read_table(text);
  const jixiao::io::ImportResult r = jixiao::io::import_form(text, "fuzz.txt");
  // Invariants the importer promises.
  if (r.stats.cells_in_model + r.stats.cells_in_findings != r.stats.cells) std::abort();
  // A text refused as a whole (UTF-16, over a limit) reads no rows: its one error says why.
  const bool refused = r.stats.rows_read == 0 && r.findings.size() == 1 &&
                       r.findings.front().severity == jixiao::Severity::error;
  if (!refused && r.stats.rows_read != table.rows.size()) std::abort();
  if (r.stats.indicators != r.form.indicators.size()) std::abort();
  // A text read but holding no indicator table says so; a refused one says only why.
  if (r.form.indicators.empty() && !refused) {
    bool said = false;
    for (const auto& f : r.findings) said = said || f.rule_id == "JX-I008";
    if (!said) std::abort();
  }
  for (const auto& f : r.findings) {
    if (!f.location.source || f.location.source->line == 0 || f.location.source->line > table.rows.size() + 1) std::abort();
  }
  for (const auto& f : r.findings) {
    jixiao::fuzz::check_output("finding JSON is not valid UTF-8", jixiao::io::finding_json(f), text);
  }
  for (const auto format : {jixiao::io::Format::json, jixiao::io::Format::xml, jixiao::io::Format::info}) {
    const std::string first = jixiao::io::save_form_to_string(r.form, format);
    jixiao::fuzz::check_output("written form is not valid UTF-8", first, text);
    const auto again = jixiao::io::load_form_from_string(first, format);
    if (!again.value) jixiao::fuzz::fail("imported form, written, does not load", text, jixiao::fuzz::why(again) + "\n" + first);
    if (jixiao::io::save_form_to_string(*again.value, format) != first) {
      jixiao::fuzz::fail("imported form: second write differs from the first", text, first);
    }
  }
  return 0;
}
