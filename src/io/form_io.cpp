// load_form / save_form: the checks, the property_tree readers and the canonical writers.
#include "jixiao/io/form_io.hpp"

#include <boost/property_tree/info_parser.hpp>
#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <istream>
#include <iterator>
#include <sstream>

#include "document_check.hpp"
#include "form_reader.hpp"
#include "form_tree.hpp"
#include "json_positions.hpp"

namespace jixiao::io {
namespace {

using boost::property_tree::ptree;

// Parses checked text into a ptree; a syntax error becomes JX-IO001 with its line.
std::optional<ptree> parse_tree(const std::string& text, Format format, const LoadOptions& options,
                                std::vector<Finding>& findings) {
  ptree tree;
  std::istringstream in(text);
  try {
    switch (format) {
      case Format::json: boost::property_tree::read_json(in, tree); break;
      case Format::xml: boost::property_tree::read_xml(in, tree, boost::property_tree::xml_parser::no_comments); break;
      case Format::info: boost::property_tree::read_info(in, tree); break;
    }
  } catch (const boost::property_tree::file_parser_error& e) {
    Finding f = detail::io_finding("JX-IO001", Severity::error, "", "not a well-formed {format} document: {reason}",
                                   "不是格式正确的 {format} 文档：{reason}");
    f.arg("format", key(format));
    f.arg("reason", e.message());
    f.location.source = SourcePosition{options.file_name, e.line(), 0};
    findings.push_back(std::move(f));
    return std::nullopt;
  } catch (const std::exception& e) {  // allocation failure and the like: reported, not thrown
    Finding f = detail::io_finding("JX-IO001", Severity::error, "", "cannot read the {format} document: {reason}",
                                   "无法读取 {format} 文档：{reason}");
    f.arg("format", key(format));
    f.arg("reason", e.what());
    findings.push_back(std::move(f));
    return std::nullopt;
  }
  return tree;
}

void finish(LoadResult& result) {
  result.complete = result.form.has_value() && result.count(Severity::error) == 0;
}

std::string read_stream(std::istream& in, std::size_t limit, bool& too_large) {
  std::string data;
  char buffer[1 << 16];
  too_large = false;
  while (in) {
    in.read(buffer, sizeof buffer);
    const std::size_t n = static_cast<std::size_t>(in.gcount());
    if (n == 0) break;
    if (data.size() + n > limit) {
      too_large = true;
      data.append(buffer, std::min(n, limit + 1 - std::min(limit + 1, data.size())));
      break;
    }
    data.append(buffer, n);
  }
  return data;
}

}  // namespace

const char* key(Format format) noexcept {
  switch (format) {
    case Format::json: return "json";
    case Format::xml: return "xml";
    case Format::info: return "info";
  }
  return "json";
}

std::optional<Format> format_from_key(std::string_view text) noexcept {
  if (text == "json") return Format::json;
  if (text == "xml") return Format::xml;
  if (text == "info") return Format::info;
  return std::nullopt;
}

std::optional<Format> format_from_path(const std::filesystem::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ext.size() < 2) return std::nullopt;
  return format_from_key(std::string_view(ext).substr(1));
}

std::size_t LoadResult::count(Severity severity) const noexcept {
  return static_cast<std::size_t>(
      std::count_if(findings.begin(), findings.end(), [&](const Finding& f) { return f.severity == severity; }));
}

