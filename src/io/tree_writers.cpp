// Writers of the canonical tree: JSON by hand (Boost 1.74's JSON writer escapes every
// non-ASCII byte), XML and INFO through Boost.PropertyTree; all three stream their text.
#include <boost/property_tree/info_parser.hpp>
#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>

#include <ostream>
#include <streambuf>
#include <string>
#include <utility>

#include "form_tree.hpp"
#include "jixiao/io/json_text.hpp"

namespace jixiao::io::detail {
namespace {

// Written text is handed to the stream in pieces of about this size, so a writer never
// holds a whole document (a 15 MiB form once took five copies of itself to write).
constexpr std::size_t kChunk = std::size_t{64} << 10;

void write_json_node(const Node& node, std::string& out, int indent, std::ostream& sink) {
  switch (node.type) {
    case Node::Type::text: append_json_string(out, node.value, JsonEscapes::canonical); return;
    case Node::Type::integer: out += node.value; return;
    case Node::Type::object:
    case Node::Type::array: {
      const bool object = node.type == Node::Type::object;
      if (node.children.empty()) {
        out += object ? "{}" : "[]";
        return;
      }
      out += object ? "{\n" : "[\n";
      for (std::size_t i = 0; i < node.children.size(); ++i) {
        out.append(static_cast<std::size_t>(indent + 2), ' ');
        if (object) {
          append_json_string(out, node.children[i].first, JsonEscapes::canonical);
          out += ": ";
        }
        write_json_node(node.children[i].second, out, indent + 2, sink);
        if (i + 1 < node.children.size()) out += ',';
        out += '\n';
        if (out.size() >= kChunk) {
          sink.write(out.data(), static_cast<std::streamsize>(out.size()));
          out.clear();
        }
      }
      out.append(static_cast<std::size_t>(indent), ' ');
      out += object ? '}' : ']';
      return;
    }
  }
}

using boost::property_tree::ptree;

// Moves the tree over, freeing each part of `node` once it is copied, so the two trees
// are not held whole at once.
void to_ptree(Node& node, ptree& pt) {
  if (node.type == Node::Type::text || node.type == Node::Type::integer) {
    pt.data() = std::move(node.value);
    return;
  }
  for (auto& [k, child] : node.children) {
    ptree& sub = pt.push_back(ptree::value_type(node.type == Node::Type::array ? "item" : k, ptree()))->second;
    to_ptree(child, sub);
    child = Node();
  }
  node.children.clear();
}

// Passes text on to `target` with each CR written as the character reference `&#13;`:
// XML readers turn a raw CR into LF, a reference keeps it.
class CrToReference : public std::streambuf {
 public:
  explicit CrToReference(std::streambuf* target) : target_(target) {}

 protected:
  int_type overflow(int_type c) override {
    if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
    const char ch = traits_type::to_char_type(c);
    return xsputn(&ch, 1) == 1 ? c : traits_type::eof();
  }
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    std::streamsize from = 0;
    for (std::streamsize i = 0; i < n; ++i) {
      if (s[i] != '\r') continue;
      if (!put(s + from, i - from) || !put("&#13;", 5)) return i;
      from = i + 1;
    }
    return put(s + from, n - from) ? n : from;
  }
  int sync() override { return target_->pubsync(); }

 private:
  bool put(const char* s, std::streamsize n) { return n == 0 || target_->sputn(s, n) == n; }
  std::streambuf* target_;
};

}  // namespace

void write_json(const Node& root, std::ostream& out) {
  std::string chunk;
  chunk.reserve(kChunk + 1024);
  write_json_node(root, chunk, 0, out);
  chunk += '\n';
  out.write(chunk.data(), static_cast<std::streamsize>(chunk.size()));
}

// property_tree throws "write error" when the stream fails: a failed write shows in the
// stream's state instead (form_io.hpp: save_form does not throw).
void write_xml(Node root, std::ostream& out) {
  ptree doc;
  to_ptree(root, doc.add_child("form", ptree()));
  CrToReference escaped_buffer(out.rdbuf());
  std::ostream escaped(&escaped_buffer);
  try {
    boost::property_tree::write_xml(escaped, doc, boost::property_tree::xml_writer_make_settings<std::string>(' ', 2));
  } catch (const boost::property_tree::file_parser_error&) {
  }
  escaped.flush();
  if (!escaped) out.setstate(std::ios::badbit);
}

void write_info(Node root, std::ostream& out) {
  ptree doc;
  to_ptree(root, doc);
  try {
    boost::property_tree::write_info(out, doc, boost::property_tree::info_writer_make_settings(' ', 2));
  } catch (const boost::property_tree::file_parser_error&) {
    out.setstate(std::ios::badbit);
  }
}

StringSink::int_type StringSink::overflow(int_type c) {
  if (!traits_type::eq_int_type(c, traits_type::eof())) text_.push_back(traits_type::to_char_type(c));
  return traits_type::not_eof(c);
}

std::streamsize StringSink::xsputn(const char* s, std::streamsize n) {
  text_.append(s, static_cast<std::size_t>(n));
  return n;
}

}  // namespace jixiao::io::detail
