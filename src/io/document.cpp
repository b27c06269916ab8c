// Bytes → checked text → property tree, shared by every document reader.
#include "document.hpp"

#include <boost/property_tree/info_parser.hpp>
#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/xml_parser.hpp>

#include <fstream>
#include <sstream>
#include <system_error>

#include "document_check.hpp"

namespace jixiao::io::detail {

using boost::property_tree::ptree;

Format format_of_text(std::string_view text) noexcept {
  std::size_t first = 0;
  while (first < text.size() && whitespace_at(text, first) != 0) first += whitespace_at(text, first);
  if (first < text.size() && text[first] == '{') return Format::json;
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

}  // namespace

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
  if (format != Format::xml) return doc;
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
