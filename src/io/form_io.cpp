// load_form / save_form: the checks, the property_tree readers and the canonical writers.
#include "jixiao/io/form_io.hpp"

#include <boost/property_tree/ptree.hpp>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <istream>
#include <sstream>

#include "document.hpp"
#include "document_check.hpp"
#include "form_reader.hpp"
#include "form_tree.hpp"
#include "json_positions.hpp"
#include "json_tree.hpp"

namespace jixiao::io {

const char* to_string(Format format) noexcept {
  switch (format) {
    case Format::json: return "json";
    case Format::xml: return "xml";
    case Format::info: return "info";
  }
  return "json";
}

std::optional<Format> format_from_path(const std::filesystem::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ext.size() < 2) return std::nullopt;
  return from_string<Format>(std::string_view(ext).substr(1));
}

namespace {

Finding not_an_object() {
  return detail::io_finding("JX-IO013", Severity::error, "", "the document must be an object", "文档顶层必须是对象");
}

// Reads the form of `text` into `result` through property_tree: XML, INFO, and the
// JSON that simdjson refused (whose errors this reader states, with their lines).
void read_form_reference(std::string_view text, Format format, const LoadOptions& options,
                         ReadResult<PerformanceForm>& result) {
  std::optional<detail::TreeDocument> doc = detail::read_tree(text, format, "form", options, result.findings);
  if (!doc) return;
  const boost::property_tree::ptree& root = doc->tree;
  const bool top_is_object = std::none_of(root.begin(), root.end(), [&](const auto& c) {
    return format == Format::json ? c.first.empty() : false;
  }) && !(root.empty() && !root.data().empty());
  if (!top_is_object) {
    result.findings.push_back(not_an_object());
    return;
  }
  result.value = detail::read_form_tree(root, format, result.findings);
  boost::property_tree::ptree().swap(doc->tree);  // the tree is done with: free it before positions are built
  if (format == Format::json && !result.findings.empty()) {
    detail::attach_positions(result.findings, detail::json_value_positions(doc->text, options.file_name));
  }
}

// Reads a JSON form through simdjson; false when simdjson refused the text, which the
// reference reader then reads.
bool read_form_json(std::string_view text, const LoadOptions& options, ReadResult<PerformanceForm>& result) {
  std::optional<detail::JsonTree> tree;
  switch (detail::read_json_tree(text, options, result.findings, tree)) {
    case detail::JsonOutcome::malformed: return false;
    case detail::JsonOutcome::refused: return true;
    case detail::JsonOutcome::read: break;
  }
  // As the reference reader sees it: no member with an empty key (an array element to
  // property_tree), and not a non-empty text.
  const detail::JsonNode& root = tree->root;
  const bool object = std::none_of(root.begin(), root.end(), [](const auto& m) { return m.first.empty(); }) &&
                      !(root.empty() && !root.data().empty());
  if (!object) {
    result.findings.push_back(not_an_object());
    return true;
  }
  result.value = detail::read_form_tree(root, result.findings);
  if (!result.findings.empty()) {
    detail::attach_positions(result.findings, detail::json_value_positions(tree->text(), options.file_name));
  }
  return true;
}

// Reads the form of `text` into `result`.
void read_form_into(std::string_view text, Format format, const LoadOptions& options, ReadResult<PerformanceForm>& result) {
  if (format == Format::json && read_form_json(text, options, result)) return;
  read_form_reference(text, format, options, result);
}

}  // namespace

ReadResult<PerformanceForm> load_form_from_string(std::string_view text, Format format, LoadOptions options) {
  ReadResult<PerformanceForm> result;
  read_form_into(text, format, options, result);
  detail::name_file(result.findings, options.file_name);
  return result;
}

namespace detail {

ReadResult<PerformanceForm> load_form_reference(std::string_view text, Format format, const LoadOptions& options) {
  ReadResult<PerformanceForm> result;
  read_form_reference(text, format, options, result);
  name_file(result.findings, options.file_name);
  return result;
}

}  // namespace detail

