/// @file monitor_io.hpp
/// @brief Writers of the in-year monitoring report (绩效运行监控, `jixiao::MonitorReport`):
/// text, JSON (schema `jixiao.monitor/1`, docs/schema.md) and Markdown.
#pragma once

#include <string>

#include "jixiao/finding.hpp"
#include "jixiao/monitoring.hpp"

namespace jixiao::io {

/// Time and budget progress, each row with its progress, arithmetic, light and
/// 完成可能性, then the findings rendered in @p lang (as `jixiao monitor` prints it).
std::string monitor_text(const MonitorReport& report, Lang lang = Lang::en);

/// The report as a `jixiao.monitor/1` JSON document (every field of `MonitorReport`
/// and its rows; findings as the finding object of finding_json.hpp).
std::string monitor_json(const MonitorReport& report);

/// Time and budget progress, a Markdown table of the rows, then the findings as a list
/// with messages in @p lang.
std::string monitor_markdown(const MonitorReport& report, Lang lang = Lang::zh);

}  // namespace jixiao::io
