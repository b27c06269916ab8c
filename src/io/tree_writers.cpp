// Writers of the canonical tree: JSON by hand (Boost 1.74's JSON writer escapes every
// non-ASCII byte), XML and INFO through Boost.PropertyTree.
#include <boost/property_tree/info_parser.hpp>
#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>

#include <ostream>
#include <sstream>

#include "form_tree.hpp"
#include "jixiao/io/json_text.hpp"

namespace jixiao::io::detail {
namespace {

void write_json_node(const Node& node, std::string& out, int indent) {
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
        write_json_node(node.children[i].second, out, indent + 2);
        if (i + 1 < node.children.size()) out += ',';
        out += '\n';
      }
      out.append(static_cast<std::size_t>(indent), ' ');
      out += object ? '}' : ']';
      return;
    }
  }
}

using boost::property_tree::ptree;

void to_ptree(const Node& node, ptree& pt) {
  if (node.type == Node::Type::text || node.type == Node::Type::integer) {
    pt.put_value(node.value);
    return;
  }
  for (const auto& [k, child] : node.children) {
    ptree& sub = pt.push_back(ptree::value_type(node.type == Node::Type::array ? "item" : k, ptree()))->second;
    to_ptree(child, sub);
  }
}

}  // namespace

void write_json(const Node& root, std::string& out) {
  write_json_node(root, out, 0);
  out += '\n';
}

void write_xml(const Node& root, std::ostream& out) {
  ptree doc;
  to_ptree(root, doc.add_child("form", ptree()));
  std::ostringstream text;
  boost::property_tree::write_xml(text, doc, boost::property_tree::xml_writer_make_settings<std::string>(' ', 2));
  // XML readers turn a raw CR into LF; a character reference keeps it.
  const std::string s = text.str();
  for (const char c : s) {
    if (c == '\r') out << "&#13;";
    else out << c;
  }
}

void write_info(const Node& root, std::ostream& out) {
  ptree doc;
  to_ptree(root, doc);
  boost::property_tree::write_info(out, doc, boost::property_tree::info_writer_make_settings(' ', 2));
}

}  // namespace jixiao::io::detail
