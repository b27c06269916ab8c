// Bytes → checked text → property tree, shared by every document reader.
#include "document.hpp"

#include <boost/property_tree/info_parser.hpp>
#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/xml_parser.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <system_error>

#include "document_check.hpp"
#include "json_positions.hpp"
#include "jixiao/io/table_reader.hpp"
#include "jixiao/io/utf8_text.hpp"

namespace jixiao::io::detail {

using boost::property_tree::ptree;

Format format_of_text(std::string_view text) noexcept {
  std::size_t first = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;  // a BOM is skipped by the checks
  while (first < text.size() && whitespace_at(text, first) != 0) first += whitespace_at(text, first);
  if (first < text.size() && (text[first] == '{' || text[first] == '[')) return Format::json;
  if (first < text.size() && text[first] == '<') return Format::xml;
  return Format::info;
}

namespace {

// A read-only stream over text held elsewhere (an istringstream would copy it).
class ViewBuffer : public std::streambuf {
 public:
  explicit ViewBuffer(const std::string& text) {
    char* begin = const_cast<char*>(text.data());  // only read: the get area is never written
    setg(begin, begin, begin + text.size());
  }
};

// Parses `text` into `tree`; false (with JX-IO001) when it is not well-formed.
bool parse_tree(const std::string& text, Format format, const LoadOptions& options, std::vector<Finding>& findings,
                ptree& tree) {
  ViewBuffer buffer(text);
  std::istream in(&buffer);
  try {
    switch (format) {
      case Format::json: boost::property_tree::read_json(in, tree); break;
      case Format::xml: boost::property_tree::read_xml(in, tree, boost::property_tree::xml_parser::no_comments); break;
      case Format::info: boost::property_tree::read_info(in, tree); break;
    }
  } catch (const boost::property_tree::file_parser_error& e) {
    Finding f = io_finding("JX-IO001", Severity::error, "", "not a well-formed {format} document: {reason}",
                           "不是格式正确的 {format} 文档：{reason}");
    f.arg("format", to_string(format));
    f.arg("reason", e.message());
    f.location.source = SourcePosition{options.file_name, e.line(), 0};
    findings.push_back(std::move(f));
    return false;
  } catch (const std::exception& e) {  // allocation failure and the like: reported, not thrown
    Finding f = io_finding("JX-IO001", Severity::error, "", "cannot read the {format} document: {reason}",
                           "无法读取 {format} 文档：{reason}");
    f.arg("format", to_string(format));
    f.arg("reason", e.what());
    findings.push_back(std::move(f));
    return false;
  }
  return true;
}

// The marker left as the data of a JSON `{}` or `[]`, which property_tree would
// otherwise read exactly like `""` (a value that text where text is expected hides).
const std::string kEmptyObject("\0{}", 3);
const std::string kEmptyArray("\0[]", 3);

// Marks the empty objects and arrays of a JSON document below its root, walking the
// text and the tree together (the parser keeps members in order, duplicates too).
void mark_empty_containers(std::string_view text, ptree& root) {
  struct Frame {
    ptree* node;
    ptree::iterator next;
    bool object;
  };
  std::vector<Frame> stack;
  bool expect_key = false;
  std::size_t i = 0;
  auto skip_string = [&] {
    for (++i; i < text.size() && text[i] != '"'; ++i) {
      if (text[i] == '\\') ++i;
    }
    ++i;
  };
  auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (i < text.size()) {
    const char c = text[i];
    if (blank(c) || c == ':') { ++i; continue; }
    if (c == ',') { expect_key = !stack.empty() && stack.back().object; ++i; continue; }
    if (c == '}' || c == ']') {
      if (!stack.empty()) stack.pop_back();
      expect_key = false;
      ++i;
      continue;
    }
    if (expect_key && c == '"') { skip_string(); expect_key = false; continue; }
    // A value: the next child of the innermost container (the root when there is none).
    ptree* node = &root;
    if (!stack.empty()) {
      if (stack.back().next == stack.back().node->end()) return;  // text and tree disagree: stop marking
      node = &(stack.back().next++)->second;
    }
    if (c == '{' || c == '[') {
      std::size_t k = i + 1;
      while (k < text.size() && blank(text[k])) ++k;
      if (k < text.size() && (text[k] == '}' || text[k] == ']')) {
        if (!stack.empty()) node->data() = c == '{' ? kEmptyObject : kEmptyArray;
        i = k + 1;
        continue;
      }
      stack.push_back(Frame{node, node->begin(), c == '{'});
      expect_key = c == '{';
      ++i;
    } else if (c == '"') {
      skip_string();
    } else {
      while (i < text.size() && text[i] != ',' && text[i] != '}' && text[i] != ']' && !blank(text[i])) ++i;
    }
  }
}

// The marker of an INFO empty child block (`key {}`, or `{` and `}` on lines of their
// own), followed by the line and column of its key ("\0{ }12:3"): property_tree reads
// it exactly like `key ""`.
const std::string kEmptyBlock("\0{ }", 4);

// Code points of `line` before byte `end`.
std::size_t columns_before(std::string_view line, std::size_t end) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < end && i < line.size(); ++i) n += (static_cast<unsigned char>(line[i]) & 0xC0u) != 0x80u;
  return n;
}

