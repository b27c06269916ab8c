// simdjson's On-Demand API walked once into a JsonNode tree, then the tree checks of
// the reference reader (document.cpp) on it.
#include "json_tree.hpp"

#include <simdjson.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <type_traits>
#include <utility>

#include "byte_words.hpp"
#include "document.hpp"
#include "document_check.hpp"
#include "json_positions.hpp"
#include "jixiao/io/utf8_text.hpp"

namespace jixiao::io::detail {

namespace od = simdjson::ondemand;

namespace {

// Parsers keep their buffers between documents; a thread reuses its own. One grown by a
// very large document is dropped rather than kept, so memory stays flat.
constexpr std::size_t kKeptCapacity = std::size_t{1} << 20;
constexpr std::size_t kKeptParsers = 4;
thread_local std::vector<std::unique_ptr<od::parser>> t_parsers;

std::unique_ptr<od::parser> take_parser() {
  if (t_parsers.empty()) return std::make_unique<od::parser>();
  std::unique_ptr<od::parser> p = std::move(t_parsers.back());
  t_parsers.pop_back();
  return p;
}

void give_back(std::unique_ptr<od::parser> p) {
  if (p && p->capacity() <= kKeptCapacity && t_parsers.size() < kKeptParsers) t_parsers.push_back(std::move(p));
}

// RFC 8259's number: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?. On-Demand hands
// over a number's raw token without checking it when its value is not asked for.
bool is_json_number(std::string_view s) noexcept {
  std::size_t i = 0;
  auto digits = [&] {
    const std::size_t from = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    return i > from;
  };
  if (i < s.size() && s[i] == '-') ++i;
  if (i < s.size() && s[i] == '0') {
    ++i;
  } else if (!digits()) {
    return false;
  }
  if (i < s.size() && s[i] == '.') {
    ++i;
    if (!digits()) return false;
  }
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    if (!digits()) return false;
  }
  return i == s.size();
}

// simdjson checked that texts are UTF-8, so only control characters decoded from
// escapes (`\u0001`) can make one invalid text.
bool has_control_character(std::string_view s) noexcept {
  // Eight bytes at a time while none is below 0x20; from a word with one, byte by byte
  // (tabs and line ends pass).
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    if (bytes_below(word_at(s, i), 0x20) != 0) break;
  }
  return std::any_of(s.begin() + static_cast<std::ptrdiff_t>(i), s.end(), [](char c) {
    return static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r';
  });
}

std::string_view trim_json_space(std::string_view s) noexcept {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Where the members of a tree live: blocks that never move, each container's members
// one span, copied there from a scratch stack when the container ends (so no vector per
// container, no growth by doubling, one free per block).
class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;
  ~Arena() {
    for (const auto& [block, size] : blocks_) std::allocator<JsonMember>().deallocate(block, size);
  }

  // The members pushed on the scratch stack since `base`, moved into one span.
  JsonMember* place(std::vector<JsonMember>& scratch, std::size_t base) {
    const std::size_t n = scratch.size() - base;
    if (n == 0) return nullptr;
    if (blocks_.empty() || capacity_ - used_ < n) {
      capacity_ = std::max(n, next_block_);
      next_block_ = std::min<std::size_t>(next_block_ * 2, kMaxBlock);
      blocks_.reserve(blocks_.size() + 1);  // so that a failing push_back cannot leak the block
      blocks_.emplace_back(std::allocator<JsonMember>().allocate(capacity_), capacity_);
      used_ = 0;
    }
    JsonMember* span = std::uninitialized_copy(scratch.begin() + static_cast<std::ptrdiff_t>(base), scratch.end(),
                                               blocks_.back().first + used_) - n;
    used_ += n;
    scratch.resize(base);
    return span;
  }

 private:
  // Members are plain values: a block is copied into and freed without destructors.
  static_assert(std::is_trivially_copyable_v<JsonMember> && std::is_trivially_destructible_v<JsonMember>);
  static constexpr std::size_t kMaxBlock = 4096;
  std::vector<std::pair<JsonMember*, std::size_t>> blocks_;  // storage and its size in members
  std::size_t capacity_ = 0, used_ = 0;
  std::size_t next_block_ = 256;  // members: a seed-size form fits in two blocks
};

// The members of the containers being built, innermost last; one per thread, kept
// between documents unless a very large one grew it.
thread_local std::vector<JsonMember> t_scratch;
constexpr std::size_t kKeptScratch = std::size_t{1} << 12;  // members: 192 KiB

struct Builder {
  Arena& arena;
  std::vector<JsonMember>& scratch;
  const LoadOptions& limits;
  // Whether the text has a backslash: simdjson refuses raw control characters in
  // strings, so only an escape (`\u0001`, `\b`) can put one in a text.
  bool escapes;
  // Set when a value could fail JsonTreeCheck (a count or length past its limit, a
  // control character decoded from an escape); else the check would find nothing and
  // its walk over the tree is skipped.
  bool check = false;

