/// @file finding.hpp
/// @brief `Finding` (one problem a review rule found in a form, with where, why and a
/// message in zh-CN and en) and `FindingSink` (where rules put them).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "jixiao/decimal.hpp"
#include "jixiao/text.hpp"

namespace jixiao {

/// How serious a finding is.
enum class Severity : std::uint8_t {
  error,    ///< The form is wrong and must be corrected before approval.
  warning,  ///< Probably wrong or weak; a reviewer should look.
  info,     ///< Worth knowing; not a defect by itself.
};

/// `error`, `warning` or `info`.
const char* to_string(Severity severity) noexcept;

/// Reads `error`, `warning` or `info` (also `note` for info, as SARIF spells it).
template <>
std::optional<Severity> from_string<Severity>(std::string_view text);

/// A position in the source file a form was imported from.
struct SourcePosition {
  /// A position; `sheet` only for a workbook cell. (A constructor, not an aggregate, so
  /// that `SourcePosition{file, line, column}` stays complete for -Wextra.)
  SourcePosition(std::string file_name = {}, std::size_t line_number = 0, std::size_t column_number = 0,
                 std::string sheet_name = {})
      : file(std::move(file_name)), line(line_number), column(column_number), sheet(std::move(sheet_name)) {}
  /// The file name as given to the importer.
  std::string file;
  /// 1-based line (table row); 0 when unknown.
  std::size_t line = 0;
  /// 1-based column (code points or table column); 0 when unknown.
  std::size_t column = 0;
  /// The sheet, when the form was imported from a workbook: `line` is then the sheet's
  /// row and `column` its column (printed `Sheet1!B14`); empty for text.
  std::string sheet;
};

/// `file:line:column`, `file:Sheet1!B14` for a workbook cell, `file` when no line is known.
std::string to_string(const SourcePosition& position);

/// The A1 name of a 1-based column (`1` → `A`, `28` → `AB`); empty for 0.
std::string column_name(std::size_t column);

/// Where a finding is: a JSON pointer into the form's canonical JSON and, when the
/// form was imported, the source position of that cell.
struct Location {
  /// JSON pointer such as `/key_tasks/3/planned_funds`; empty for the whole form.
  std::string path;
  /// Position in the imported file, when known.
  std::optional<SourcePosition> source;
};

/// The value of a named argument: text or an exact decimal.
using ArgumentValue = std::variant<std::string, Decimal>;

/// A named argument of a finding (`sum` → 895.93), used to fill message templates
/// and exported as structured data in JSON and SARIF.
struct Argument {
  /// The name used in templates as `{name}`.
  std::string name;
  /// The value.
  ArgumentValue value;
  /// The value as text (decimals keep their scale: `130.00`).
  std::string text() const;
};

/// One problem found by a review rule.
struct Finding {
  /// Stable id of the rule that found it (`JX-B001`).
  std::string rule_id;
  /// Effective severity (the rule's default unless the rule set overrides it).
  Severity severity = Severity::warning;
  /// Where in the form.
  Location location;
  /// Named arguments, in the order the rule added them.
  std::vector<Argument> arguments;
  /// What the rule expected, when that applies (`1,992.29`).
  std::optional<std::string> expected;
  /// What the form has, when that applies (`1,992.30`).
  std::optional<std::string> actual;
  /// zh-CN message template; `{name}` is replaced by the argument's text.
  std::string template_zh;
  /// English message template, same placeholders.
  std::string template_en;

  /// The argument called `name`, or nullptr.
  const Argument* argument(std::string_view name) const noexcept;
  /// Adds (or replaces) a text argument; returns *this for chaining.
  Finding& arg(std::string name, std::string value);
  /// Adds (or replaces) a decimal argument; returns *this for chaining.
  Finding& arg(std::string name, Decimal value);
  /// Sets expected and actual; returns *this for chaining.
  Finding& expect(std::string expected_text, std::string actual_text);
  /// The message in `lang` with every `{name}` filled; an unknown name is kept
  /// verbatim (so a template typo shows instead of vanishing).
  std::string message(Lang lang) const;
  /// One line: `FILE:LINE:COL: error[JX-B001]: message` when the source position is
  /// known, `FILE#/path: …` when only the file is (line 0), else
  /// `/path: error[JX-B001]: message` (`/: …` for the whole form).
  std::string render(Lang lang) const;
};

/// Collects the findings of the rules of one check. A rule set points the sink at the
/// rule being run (`set_rule`), so rules only say where and what.
class FindingSink {
 public:
  /// An empty sink; findings get rule id `""` and severity warning until set_rule.
  FindingSink() = default;
  /// Sets the rule id and severity stamped on the findings added next.
  void set_rule(std::string rule_id, Severity severity);
  /// Adds a finding at JSON pointer `path` with message templates; returns it so the
  /// rule can add arguments and expected/actual.
  Finding& add(std::string path, std::string template_zh, std::string template_en);
  /// Adds a finding as built by the caller (rule id and severity kept as given).
  void add(Finding finding);
  /// The findings so far, in the order added.
  const std::vector<Finding>& findings() const noexcept { return findings_; }
  /// Moves the findings out and empties the sink.
  std::vector<Finding> take() noexcept { return std::move(findings_); }
  /// Number of findings so far.
  std::size_t size() const noexcept { return findings_.size(); }

 private:
  std::string rule_id_;
  Severity severity_ = Severity::warning;
  std::vector<Finding> findings_;
};

}  // namespace jixiao
