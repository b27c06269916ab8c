// The Chinese text of the manual's descriptions (docs/zh/工具手册.md), keyed by the English
// text the command-line definitions give; `jixiao manual --lang zh` fails on a description
// it has no Chinese for, so a new option cannot reach the Chinese manual untranslated.
#pragma once

#include <string_view>

namespace jixiao::tool {

/// The Chinese for `english` (an option's or argument's description, a subcommand's
/// description or exit footer), or nullptr when there is none.
const char* manual_chinese(std::string_view english);

}  // namespace jixiao::tool
