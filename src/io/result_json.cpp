// The JSON object builder and Markdown escaping shared by the result writers.
#include "result_json.hpp"

namespace jixiao::io::detail {

JsonObject::JsonObject(std::string& out, int indent) : out_(out), indent_(indent) { out_ += '{'; }

std::string& JsonObject::member(std::string_view name) {
  if (indent_ < 0) {
    if (!first_) out_ += ", ";
  } else {
    out_ += first_ ? "\n" : ",\n";
    out_.append(static_cast<std::size_t>(indent_), ' ');
  }
  first_ = false;
  append_json_string(out_, name);
  out_ += ": ";
  return out_;
}

JsonObject& JsonObject::text(std::string_view name, std::string_view value) {
  append_json_string(member(name), value);
  return *this;
}

JsonObject& JsonObject::nullable_text(std::string_view name, const std::optional<std::string>& value) {
  if (value) return text(name, *value);
  member(name) += "null";
  return *this;
}

JsonObject& JsonObject::decimal(std::string_view name, const Decimal& value) {
  return text(name, value.to_string());
}

JsonObject& JsonObject::decimal(std::string_view name, const std::optional<Decimal>& value) {
  if (value) return decimal(name, *value);
  member(name) += "null";
  return *this;
}

JsonObject& JsonObject::boolean(std::string_view name, bool value) {
  member(name) += value ? "true" : "false";
  return *this;
}

JsonObject& JsonObject::integer(std::string_view name, long long value) {
  member(name) += std::to_string(value);
  return *this;
}

JsonObject& JsonObject::nullable_integer(std::string_view name, const std::optional<std::size_t>& value) {
  if (value) return integer(name, static_cast<long long>(*value));
  member(name) += "null";
  return *this;
}

JsonObject& JsonObject::integers(std::string_view name, const std::vector<std::size_t>& values) {
  std::string& out = member(name);
  out += '[';
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i > 0) out += ", ";
    out += std::to_string(values[i]);
  }
  out += ']';
  return *this;
}

void JsonObject::close() {
  if (indent_ >= 0 && !first_) {
    out_ += '\n';
    out_.append(static_cast<std::size_t>(indent_ >= 2 ? indent_ - 2 : 0), ' ');
  }
  out_ += '}';
}

std::string md_cell(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    if (c == '|') {
      out += "\\|";
    } else if (c == '<') {  // no HTML where the Markdown is rendered
      out += "&lt;";
    } else if (c == '>') {
      out += "&gt;";
    } else if (c == '&') {
      out += "&amp;";
    } else if (c == '\n' || c == '\r') {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

std::string md_findings(const std::vector<Finding>& findings, Lang lang) {
  if (findings.empty()) return {};
  std::string out = "\n";
  for (const Finding& f : findings) {
    out += "- `" + f.rule_id + "` " + to_string(f.severity) + " " + md_cell(f.location.path) + ": " + md_cell(f.message(lang)) +
           "\n";
  }
  return out;
}

}  // namespace jixiao::io::detail