// Marks the empty child blocks of an INFO document whose key has no value, replaying
// the parser's own reading of the text (Boost 1.74's read_info_internal: keys, values,
// `\` continuations, braces, `;` comments) with its own token readers, and walking the
// tree along (the parser appends children in text order). Run only on text that parsed.
void mark_empty_blocks(const std::string& text, ptree& root) {
  namespace info = boost::property_tree::info_parser;
  struct Frame {
    ptree* node;
    ptree::iterator next;
    std::string at;    // line:column of the block's key
    bool keyed;        // a key was read inside the block
  };
  enum class State { key, data, more };
  std::vector<Frame> stack{Frame{&root, root.begin(), {}, true}};
  State state = State::key;
  ptree* last = nullptr;  // the node of the last key read, until a brace
  std::string last_at;
  auto open = [&] {
    stack.push_back(Frame{last, last->begin(), last_at, false});
    last = nullptr;
  };
  auto close = [&] {
    const Frame& f = stack.back();
    if (!f.keyed && f.node->empty() && f.node->data().empty()) f.node->data() = kEmptyBlock + f.at;
    stack.pop_back();
    last = nullptr;
  };
  std::size_t line_no = 0;
  try {
    for (std::size_t start = 0; start <= text.size(); ++line_no) {
      const std::size_t end = std::min(text.find('\n', start), text.size());
      const std::string line = text.substr(start, end - start);
      start = end + 1;
      const char* p = line.c_str();
      info::skip_whitespace(p);
      if (*p == '#') continue;  // a directive (#include is refused before parsing)
      while (true) {
        info::skip_whitespace(p);
        if (*p == '\0' || *p == ';') {
          if (state == State::data) state = State::key;
          break;
        }
        if (state == State::more) {
          bool more = false;
          info::read_string(p, &more);
          state = more ? State::more : State::key;
        } else if (*p == '{') {
          if (last == nullptr) return;  // the parser refused this: text and tree disagree
          open();
          ++p;
          state = State::key;
        } else if (*p == '}') {
          if (stack.size() <= 1) return;
          close();
          ++p;
          state = State::key;
        } else if (state == State::key) {
          Frame& f = stack.back();
          if (f.next == f.node->end()) return;
          last_at = std::to_string(line_no + 1) + ":" + std::to_string(columns_before(line, static_cast<std::size_t>(p - line.c_str())) + 1);
          info::read_key(p);
          f.keyed = true;
          last = &(f.next++)->second;
          state = State::data;
        } else {
          bool more = false;
          info::read_data(p, &more);
          state = more ? State::more : State::key;
        }
      }
    }
  } catch (const std::exception&) {  // not on text that parsed; marking is then incomplete, not wrong
  }
}

// Checks what only the tree shows: children per node (`max_rows`), text length
// (`max_text_bytes`), text that decoding made invalid (a lone surrogate `\ud800` or
// `&#xD800;`, a control character `\u0001`, replaced by U+FFFD, JX-IO022) and XML
// text beside child elements (JX-IO023). False when a limit was exceeded.
class TreeCheck {
 public:
  TreeCheck(Format format, const LoadOptions& options, std::vector<Finding>& findings)
      : format_(format), options_(options), findings_(findings) {}

