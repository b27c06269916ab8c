// Writers of the canonical tree: JSON by hand (Boost 1.74's JSON writer escapes every
// non-ASCII byte), XML and INFO through Boost.PropertyTree.
#include <boost/property_tree/info_parser.hpp>
#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>

#include <ostream>
#include <sstream>

#include "form_tree.hpp"

namespace jixiao::io::detail {
namespace {

void write_json_string(const std::string& s, std::string& out) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  for (const char ch : s) {
    const unsigned char c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (c < 0x20 || c == 0x7F) {
          out += "\\u00";
          out += kHex[c >> 4];
          out += kHex[c & 0xF];
        } else {
          out += ch;  // UTF-8 bytes pass through unescaped
        }
    }
  }
  out += '"';
}

void write_json_node(const Node& node, std::string& out, int indent) {
  switch (node.type) {
    case Node::Type::text: write_json_string(node.value, out); return;
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
          write_json_string(node.children[i].first, out);
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
