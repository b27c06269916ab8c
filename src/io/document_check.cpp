// Checks on the raw bytes of a document before parsing.
#include "document_check.hpp"

#include "jixiao/io/utf8_text.hpp"

#include <simdjson.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <optional>

namespace jixiao::io::detail {
namespace {

SourcePosition position_of(std::string_view text, std::size_t offset, const std::string& file) {
  SourcePosition pos{file, 1, 1};
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++pos.line;
      pos.column = 1;
    } else if ((c & 0xC0u) != 0x80u) {
      ++pos.column;
    }
  }
  return pos;
}

std::string hex_byte(unsigned char c) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  return std::string("0x") + kHex[c >> 4] + kHex[c & 0xF];
}

// Where a scan of the raw text first went past a limit: the offset and which limit.
struct Excess {
  std::size_t offset = std::string_view::npos;
  bool depth = false;  // else too many cells
  explicit operator bool() const noexcept { return offset != std::string_view::npos; }
};

// Nesting depth and number of values (each member of an object, element of an array,
// and the root counts one), so a tree too deep or too large is never built.
// The index of the quote that closes the JSON string whose content starts at `i`
// (s.size() when there is none): quotes found with memchr, an escaped one skipped.
std::size_t string_end(std::string_view s, std::size_t i) {
  while (i < s.size()) {
    const void* q = std::memchr(s.data() + i, '"', s.size() - i);
    if (q == nullptr) return s.size();
    const std::size_t at = static_cast<std::size_t>(static_cast<const char*>(q) - s.data());
    std::size_t backslashes = 0;
    while (at - backslashes > i && s[at - backslashes - 1] == '\\') ++backslashes;
    if (backslashes % 2 == 0) return at;
    i = at + 1;
  }
  return s.size();
}

// JSON's white space, by byte: one load per byte of indentation instead of four tests.
constexpr std::array<bool, 256> json_space() {
  std::array<bool, 256> t{};
  t[' '] = t['\n'] = t['\r'] = t['\t'] = true;
  return t;
}
constexpr std::array<bool, 256> kJsonSpace = json_space();

Excess json_excess(std::string_view s, const Limits& limits) {
  std::size_t depth = 0, cells = 0;
  bool fresh = true;  // at the start of a container (or of the document): the next value counts
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (kJsonSpace[static_cast<unsigned char>(c)]) continue;
    if (c == '}' || c == ']') {
      if (depth > 0) --depth;
      fresh = false;
      continue;
    }
    if (c == ',' || fresh) {
      if (++cells > limits.max_cells) return Excess{i, false};
      fresh = false;
    }
    if (c == '"') {
      i = string_end(s, i + 1);  // its closing quote, which the loop steps past
    } else if (c == '{' || c == '[') {
      if (++depth > limits.max_depth) return Excess{i, true};
      fresh = true;
    }
  }
  return {};
}

std::size_t skip_past(std::string_view s, std::size_t i, std::string_view end) {
  const std::size_t k = s.find(end, i);
  return k == std::string_view::npos ? s.size() : k + end.size();
}

// Nesting depth and number of elements and attributes.
Excess xml_excess(std::string_view s, const Limits& limits) {
  std::size_t depth = 0, cells = 0;
  for (std::size_t i = 0; i < s.size();) {
    if (s[i] != '<') { ++i; continue; }
    const std::string_view rest = s.substr(i);
    if (rest.substr(0, 4) == "<!--") { i = skip_past(s, i + 4, "-->"); continue; }
    if (rest.substr(0, 9) == "<![CDATA[") { i = skip_past(s, i + 9, "]]>"); continue; }
    if (rest.substr(0, 2) == "<?") { i = skip_past(s, i + 2, "?>"); continue; }
    if (rest.substr(0, 2) == "<!") { i = skip_past(s, i + 2, ">"); continue; }
    const bool closing = rest.substr(0, 2) == "</";
    const std::size_t start = i;
    // Find the end of the tag, skipping quoted attribute values.
    std::size_t k = i + 1;
    char quote = 0;
    for (; k < s.size(); ++k) {
      if (quote) {
        if (s[k] == quote) quote = 0;
      } else if (s[k] == '"' || s[k] == '\'') {
        quote = s[k];
      } else if (s[k] == '=') {  // an attribute: one more node of the tree
        if (++cells > limits.max_cells) return Excess{k, false};
      } else if (s[k] == '>') {
        break;
      }
    }
    const bool self_closing = k < s.size() && k > i && s[k - 1] == '/';
    if (closing) {
      if (depth > 0) --depth;
    } else {
      if (++cells > limits.max_cells) return Excess{start, false};
      if (!self_closing && ++depth > limits.max_depth) return Excess{start, true};
    }
    i = k + 1;
  }
  return {};
}

