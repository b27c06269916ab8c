// Positions of JSON values by pointer: one pass over text that is already known to be
// well-formed, with an explicit stack (the depth was bounded before parsing). The scan
// stops rather than read past its stack if the text is not what it expects.
#include "json_positions.hpp"

#include <vector>

namespace jixiao::io::detail {

std::string pointer_token(const std::string& key) {
  std::string out;
  for (const char c : key) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

namespace {

struct Frame {
  std::string path;
  bool array = false;
  std::size_t index = 0;
  std::string pending_key;  // objects: the key whose value comes next
};

}  // namespace

std::unordered_map<std::string, SourcePosition> json_value_positions(std::string_view text, const std::string& file) {
  std::unordered_map<std::string, SourcePosition> positions;
  std::vector<Frame> stack;
  std::size_t line = 1, column = 1;
  bool expect_key = false;  // inside an object, before a key
  auto here = [&]() { return SourcePosition{file, line, column}; };
  auto value_path = [&]() -> std::string {
    if (stack.empty()) return std::string();
    Frame& top = stack.back();
    return top.path + "/" + (top.array ? std::to_string(top.index) : pointer_token(top.pending_key));
  };
  auto advance = [&](std::size_t& i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++line;
      column = 1;
    } else if ((c & 0xC0u) != 0x80u) {
      ++column;
    }
    ++i;
  };
  // Reads a string starting at the quote; returns its raw content (escapes left as is
  // except \" \\ \/, enough for the ASCII keys of the schema).
  auto read_string = [&](std::size_t& i) {
    std::string s;
    advance(i);  // opening quote
    while (i < text.size() && text[i] != '"') {
      if (text[i] == '\\' && i + 1 < text.size()) {
        advance(i);
        if (text[i] != '"' && text[i] != '\\' && text[i] != '/') s += '\\';
      }
      s += text[i];
      advance(i);
    }
    if (i < text.size()) advance(i);  // closing quote
    return s;
  };
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == ':') {
      if (c == ',' && !stack.empty()) {
        if (stack.back().array) ++stack.back().index;
        else expect_key = true;
      }
      advance(i);
      continue;
    }
    if (expect_key && c == '"') {
      stack.back().pending_key = read_string(i);
      expect_key = false;
      continue;
    }
    if (c == '}' || c == ']') {
      // Only a text the parser took differently from this scan closes more than it opened:
      // the positions found so far are still right, the rest is not guessed.
      if (stack.empty()) break;
      stack.pop_back();
      expect_key = false;
      advance(i);
      continue;
    }
    const std::string path = value_path();
    positions.emplace(path, here());
    if (c == '{' || c == '[') {
      stack.push_back(Frame{path, c == '[', 0, {}});
      expect_key = c == '{';
      advance(i);
    } else if (c == '"') {
      read_string(i);
    } else {
      while (i < text.size() && text[i] != ',' && text[i] != '}' && text[i] != ']' && text[i] != ' ' &&
             text[i] != '\n' && text[i] != '\r' && text[i] != '\t') {
        advance(i);
      }
    }
  }
  return positions;
}

void attach_positions(std::vector<Finding>& findings, const std::unordered_map<std::string, SourcePosition>& positions) {
  for (Finding& f : findings) {
    if (f.location.source) continue;
    std::string path = f.location.path;
    for (;;) {
      const auto it = positions.find(path);
      if (it != positions.end()) {
        f.location.source = it->second;
        break;
      }
      const std::size_t slash = path.rfind('/');
      if (slash == std::string::npos) break;
      path.erase(slash);
    }
  }
}

}  // namespace jixiao::io::detail