  bool walk(ptree& node, const std::string& path) {
    if (node.size() > options_.max_rows) {
      limit(path, "max_rows", options_.max_rows, "more children than the limit", "子项个数超过上限");
      return false;
    }
    if (!text(node.data(), path)) return false;
    std::size_t index = 0;
    bool children = false;
    for (auto& child : node) {
      const bool meta = child.first == "<xmlattr>" || child.first == "<xmlcomment>";
      children = children || !meta;
      const bool item = format_ == Format::json ? child.first.empty() : child.first == "item";
      // Keys are only measured: the tree's index is ordered by them, so they cannot be
      // changed in place (no schema key is other than ASCII; an odd one is reported as unknown).
      if (child.first.size() > options_.max_text_bytes) {
        limit(path, "max_text_bytes", options_.max_text_bytes, "a key longer than the limit", "键长度超过上限");
        return false;
      }
      const std::string child_path = meta && child.first == "<xmlattr>"
                                         ? path
                                         : path + "/" + (item ? std::to_string(index) : pointer_token(valid_text(child.first)));
      ++index;
      if (child.first == "<xmlcomment>") continue;
      if (!walk(child.second, child_path)) return false;
    }
    if (format_ == Format::xml && children && !is_blank_text(node.data())) {
      Finding f = io_finding("JX-IO023", Severity::warning, path, "text \"{text}\" beside child elements ignored",
                             "与子元素并列的文本“{text}”已忽略");
      f.arg("text", excerpt_of(node.data()));
      findings_.push_back(std::move(f));
    }
    return true;
  }

 private:
  static bool is_blank_text(const std::string& s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
  }
  static std::string excerpt_of(const std::string& s) {
    std::string t(trim(s));
    if (t.size() <= 80) return t;
    std::size_t cut = 80;
    while (cut > 0 && (static_cast<unsigned char>(t[cut]) & 0xC0u) == 0x80u) --cut;
    return t.substr(0, cut) + "…";
  }

  void limit(const std::string& path, const char* name, std::size_t value, const char* en, const char* zh) {
    Finding f = limit_finding(name, value, en, zh);
    f.location.path = path;
    findings_.push_back(std::move(f));
  }

  // Checks the length of `s` and replaces what is not valid UTF-8 text in it.
  bool text(std::string& s, const std::string& path) {
    if (s.size() > options_.max_text_bytes) {
      limit(path, "max_text_bytes", options_.max_text_bytes, "a text longer than the limit", "文本长度超过上限");
      return false;
    }
    if (const std::size_t column = replace_invalid_text(s)) replaced_.report(path, column, findings_);
    return true;
  }

  Format format_;
  const LoadOptions& options_;
  std::vector<Finding>& findings_;
  ReplacedTexts replaced_;
};

}  // namespace

void mark_empty_container(ptree& node, bool object) { node.data() = object ? kEmptyObject : kEmptyArray; }

std::size_t replace_invalid_text(std::string& s) {
  std::size_t first = 0;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t n = utf8_length_at(s, i);
    if (n != 0 && !is_valid_text(std::string_view(s).substr(i, n))) n = 0;  // a control character
    if (n != 0) {
      i += n;
      continue;
    }
    if (first == 0) first = code_points(std::string_view(s).substr(0, i)) + 1;
    s.replace(i, 1, "\xEF\xBF\xBD");
    i += 3;
  }
  return first;
}

void ReplacedTexts::report(const std::string& path, std::size_t column, std::vector<Finding>& findings) {
  if (++count_ <= kMaxReported) {
    Finding f = io_finding("JX-IO022", Severity::warning, path,
                           "a control character or invalid UTF-8 at character {column} replaced by U+FFFD",
                           "第 {column} 个字符处的控制字符或无效 UTF-8 已替换为 U+FFFD");
    f.arg("column", std::to_string(column));
    findings.push_back(std::move(f));
  } else if (count_ == kMaxReported + 1) {
    findings.push_back(io_finding("JX-IO022", Severity::warning, path,
                                  "more texts with control characters or invalid UTF-8 replaced by U+FFFD (not listed)",
                                  "更多含控制字符或无效 UTF-8 的文本已替换为 U+FFFD（不再列出）"));
  }
}

namespace {

bool is_empty_block(const ptree& node) noexcept {
  return node.empty() && node.data().compare(0, kEmptyBlock.size(), kEmptyBlock) == 0;
}

}  // namespace

const char* empty_container(const ptree& node) noexcept {
  if (!node.empty()) return nullptr;
  if (node.data() == kEmptyObject) return "an empty object";
  if (node.data() == kEmptyArray) return "an empty array";
  if (is_empty_block(node)) return "an empty block";
  return nullptr;
}

bool is_empty_object(const ptree& node) noexcept {
  return node.empty() && (node.data() == kEmptyObject || is_empty_block(node));
}
bool is_empty_array(const ptree& node) noexcept {
  return node.empty() && (node.data() == kEmptyArray || is_empty_block(node));
}

