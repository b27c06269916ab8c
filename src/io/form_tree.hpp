// Internal: the canonical document as a small ordered tree, shared by the writers.
#pragma once

#include <ostream>
#include <streambuf>
#include <string>
#include <utility>
#include <vector>

#include "jixiao/form.hpp"
#include "jixiao/io/form_io.hpp"
#include "jixiao/io/utf8_text.hpp"

namespace jixiao::io::detail {

/// One value of the canonical document. Leaves are text (written quoted in JSON) or
/// integers (written bare); objects keep their keys in schema order.
struct Node {
  enum class Type { text, integer, object, array };
  Type type = Type::text;
  std::string value;
  std::vector<std::pair<std::string, Node>> children;  // arrays use empty keys

  /// A text leaf; what is not valid text (utf8_text.hpp) becomes U+FFFD, so every
  /// format writes a file that reads back.
  static Node text(std::string v) {
    if (!is_valid_text(v)) v = valid_text(v);
    return Node{Type::text, std::move(v), {}};
  }
  static Node integer(std::string v) { return Node{Type::integer, std::move(v), {}}; }
  static Node object() { return Node{Type::object, {}, {}}; }
  static Node array() { return Node{Type::array, {}, {}}; }

  Node& add(std::string key, Node child) {
    children.emplace_back(std::move(key), std::move(child));
    return children.back().second;
  }
  Node& push(Node child) { return add(std::string(), std::move(child)); }
};

/// The canonical tree of a form (absent optional values and empty lists omitted).
Node to_tree(const PerformanceForm& form);

/// Canonical JSON text of a tree (two-space indent, UTF-8 unescaped, LF line ends),
/// streamed to `out` in pieces of 64 KiB.
void write_json(const Node& root, std::ostream& out);

/// XML (root `<form>`, items `<item>`) through property_tree, streamed to `out`; `root`
/// is taken apart as its copy in property_tree's form is built.
void write_xml(Node root, std::ostream& out);
/// INFO (items `item`) through property_tree, as `write_xml`.
void write_info(Node root, std::ostream& out);

/// A stream buffer that appends what is written to a string (an ostringstream would
/// hold the text and then copy it out).
class StringSink : public std::streambuf {
 public:
  /// Appends to `text`, which must outlive the buffer.
  explicit StringSink(std::string& text) : text_(text) {}

 protected:
  int_type overflow(int_type c) override;
  std::streamsize xsputn(const char* s, std::streamsize n) override;

 private:
  std::string& text_;
};

}  // namespace jixiao::io::detail