  void leaf(const JsonNode& node) {
    if (node.value.size() > limits.max_text_bytes ||
        (escapes && node.kind == JsonNode::Kind::text && has_control_character(node.value))) {
      check = true;
    }
  }

  simdjson::error_code build(od::value v, JsonNode& out);

  simdjson::error_code build_object(od::object object, JsonNode& out) {
    out.kind = JsonNode::Kind::object;
    const std::size_t base = scratch.size();
    for (auto member : object) {
      od::field field;
      if (auto e = std::move(member).get(field)) return e;
      std::string_view key;
      if (auto e = field.unescaped_key().get(key)) return e;
      if (key.size() > limits.max_text_bytes) check = true;
      JsonNode value;  // built before it is pushed: building it pushes its own members
      if (auto e = build(field.value(), value)) return e;
      scratch.push_back(JsonMember{key, value});
    }
    return close(base, out);
  }

  simdjson::error_code build_array(od::array array, JsonNode& out) {
    out.kind = JsonNode::Kind::array;
    const std::size_t base = scratch.size();
    for (auto element : array) {
      od::value item;
      if (auto e = std::move(element).get(item)) return e;
      JsonNode value;
      if (auto e = build(item, value)) return e;
      scratch.push_back(JsonMember{std::string_view(), value});
    }
    return close(base, out);
  }

  simdjson::error_code close(std::size_t base, JsonNode& out) {
    out.count = static_cast<std::uint32_t>(scratch.size() - base);
    if (out.count > limits.max_rows) check = true;
    out.first = arena.place(scratch, base);
    return simdjson::SUCCESS;
  }
};

simdjson::error_code Builder::build(od::value v, JsonNode& out) {
  od::json_type type;
  if (auto e = v.type().get(type)) return e;
  switch (type) {
    case od::json_type::object: {
      od::object object;
      if (auto e = v.get_object().get(object)) return e;
      return build_object(object, out);
    }
    case od::json_type::array: {
      od::array array;
      if (auto e = v.get_array().get(array)) return e;
      return build_array(array, out);
    }
    case od::json_type::string: {
      out.kind = JsonNode::Kind::text;
      if (auto e = v.get_string().get(out.value)) return e;
      leaf(out);
      return simdjson::SUCCESS;
    }
    case od::json_type::number:
      out.kind = JsonNode::Kind::number;
      out.value = trim_json_space(v.raw_json_token());
      leaf(out);
      return is_json_number(out.value) ? simdjson::SUCCESS : simdjson::NUMBER_ERROR;
    case od::json_type::boolean: {
      bool b = false;
      if (auto e = v.get_bool().get(b)) return e;
      out.kind = JsonNode::Kind::literal;
      out.value = b ? "true" : "false";
      leaf(out);
      return simdjson::SUCCESS;
    }
    case od::json_type::null: {
      bool null = false;
      if (auto e = v.is_null().get(null)) return e;
      out.kind = JsonNode::Kind::literal;
      out.value = "null";
      leaf(out);
      return null ? simdjson::SUCCESS : simdjson::N_ATOM_ERROR;
    }
  }
  return simdjson::INCORRECT_TYPE;
}

}  // namespace

struct JsonTree::State {
  std::unique_ptr<od::parser> parser = take_parser();
  simdjson::padded_string text;
  std::deque<std::string> replaced;  // texts whose control characters became U+FFFD
  Arena arena;
  ~State() { give_back(std::move(parser)); }
};

JsonTree::JsonTree() : state_(std::make_unique<State>()) {}
JsonTree::~JsonTree() = default;
JsonTree::JsonTree(JsonTree&&) noexcept = default;
JsonTree& JsonTree::operator=(JsonTree&&) noexcept = default;

std::string_view JsonTree::text() const noexcept {
  return state_ ? std::string_view(state_->text.data(), state_->text.size()) : std::string_view();
}

// Parses the checked text into `tree.root`; false when simdjson refuses it, or when
// it is a bare scalar (which the reference reader then reads and reports).
struct JsonTreeBuilder {
  // `check`: whether JsonTreeCheck may find something (Builder::check).
  static bool parse(std::string_view text, const LoadOptions& options, JsonTree& tree, bool& check) {
    JsonTree::State& s = *tree.state_;
    s.text = simdjson::padded_string(text);
    od::document doc;
    if (s.parser->iterate(s.text).get(doc)) return false;
    od::value root;
    if (doc.get_value().get(root)) return false;
    t_scratch.clear();
    Builder builder{s.arena, t_scratch, options, text.find('\\') != std::string_view::npos};
    const bool built = builder.build(root, tree.root) == simdjson::SUCCESS;
    check = builder.check;
    if (t_scratch.capacity() > kKeptScratch) std::vector<JsonMember>().swap(t_scratch);
    if (!built) return false;
    const char* rest = nullptr;  // anything after the top-level value is trailing content
    return doc.current_location().get(rest) != simdjson::SUCCESS;
  }
  static std::string_view keep(JsonTree& tree, std::string text) {
    return tree.state_->replaced.emplace_back(std::move(text));
  }
};

