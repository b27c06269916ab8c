// The JSON library's ceiling for `jixiao batch` (bench/batch.sh): every line of stdin
// parsed by simdjson (the library the batch reads records with; its DOM parser, which
// checks the whole text) or, with the argument `property_tree`, by Boost.PropertyTree's
// read_json (the reference reader), without building a form, reviewing or writing
// anything. Prints the number of lines parsed.
#include <simdjson.h>

#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>

#include <cstdio>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>

namespace {

bool parse_with_property_tree(const std::string& line) {
  std::istringstream in(line);
  boost::property_tree::ptree tree;
  try {
    boost::property_tree::read_json(in, tree);
    return true;
  } catch (const boost::property_tree::json_parser_error&) {
    return false;
  }
}

}  // namespace

int main(int argc, char** argv) {
  const bool property_tree = argc > 1 && std::string_view(argv[1]) == "property_tree";
  std::ios::sync_with_stdio(false);
  simdjson::dom::parser parser;
  std::size_t parsed = 0;
  for (std::string line; std::getline(std::cin, line);) {
    if (line.empty()) continue;
    if (property_tree) {
      parsed += parse_with_property_tree(line);
    } else {
      simdjson::dom::element root;
      parsed += parser.parse(line).get(root) == simdjson::SUCCESS;
    }
  }
  std::printf("%zu\n", parsed);
  return 0;
}