// Nesting depth and number of keys (the first word of each line that has one).
Excess info_excess(std::string_view s, const Limits& limits) {
  std::size_t depth = 0, cells = 0;
  bool in_string = false;
  bool line_start = true;  // no key seen yet on this line
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '\n') line_start = true;
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"' || c == '\n') in_string = false;
      continue;
    }
    if (c == ';') {
      i = std::min(s.size(), skip_past(s, i, "\n")) - 1;
      line_start = true;
      continue;
    }
    if (line_start && c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '{' && c != '}') {
      if (++cells > limits.max_cells) return Excess{i, false};
      line_start = false;
    }
    if (c == '"') in_string = true;
    else if (c == '{') {
      if (++depth > limits.max_depth) return Excess{i, true};
    } else if (c == '}' && depth > 0) {
      --depth;
    }
  }
  return {};
}

// An escape that decodes to text no jixiao document may hold: a NUL (JSON `\u0000`,
// XML `&#0;`, INFO `\0` in a quoted string) or a lone surrogate (JSON `\ud800` without
// its pair, XML `&#xD800;`), or past U+10FFFF. The raw bytes are checked above; these
// would decode to a NUL or to invalid UTF-8 that the writers then pass on, so a form
// read from JSON could not be written as XML or INFO and read again.
struct BadEscape {
  std::size_t offset = std::string_view::npos;
  std::size_t length = 0;
};

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The value of the 4 hex digits at s[i], or -1.
long hex4(std::string_view s, std::size_t i) {
  if (i + 4 > s.size()) return -1;
  long v = 0;
  for (std::size_t k = i; k < i + 4; ++k) {
    const int h = hex_value(s[k]);
    if (h < 0) return -1;
    v = v * 16 + h;
  }
  return v;
}

BadEscape json_bad_escape(std::string_view s) {
  if (s.find("\\u") == std::string_view::npos) return {};  // most forms have no \u escape at all
  bool in_string = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (!in_string) {
      in_string = c == '"';
      continue;
    }
    if (c == '"') {
      in_string = false;
    } else if (c == '\\' && i + 1 < s.size()) {
      if (s[i + 1] != 'u') {
        ++i;
        continue;
      }
      const long v = hex4(s, i + 2);
      if (v < 0) {  // not four hex digits: the parser reports it
        ++i;
        continue;
      }
      if (v == 0 || (v >= 0xDC00 && v <= 0xDFFF)) return {i, 6};
      if (v >= 0xD800 && v <= 0xDBFF) {
        const long low = s.substr(i + 6, 2) == "\\u" ? hex4(s, i + 8) : -1;
        if (low < 0xDC00 || low > 0xDFFF) return {i, 6};
        i += 6;  // the pair
      }
      i += 5;
    }
  }
  return {};
}

BadEscape xml_bad_escape(std::string_view s) {
  for (std::size_t i = s.find('&'); i != std::string_view::npos; i = s.find('&', i + 1)) {
    if (s.substr(i, 2) != "&#") continue;
    const bool hex = i + 2 < s.size() && (s[i + 2] == 'x' || s[i + 2] == 'X');
    std::size_t k = i + (hex ? 3 : 2);
    unsigned long v = 0;
    bool big = false;
    for (; k < s.size() && s[k] != ';'; ++k) {
      const int d = hex ? hex_value(s[k]) : (s[k] >= '0' && s[k] <= '9' ? s[k] - '0' : -1);
      if (d < 0) break;
      v = v * (hex ? 16 : 10) + static_cast<unsigned long>(d);
      big = big || v > 0x10FFFF;
      if (big) v = 0x110000;  // no wrap-around however many digits
    }
    if (k >= s.size() || s[k] != ';') continue;  // not a character reference; the parser decides
    if (v == 0 || (v >= 0xD800 && v <= 0xDFFF) || v > 0x10FFFF) return {i, k + 1 - i};
  }
  return {};
}

