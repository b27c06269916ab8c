// The Chinese descriptions of the tool's manual (manual_zh.hpp).
#include "manual_zh.hpp"

#include <map>

namespace jixiao::tool {

const char* manual_chinese(std::string_view english) {
  static const std::map<std::string_view, const char*> chinese{
      // Global options (CLI11's own).
      {"Print this help message and exit", "打印帮助信息并退出"},
      {"Display program version information and exit", "显示程序版本信息并退出"},
      // Subcommands.
      {"Print the version", "打印版本号。"},
      {"Convert a form between JSON, XML and INFO (canonical schema jixiao.form/1)",
       "在 JSON、XML、INFO 三种格式（规范模式 jixiao.form/1）之间转换申报表。"},
      {"Self-evaluation scorecard (绩效自评) of a form under a profile",
       "按评分方案（profile）对申报表做绩效自评，输出评分卡，每个分数都给出算式。"},
      {"In-year monitoring (双监控): budget and indicator progress at a month",
       "绩效运行监控（双监控）：某月的预算执行进度与指标完成进度。"},
      {"Parse target strings (指标值) from stdin, one per line, into JSON lines (a line with ' | ' is split cells: "
       "comparator | number | unit)",
       "从标准输入逐行读取指标值，每行输出一个 JSON 对象（含 ' | ' 的行是拆开的单元格：比较符 | 数值 | 单位）。"},
      {"Review a form (绩效目标审核) with the rule catalogue; exit 1 on errors",
       "用审核规则目录审核申报表（绩效目标审核）；有错误时退出码为 1。"},
      {"List the review rules (--markdown: the docs/rules.md text)",
       "列出审核规则（--markdown：输出 docs/rules.md 的内容）。"},
      {"Import a form from a published table (tab, |, spaces, one cell per line) or a workbook (.xlsx, .ods)",
       "从公开发布的表格文本（制表符、|、空格分隔，或一行一格）或电子表格工作簿（.xlsx、.ods）导入申报表。"},
      {"Review and score many forms: one JSON line per record, in input order",
       "批量审核与评分：每条记录输出一行 JSON，顺序与输入相同。"},
      {"JSON Lines (- for stdin, the default; .jsonl/.ndjson), a directory of forms, or form files",
       "JSON Lines（- 表示标准输入，为默认；.jsonl/.ndjson 文件）、申报表所在目录，或申报表文件"},
      {"A file listing form paths, one per line (- for stdin)", "列出申报表路径的文件，每行一个（- 表示标准输入）"},
      {"Worker threads (0: one per core)", "工作线程数（0：每个 CPU 核一个）"},
      {"Review only (check), score only (score), or both (all)", "只审核（check）、只评分（score），或两者都做（all）"},
      {"At the end, print totals per rule and per grade on stderr (one JSON line)",
       "结束时在标准错误输出按规则和等级的汇总（一行 JSON）"},
      {"Exit 1: some record has review errors or an incomplete scorecard (exit 2: some record could not be read).",
       "退出码 1：有记录审核发现错误或评分卡不完整（退出码 2：有记录无法读取）。"},
      {"The report a reviewer reads: one HTML page (inline CSS and SVG, no script) with the review, and the "
       "scorecard and monitoring when given",
       "给审核人阅读的报告：一个 HTML 页面（内嵌 CSS 与 SVG，不含脚本），含审核结果，给出实际值或进度时还含评分卡与运行监控。"},
      {"Print this manual (docs/tool.md) generated from the command-line definitions",
       "输出本手册（由命令行定义生成）。"},
      // Arguments and options.
      {"Input form (.json, .xml, .info; - for stdin with --from)",
       "输入的申报表（.json、.xml、.info；与 --from 同用时 - 表示标准输入）"},
      {"Output form (.json, .xml, .info; - for stdout with --to)",
       "输出的申报表（.json、.xml、.info；与 --to 同用时 - 表示标准输出）"},
      {"Input format: json, xml or info (default: by extension)", "输入格式：json、xml 或 info（默认按扩展名判断）"},
      {"Output format: json, xml or info (default: by extension)", "输出格式：json、xml 或 info（默认按扩展名判断）"},
      {"Write the form even when loading reported errors (marked with metadata jixiao.partial)",
       "读取时报告了错误也写出申报表（以元数据 jixiao.partial 标记为不完整）"},
      {"The form (JSON/XML/INFO, schema jixiao.form/1)", "申报表（JSON/XML/INFO，模式 jixiao.form/1）"},
      {"Actual values (JSON/INFO/XML); default: the ones a self-evaluation form carries",
       "实际完成值（JSON/INFO/XML）；默认取自评表自带的实际完成值"},
      {"Built-in profile name or profile file", "内置评分方案名称或评分方案文件"},
      {"Output format", "输出格式"},
      {"Progress to date (JSON/INFO/XML)", "截至监控月份的进度（JSON/INFO/XML）"},
      {"Month monitored (1..12)", "监控月份（1..12）"},
      {"Progress to date (JSON/INFO/XML); with --month, adds the monitoring",
       "截至监控月份的进度（JSON/INFO/XML）；与 --month 同用，加入运行监控部分"},
      {"Output file (- for stdout)", "输出文件（- 表示标准输出）"},
      {"Output format: html (the page), md (Markdown) or text (aligned table)",
       "输出格式：html（页面）、md（Markdown）或 text（按显示宽度对齐的表格）"},
      {"Language of the diagnostics' messages: en (default) or zh", "诊断信息的语言：en（默认）或 zh"},
      {"Form: .json/.xml/.info (canonical), .tsv/.txt (published table) or .xlsx/.ods (workbook)",
       "申报表：.json/.xml/.info（规范格式）、.tsv/.txt（公开发布的表格）或 .xlsx/.ods（工作簿）"},
      {"The workbook's sheet to read (default: the first that holds a form)",
       "要读取的工作表名称（默认：第一个含有申报表的工作表）"},
      {"Rule configuration (.json/.xml/.info): rules.<id>.{enabled,severity,parameters}",
       "规则配置（.json/.xml/.info）：rules.<id>.{enabled,severity,parameters}"},
      {"Message language", "信息的语言"},
      {"Print the catalogue documentation generated from the rules' metadata", "输出由规则元数据生成的规则目录文档"},
      {"Table text (UTF-8; - for stdin) or a workbook (.xlsx, .ods)", "表格文本（UTF-8；- 表示标准输入）或工作簿（.xlsx、.ods）"},
      {"Output format: json (default), xml or info", "输出格式：json（默认）、xml 或 info"},
      {"Language of the findings: en (default) or zh", "发现的语言：en（默认）或 zh"},
      {"Do not print info findings (repairs)", "不打印提示级的发现（修复记录）"},
      {"Markdown (the only format; accepted for symmetry with `jixiao rules --markdown`)",
       "Markdown（唯一的格式；为与 `jixiao rules --markdown` 一致而接受）"},
      {"Language of the manual: en (default) or zh", "手册的语言：en（默认）或 zh"},
      // What exit code 1 means for each subcommand (describe_problems_exit).
      {"Exit 1: the form had errors: nothing was written, or with --force the partial form was.",
       "退出码 1：申报表有错误：未写出任何内容；使用 --force 时写出了不完整的申报表。"},
      {"Exit 1: the scorecard is incomplete or a row needs a reason.", "退出码 1：评分卡不完整，或有指标需要填写偏差原因。"},
      {"Exit 1: a light that is not green has no reason.", "退出码 1：有非绿灯的指标未说明原因。"},
      {"Exit 1: some line was rejected.", "退出码 1：有的行未能读取。"},
      {"Exit 1: the review found errors.", "退出码 1：审核发现了错误。"},
      {"Exit 1: cells were left unread or repaired with warnings.", "退出码 1：有单元格未能读取，或经修复并给出了警告。"},
  };
  const auto it = chinese.find(english);
  return it != chinese.end() ? it->second : nullptr;
}

}  // namespace jixiao::tool
