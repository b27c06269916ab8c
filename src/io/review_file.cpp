// read_form_file and review_read_form: one way to read and review any form file, for the
// tool's check and report and for batch records.
#include "jixiao/io/review_file.hpp"

#include <algorithm>
#include <cctype>

#include "jixiao/io/form_io.hpp"
#include "jixiao/io/workbook_import.hpp"

namespace jixiao::io {
namespace {

bool published_table(const std::filesystem::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".tsv" || ext == ".txt";
}

// JX-IO033: the workbook holds forms on other sheets than the one read.
Finding other_forms(const WorkbookImport& book, const std::string& file) {
  std::string names;
  for (std::size_t k = 1; k < book.sheets.size(); ++k) names += (k > 1 ? ", " : "") + book.sheets[k].sheet;
  Finding f;
  f.rule_id = "JX-IO033";
  f.severity = Severity::info;
  f.location.source = SourcePosition{file, 0, 0, book.sheets.front().sheet};
  f.template_en = "the workbook holds more forms, on the sheets {sheets}; the form of sheet {sheet} was read (--sheet picks one)";
  f.template_zh = "工作簿中还有其他申报表（工作表：{sheets}）；已读取工作表“{sheet}”中的申报表（可用 --sheet 选择）";
  f.arg("sheets", names).arg("sheet", book.sheets.front().sheet);
  return f;
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
  return Report(reader_findings, report.findings(), rules.profile().review_rubric);
}

FormFile read_form_file(const std::filesystem::path& path, const Limits& limits, const std::string& sheet) {
  FormFile out;
  if (is_workbook_file(path)) {
    WorkbookOptions options;
    options.sheet = sheet;
    options.limits = limits;
    WorkbookImport book = import_workbook(path, options);
    out.findings = std::move(book.findings);
    if (book.sheets.empty()) return out;
    SheetForm& first = book.sheets.front();
    out.findings.insert(out.findings.end(), first.import.findings.begin(), first.import.findings.end());
    if (first.import.refused()) return out;
    if (book.sheets.size() > 1) out.findings.push_back(other_forms(book, path.string()));
    out.form = std::move(first.import.form);
    out.source_map = std::move(first.import.source_map);
  } else if (published_table(path)) {
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