BadEscape info_bad_escape(std::string_view s) {
  bool in_string = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (in_string) {
      if (c == '\\' && i + 1 < s.size()) {
        if (s[i + 1] == '0') return {i, 2};
        ++i;
      } else if (c == '"' || c == '\n') {
        in_string = false;
      }
      continue;
    }
    if (c == '"') in_string = true;
    else if (c == ';') i = std::min(s.size(), skip_past(s, i, "\n")) - 1;
  }
  return {};
}

// Offset of a line whose first word is `#include`, or npos.
std::size_t info_include(std::string_view s) {
  for (std::size_t line = 0; line < s.size();) {
    std::size_t i = line;
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    if (s.substr(i, 8) == "#include") return i;
    const std::size_t nl = s.find('\n', line);
    if (nl == std::string_view::npos) break;
    line = nl + 1;
  }
  return std::string_view::npos;
}

}  // namespace

Finding io_finding(const char* rule_id, Severity severity, std::string path, std::string template_en,
                   std::string template_zh) {
  Finding f;
  f.rule_id = rule_id;
  f.severity = severity;
  f.location.path = std::move(path);
  f.template_en = std::move(template_en);
  f.template_zh = std::move(template_zh);
  return f;
}

std::optional<Finding> utf16_finding(std::string_view raw, const std::string& file) {
  const char* order = nullptr;
  if (raw.substr(0, 2) == "\xFF\xFE") order = "UTF-16LE";
  else if (raw.substr(0, 2) == "\xFE\xFF") order = "UTF-16BE";
  else {
    // No byte order mark: ASCII text in UTF-16 has a NUL in every other byte, and the
    // bytes between them are characters. A run of NULs in UTF-8 text (both parities) is
    // not UTF-16: it is read as text and its NULs reported where they are.
    const std::size_t n = std::min<std::size_t>(raw.size(), 64) & ~std::size_t{1};
    std::size_t even = 0, odd = 0;
    for (std::size_t i = 0; i < n; ++i) {
      if (raw[i] == '\0') ++(i % 2 == 0 ? even : odd);
    }
    if (n >= 4 && odd * 4 >= n && even * 8 < n) order = "UTF-16LE";
    else if (n >= 4 && even * 4 >= n && odd * 8 < n) order = "UTF-16BE";
  }
  if (order == nullptr) return std::nullopt;
  Finding f = io_finding("JX-IO002", Severity::error, "",
                         "the text is {encoding}, not UTF-8; convert it first (iconv -f {encoding} -t UTF-8)",
                         "文本为 {encoding} 编码而非 UTF-8，请先转换（iconv -f {encoding} -t UTF-8）");
  f.arg("encoding", order);
  f.location.source = SourcePosition{file, 1, 1};
  return f;
}

Finding limit_finding(const char* limit, std::size_t value, std::string what_en, std::string what_zh) {
  const std::string_view name(limit);
  const char* id = name == "max_bytes" ? "JX-IO003" : name == "max_depth" ? "JX-IO004" : "JX-IO021";
  Finding f = io_finding(id, Severity::error, "", std::move(what_en) + " (limit {limit} = {value})",
                         std::move(what_zh) + "（上限 {limit} = {value}）");
  f.arg("limit", limit);
  f.arg("value", std::to_string(value));
  return f;
}

