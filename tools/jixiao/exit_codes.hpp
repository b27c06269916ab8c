// The tool's exit codes, defined once: the subcommands return them, main() maps CLI11's
// errors onto them, and `jixiao manual` prints this table, so docs/tool.md cannot drift.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

namespace jixiao::tool {

/// What a run of the tool ended with; the values are the process exit status.
enum ExitCode : int {
  exit_clean = 0,      ///< the input was read and nothing that needs attention was found
  exit_problems = 1,   ///< the input was read and problems were found (each subcommand says which)
  exit_bad_input = 2,  ///< bad input or usage, or output that could not be written
};

/// One row of the exit code table printed by `jixiao manual`.
struct ExitCodeInfo {
  ExitCode code;   ///< the exit status
  const char* en;  ///< its meaning in English
  const char* zh;  ///< its meaning in Chinese
};

/// Every exit code with its meaning in English and Chinese, in numeric order.
inline constexpr ExitCodeInfo exit_code_table[] = {
    {exit_clean, "clean: the input was read and nothing that needs attention was found",
     "正常：输入已读取，没有需要处理的问题"},
    {exit_problems, "problems found in the input (each subcommand says which, below)",
     "输入中发现问题（各子命令的含义见下文）"},
    {exit_bad_input, "bad input or usage, or output that could not be written (a full disk, a closed pipe)",
     "输入或用法错误，或输出无法写出（磁盘已满、管道已关闭）"},
};

/// Records on @p cmd what exit_problems means for it; `--help` and the manual show it.
inline void describe_problems_exit(CLI::App* cmd, const std::string& meaning) {
  cmd->footer("Exit " + std::to_string(exit_problems) + ": " + meaning + ".");
}

}  // namespace jixiao::tool
