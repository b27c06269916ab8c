// report_page_markdown: the report page's Markdown twin, for pasting into documents.
#include "jixiao/io/monitor_io.hpp"
#include "jixiao/io/report_html.hpp"
#include "jixiao/io/report_io.hpp"
#include "jixiao/io/scorecard_io.hpp"
#include "result_json.hpp"

namespace jixiao::io {

std::string report_page_markdown(const PerformanceForm& form, const Report& review, const ReportPageParts& parts,
                                 Lang lang) {
  const bool zh = lang == Lang::zh;
  std::string out = "# " + detail::md_cell(form.unit_name) + (form.year ? " " + std::to_string(*form.year) : "") + "\n\n";
  out += (zh ? "## 审核发现\n\n" : "## Review findings\n\n") + report_markdown(review, lang);
  if (parts.scorecard != nullptr) {
    out += (zh ? "\n## 绩效自评\n\n" : "\n## Self-evaluation\n\n") + scorecard_markdown(*parts.scorecard, lang);
  }
  if (parts.monitoring != nullptr) {
    out += (zh ? "\n## 运行监控\n\n" : "\n## Monitoring\n\n") + monitor_markdown(*parts.monitoring, lang);
  }
  return out;
}

}  // namespace jixiao::io