std::optional<SourcePosition> empty_block_position(const ptree& node) {
  if (!is_empty_block(node)) return std::nullopt;
  const std::string at = node.data().substr(kEmptyBlock.size());
  const std::size_t colon = at.find(':');
  SourcePosition p;
  p.line = static_cast<std::size_t>(std::stoul(at.substr(0, colon)));
  p.column = static_cast<std::size_t>(std::stoul(at.substr(colon + 1)));
  return p;
}

void name_file(std::vector<Finding>& findings, const std::string& file) {
  if (file.empty()) return;
  for (Finding& f : findings) {
    if (!f.location.source) f.location.source = SourcePosition{file, 0, 0};
    else if (f.location.source->file.empty()) f.location.source->file = file;
  }
}

TreeDocument::TreeDocument(TreeDocument&& other) noexcept : text(std::move(other.text)), format(other.format) {
  tree.swap(other.tree);
}

TreeDocument& TreeDocument::operator=(TreeDocument&& other) noexcept {
  tree.swap(other.tree);
  text = std::move(other.text);
  format = other.format;
  return *this;
}

// Trees are swapped, never assigned: Boost 1.74's ptree has no move operations, so an
// assignment or a move copies every node (three copies once tripled a form's memory).
std::optional<TreeDocument> read_tree(std::string_view raw, Format format, std::string_view root,
                                      const LoadOptions& options, std::vector<Finding>& findings) {
  CheckedDocument checked = check_document(raw, format, options, findings);
  if (!checked.ok) return std::nullopt;
  std::optional<TreeDocument> doc(std::in_place);
  if (!parse_tree(checked.text, format, options, findings, doc->tree)) return std::nullopt;
  doc->format = format;
  doc->text = std::move(checked.text);
  if (format != Format::xml) {
    if (!TreeCheck(format, options, findings).walk(doc->tree, "")) return std::nullopt;
    // After the check, which replaced every NUL a text could decode to: no text is a marker.
    if (format == Format::json) mark_empty_containers(doc->text, doc->tree);
    if (format == Format::info) mark_empty_blocks(doc->text, doc->tree);
    return doc;
  }
  // One root element called `root`; anything else at the top is reported.
  ptree* top = nullptr;
  for (auto& child : doc->tree) {
    if ((child.first == root || (root.empty() && child.first != "<xmlcomment>")) && !top) {
      top = &child.second;
    } else if (child.first != "<xmlcomment>") {
      Finding f = io_finding("JX-IO011", Severity::warning, "", "unknown top-level element <{key}> ignored",
                             "未知的顶层元素 <{key}> 已忽略");
      f.arg("key", child.first);
      findings.push_back(std::move(f));
    }
  }
  if (!top) {
    Finding f = io_finding("JX-IO010", Severity::error, "", "the root element must be <{root}>", "根元素必须是 <{root}>");
    f.arg("root", root.empty() ? std::string("…") : std::string(root));
    findings.push_back(std::move(f));
    return std::nullopt;
  }
  ptree content;
  content.swap(*top);
  doc->tree.swap(content);
  if (!TreeCheck(format, options, findings).walk(doc->tree, "")) return std::nullopt;
  return doc;
}

std::string read_stream(std::istream& in, std::size_t limit) {
  std::string data;
  char buffer[1 << 16];
  while (in) {
    in.read(buffer, sizeof buffer);
    const std::size_t n = static_cast<std::size_t>(in.gcount());
    if (n == 0) break;
    if (data.size() + n > limit) {
      data.append(buffer, std::min(n, limit + 1 - std::min(limit + 1, data.size())));
      break;
    }
    data.append(buffer, n);
  }
  return data;
}

std::optional<std::string> read_file(const std::filesystem::path& path, std::size_t limit,
                                     std::vector<Finding>& findings) {
  std::error_code ec;
  std::ifstream in;
  if (std::filesystem::is_regular_file(path, ec)) in.open(path, std::ios::binary);
  if (!in.is_open() || !in) {
    Finding f = io_finding("JX-IO007", Severity::error, "", "cannot open \"{file}\"", "无法打开“{file}”");
    f.arg("file", path.string());
    findings.push_back(std::move(f));
    return std::nullopt;
  }
  return read_stream(in, limit);
}

}  // namespace jixiao::io::detail

namespace jixiao::io {

std::string read_limited(std::istream& in, std::size_t max_bytes) { return detail::read_stream(in, max_bytes); }

std::optional<std::string> read_file_limited(const std::filesystem::path& path, std::size_t max_bytes,
                                             std::vector<Finding>& findings) {
  return detail::read_file(path, max_bytes, findings);
}

}  // namespace jixiao::io
