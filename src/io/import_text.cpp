// Cell-level text helpers of the importer: HTML removal, amounts (with thousands
// separators, units, embedded in prose) and the source map.
#include <cstring>

#include "jixiao/io/table_import.hpp"

namespace jixiao::io {
namespace {

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// Appends code point `cp` as UTF-8; invalid code points become U+FFFD.
void append_utf8(std::string& out, unsigned long cp) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Decodes the entity starting at `s[0] == '&'`; returns bytes consumed (0 if none).
std::size_t decode_entity(std::string_view s, std::string& out) {
  static constexpr std::pair<const char*, const char*> kNamed[] = {
      {"&nbsp;", " "}, {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"},
      {"&ldquo;", "\xE2\x80\x9C"}, {"&rdquo;", "\xE2\x80\x9D"}, {"&middot;", "\xC2\xB7"}, {"&ge;", "\xE2\x89\xA5"},
      {"&le;", "\xE2\x89\xA4"}, {"&times;", "\xC3\x97"}, {"&mdash;", "\xE2\x80\x94"}, {"&hellip;", "\xE2\x80\xA6"}};
  for (const auto& [name, value] : kNamed) {
    if (starts_with(s, name)) {
      out += value;
      return std::strlen(name);
    }
  }
  if (s.size() >= 4 && s[1] == '#') {
    std::size_t i = 2;
    const bool hex = s[i] == 'x' || s[i] == 'X';
    if (hex) ++i;
    unsigned long cp = 0;
    std::size_t digits = 0;
    for (; i < s.size() && digits < 8; ++i, ++digits) {
      const char c = s[i];
      int v = -1;
      if (c >= '0' && c <= '9') v = c - '0';
      else if (hex && c >= 'a' && c <= 'f') v = c - 'a' + 10;
      else if (hex && c >= 'A' && c <= 'F') v = c - 'A' + 10;
      if (v < 0) break;
      cp = cp * (hex ? 16 : 10) + static_cast<unsigned long>(v);
    }
    if (digits > 0 && i < s.size() && s[i] == ';') {
      append_utf8(out, cp);
      return i + 1;
    }
  }
  return 0;
}

bool is_tag_start(std::string_view s) {
  // `<p>`, `</p>`, `<br/>`, `<span style=…>`, `<!-- … -->`: a letter, `/` or `!` follows.
  if (s.size() < 2) return false;
  const char c = s[1];
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '/' || c == '!';
}

bool ascii_digit(char c) { return c >= '0' && c <= '9'; }

// Full-width digits and point become ASCII so Decimal::parse sees one alphabet.
std::string ascii_digits(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    if (i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xEF && static_cast<unsigned char>(s[i + 1]) == 0xBC) {
      const auto c = static_cast<unsigned char>(s[i + 2]);
      if (c >= 0x90 && c <= 0x99) {  // ０-９
        out += static_cast<char>('0' + (c - 0x90));
        i += 3;
        continue;
      }
      if (c == 0x8E) {  // ．
        out += '.';
        i += 3;
        continue;
      }
      if (c == 0x8C) {  // ，
        out += ',';
        i += 3;
        continue;
      }
    }
    out += s[i++];
  }
  return out;
}

// The units an amount may carry, longest first.
constexpr const char* kMoneyUnits[] = {"亿元", "万元", "千元", "元", "万"};

}  // namespace

void SourceMap::add(std::string path, SourcePosition position) {
  entries_.push_back({std::move(path), std::move(position)});
}

const SourcePosition* SourceMap::find(std::string_view path) const noexcept {
  std::string_view p = path;
  while (p.size() > 1) {
    // The path itself, else its first recorded child (`/indicators/3` → its name cell).
    for (const SourceMapEntry& e : entries_) {
      if (e.path == p) return &e.position;
    }
    for (const SourceMapEntry& e : entries_) {
      if (e.path.size() > p.size() && e.path.compare(0, p.size(), p) == 0 && e.path[p.size()] == '/') {
        return &e.position;
      }
    }
    const std::size_t slash = p.rfind('/');
    if (slash == std::string_view::npos || slash == 0) break;
    p = p.substr(0, slash);
  }
  return nullptr;  // the root has no single position
}

void SourceMap::locate(Finding& finding) const {
  if (finding.location.source) return;
  if (const SourcePosition* pos = find(finding.location.path.empty() ? "/" : finding.location.path)) {
    finding.location.source = *pos;
  }
}

std::string strip_html(std::string_view text) {
  if (text.find('<') == std::string_view::npos && text.find('&') == std::string_view::npos) {
    return std::string(text);
  }
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::string_view rest = text.substr(i);
    if (text[i] == '<' && is_tag_start(rest)) {
      const std::size_t close = rest.find('>');
      if (close != std::string_view::npos) {
        const std::string_view tag = rest.substr(0, close + 1);
        if (starts_with(tag, "<br") || starts_with(tag, "<BR") || starts_with(tag, "</p") || starts_with(tag, "</P") ||
            starts_with(tag, "</div")) {
          if (!out.empty() && out.back() != '\n') out += '\n';
        }
        i += close + 1;
        continue;
      }
    }
    if (text[i] == '&') {
      const std::size_t n = decode_entity(rest, out);
      if (n != 0) {
        i += n;
        continue;
      }
    }
    out += text[i++];
  }
  return std::string(trim(out));
}

