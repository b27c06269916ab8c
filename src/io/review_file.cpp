// read_form_file and review_read_form: one way to read and review any form file, for the
// tool's check and report and for batch records.
#include "jixiao/io/review_file.hpp"

#include <algorithm>
#include <cctype>

#include "jixiao/io/form_io.hpp"

namespace jixiao::io {
namespace {

bool published_table(const std::filesystem::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".tsv" || ext == ".txt";
}

}  // namespace

Report review_read_form(const PerformanceForm& form, const RuleSet& rules, const std::vector<Finding>& reader_findings,
                        const SourceMap* source_map) {
  Report report;
  if (source_map != nullptr) {
    report = rules.check(
        form,
        [source_map](std::string_view path) -> std::optional<SourcePosition> {
          const SourcePosition* p = source_map->find(path);
          return p != nullptr ? std::optional<SourcePosition>(*p) : std::nullopt;
        },
        reader_findings);
  } else {
    report = rules.check(form);
  }
  std::vector<Finding> all = reader_findings;
  all.insert(all.end(), report.findings().begin(), report.findings().end());
  return Report(std::move(all), rules.profile().review_rubric);
}

FormFile read_form_file(const std::filesystem::path& path, const Limits& limits) {
  FormFile out;
  if (published_table(path)) {
    const std::optional<std::string> text = read_file_limited(path, limits.max_bytes, out.findings);
    if (!text) return out;
    ImportResult imported = import_form(*text, path.string(), limits);
    const bool refused = imported.refused();  // UTF-16 or past a limit: nothing was read
    out.findings = std::move(imported.findings);
    if (refused) return out;
    out.form = std::move(imported.form);
    out.source_map = std::move(imported.source_map);
  } else {
    LoadOptions options;
    static_cast<Limits&>(options) = limits;
    auto loaded = load_form(path, std::nullopt, options);
    out.form = std::move(loaded.value);
    out.findings = std::move(loaded.findings);
  }
  return out;
}

}  // namespace jixiao::io
