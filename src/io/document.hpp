// Internal: the one way every jixiao document (form, profile, actuals, progress, rule
// configuration) goes from bytes to a property tree: the raw-byte checks (size,
// encoding, depth, INFO #include), then Boost.PropertyTree, every problem a finding.
#pragma once

#include <boost/property_tree/ptree.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jixiao/finding.hpp"
#include "jixiao/io/form_io.hpp"
#include "jixiao/text.hpp"

namespace jixiao::io::detail {

/// A document read into a tree, with the checked text (for positions of findings).
struct TreeDocument {
  TreeDocument() = default;
  /// Moves by swapping the tree (Boost 1.74's ptree would copy it).
  TreeDocument(TreeDocument&& other) noexcept;
  /// Moves by swapping the tree.
  TreeDocument& operator=(TreeDocument&& other) noexcept;
  TreeDocument(const TreeDocument&) = delete;
  TreeDocument& operator=(const TreeDocument&) = delete;
  ~TreeDocument() = default;

  boost::property_tree::ptree tree;
  std::string text;
  Format format = Format::json;
};

/// The format of a document by its first non-blank character after a UTF-8 BOM: `{`
/// or `[` JSON, `<` XML, anything else INFO.
Format format_of_text(std::string_view text) noexcept;

/// Checks `raw` (`check_document`) and parses it; for XML the tree is the content of the
/// single root element, which must be called `root` (any name when `root` is empty;
/// JX-IO010 otherwise). Then checks the tree: children per node (`max_rows`) and text
/// length (`max_text_bytes`, JX-IO021), text that decoding made invalid (replaced by
/// U+FFFD, JX-IO022), XML text beside child elements (JX-IO023); JSON `{}` and `[]`
/// below the root, and INFO empty blocks of keys without a value, are marked
/// (`empty_container`). Nothing on any error, which is in
/// `findings` (JX-IO001…006, JX-IO010, JX-IO021).
std::optional<TreeDocument> read_tree(std::string_view raw, Format format, std::string_view root,
                                      const LoadOptions& options, std::vector<Finding>& findings);

/// Replaces each byte of `s` that does not start valid UTF-8 text (a control character
/// other than tab and line ends, a byte of broken UTF-8) by U+FFFD; the 1-based
/// character of the first one replaced, 0 when `s` was valid text.
std::size_t replace_invalid_text(std::string& s);

/// Reports texts whose characters `replace_invalid_text` replaced (JX-IO022): the first
/// 100 one by one, then one finding for the rest, so a hostile document cannot make a
/// finding per text.
class ReplacedTexts {
 public:
  /// Reports the text at `path`, whose first replacement is at character `column`.
  void report(const std::string& path, std::size_t column, std::vector<Finding>& findings);

 private:
  static constexpr std::size_t kMaxReported = 100;
  std::size_t count_ = 0;
};

/// Marks `node` as a JSON `{}` (`object`) or `[]`, as `read_tree` marks them.
void mark_empty_container(boost::property_tree::ptree& node, bool object);

/// "an empty object", "an empty array" or "an empty block" when `node` was a JSON `{}`
/// or `[]` or an INFO `key {}` with no value (which property_tree reads like `""`),
/// nullptr otherwise; for type messages.
const char* empty_container(const boost::property_tree::ptree& node) noexcept;
/// True when `node` was a JSON `{}` or an INFO empty block.
bool is_empty_object(const boost::property_tree::ptree& node) noexcept;
/// True when `node` was a JSON `[]` or an INFO empty block.
bool is_empty_array(const boost::property_tree::ptree& node) noexcept;
/// Line and column (no file) of the key of an INFO empty block; nothing for any other node.
std::optional<SourcePosition> empty_block_position(const boost::property_tree::ptree& node);

/// Gives every finding without a file in its position the file `file` (line 0: the
/// whole file), so no message starts with a bare path.
void name_file(std::vector<Finding>& findings, const std::string& file);

/// At most `limit` + 1 bytes of `path` (one more than allowed tells the checks it is too
/// large); nothing, with JX-IO007, when it cannot be opened or is not a regular file.
std::optional<std::string> read_file(const std::filesystem::path& path, std::size_t limit,
                                     std::vector<Finding>& findings);

/// At most `limit` + 1 bytes of `in`.
std::string read_stream(std::istream& in, std::size_t limit);

}  // namespace jixiao::io::detail