std::optional<AmountText> parse_amount(std::string_view text) {
  std::string s = ascii_digits(trim(text));
  AmountText result;
  // `(万元)` / `（万元）` after the number, or the unit glued to it.
  for (const char* wrapped : {"（万元）", "(万元)", "（元）", "(元)"}) {
    const std::size_t n = std::strlen(wrapped);
    if (s.size() > n && s.compare(s.size() - n, n, wrapped) == 0) {
      result.unit = std::string(wrapped).find("万") != std::string::npos ? "万元" : "元";
      s.erase(s.size() - n);
      break;
    }
  }
  if (result.unit.empty()) {
    for (const char* unit : kMoneyUnits) {
      const std::size_t n = std::strlen(unit);
      if (s.size() > n && s.compare(s.size() - n, n, unit) == 0) {
        result.unit = std::strcmp(unit, "万") == 0 ? "万元" : unit;
        s.erase(s.size() - n);
        break;
      }
    }
  }
  const std::string_view number = trim(s);
  if (number.empty() || !(ascii_digit(number.front()) || number.front() == '-' || number.front() == '.')) {
    return std::nullopt;
  }
  auto parsed = Decimal::parse(number);
  if (!parsed) return std::nullopt;
  result.amount = parsed.value();
  return result;
}

std::optional<AmountText> find_amount(std::string_view text) {
  const std::string s = ascii_digits(text);
  std::optional<AmountText> found;
  for (std::size_t i = 0; i < s.size();) {
    if (!ascii_digit(s[i]) || (i > 0 && (ascii_digit(s[i - 1]) || s[i - 1] == '.' || s[i - 1] == ','))) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < s.size() && (ascii_digit(s[j]) || s[j] == ',' || (s[j] == '.' && j + 1 < s.size() && ascii_digit(s[j + 1])))) ++j;
    const std::string_view number(s.data() + i, j - i);
    std::string_view after(s.data() + j, s.size() - j);
    std::string_view before(s.data(), i);
    std::string unit;
    std::string_view a = after;
    for (const char* open : {"（", "("}) {
      if (starts_with(a, open)) a.remove_prefix(std::strlen(open));
    }
    for (const char* u : kMoneyUnits) {
      if (starts_with(a, u) && !starts_with(a, "元/")) {
        unit = std::strcmp(u, "万") == 0 ? "万元" : u;
        break;
      }
    }
    const bool labelled = before.size() >= 3 &&
                          (before.substr(before.size() - 3) == "：" || before.back() == ':') &&
                          (before.find("资金") != std::string_view::npos || before.find("金额") != std::string_view::npos ||
                           before.find("预算") != std::string_view::npos);
    if (!unit.empty() || labelled) {
      auto parsed = Decimal::parse(number);
      if (parsed) found = AmountText{parsed.value(), unit, true};
    }
    i = j;
  }
  return found;
}

}  // namespace jixiao::io
