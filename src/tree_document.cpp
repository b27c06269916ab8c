// Reading actuals and progress documents (JSON/XML/INFO by first character) and whole files.
#include "tree_document.hpp"

#include <boost/property_tree/info_parser.hpp>
#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/xml_parser.hpp>

#include <cctype>
#include <fstream>
#include <sstream>

namespace jixiao::detail {

std::optional<Diagnostic> read_document_tree(std::string_view text, std::string_view origin, std::string_view kind,
                                             boost::property_tree::ptree& root) {
  const std::string code = "jixiao." + std::string(kind) + ".syntax";
  std::size_t first = 0;
  while (first < text.size() && std::isspace(static_cast<unsigned char>(text[first]))) ++first;
  const char c = first < text.size() ? text[first] : '\0';
  try {
    std::istringstream in{std::string(text)};
    if (c == '{') {
      boost::property_tree::read_json(in, root);
    } else if (c == '<') {
      boost::property_tree::ptree doc;
      boost::property_tree::read_xml(in, doc, boost::property_tree::xml_parser::trim_whitespace);
      auto top = doc.get_child_optional(std::string(kind));
      if (!top) {
        Diagnostic d;
        d.code = code;
        d.message = std::string(origin) + ": the XML root element must be <" + std::string(kind) + ">";
        return d;
      }
      root = *top;
    } else {
      boost::property_tree::read_info(in, root);
    }
  } catch (const boost::property_tree::file_parser_error& e) {
    Diagnostic d;
    d.code = code;
    d.message = std::string(origin) + ":" + std::to_string(e.line()) + ": syntax error: " + e.message();
    return d;
  } catch (const std::exception& e) {
    Diagnostic d;
    d.code = code;
    d.message = std::string(origin) + ": cannot read: " + e.what();
    return d;
  }
  return std::nullopt;
}

Parsed<std::string> read_document_file(const std::string& path, std::string_view kind) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    Diagnostic d;
    d.code = "jixiao." + std::string(kind) + ".cannot_open";
    d.message = path + ": cannot open the " + std::string(kind) + " file";
    d.text = path;
    return d;
  }
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

}  // namespace jixiao::detail