namespace {

// The checks `TreeCheck` (document.cpp) makes on a property tree, made on a JsonNode
// tree; JSON pointers are only built for findings. Made only when the builder saw a
// value it could refuse or change (Builder::check): most documents skip this walk.
class JsonTreeCheck {
 public:
  JsonTreeCheck(JsonTree& tree, const LoadOptions& options, std::vector<Finding>& findings)
      : tree_(tree), options_(options), findings_(findings) {}

  bool walk(JsonNode& node) {
    if (node.size() > options_.max_rows) {
      limit("max_rows", options_.max_rows, "more children than the limit", "子项个数超过上限");
      return false;
    }
    if (!text(node)) return false;
    std::size_t index = 0;
    for (JsonMember& member : node) {
      if (member.first.size() > options_.max_text_bytes) {
        limit("max_text_bytes", options_.max_text_bytes, "a key longer than the limit", "键长度超过上限");
        return false;
      }
      path_.emplace_back(member.first, index++);
      if (!walk(member.second)) return false;
      path_.pop_back();
    }
    return true;
  }

 private:
  // The JSON pointer of the node being checked (an empty key counts as an index, as
  // property_tree cannot tell it from an array element).
  std::string pointer() const {
    std::string p;
    for (const auto& [key, index] : path_) p += "/" + (key.empty() ? std::to_string(index) : pointer_token(valid_text(std::string(key))));
    return p;
  }

  void limit(const char* name, std::size_t value, const char* en, const char* zh) {
    Finding f = limit_finding(name, value, en, zh);
    f.location.path = pointer();
    findings_.push_back(std::move(f));
  }

  bool text(JsonNode& node) {
    if (node.value.size() > options_.max_text_bytes) {
      limit("max_text_bytes", options_.max_text_bytes, "a text longer than the limit", "文本长度超过上限");
      return false;
    }
    if (node.kind != JsonNode::Kind::text || !has_control_character(node.value)) return true;
    std::string replaced(node.value);
    const std::size_t column = replace_invalid_text(replaced);
    node.value = JsonTreeBuilder::keep(tree_, std::move(replaced));
    reported_.report(pointer(), column, findings_);
    return true;
  }

  JsonTree& tree_;
  const LoadOptions& options_;
  std::vector<Finding>& findings_;
  std::vector<std::pair<std::string_view, std::size_t>> path_;
  ReplacedTexts reported_;
};

}  // namespace

JsonOutcome read_json_tree(std::string_view raw, const LoadOptions& options, std::vector<Finding>& findings,
                           std::optional<JsonTree>& tree) {
  tree.reset();
  const std::size_t before = findings.size();
  if (!check_raw(raw, Format::json, options, findings)) return JsonOutcome::refused;
  JsonTree parsed;
  bool check = true;
  if (!JsonTreeBuilder::parse(raw, options, parsed, check)) {
    findings.erase(findings.begin() + static_cast<std::ptrdiff_t>(before), findings.end());  // said again by the reference reader
    return JsonOutcome::malformed;
  }
  if (check && !JsonTreeCheck(parsed, options, findings).walk(parsed.root)) return JsonOutcome::refused;
  tree = std::move(parsed);
  return JsonOutcome::read;
}

boost::property_tree::ptree to_ptree(const JsonNode& node) {
  boost::property_tree::ptree tree(std::string(node.value));
  if (node.empty() && (node.kind == JsonNode::Kind::object || node.kind == JsonNode::Kind::array)) {
    mark_empty_container(tree, node.kind == JsonNode::Kind::object);
  }
  for (const JsonMember& m : node) tree.push_back({std::string(m.first), to_ptree(m.second)});
  return tree;
}

const char* empty_container(const JsonNode& node) noexcept {
  if (!node.empty()) return nullptr;
  if (node.kind == JsonNode::Kind::object) return "an empty object";
  if (node.kind == JsonNode::Kind::array) return "an empty array";
  return nullptr;
}

bool is_empty_object(const JsonNode& node) noexcept {
  return node.empty() && node.kind == JsonNode::Kind::object;
}

bool is_empty_array(const JsonNode& node) noexcept { return node.empty() && node.kind == JsonNode::Kind::array; }

std::optional<SourcePosition> empty_block_position(const JsonNode&) noexcept { return std::nullopt; }

}  // namespace jixiao::io::detail
