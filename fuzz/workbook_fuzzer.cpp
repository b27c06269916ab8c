// libFuzzer target over the workbook reader (issue 16): any bytes given as a workbook
// must import without a crash, an exception or a sanitizer report; what is refused is
// refused with one error finding and no sheet; each sheet's import accounts for every
// cell, its findings name the sheet and a cell inside the limits, and its form survives
// the writers (saved as JSON it loads again). The seeds are the workbooks of
// tests/data/workbooks (xlsx, ods, damaged copies).
#include <jixiao/io/finding_json.hpp>
#include <jixiao/io/form_io.hpp>
#include <jixiao/io/workbook_import.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  jixiao::io::WorkbookOptions options;
  options.limits.max_bytes = std::size_t{1} << 20;  // keeps each run short; the checks are the same
  const jixiao::io::WorkbookImport book = jixiao::io::import_workbook(bytes, "fuzz.xlsx", options);
  if (book.sheets.empty() && book.findings.empty()) jixiao::fuzz::fail("no sheet and no finding", bytes, "");
  for (const auto& f : book.findings) {
    jixiao::fuzz::check_output("finding JSON is not valid UTF-8", jixiao::io::finding_json(f), bytes);
  }
  for (const auto& sheet : book.sheets) {
    const jixiao::io::ImportResult& r = sheet.import;
    if (r.stats.cells_in_model + r.stats.cells_in_findings != r.stats.cells) {
      jixiao::fuzz::fail("a cell of a sheet is not accounted for", bytes, sheet.sheet);
    }
    for (const auto& f : r.findings) {
      const auto& at = f.location.source;
      if (!at || at->sheet != sheet.sheet || at->line == 0 || at->line > options.limits.max_rows ||
          at->column == 0 || at->column > 16384) {
        jixiao::fuzz::fail("a sheet's finding has no cell position in the sheet", bytes, f.render(jixiao::Lang::en));
      }
      jixiao::fuzz::check_output("finding JSON is not valid UTF-8", jixiao::io::finding_json(f), bytes);
    }
    const std::string json = jixiao::io::save_form_to_string(r.form, jixiao::io::Format::json);
    jixiao::fuzz::check_output("written form is not valid UTF-8", json, bytes);
    const auto again = jixiao::io::load_form_from_string(json, jixiao::io::Format::json);
    if (!again.value) jixiao::fuzz::fail("imported form, written, does not load", bytes, jixiao::fuzz::why(again) + "\n" + json);
  }
  return 0;
}
