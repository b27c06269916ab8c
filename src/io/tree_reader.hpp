// Internal: reading the keys of a strict jixiao document (profile, actuals, progress,
// rule configuration) from its property tree. Every problem becomes a `JX-IO…` finding
// with the JSON pointer of the key and, where the key can be found in the text, its
// line and column.
#pragma once

#include <boost/property_tree/ptree.hpp>

#include <filesystem>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "document.hpp"
#include "jixiao/decimal.hpp"
#include "jixiao/finding.hpp"
#include "jixiao/io/read_result.hpp"

namespace jixiao::io::detail {

/// A path of keys from the root (`{"formulas", "reverse"}`).
using KeyPath = std::vector<std::string>;

/// `/formulas/reverse` for `{"formulas", "reverse"}`.
std::string pointer_of(const KeyPath& path);

/// Reads typed values out of a tree, reporting every problem as an error finding.
class TreeReader {
 public:
  /// A reader over `doc` whose findings name `file` and go to `findings`.
  TreeReader(const TreeDocument& doc, std::string file, std::vector<Finding>& findings)
      : doc_(doc), file_(std::move(file)), findings_(findings) {}

  /// Adds an error finding at `path` with the given rule id and templates; returns it
  /// for arguments.
  Finding& report(const KeyPath& path, const char* rule_id, std::string template_en, std::string template_zh);
  /// Points `f` at `node` when the text shows exactly where it is (the key of an INFO
  /// empty block); otherwise leaves it as `report` placed it. Returns `f`.
  Finding& at_node(Finding& f, const boost::property_tree::ptree& node) const;
  /// JX-IO015: `path` holds `value`, which is not one of `expected`.
  void bad_value(const KeyPath& path, const std::string& value, const std::string& expected);
  /// JX-IO019: `value` at `path` breaks a rule of its document (`what`, in both languages).
  void constraint(const KeyPath& path, const std::string& value, std::string what_en, std::string what_zh);

  /// Reports the children of `node` whose key is not in `known` (JX-IO011).
  void only(const boost::property_tree::ptree& node, const KeyPath& path, std::initializer_list<const char*> known);
  /// The text of child `key`, when present; JX-IO013 (and nothing) when it is an object,
  /// an array or a JSON `{}`/`[]`.
  std::optional<std::string> text(const boost::property_tree::ptree& node, const char* key);
  /// The decimal of child `key` (JX-IO014 when it is not one; JX-IO019 when negative
  /// and `allow_negative` is false).
  std::optional<Decimal> decimal(const boost::property_tree::ptree& node, const KeyPath& path, const char* key,
                                 bool allow_negative = false);
  /// Sets `out` from child `key` when present and valid.
  void decimal(const boost::property_tree::ptree& node, const KeyPath& path, const char* key, Decimal& out,
               bool allow_negative = false);
  /// A whole number lo..hi (JX-IO015 otherwise).
  void integer(const boost::property_tree::ptree& node, const KeyPath& path, const char* key, int& out, int lo, int hi);
  /// `true` or `false` (and `1`/`0`); JX-IO015 otherwise.
  std::optional<bool> boolean(const boost::property_tree::ptree& node, const KeyPath& path, const char* key);
  /// Sets `out` from a boolean child when present and valid.
  void boolean(const boost::property_tree::ptree& node, const KeyPath& path, const char* key, bool& out);
  /// The enum value `from_string<E>` reads from child `key` (JX-IO015 otherwise;
  /// `expected` lists the accepted keys in the message).
  template <class E>
  void enumeration(const boost::property_tree::ptree& node, const KeyPath& path, const char* key, E& out,
                   const char* expected) {
    const auto value = text(node, key);
    if (!value) return;
    if (const auto e = from_string<E>(*value)) {
      out = *e;
    } else {
      bad_value(child(path, key), *value, expected);
    }
  }
  /// `path` extended by `key`.
  static KeyPath child(const KeyPath& path, std::string key);

 private:
  std::optional<SourcePosition> position_of(const KeyPath& path) const;
  // The keys from `from` down to `target` (appended to `path`), when `target` is below.
  std::optional<KeyPath> path_to(const boost::property_tree::ptree& from, const boost::property_tree::ptree& target,
                                 KeyPath& path) const;
  const TreeDocument& doc_;
  std::string file_;
  std::vector<Finding>& findings_;
};

/// True for the keys Boost.PropertyTree adds for XML attributes and comments.
bool is_xml_meta(const std::string& key) noexcept;

/// Reads a strict document (root element `root` in XML) with `read_tree_into(reader,
/// tree, value)`; no value when any error was found.
template <class T, class ReadInto>
ReadResult<T> read_document(std::string_view text, const LoadOptions& options, const char* root, ReadInto read_tree_into) {
  ReadResult<T> result;
  auto doc = read_tree(text, format_of_text(text), root, options, result.findings);
  if (!doc) {
    name_file(result.findings, options.file_name);
    return result;
  }
  TreeReader reader(*doc, options.file_name, result.findings);
  T value;
  read_tree_into(reader, doc->tree, value);
  if (result.count(Severity::error) == 0) result.value = std::move(value);
  name_file(result.findings, options.file_name);
  return result;
}

/// Reads the file at `path` and hands its text to `read(text, options)`.
template <class T, class Read>
ReadResult<T> load_document(const std::filesystem::path& path, LoadOptions options, Read read) {
  if (options.file_name.empty()) options.file_name = path.string();
  ReadResult<T> result;
  auto text = detail::read_file(path, options.max_bytes, result.findings);
  if (!text) {
    name_file(result.findings, options.file_name);
    return result;
  }
  return read(*text, options);
}

}  // namespace jixiao::io::detail
