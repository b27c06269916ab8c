// Building blocks of the result writers (report, scorecard, monitor): a JSON object
// written member by member, and Markdown cell escaping. Internal to src/io.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jixiao/decimal.hpp"
#include "jixiao/finding.hpp"
#include "jixiao/io/json_text.hpp"

namespace jixiao::io::detail {

/// Writes one JSON object into a string, member by member. An inline object keeps its
/// members on one line (`{"a": 1, "b": "x"}`); a block object puts each member on its
/// own line, indented by `indent` spaces, and closes on a line of its own.
class JsonObject {
 public:
  /// Opens an inline object (members on one line).
  explicit JsonObject(std::string& out) : JsonObject(out, -1) {}
  /// Opens an object whose members sit on their own lines at `indent` spaces; a
  /// negative indent means inline.
  JsonObject(std::string& out, int indent);
  /// Writes the separator and `"name": `; the caller appends the value.
  std::string& member(std::string_view name);
  /// A text member (UTF-8 kept, control characters escaped).
  JsonObject& text(std::string_view name, std::string_view value);
  /// A text member, or null when absent.
  JsonObject& nullable_text(std::string_view name, const std::optional<std::string>& value);
  /// A decimal member, written as a string so its scale survives (`"19.48"`).
  JsonObject& decimal(std::string_view name, const Decimal& value);
  /// A decimal member, or null when absent.
  JsonObject& decimal(std::string_view name, const std::optional<Decimal>& value);
  /// A boolean member.
  JsonObject& boolean(std::string_view name, bool value);
  /// An integer member.
  JsonObject& integer(std::string_view name, long long value);
  /// An integer member (an index), or null when absent.
  JsonObject& nullable_integer(std::string_view name, const std::optional<std::size_t>& value);
  /// An array of integers on one line.
  JsonObject& integers(std::string_view name, const std::vector<std::size_t>& values);
  /// An array of objects, one per line, each written by `write(out, item)`; `[]` when empty.
  template <class T, class Write>
  JsonObject& array(std::string_view name, const std::vector<T>& items, Write write) {
    std::string& out = member(name);
    if (items.empty()) {
      out += "[]";
      return *this;
    }
    out += '[';
    const std::string item_indent(static_cast<std::size_t>(indent_ < 0 ? 2 : indent_ + 2), ' ');
    for (std::size_t i = 0; i < items.size(); ++i) {
      out += i == 0 ? "\n" : ",\n";
      out += item_indent;
      write(out, items[i]);
    }
    out += '\n';
    out.append(static_cast<std::size_t>(indent_ < 0 ? 0 : indent_), ' ');
    out += ']';
    return *this;
  }
  /// Closes the object: `}`, on a line of its own for a block object.
  void close();

 private:
  std::string& out_;
  int indent_;
  bool first_ = true;
};

/// A Markdown table cell: pipes escaped, `<`, `>` and `&` as entities (no HTML where the
/// Markdown is rendered), line breaks flattened to spaces.
std::string md_cell(std::string_view text);

/// The findings as a Markdown list (`- `JX-S001` warning /path: message`), after a
/// blank line; empty when there are none.
std::string md_findings(const std::vector<Finding>& findings, Lang lang);

}  // namespace jixiao::io::detail