bool check_raw(std::string_view& raw, Format format, const LoadOptions& options, std::vector<Finding>& findings) {
  if (raw.size() > options.max_bytes) {
    findings.push_back(limit_finding("max_bytes", options.max_bytes, "document is larger than the limit",
                                     "文档超过字节上限"));
    findings.back().location.source = SourcePosition{options.file_name, 0, 0};
    return false;
  }
  if (auto utf16 = utf16_finding(raw, options.file_name)) {
    findings.push_back(std::move(*utf16));
    return false;
  }
  // Every leading BOM (a file saved with one by a tool that adds another has two): the
  // parsers skip one more themselves, and the positions of findings must count from the
  // same first byte as they do.
  std::size_t boms = 0;
  while (raw.substr(0, 3) == "\xEF\xBB\xBF") {
    raw.remove_prefix(3);
    ++boms;
  }
  if (boms > 0) {
    const std::string n = std::to_string(boms);
    Finding f = boms == 1 ? io_finding("JX-IO005", Severity::info, "", "UTF-8 byte order mark ignored",
                                       "已忽略 UTF-8 字节顺序标记 (BOM)")
                          : io_finding("JX-IO005", Severity::info, "", n + " UTF-8 byte order marks ignored",
                                       "已忽略 " + n + " 个 UTF-8 字节顺序标记 (BOM)");
    f.location.source = SourcePosition{options.file_name, 1, 1};
    findings.push_back(std::move(f));
  }
  if (std::all_of(raw.begin(), raw.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; })) {
    Finding f = io_finding("JX-IO001", Severity::error, "", "the document is empty", "文档为空");
    f.location.source = SourcePosition{options.file_name, 1, 1};
    findings.push_back(std::move(f));
    return false;
  }
  // simdjson's validator (same definition as utf8_length_at) passes good text at SIMD
  // speed; the loop below finds where bad text goes wrong.
  const bool good = std::memchr(raw.data(), '\0', raw.size()) == nullptr && simdjson::validate_utf8(raw.data(), raw.size());
  for (std::size_t i = 0; i < raw.size() && !good;) {
    const std::size_t n = raw[i] == '\0' ? 0 : utf8_length_at(raw, i);
    if (n == 0) {
      const bool nul = raw[i] == '\0';
      Finding f = io_finding("JX-IO002", Severity::error, "",
                             nul ? "NUL byte at byte offset {offset}" : "invalid UTF-8 byte {byte} at byte offset {offset}",
                             nul ? "第 {offset} 字节处有 NUL 字节" : "第 {offset} 字节处有无效的 UTF-8 字节 {byte}");
      f.arg("byte", hex_byte(static_cast<unsigned char>(raw[i])));
      f.arg("offset", std::to_string(i));
      f.location.source = position_of(raw, i, options.file_name);
      findings.push_back(std::move(f));
      return false;
    }
    i += n;
  }
  if (format == Format::info) {
    const std::size_t at = info_include(raw);
    if (at != std::string_view::npos) {
      Finding f = io_finding("JX-IO006", Severity::error, "",
                             "#include is not allowed in a jixiao document (it would read other files)",
                             "jixiao 文档中不允许使用 #include（会读取其他文件）");
      f.location.source = position_of(raw, at, options.file_name);
      findings.push_back(std::move(f));
      return false;
    }
  }
  const BadEscape bad = format == Format::json  ? json_bad_escape(raw)
                        : format == Format::xml ? xml_bad_escape(raw)
                                                : info_bad_escape(raw);
  if (bad.offset != std::string_view::npos) {
    Finding f = io_finding("JX-IO002", Severity::error, "",
                           "escape {text} at byte offset {offset} stands for a NUL or an invalid code point",
                           "第 {offset} 字节处的转义 {text} 表示 NUL 或无效的码位");
    f.arg("text", std::string(raw.substr(bad.offset, bad.length)));
    f.arg("offset", std::to_string(bad.offset));
    f.location.source = position_of(raw, bad.offset, options.file_name);
    findings.push_back(std::move(f));
    return false;
  }
  const Excess excess = format == Format::json  ? json_excess(raw, options)
                        : format == Format::xml ? xml_excess(raw, options)
                                                : info_excess(raw, options);
  if (excess) {
    Finding f = excess.depth ? limit_finding("max_depth", options.max_depth, "nesting deeper than the limit",
                                             "嵌套层级超过上限")
                             : limit_finding("max_cells", options.max_cells, "more values than the limit",
                                             "值的个数超过上限");
    f.location.source = position_of(raw, excess.offset, options.file_name);
    findings.push_back(std::move(f));
    return false;
  }
  return true;
}

CheckedDocument check_document(std::string_view raw, Format format, const LoadOptions& options,
                               std::vector<Finding>& findings) {
  CheckedDocument doc;
  if (!check_raw(raw, format, options, findings)) return doc;
  doc.text.reserve(raw.size());
  if (format == Format::json) {
    doc.text.assign(raw.data(), raw.size());
  } else {
    for (std::size_t i = 0; i < raw.size(); ++i) {
      if (raw[i] == '\r' && i + 1 < raw.size() && raw[i + 1] == '\n') continue;
      doc.text += raw[i];
    }
  }
  doc.ok = true;
  return doc;
}

}  // namespace jixiao::io::detail