ReadResult<PerformanceForm> load_form(std::istream& in, Format format, LoadOptions options) {
  const std::string data = detail::read_stream(in, options.max_bytes);
  return load_form_from_string(data, format, std::move(options));
}

ReadResult<PerformanceForm> load_form(const std::filesystem::path& path, std::optional<Format> format, LoadOptions options) {
  if (options.file_name.empty()) options.file_name = path.string();
  if (!format) format = format_from_path(path);
  if (!format) {
    ReadResult<PerformanceForm> result;
    Finding f = detail::io_finding("JX-IO007", Severity::error, "",
                                   "unknown format of \"{file}\" (use .json, .xml or .info, or name the format)",
                                   "无法识别“{file}”的格式（请使用 .json、.xml 或 .info，或指定格式）");
    f.arg("file", path.string());
    f.location.source = SourcePosition{options.file_name, 0, 0};
    result.findings.push_back(std::move(f));
    return result;
  }
  ReadResult<PerformanceForm> result;
  std::optional<std::string> data = detail::read_file(path, options.max_bytes, result.findings);
  if (!data) {
    detail::name_file(result.findings, options.file_name);
    return result;
  }
  return load_form_from_string(*data, *format, std::move(options));
}

// The writers stream: the text is built once, in `out`'s buffer or file.
void save_form(const PerformanceForm& form, std::ostream& out, Format format) {
  detail::Node tree = detail::to_tree(form);
  switch (format) {
    case Format::json: detail::write_json(tree, out); return;
    case Format::xml: detail::write_xml(std::move(tree), out); return;
    case Format::info: detail::write_info(std::move(tree), out); return;
  }
}

std::string save_form_to_string(const PerformanceForm& form, Format format) {
  std::string text;
  detail::StringSink sink(text);
  std::ostream out(&sink);
  save_form(form, out, format);
  return text;
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

namespace {

// The first text or array of the canonical tree past `limits` (JX-IO021), if any.
bool check_tree_limits(const detail::Node& node, const std::string& path, const Limits& limits,
                       std::vector<Finding>& findings) {
  if (node.value.size() > limits.max_text_bytes) {
    findings.push_back(detail::limit_finding("max_text_bytes", limits.max_text_bytes, "a text longer than the limit",
                                             "文本长度超过上限"));
    findings.back().location.path = path;
    return false;
  }
  if (node.children.size() > limits.max_rows) {
    findings.push_back(detail::limit_finding("max_rows", limits.max_rows, "more children than the limit",
                                             "子项个数超过上限"));
    findings.back().location.path = path;
    return false;
  }
  std::size_t index = 0;
  for (const auto& [key, child] : node.children) {
    const std::string child_path = path + "/" + (key.empty() ? std::to_string(index) : detail::pointer_token(key));
    ++index;
    if (!check_tree_limits(child, child_path, limits, findings)) return false;
  }
  return true;
}

}  // namespace

std::vector<Finding> check_written(const PerformanceForm& form, std::string_view text, Format format,
                                   const Limits& limits) {
  std::vector<Finding> findings;
  LoadOptions options;
  static_cast<Limits&>(options) = limits;
  std::vector<Finding> checked;
  (void)detail::check_raw(text, format, options, checked);
  for (Finding& f : checked) {
    if (f.severity == Severity::error) findings.push_back(std::move(f));
  }
  if (findings.empty()) check_tree_limits(detail::to_tree(form), "", limits, findings);
  return findings;
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

std::ostream& operator<<(std::ostream& out, Format format) { return out << to_string(format); }

}  // namespace jixiao::io

namespace jixiao {

template <>
std::optional<io::Format> from_string<io::Format>(std::string_view text) {
  for (const io::Format f : {io::Format::json, io::Format::xml, io::Format::info}) {
    if (text == io::to_string(f)) return f;
  }
  return std::nullopt;
}

}  // namespace jixiao
