// The JSON library's ceiling for `jixiao batch` (bench/batch.sh): every line of stdin
// parsed by Boost.PropertyTree's read_json, as the batch reads a record, without building
// a form, reviewing or writing anything. Prints the number of lines parsed.
#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>

#include <cstdio>
#include <iostream>
#include <sstream>
#include <string>

int main() {
  std::ios::sync_with_stdio(false);
  std::size_t parsed = 0;
  for (std::string line; std::getline(std::cin, line);) {
    if (line.empty()) continue;
    std::istringstream in(line);
    boost::property_tree::ptree tree;
    try {
      boost::property_tree::read_json(in, tree);
      ++parsed;
    } catch (const boost::property_tree::json_parser_error&) {
    }
  }
  std::printf("%zu\n", parsed);
  return 0;
}
