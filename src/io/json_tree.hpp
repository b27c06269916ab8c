// Internal: a JSON document read by simdjson into a small ordered tree, for the form
// reader's fast path. It keeps what Boost.PropertyTree keeps (members in order,
// duplicate keys, numbers and literals as written) and what it loses (empty objects
// and arrays, which property_tree reads like ""), so the one form reader reads both.
#pragma once

#include <boost/property_tree/ptree.hpp>

#include <algorithm>
#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jixiao/finding.hpp"
#include "jixiao/io/form_io.hpp"

namespace jixiao::io::detail {

struct JsonMember;

/// One JSON value. Texts and keys are views into the parser's buffers and the checked
/// text, members a span of the tree's arena: the owning `JsonTree` keeps all of them
/// alive, and a node is a plain value (copied, never freed on its own).
struct JsonNode {
  /// What the value was in the JSON text.
  enum class Kind : std::uint8_t { text, number, literal, object, array };
  /// A text unescaped; a number, `true`, `false` or `null` as written.
  std::string_view value;
  /// Members of an object in order (duplicates too); elements of an array, with empty
  /// keys: `count` of them from `first` (nullptr when none).
  JsonMember* first = nullptr;
  /// Number of members or elements.
  std::uint32_t count = 0;
  /// Its kind.
  Kind kind = Kind::text;

  /// True when the value has no members: a leaf, `{}` or `[]` (as a ptree node is empty).
  bool empty() const noexcept { return count == 0; }
  /// Number of members or elements.
  std::size_t size() const noexcept { return count; }
  /// The text of a leaf (empty for objects and arrays, as property_tree's data).
  std::string_view data() const noexcept { return value; }
  /// The members in order.
  const JsonMember* begin() const noexcept;
  /// The end of the members.
  const JsonMember* end() const noexcept;
  /// The members in order, to change (the tree checks replace texts in place).
  JsonMember* begin() noexcept;
  /// The end of the members, to change.
  JsonMember* end() noexcept;
  /// Drops the members for which `pred(member)` holds, keeping the order of the rest.
  template <class Pred>
  void remove_members_if(Pred pred);
};

/// A key and its value; named like property_tree's pairs so one reader walks both trees.
struct JsonMember {
  /// The key, unescaped (empty for array elements).
  std::string_view first;
  /// The value.
  JsonNode second;
};

// Inline: the form reader walks members in its innermost loops.
inline const JsonMember* JsonNode::begin() const noexcept { return first; }
inline const JsonMember* JsonNode::end() const noexcept { return first + count; }
inline JsonMember* JsonNode::begin() noexcept { return first; }
inline JsonMember* JsonNode::end() noexcept { return first + count; }
template <class Pred>
void JsonNode::remove_members_if(Pred pred) {
  count = static_cast<std::uint32_t>(std::remove_if(begin(), end(), pred) - first);
}

/// A JSON document read and checked; movable, the views stay valid while it lives.
class JsonTree {
 public:
  JsonTree();
  /// Gives its parser back for the next document read on this thread.
  ~JsonTree();
  JsonTree(JsonTree&&) noexcept;
  JsonTree& operator=(JsonTree&&) noexcept;
  JsonTree(const JsonTree&) = delete;
  JsonTree& operator=(const JsonTree&) = delete;

  /// The top-level value.
  JsonNode root;
  /// The checked text (BOM removed), for the positions of findings.
  std::string_view text() const noexcept;

 private:
  friend struct JsonTreeBuilder;
  struct State;
  std::unique_ptr<State> state_;
};

/// How `read_json_tree` ended.
enum class JsonOutcome : std::uint8_t {
  read,       ///< A tree, maybe with warnings in the findings.
  refused,    ///< The raw checks or the tree's limits refused it: errors are in the findings.
  malformed,  ///< simdjson did not accept the text: the reference parser says why.
};

/// Checks `raw` (`check_raw`: size, encoding, depth, cells) and reads it with simdjson;
/// then checks the tree as the reference reader does (children per node `max_rows`,
/// text and key length `max_text_bytes`: JX-IO021; control characters decoded from
/// escapes replaced by U+FFFD: JX-IO022). On `malformed` `findings` is left as it was,
/// for the reference reader (`read_tree`) to read the text again and say what is wrong.
JsonOutcome read_json_tree(std::string_view raw, const LoadOptions& options, std::vector<Finding>& findings,
                           std::optional<JsonTree>& tree);

/// `node` as property_tree's JSON reader makes it (empty containers marked), for the
/// readers that only read property trees (the actuals of a batch record).
boost::property_tree::ptree to_ptree(const JsonNode& node);

/// "an empty object" or "an empty array" for `{}` and `[]`, nullptr otherwise.
const char* empty_container(const JsonNode& node) noexcept;
/// True for `{}`.
bool is_empty_object(const JsonNode& node) noexcept;
/// True for `[]`.
bool is_empty_array(const JsonNode& node) noexcept;
/// Nothing: JSON findings get their positions from the text (json_positions.hpp).
std::optional<SourcePosition> empty_block_position(const JsonNode& node) noexcept;

}  // namespace jixiao::io::detail