LoadResult load_form_from_string(std::string_view text, Format format, LoadOptions options) {
  LoadResult result;
  const detail::CheckedDocument doc = detail::check_document(text, format, options, result.findings);
  if (!doc.ok) return result;
  std::optional<ptree> tree = parse_tree(doc.text, format, options, result.findings);
  if (!tree) return result;
  const ptree* root = &*tree;
  if (format == Format::xml) {
    // One root element, <form>; anything else at the top is reported.
    root = nullptr;
    for (const auto& child : *tree) {
      if (child.first == "form" && !root) {
        root = &child.second;
      } else {
        Finding f = detail::io_finding("JX-IO011", Severity::warning, "", "unknown top-level element <{key}> ignored",
                                       "未知的顶层元素 <{key}> 已忽略");
        f.arg("key", child.first);
        result.findings.push_back(std::move(f));
      }
    }
    if (!root) {
      result.findings.push_back(detail::io_finding("JX-IO010", Severity::error, "",
                                                   "the root element must be <form>", "根元素必须是 <form>"));
      return result;
    }
  }
  const bool top_is_object = std::none_of(root->begin(), root->end(), [&](const auto& c) {
    return format == Format::json ? c.first.empty() : false;
  }) && !(root->empty() && !root->data().empty());
  if (!top_is_object) {
    result.findings.push_back(detail::io_finding("JX-IO013", Severity::error, "", "the document must be an object",
                                                 "文档顶层必须是对象"));
    return result;
  }
  result.form = detail::read_form_tree(*root, format, result.findings);
  if (format == Format::json && result.findings.size() > 0) {
    detail::attach_positions(result.findings, detail::json_value_positions(doc.text, options.file_name));
  }
  finish(result);
  return result;
}

LoadResult load_form(std::istream& in, Format format, LoadOptions options) {
  bool too_large = false;
  const std::string data = read_stream(in, options.max_bytes, too_large);
  return load_form_from_string(data, format, std::move(options));
}

LoadResult load_form(const std::filesystem::path& path, std::optional<Format> format, LoadOptions options) {
  if (options.file_name.empty()) options.file_name = path.string();
  if (!format) format = format_from_path(path);
  if (!format) {
    LoadResult result;
    Finding f = detail::io_finding("JX-IO007", Severity::error, "",
                                   "unknown format of \"{file}\" (use .json, .xml or .info, or name the format)",
                                   "无法识别“{file}”的格式（请使用 .json、.xml 或 .info，或指定格式）");
    f.arg("file", path.string());
    result.findings.push_back(std::move(f));
    return result;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    LoadResult result;
    Finding f = detail::io_finding("JX-IO007", Severity::error, "", "cannot open \"{file}\"", "无法打开“{file}”");
    f.arg("file", path.string());
    result.findings.push_back(std::move(f));
    return result;
  }
  return load_form(in, *format, std::move(options));
}

void save_form(const PerformanceForm& form, std::ostream& out, Format format) {
  const detail::Node tree = detail::to_tree(form);
  switch (format) {
    case Format::json: {
      std::string text;
      detail::write_json(tree, text);
      out << text;
      return;
    }
    case Format::xml: detail::write_xml(tree, out); return;
    case Format::info: detail::write_info(tree, out); return;
  }
}

std::string save_form_to_string(const PerformanceForm& form, Format format) {
  std::ostringstream out;
  save_form(form, out, format);
  return out.str();
}

bool save_form(const PerformanceForm& form, const std::filesystem::path& path, std::optional<Format> format) {
  if (!format) format = format_from_path(path);
  if (!format) return false;
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return false;
  save_form(form, out, *format);
  out.flush();
  return static_cast<bool>(out);
}

std::string first_difference(const PerformanceForm& a, const PerformanceForm& b) {
  const std::string ja = save_form_to_string(a, Format::json);
  const std::string jb = save_form_to_string(b, Format::json);
  if (ja == jb) {
    if (a == b) return {};
    return "(canonical files equal; parsed targets differ)";
  }
  // Report the first differing line of the canonical JSON with its line number.
  std::istringstream sa(ja), sb(jb);
  std::string la, lb;
  for (std::size_t line = 1;; ++line) {
    const bool ga = static_cast<bool>(std::getline(sa, la));
    const bool gb = static_cast<bool>(std::getline(sb, lb));
    if (!ga && !gb) break;
    if (!ga || !gb || la != lb) {
      return "canonical JSON line " + std::to_string(line) + ": " + (ga ? la : "<end>") + " != " + (gb ? lb : "<end>");
    }
  }
  return {};
}

std::ostream& operator<<(std::ostream& out, Format format) { return out << key(format); }

}  // namespace jixiao::io
