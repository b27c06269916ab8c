// TreeReader: typed values out of a strict document's tree, problems as findings.
#include "tree_reader.hpp"

#include <algorithm>

#include "document.hpp"
#include "document_check.hpp"
#include "json_positions.hpp"
#include "jixiao/io/utf8_text.hpp"

namespace jixiao::io::detail {
namespace {

using boost::property_tree::ptree;

bool all_digits(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Where key `name` is written at or after `from`: a quoted JSON key, an XML start tag,
// or an INFO key at the start of a line. npos when it is not found.
std::size_t find_key(std::string_view text, const std::string& name, Format format, std::size_t from) {
  if (format == Format::json) return text.find("\"" + name + "\"", from);
  if (format == Format::xml) return text.find("<" + name, from);
  for (std::size_t p = from; p < text.size();) {
    const std::size_t h = text.find(name, p);
    if (h == std::string_view::npos) return h;
    std::size_t b = h;
    while (b > 0 && (text[b - 1] == ' ' || text[b - 1] == '\t')) --b;
    const std::size_t e = h + name.size();
    const bool ends = e >= text.size() || text[e] == ' ' || text[e] == '\t' || text[e] == '\n' || text[e] == '\r';
    if ((b == 0 || text[b - 1] == '\n') && ends) return h;
    p = h + 1;
  }
  return std::string_view::npos;
}

}  // namespace

std::string pointer_of(const KeyPath& path) {
  std::string out;
  for (const auto& key : path) out += "/" + pointer_token(key);
  return out;
}

bool is_xml_meta(const std::string& key) noexcept { return key == "<xmlattr>" || key == "<xmlcomment>"; }

KeyPath TreeReader::child(const KeyPath& path, std::string key) {
  KeyPath out = path;
  out.push_back(std::move(key));
  return out;
}

std::optional<SourcePosition> TreeReader::position_of(const KeyPath& path) const {
  const std::string_view text = doc_.text;
  std::size_t pos = 0;
  std::size_t found = std::string_view::npos;
  for (const auto& key : path) {
    if (all_digits(key)) continue;  // array positions are not written as keys
    const std::size_t hit = find_key(text, key, doc_.format, pos);
    if (hit == std::string_view::npos) break;
    found = hit;
    pos = hit + key.size();
  }
  if (found == std::string_view::npos) return std::nullopt;
  const std::size_t line_start = text.rfind('\n', found) == std::string_view::npos ? 0 : text.rfind('\n', found) + 1;
  SourcePosition p;
  p.file = file_;
  p.line = 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(found), '\n'));
  p.column = utf8_column(std::string(text.substr(line_start, found - line_start)), found - line_start);
  return p;
}

Finding& TreeReader::report(const KeyPath& path, const char* rule_id, std::string template_en, std::string template_zh) {
  Finding f = io_finding(rule_id, Severity::error, pointer_of(path), std::move(template_en), std::move(template_zh));
  f.location.source = position_of(path);
  if (!f.location.source) f.location.source = SourcePosition{file_, 0, 0};
  findings_.push_back(std::move(f));
  return findings_.back();
}

Finding& TreeReader::at_node(Finding& f, const ptree& node) const {
  if (auto at = empty_block_position(node)) {
    at->file = file_;
    f.location.source = std::move(at);
  }
  return f;
}

void TreeReader::bad_value(const KeyPath& path, const std::string& value, const std::string& expected) {
  report(path, "JX-IO015", "expected {expected}, got \"{value}\"", "应为 {expected}，实为“{value}”")
      .arg("expected", expected)
      .arg("value", value);
}

void TreeReader::constraint(const KeyPath& path, const std::string& value, std::string what_en, std::string what_zh) {
  report(path, "JX-IO019", std::move(what_en) + " (\"{value}\")", std::move(what_zh) + "（“{value}”）").arg("value", value);
}

