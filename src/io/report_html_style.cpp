// The HTML report's style sheet: screen and A4 print. System fonts only (no web font):
// the CJK font is the reader's (fonts-noto-cjk on Debian, docs/report.md).
#include "report_html_detail.hpp"

namespace jixiao::io::detail {

const char* report_css() {
  return R"css(:root { --error: #b3261e; --warning: #9a6700; --info: #1f5fa8; --ok: #1a7f37; --ink: #1b1f24; --muted: #57606a; --line: #d0d7de; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif;
  color: var(--ink); margin: 24px auto; max-width: 1100px; padding: 0 16px; line-height: 1.5; font-size: 14px; }
h1 { font-size: 22px; margin: 0 0 8px; }
h2 { font-size: 18px; border-bottom: 2px solid var(--line); padding-bottom: 4px; margin-top: 28px; }
h3 { font-size: 15px; margin: 16px 0 6px; }
h1, h2, h3, td, th, li, p, .fact, .legend span { overflow-wrap: anywhere; word-break: normal; }
.page-header { display: flex; flex-wrap: wrap; gap: 16px; align-items: flex-start; justify-content: space-between; }
.page-header h1 { flex: 1 1 100%; }
.facts { display: flex; flex-wrap: wrap; gap: 8px 20px; flex: 1 1 500px; }
.fact .label { color: var(--muted); }
.fact.grade .value { font-size: 20px; font-weight: bold; }
.grade-excellent .value, .grade-good .value { color: var(--ok); }
.grade-fair .value { color: var(--warning); }
.grade-poor .value { color: var(--error); }
.sub { color: var(--muted); }
.sev { display: inline-block; padding: 0 6px; border-radius: 3px; color: #fff; font-size: 12px; white-space: nowrap; }
.sev-error { background: var(--error); } .sev-warning { background: var(--warning); } .sev-info { background: var(--info); }
.gauge { width: 220px; height: auto; flex: 0 0 auto; }
.gauge text { font-family: inherit; }
.identity { margin: 10px 0 14px; }
.identity .verdict { font-weight: bold; margin-right: 6px; }
.identity .verdict { color: var(--info); }
.identity.ok .verdict { color: var(--ok); } .identity.broken .verdict { color: var(--error); }
.stacked { width: 100%; height: 18px; display: block; margin: 4px 0; }
.legend { font-size: 12px; color: var(--muted); display: flex; flex-wrap: wrap; gap: 2px 14px; }
.swatch { display: inline-block; width: 10px; height: 10px; margin-right: 4px; vertical-align: baseline; }
.dimension { margin-bottom: 12px; }
ol.findings { padding-left: 0; list-style: none; margin: 0; }
.findings li { border-left: 4px solid var(--line); padding: 4px 8px; margin: 6px 0; break-inside: avoid; }
.findings li.level-error { border-left-color: var(--error); background: #fdf1f0; }
.findings li.level-warning { border-left-color: var(--warning); background: #fdf8ec; }
.findings li.level-info { border-left-color: var(--info); background: #eff5fc; }
.findings .sev { margin-right: 6px; }
.findings .rule { font-weight: bold; margin-right: 6px; }
.findings .pos { font-family: "Noto Sans Mono CJK SC", monospace; font-size: 12px; color: var(--muted); }
.finding .why { color: var(--muted); font-size: 12px; margin: 2px 0 0; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; margin: 6px 0 12px; }
th, td { border: 1px solid var(--line); padding: 3px 6px; vertical-align: top; text-align: left; }
th { background: #f3f5f7; }
td.num, th.num { text-align: right; white-space: nowrap; }
tr.has-error td:first-child { box-shadow: inset 4px 0 var(--error); }
tr.has-warning td:first-child { box-shadow: inset 4px 0 var(--warning); }
tr.shortfall td { background: #fdf8ec; }
a.chip { text-decoration: none; margin-right: 3px; }
.chart { width: 100%; }
.chart-row { display: grid; grid-template-columns: 34% 1fr 9em; gap: 8px; align-items: center; margin: 2px 0; break-inside: avoid; }
.chart-row .name { font-size: 12px; }
.chart-row svg { width: 100%; height: 14px; display: block; }
.chart-row .figure { font-size: 12px; text-align: right; white-space: nowrap; }
.light { display: inline-block; width: 12px; height: 12px; border-radius: 50%; border: 1px solid #0003; vertical-align: middle; }
.light-green { background: #2da44e; } .light-yellow { background: #d4a72c; } .light-red { background: #cf222e; } .light-none { background: #fff; }
.progress-bars { max-width: 700px; }
footer { margin-top: 32px; color: var(--muted); font-size: 12px; }
@page { size: A4; margin: 14mm 12mm;
  @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; color: #57606a; } }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 10.5pt; }
  h2, h3 { break-after: avoid; }
  thead { display: table-header-group; }
  tr, .findings li, .chart-row, .identity { break-inside: avoid; }
  .findings li, tr.shortfall td, th, .sev, .light, svg { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
)css";
}

}  // namespace jixiao::io::detail
