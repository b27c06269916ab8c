// io::import_workbook: the workbook's kind by its bytes, the refusals that need no
// parsing (size, zip bomb, legacy .xls, encryption), then each sheet through the one
// table importer.
#include "jixiao/io/workbook_import.hpp"

#include <algorithm>
#include <cctype>
#include <utility>

#include "document_check.hpp"
#include "table_import_detail.hpp"
#include "workbook_detail.hpp"

namespace jixiao::io {
namespace {

Finding refusal(const char* id, const std::string& file, std::string en, std::string zh) {
  Finding f = detail::io_finding(id, Severity::error, "", std::move(en), std::move(zh));
  f.location.source = SourcePosition{file, 0, 0};
  return f;
}

Finding limit(const char* name, std::size_t value, const std::string& file, const char* en, const char* zh) {
  Finding f = detail::limit_finding(name, value, en, zh);
  f.rule_id = "JX-I016";
  f.location.source = SourcePosition{file, 0, 0};
  return f;
}

// The refusal of `bytes` before any parsing, if any.
std::optional<Finding> refuse_early(std::string_view bytes, detail::WorkbookKind kind, const std::string& file,
                                    const Limits& limits) {
  if (bytes.size() > limits.max_bytes) {
    return limit("max_bytes", limits.max_bytes, file, "the workbook is larger than the limit", "工作簿超过字节上限");
  }
  switch (kind) {
    case detail::WorkbookKind::ole:
      if (detail::encrypted_package(bytes)) {
        return refusal("JX-IO029", file, "the workbook is password-protected (encrypted); save it without a password first",
                       "该工作簿设有密码（已加密）；请先另存为无密码的文件");
      }
      return refusal("JX-IO030", file,
                     "a legacy .xls (BIFF) workbook is not read; convert it first: "
                     "libreoffice --headless --convert-to xlsx FILE.xls",
                     "不读取旧版 .xls（BIFF）工作簿；请先转换：libreoffice --headless --convert-to xlsx FILE.xls");
    case detail::WorkbookKind::zip:
      if (const auto problem = detail::zip_problem(bytes, limits.max_bytes)) {
        if (problem->over_limit) {
          return limit("max_bytes", limits.max_bytes, file, "the workbook's zip unpacks to more than the limit",
                       "工作簿解压后超过字节上限");
        }
        Finding f = refusal("JX-IO028", file, "the workbook cannot be read: {reason}", "无法读取该工作簿：{reason}");
        f.arg("reason", problem->reason);
        return f;
      }
      return std::nullopt;
    case detail::WorkbookKind::xml: return std::nullopt;
    case detail::WorkbookKind::unknown: break;
  }
  Finding f = refusal("JX-IO028", file, "the workbook cannot be read: {reason}", "无法读取该工作簿：{reason}");
  f.arg("reason", "not an xlsx, ods or Excel 2003 XML file (no zip or XML signature)");
  return f;
}

// Findings placed on `sheet` go to that sheet's import, in front of the importer's.
void hand_over(std::vector<Finding>& findings, SheetForm& form) {
  std::vector<Finding> own;
  std::vector<Finding> rest;
  for (Finding& f : findings) {
    const bool here = f.location.source && f.location.source->sheet == form.sheet;
    (here ? own : rest).push_back(std::move(f));
  }
  findings = std::move(rest);
  form.import.findings.insert(form.import.findings.begin(), own.begin(), own.end());
}

}  // namespace

WorkbookImport import_workbook(std::string_view bytes, std::string_view file_name, const WorkbookOptions& options) {
  WorkbookImport out;
  const std::string file(file_name);
  const detail::WorkbookKind kind = detail::workbook_kind(bytes);
  if (auto refused = refuse_early(bytes, kind, file, options.limits)) {
    out.findings.push_back(std::move(*refused));
    return out;
  }
  std::vector<detail::SheetTable> tables = detail::read_sheets(bytes, kind, file, options.sheet, options.limits, out.findings);
  std::vector<SheetForm> all;
  for (detail::SheetTable& t : tables) {
    SheetForm form;
    form.sheet = t.table.sheet;
    detail::Importer importer(std::move(t.table), t.text, file);
    form.import = importer.run();
    hand_over(out.findings, form);
    all.push_back(std::move(form));
  }
  for (SheetForm& f : all) {
    if (!f.import.form.indicators.empty() || !options.sheet.empty()) out.sheets.push_back(std::move(f));
  }
  if (out.sheets.empty() && !all.empty()) out.sheets.push_back(std::move(all.front()));
  if (out.sheets.empty() && out.findings.empty()) {
    Finding f = refusal("JX-IO028", file, "the workbook cannot be read: {reason}", "无法读取该工作簿：{reason}");
    f.arg("reason", options.sheet.empty() ? "no sheet holds any text" : "the sheet holds no text");
    out.findings.push_back(std::move(f));
  }
  return out;
}

WorkbookImport import_workbook(const std::filesystem::path& path, const WorkbookOptions& options) {
  WorkbookImport out;
  const std::optional<std::string> bytes = read_file_limited(path, options.limits.max_bytes, out.findings);
  if (!bytes) return out;
  return import_workbook(*bytes, path.string(), options);
}

bool is_workbook_file(const std::filesystem::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".xlsx" || ext == ".xlsm" || ext == ".ods" || ext == ".xls";
}

}  // namespace jixiao::io