void TreeReader::only(const ptree& node, const KeyPath& path, std::initializer_list<const char*> known) {
  for (const auto& c : node) {
    if (is_xml_meta(c.first)) continue;
    if (std::any_of(known.begin(), known.end(), [&](const char* k) { return c.first == k; })) continue;
    std::string list;
    for (const char* k : known) list += std::string(list.empty() ? "" : ", ") + k;
    report(child(path, valid_text(c.first)), "JX-IO011", "unknown key \"{key}\" (expected one of: {expected})",
           "未知的键“{key}”（应为其中之一：{expected}）")
        .arg("key", valid_text(c.first))
        .arg("expected", list);
  }
}

std::optional<KeyPath> TreeReader::path_to(const ptree& from, const ptree& target, KeyPath& path) const {
  if (&from == &target) return path;
  std::size_t index = 0;
  for (const auto& c : from) {
    const bool item = doc_.format == Format::json ? c.first.empty() : c.first == "item";
    path.push_back(item ? std::to_string(index) : c.first);
    ++index;
    if (auto found = path_to(c.second, target, path)) return found;
    path.pop_back();
  }
  return std::nullopt;
}

std::optional<std::string> TreeReader::text(const ptree& node, const char* key) {
  auto c = node.get_child_optional(key);
  if (!c) return std::nullopt;
  const bool children = std::any_of(c->begin(), c->end(), [](const auto& k) { return !is_xml_meta(k.first); });
  if (children || empty_container(*c)) {
    // Only on this error: find where the node is (readers pass nodes, not paths).
    KeyPath where;
    const KeyPath path = path_to(doc_.tree, node, where).value_or(KeyPath{});
    at_node(report(child(path, key), "JX-IO013", "expected text, found {found}", "类型错误：应为文本，实际为{found}"), *c)
        .arg("found", children ? "an object or an array" : empty_container(*c));
    return std::nullopt;
  }
  return std::string(trim(c->data()));
}

std::optional<Decimal> TreeReader::decimal(const ptree& node, const KeyPath& path, const char* key, bool allow_negative) {
  const auto v = text(node, key);
  if (!v) return std::nullopt;
  auto parsed = Decimal::parse(*v);
  if (!parsed) {
    report(child(path, key), "JX-IO014", "not a decimal number: \"{value}\" ({reason})", "不是十进制数：“{value}”（{reason_zh}）")
        .arg("value", *v)
        .arg("reason", parsed.diagnostics().front().message)
        .arg("reason_zh", parsed.diagnostics().front().message_in(Lang::zh));
    return std::nullopt;
  }
  if (!allow_negative && parsed.value().is_negative()) {
    constraint(child(path, key), *v, "must not be negative", "不能为负数");
    return std::nullopt;
  }
  return parsed.value();
}

void TreeReader::decimal(const ptree& node, const KeyPath& path, const char* key, Decimal& out, bool allow_negative) {
  if (auto d = decimal(node, path, key, allow_negative)) out = *d;
}

void TreeReader::integer(const ptree& node, const KeyPath& path, const char* key, int& out, int lo, int hi) {
  const auto v = text(node, key);
  if (!v) return;
  auto parsed = Decimal::parse(*v);
  if (!parsed || parsed.value().normalized().scale() != 0 || parsed.value() < Decimal(lo) || parsed.value() > Decimal(hi)) {
    bad_value(child(path, key), *v, "a whole number " + std::to_string(lo) + ".." + std::to_string(hi));
    return;
  }
  out = static_cast<int>(parsed.value().normalized().coefficient());
}

std::optional<bool> TreeReader::boolean(const ptree& node, const KeyPath& path, const char* key) {
  const auto v = text(node, key);
  if (!v) return std::nullopt;
  if (*v == "true" || *v == "1") return true;
  if (*v == "false" || *v == "0") return false;
  bad_value(child(path, key), *v, "true or false");
  return std::nullopt;
}

void TreeReader::boolean(const ptree& node, const KeyPath& path, const char* key, bool& out) {
  if (auto b = boolean(node, path, key)) out = *b;
}

}  // namespace jixiao::io::detail
