// validate_form: what the loader would report for a form built in code. It writes the
// canonical file and reads it with the loader itself, so there is one classifier, not
// a second copy that could drift from it.
#include <algorithm>
#include <exception>
#include <string>
#include <utility>
#include <vector>

#include "document_check.hpp"
#include "jixiao/io/form_io.hpp"

namespace jixiao::io {
namespace {

// JX-IO026 at `path`: this part of the form reads back differently from its file.
Finding not_as_saved(std::string path, const std::string& field, const std::string& text) {
  Finding f = detail::io_finding("JX-IO026", Severity::warning, std::move(path),
                                 "{field} \"{text}\" does not load back as it is: the value held differs from the "
                                 "reading of its text",
                                 "{field}“{text}”重新读入后与当前值不同：所存的值与其文字的读法不一致");
  f.arg("field", field);
  f.arg("text", text);
  return f;
}

// Each target, expected result and line that would read back differently.
void compare(const PerformanceForm& held, const PerformanceForm& loaded, std::vector<Finding>& out) {
  const std::size_t n = std::min(held.indicators.size(), loaded.indicators.size());
  for (std::size_t i = 0; i < n; ++i) {
    const Indicator& a = held.indicators[i];
    const Indicator& b = loaded.indicators[i];
    const std::string path = "/indicators/" + std::to_string(i);
    if (a.period_target != b.period_target) out.push_back(not_as_saved(path + "/period_target", "period_target", a.period_target.text()));
    if (a.annual_target != b.annual_target) out.push_back(not_as_saved(path + "/annual_target", "annual_target", a.annual_target.text()));
    if (a.level1 != b.level1) out.push_back(not_as_saved(path + "/level1", "level1", a.level1_text));
    if (a.level2 != b.level2) out.push_back(not_as_saved(path + "/level2", "level2", a.level2_text));
  }
  if (out.empty() && held != loaded) {
    out.push_back(not_as_saved("", "form", first_difference(held, loaded)));
  }
}

}  // namespace

std::vector<Finding> validate_form(const PerformanceForm& form) {
  std::vector<Finding> findings;
  try {
    const std::string text = save_form_to_string(form, Format::json);
    ReadResult<PerformanceForm> read = load_form_from_string(text, Format::json);
    for (Finding& f : read.findings) {
      f.location.source.reset();  // a line of a file the host never saw
      findings.push_back(std::move(f));
    }
    if (read.value) compare(form, *read.value, findings);
  } catch (const std::exception& e) {  // allocation failure and the like: reported, not thrown
    Finding f = detail::io_finding("JX-IO026", Severity::warning, "", "the form could not be checked: {text}",
                                   "无法检查该表：{text}");
    f.arg("field", "form");
    f.arg("text", e.what());
    findings.push_back(std::move(f));
  }
  return findings;
}

}  // namespace jixiao::io
