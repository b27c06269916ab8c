// Finding: arguments, message templates and the one-line rendering.
#include "jixiao/finding.hpp"

namespace jixiao {

const char* to_string(Severity severity) noexcept {
  switch (severity) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "info";
  }
  return "info";
}

template <>
std::optional<Severity> from_string<Severity>(std::string_view text) {
  if (text == "error") return Severity::error;
  if (text == "warning") return Severity::warning;
  if (text == "info" || text == "note") return Severity::info;
  return std::nullopt;
}

std::string Argument::text() const {
  if (const auto* s = std::get_if<std::string>(&value)) return *s;
  return std::get<Decimal>(value).to_string();
}

const Argument* Finding::argument(std::string_view name) const noexcept {
  for (const auto& a : arguments) {
    if (a.name == name) return &a;
  }
  return nullptr;
}

Finding& Finding::arg(std::string name, std::string value) {
  for (auto& a : arguments) {
    if (a.name == name) {
      a.value = std::move(value);
      return *this;
    }
  }
  arguments.push_back(Argument{std::move(name), std::move(value)});
  return *this;
}

Finding& Finding::arg(std::string name, Decimal value) {
  for (auto& a : arguments) {
    if (a.name == name) {
      a.value = value;
      return *this;
    }
  }
  arguments.push_back(Argument{std::move(name), value});
  return *this;
}

Finding& Finding::expect(std::string expected_text, std::string actual_text) {
  expected = std::move(expected_text);
  actual = std::move(actual_text);
  return *this;
}

std::string Finding::message(Lang lang) const {
  const std::string& tpl = lang == Lang::zh ? template_zh : template_en;
  std::string out;
  out.reserve(tpl.size() + 32);
  std::size_t i = 0;
  while (i < tpl.size()) {
    const std::size_t open = tpl.find('{', i);
    if (open == std::string::npos) {
      out.append(tpl, i, std::string::npos);
      break;
    }
    const std::size_t close = tpl.find('}', open + 1);
    if (close == std::string::npos) {
      out.append(tpl, i, std::string::npos);
      break;
    }
    out.append(tpl, i, open - i);
    const std::string_view name(tpl.data() + open + 1, close - open - 1);
    if (const Argument* a = argument(name)) {
      out += a->text();
    } else {
      out.append(tpl, open, close - open + 1);
    }
    i = close + 1;
  }
  return out;
}

std::string column_name(std::size_t column) {
  std::string out;
  for (; column > 0; column = (column - 1) / 26) out.insert(out.begin(), static_cast<char>('A' + (column - 1) % 26));
  return out;
}

std::string to_string(const SourcePosition& position) {
  if (position.line == 0) return position.file;
  if (!position.sheet.empty()) {
    return position.file + ':' + position.sheet + '!' + column_name(position.column) + std::to_string(position.line);
  }
  return position.file + ':' + std::to_string(position.line) + ':' + std::to_string(position.column);
}

std::string Finding::render(Lang lang) const {
  std::string out;
  if (location.source && !location.source->file.empty()) {
    out = to_string(*location.source);
    if (location.source->line == 0 && !location.path.empty()) {
      out += '#' + location.path;  // no line known: the JSON pointer as a URI fragment
    }
  } else {
    out = location.path.empty() ? std::string("/") : location.path;
  }
  out += ": ";
  out += to_string(severity);
  out += '[' + rule_id + "]: ";
  out += message(lang);
  return out;
}

void FindingSink::set_rule(std::string rule_id, Severity severity) {
  rule_id_ = std::move(rule_id);
  severity_ = severity;
}

Finding& FindingSink::add(std::string path, std::string template_zh, std::string template_en) {
  if (findings_.capacity() == 0) findings_.reserve(16);
  Finding f;
  f.arguments.reserve(4);
  f.rule_id = rule_id_;
  f.severity = severity_;
  f.location.path = std::move(path);
  f.template_zh = std::move(template_zh);
  f.template_en = std::move(template_en);
  findings_.push_back(std::move(f));
  return findings_.back();
}

void FindingSink::add(Finding finding) { findings_.push_back(std::move(finding)); }

}  // namespace jixiao
