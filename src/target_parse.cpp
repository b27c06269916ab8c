// Target::parse: the grammar of a target cell (指标值). See docs/targets.md.
//
//   cell      := [定性|定量] ( date-target | value | compound | qualitative )
//   value     := [scope-words] [op-word|op-symbol] [±] number [unit] [op-suffix] [trailer]
//              | number [unit] range-sep number [unit] [trailer]
//   compound  := part (sep part)+        part := label value     sep := , ， ; ； 、
//
// Everything else with a digit in it is rejected with the position of what broke the
// shape; number-less text is qualitative unless it is a bare unit, a comparator, a
// placeholder or an indicator name.
#include <array>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

#include "jixiao/target.hpp"
#include "target_grammar.hpp"
#include "unit_catalogue.hpp"

namespace jixiao {
namespace {

using detail::decode_utf8;
using detail::has_at;
using detail::ends_at;
using detail::is_cjk;
using detail::Match;
using detail::NormText;

struct OpWord {
  std::string_view word;
  Comparator op;
};

// Comparator words written before the number. Matched at the end of the text before
// the number, longest first (不超过 before 超过, 达到 before 达).
constexpr OpWord kPrefixOps[] = {
    {"大于或等于", Comparator::ge}, {"小于或等于", Comparator::le}, {"大于等于", Comparator::ge},
    {"小于等于", Comparator::le},   {"不得低于", Comparator::ge},   {"不得少于", Comparator::ge},
    {"不得超过", Comparator::le},   {"不得高于", Comparator::le},   {"不低于", Comparator::ge},
    {"不少于", Comparator::ge},     {"不小于", Comparator::ge},     {"不超过", Comparator::le},
    {"不高于", Comparator::le},     {"不大于", Comparator::le},     {"不多于", Comparator::le},
    {"控制在", Comparator::le},     {"至少", Comparator::ge},       {"最少", Comparator::ge},
    {"达到", Comparator::ge},       {"最多", Comparator::le},       {"至多", Comparator::le},
    {"超过", Comparator::gt},       {"高于", Comparator::gt},       {"大于", Comparator::gt},
    {"多于", Comparator::gt},       {"不满", Comparator::lt},       {"低于", Comparator::lt},
    {"少于", Comparator::lt},       {"小于", Comparator::lt},       {"不足", Comparator::lt},
    {"等于", Comparator::eq},       {"保持", Comparator::eq},       {"为", Comparator::eq},
    {"达", Comparator::ge},
};

// Comparator words after the number (and unit).
constexpr OpWord kSuffixOps[] = {
    {"及以上", Comparator::ge}, {"或以上", Comparator::ge}, {"以上", Comparator::ge}, {"及以下", Comparator::le},
    {"或以下", Comparator::le}, {"以下", Comparator::le},   {"以内", Comparator::le}, {"之内", Comparator::le},
    {"内", Comparator::le},
};

constexpr bool suffixes_end_in_shang_xia_nei() {
  for (const OpWord& w : kSuffixOps) {
    const std::string_view end = w.word.substr(w.word.size() - 3);
    if (end != "上" && end != "下" && end != "内") return false;
  }
  return true;
}
static_assert(suffixes_end_in_shang_xia_nei(), "fast_value looks for suffix words only after 上, 下 or 内");

// Words after a value that qualify it without changing it.
constexpr std::string_view kTrailers[] = {"左右", "达标", "完成", "即可", "为宜", "合格", "全覆盖", "覆盖", "到位",
                                          "落实", "兑现", "发放"};

// One bit per code point of the basic CJK block, set for the first character of each
// word that ends a unit (suffix comparators, trailers, 前 之前 至 到 底 旬): read_unit
// compares a character with those words only when its bit is set.
constexpr char32_t cjk_first(std::string_view w) noexcept {
  return (static_cast<char32_t>(static_cast<unsigned char>(w[0]) & 0x0Fu) << 12) |
         (static_cast<char32_t>(static_cast<unsigned char>(w[1]) & 0x3Fu) << 6) |
         static_cast<char32_t>(static_cast<unsigned char>(w[2]) & 0x3Fu);
}
using CjkBits = std::array<std::uint64_t, (0xA000 - 0x4E00) / 64>;
constexpr std::string_view kUnitStops[] = {"前", "之前", "至", "到", "底", "旬"};
constexpr CjkBits unit_stop_starts() {
  CjkBits bits{};
  auto set = [&bits](std::string_view w) {
    const char32_t cp = cjk_first(w);
    bits[(cp - 0x4E00) / 64] |= std::uint64_t{1} << ((cp - 0x4E00) % 64);
  };
  for (const OpWord& w : kSuffixOps) set(w.word);
  for (std::string_view w : kTrailers) set(w);
  for (std::string_view w : kUnitStops) set(w);
  return bits;
}
constexpr CjkBits kUnitStopStarts = unit_stop_starts();
constexpr bool cjk_bit(const CjkBits& bits, char32_t cp) noexcept {
  return cp >= 0x4E00 && cp < 0xA000 && ((bits[(cp - 0x4E00) / 64] >> ((cp - 0x4E00) % 64)) & 1u);
}

// One bit for the last character of each comparator word written before the number.
constexpr CjkBits prefix_op_ends() {
  CjkBits bits{};
  for (const OpWord& w : kPrefixOps) {
    const char32_t cp = cjk_first(w.word.substr(w.word.size() - 3));
    bits[(cp - 0x4E00) / 64] |= std::uint64_t{1} << ((cp - 0x4E00) % 64);
  }
  return bits;
}
constexpr CjkBits kPrefixOpEnds = prefix_op_ends();

// Words a single value may be prefixed with (scope, not a label): 平均每生每年3300元.
constexpr std::string_view kScopeWords[] = {"平均", "人均", "年均", "户均", "日均", "月均", "生均", "亩均", "累计", "全年",
                                            "年度", "本年", "当年", "共计", "合计", "总计", "总共", "共", "约", "大约",
                                            "预计", "均"};

// Connectors stripped from the end of a compound part's label: 分红按8% → 分红.
constexpr std::string_view kConnectors[] = {"按", ":", "是", "约"};

bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
bool is_alpha(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// A number at s[i] (sign allowed): `12`, `1,000`, `28.40`, `.5`.
bool number_starts_at(std::string_view s, std::size_t i, std::size_t e) noexcept {
  if (i < e && (s[i] == '-' || s[i] == '+')) ++i;
  if (i < e && s[i] == '.') ++i;
  return i < e && is_digit(s[i]);
}

// Comparator symbol at s[i]: ≥ ≤ >= <= => =< > < =. Spaces inside are allowed.
bool symbol_op_at(std::string_view s, std::size_t i, std::size_t e, Comparator& op, std::size_t& len) noexcept {
  if (has_at(s, i, "≥") && i + 3 <= e) {
    op = Comparator::ge;
    len = 3;
    return true;
  }
  if (has_at(s, i, "≤") && i + 3 <= e) {
    op = Comparator::le;
    len = 3;
    return true;
  }
  if (i >= e) return false;
  const char c = s[i];
  if (c != '>' && c != '<' && c != '=') return false;
  std::size_t j = i + 1;
  while (j < e && s[j] == ' ') ++j;
  const char d = j < e ? s[j] : '\0';
  if (c == '>' && d == '=') {
    op = Comparator::ge;
    len = j + 1 - i;
  } else if (c == '<' && d == '=') {
    op = Comparator::le;
    len = j + 1 - i;
  } else if (c == '=' && d == '>') {
    op = Comparator::ge;
    len = j + 1 - i;
  } else if (c == '=' && d == '<') {
    op = Comparator::le;
    len = j + 1 - i;
  } else {
    op = c == '>' ? Comparator::gt : (c == '<' ? Comparator::lt : Comparator::eq);
    len = 1;
  }
  return true;
}

// A `、` inside a unit after a `/` (`400元/人、天`: per person and day), between two unit
// words with no digit since the slash: it joins the unit, it separates no parts.
bool per_unit_joint(std::string_view s, std::size_t i) noexcept {
  const std::size_t slash = s.rfind('/', i);
  if (slash == std::string_view::npos || i - slash > 7) return false;
  for (std::size_t k = slash + 1; k < i; ++k) {
    if (is_digit(s[k])) return false;
  }
  for (const char* w : {"天", "日", "月", "年", "次", "人", "小时"}) {
    if (has_at(s, i + 3, w)) return true;
  }
  return false;
}

bool is_separator_at(std::string_view s, std::size_t i, std::size_t& len) noexcept {
  if (s[i] == ';') {
    len = 1;
    return true;
  }
  if (s[i] == ',') {
    // a thousands separator sits between a digit and exactly three digits
    const bool thousands = i > 0 && is_digit(s[i - 1]) && i + 3 < s.size() && is_digit(s[i + 1]) && is_digit(s[i + 2]) && is_digit(s[i + 3]) &&
                           (i + 4 >= s.size() || !is_digit(s[i + 4]));
    len = 1;
    return !thousands;
  }
  if (has_at(s, i, "、") && per_unit_joint(s, i)) return false;
  if (has_at(s, i, "、") || has_at(s, i, "。")) {
    len = 3;
    return true;
  }
  return false;
}

bool maybe_date(std::string_view t) noexcept;

// True when normalised text, its spaces dropped, is a catalogue unit (`元 / 亩`).
bool unit_ignoring_spaces(std::string_view t) noexcept {
  char buf[64];
  std::size_t w = 0;
  for (char c : t) {
    if (c == ',') return false;  // no unit holds a comma
    if (c == ' ') continue;
    if (w == sizeof buf) return false;
    buf[w++] = c;
  }
  return detail::is_catalogue_unit(std::string_view(buf, w));
}

// A range of 月 with whole ends in 1..12 is what the date grammar reads as calendar
// months (`1-12月`); when it reaches the number grammar (`+1-12月`, a unit column) it is
// in doubt, and its canonical spelling would read back as dates.
bool calendar_months(const Decimal& lo, const Decimal& hi, const Unit& unit) noexcept {
  auto month = [](const Decimal& d) { return d.normalized().scale() == 0 && d >= Decimal(1) && d <= Decimal(12); };
  return unit.symbol() == "月" && month(lo) && month(hi);
}

// A whole number of 年 in 1900..2100 is what the date grammar reads as a calendar year
// (`≤2021年` is a deadline); when it reaches the number grammar (`+2021年内`, a unit
// column 年) it is in doubt, and its canonical spelling would read back as a date.
bool calendar_year(const Decimal& v) noexcept {
  return v.normalized().scale() == 0 && v >= Decimal(1900) && v <= Decimal(2100);
}

// What kinds of character a text holds, from one pass over it: the grammar's later
// passes (placeholders, dates, comparators, CJK) run only when their kind occurs.
// The flags describe the whole normalised text, a superset of any part of it, so a
// clear flag proves a pass would find nothing; a set flag still runs the exact pass.
enum ScanFlag : unsigned {
  kDigit = 1u << 0,        // 0-9
  kPlaceholder = 1u << 1,  // * _ X x × …
  kDateChar = 1u << 2,     // . - / 年 月 底 末 旬
  kOpSign = 1u << 3,       // > < = ≥ ≤ % ‰
  kBadChar = 1u << 4,      // $ ^ # @ \ | ` & { } [ ] ? controls, invalid UTF-8
  kCjk = 1u << 5,          // an ideograph
};

constexpr std::array<unsigned char, 128> ascii_flags() {
  std::array<unsigned char, 128> t{};
  for (unsigned c = 0; c < 0x20; ++c) t[c] = kBadChar;
  for (char c = '0'; c <= '9'; ++c) t[static_cast<unsigned char>(c)] = kDigit;
  for (char c : std::string_view("*_Xx")) t[static_cast<unsigned char>(c)] |= kPlaceholder;
  for (char c : std::string_view(".-/")) t[static_cast<unsigned char>(c)] |= kDateChar;
  for (char c : std::string_view("<>=%")) t[static_cast<unsigned char>(c)] |= kOpSign;
  for (char c : std::string_view("$^#@\\|`&{}[]?")) t[static_cast<unsigned char>(c)] |= kBadChar;
  return t;
}
constexpr std::array<unsigned char, 128> kAsciiFlags = ascii_flags();

constexpr CjkBits date_chars() {
  CjkBits bits{};
  for (std::string_view w : {"年", "月", "底", "末", "旬"}) {
    const char32_t cp = cjk_first(w);
    bits[(cp - 0x4E00) / 64] |= std::uint64_t{1} << ((cp - 0x4E00) % 64);
  }
  return bits;
}
constexpr CjkBits kDateChars = date_chars();

unsigned scan(std::string_view s) noexcept {
  unsigned flags = 0;
  for (std::size_t i = 0; i < s.size();) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) {
      flags |= kAsciiFlags[b0];
      ++i;
      continue;
    }
    if (b0 >= 0xE5 && b0 <= 0xE9 && s.size() - i >= 3) {  // U+5000..U+9FFF, most of a Chinese text
      const auto b1 = static_cast<unsigned char>(s[i + 1]);
      const auto b2 = static_cast<unsigned char>(s[i + 2]);
      if ((b1 & 0xC0u) == 0x80u && (b2 & 0xC0u) == 0x80u) {
        const char32_t cp = ((b0 & 0x0Fu) << 12) | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu);
        flags |= kCjk;
        if (cjk_bit(kDateChars, cp)) flags |= kDateChar;
        i += 3;
        continue;
      }
    }
    const auto c = decode_utf8(s, i);
    i += c.length;
    if (is_cjk(c.cp)) {
      flags |= kCjk;
      if (cjk_bit(kDateChars, c.cp)) flags |= kDateChar;
    } else if (c.cp == U'≥' || c.cp == U'≤' || c.cp == U'‰') {
      flags |= kOpSign;
    } else if (c.cp == 0x00D7 || c.cp == 0x2026) {  // × …
      flags |= kPlaceholder;
    } else if (c.cp == 0xFFFD) {
      flags |= kBadChar;
    }
  }
  return flags;
}

// The state of one parse, with the diagnostics helpers.
class Parser {
 public:
  explicit Parser(std::string_view text) : n_(text), flags_(scan(n_.view())) {}

  Parsed<Target> run(bool& explicit_op);

 private:
  struct Value {
    std::size_t label_begin = 0, label_end = 0;  // normalised label span (may be empty)
    Comparator op = Comparator::eq;
    bool explicit_op = false;
    bool ranged = false;
    Decimal lo, hi;
    std::size_t unit_begin = 0, unit_end = 0;    // unit of lo (or of both)
    std::size_t unit2_begin = 0, unit2_end = 0;  // unit of hi
    std::size_t approx_begin = 0, approx_end = 0;  // `100余` / `100多`: an approximate lower bound
  };

  std::string_view s() const noexcept { return n_.view(); }
  Diagnostic diag(std::size_t b, std::size_t e, const char* code, std::string_view message) const {
    const std::size_t ob = n_.origin(b);
    const std::size_t oe = n_.origin_end(b, e);
    return detail::make_diagnostic(n_.original(), ob, oe > ob ? oe - ob : 0, code, message);
  }
  std::size_t cp_end(std::size_t i) const noexcept { return i + decode_utf8(s(), i).length; }
  Unit unit_of(std::size_t b, std::size_t e) const {
    return b == e ? Unit() : Unit::parse(n_.original_span(b, e));
  }

  void unwrap_parentheses(std::size_t& b, std::size_t& e) const;
  bool strip_annotations(std::size_t& b, std::size_t& e);
  bool check_placeholders(std::size_t b, std::size_t e, Diagnostic& d) const;
  Parsed<Target> qualitative(std::size_t b, std::size_t e);
  // Where the parts of one value lie while parse_value reads it, step by step.
  struct ValueScan {
    std::size_t b = 0, e = 0;               // the value's text, trimmed
    std::size_t q = 0;                      // where the value proper starts: comparator, ± or number
    std::size_t i = 0;                      // the read position
    std::size_t number_at = 0;              // the first number
    Comparator sym_op = Comparator::eq;     // the comparator symbol at q, if sym_len > 0
    std::size_t sym_len = 0;
    bool word_op = false;                   // a comparator word before the value …
    Comparator word_op_value = Comparator::eq;  // … and what it says
    bool plus_minus = false;                // ± before the number
  };
  bool parse_value(std::size_t b, std::size_t e, Value& v, Diagnostic& d) const;
  bool find_value_start(ValueScan& c, Diagnostic& d) const;
  bool read_words_before(ValueScan& c, Value& v, Diagnostic& d) const;
  bool read_comparator(ValueScan& c, Value& v, Diagnostic& d) const;
  bool read_first_number(ValueScan& c, Value& v, Diagnostic& d) const;
  bool read_range_end(ValueScan& c, Value& v, Diagnostic& d) const;
  bool read_suffixes(ValueScan& c, Value& v, Diagnostic& d) const;
  bool check_nothing_after(const ValueScan& c, Diagnostic& d) const;
  bool check_unit(std::size_t ub, std::size_t ue, Diagnostic& d) const;
  bool check_range(const ValueScan& c, const Value& v, Diagnostic& d) const;
  bool read_approximate(ValueScan& c, Value& v) const;
  bool check_approximate(const ValueScan& c, Value& v, Diagnostic& d) const;
  void note_approximate(const Value& v);
  std::optional<Parsed<Target>> both_bounds(std::size_t b, std::size_t e);
  Parsed<Target> run_grammar(bool& explicit_op);
  Parsed<Target> values(std::size_t b, std::size_t e, bool& explicit_op);
  bool read_number(std::size_t& i, std::size_t e, Decimal& out, Diagnostic& d) const;
  std::size_t read_unit(std::size_t i, std::size_t e) const;
  bool label_is_scope(std::size_t b, std::size_t e) const noexcept;
  bool label_is_rate_sentence(std::size_t b, std::size_t e) const noexcept;
  bool check_label(std::size_t b, std::size_t e, Diagnostic& d) const;
  Quantity quantity(const Decimal& v, std::size_t ub, std::size_t ue) const { return Quantity{v, unit_of(ub, ue)}; }
  Parsed<Target> make_single(const Value& v);

  NormText n_;
  unsigned flags_;  // ScanFlag bits of the whole normalised text
  std::vector<Diagnostic> notes_;  // warnings that go with a value read (100余人)
};

void trim(std::string_view s, std::size_t& b, std::size_t& e) noexcept {
  while (b < e && s[b] == ' ') ++b;
  while (e > b && s[e - 1] == ' ') --e;
}

// Unwraps a cell written entirely in parentheses, layer by layer, when the outer pair
// matches itself. The pairs are matched once (a stack), so deep nesting stays linear.
void Parser::unwrap_parentheses(std::size_t& b, std::size_t& e) const {
  trim(s(), b, e);
  if (e - b < 2 || s()[b] != '(' || s()[e - 1] != ')') return;
  const std::size_t b0 = b;
  std::vector<std::size_t> close(e - b, std::string_view::npos);  // '(' at b0+k closes at close[k]
  std::vector<std::size_t> open;
  for (std::size_t i = b; i < e; ++i) {
    if (s()[i] == '(') open.push_back(i);
    if (s()[i] == ')' && !open.empty()) {
      close[open.back() - b0] = i;
      open.pop_back();
    }
  }
  while (e - b >= 2 && s()[b] == '(' && s()[e - 1] == ')') {
    // the outer '(' must not close before the last byte
    if (close[b - b0] < e - 1) break;
    ++b;
    --e;
    trim(s(), b, e);
  }
}

// Removes parenthesised notes without digits (`(计划标准)`, pinyin glosses `(dá)`) and
// unwraps a cell written entirely in parentheses. Returns false on nothing left. The
// cuts are collected and made in one pass, so many notes stay linear.
bool Parser::strip_annotations(std::size_t& b, std::size_t& e) {
  unwrap_parentheses(b, e);
  std::vector<std::pair<std::size_t, std::size_t>> cuts;
  bool after_digit = false;  // the last byte kept in [b, i), spaces aside, is a digit
  for (std::size_t i = b; i < e; ++i) {
    if (s()[i] != '(') {
      if (s()[i] != ' ') after_digit = is_digit(s()[i]);
      continue;
    }
    std::size_t j = i + 1;
    bool digit = false;
    while (j < e && s()[j] != ')' && s()[j] != '(') {
      if (is_digit(s()[j])) digit = true;
      ++j;
    }
    if (j >= e || s()[j] != ')' || digit || j == i + 1) {
      after_digit = false;
      continue;
    }
    // A unit in parentheses right after the number (`≥90（%）`, `100(万元)`, as table
    // headers write units) is the unit: only the parentheses go.
    if (after_digit && unit_ignoring_spaces(s().substr(i + 1, j - i - 1))) {
      cuts.emplace_back(i, i + 1);
      cuts.emplace_back(j, j + 1);
      for (std::size_t k = i + 1; k < j; ++k) {
        if (s()[k] != ' ') after_digit = false;
      }
    } else {
      cuts.emplace_back(i, j + 1);
    }
    i = j;
  }
  e -= n_.erase_ranges(cuts);
  trim(s(), b, e);
  return b < e;
}

bool Parser::check_placeholders(std::size_t b, std::size_t e, Diagnostic& d) const {
  for (std::size_t i = b; i < e;) {
    const auto cp = decode_utf8(s(), i);
    if (s()[i] == '*') {
      // `*` joins rate units (元/人*月); anywhere else it is a template placeholder.
      std::size_t j = i;
      while (j < e && s()[j] == '*') ++j;
      bool joins = j == i + 1 && i > b && j < e;
      if (joins) {
        std::size_t k = i;
        while (k > b && (static_cast<unsigned char>(s()[k - 1]) & 0xC0u) == 0x80u) --k;
        if (k > b) --k;
        joins = is_cjk(decode_utf8(s(), k).cp) && is_cjk(decode_utf8(s(), j).cp);
      }
      if (!joins) {
        d = diag(i, j, "jixiao.target.placeholder", "template placeholder left in the target");
        return false;
      }
      i = j;
      continue;
    }
    if (s()[i] == '_' || cp.cp == 0x00D7 /* × */ || cp.cp == 0x2026 /* … */) {
      d = diag(i, i + cp.length, "jixiao.target.placeholder", "template placeholder left in the target");
      return false;
    }
    if (s()[i] == 'X' || s()[i] == 'x') {
      std::size_t j = i;
      while (j < e && (s()[j] == 'X' || s()[j] == 'x')) ++j;
      const bool alone = (i == b || !is_alpha(s()[i - 1])) && (j == e || !is_alpha(s()[j]));
      if (alone) {
        d = diag(i, j, "jixiao.target.placeholder", "template placeholder left in the target");
        return false;
      }
      i = j;
      continue;
    }
    i += cp.length;
  }
  return true;
}

Parsed<Target> Parser::qualitative(std::size_t b, std::size_t e) {
  const std::string_view t = s().substr(b, e - b);
  // A comparator or percent sign with no number: `≧ %`.
  for (std::size_t i = b; i < e && (flags_ & (kOpSign | kBadChar));) {
    Comparator op;
    std::size_t len = 0;
    if (symbol_op_at(s(), i, e, op, len)) {
      return diag(i, i + len, "jixiao.target.no_number", "comparator with no number");
    }
    if (s()[i] == '%' || has_at(s(), i, "‰")) {
      return diag(i, cp_end(i), "jixiao.target.no_number", "unit with no number");
    }
    const char c = s()[i];
    if (c == '$' || c == '^' || c == '#' || c == '@' || c == '\\' || c == '|' || c == '`' || c == '&' || c == '{' ||
        c == '}' || c == '[' || c == ']' || c == '?' || static_cast<unsigned char>(c) < 0x20 ||
        decode_utf8(s(), i).cp == 0xFFFD) {
      return diag(i, cp_end(i), "jixiao.target.bad_character", "unexpected character in a target");
    }
    i = cp_end(i);
  }
  // A unit alone (template cell left unfilled): `公里`, `万亩`.
  {
    if (unit_ignoring_spaces(s().substr(b, e - b))) {
      return diag(b, e, "jixiao.target.unit_only", "a unit with no number");
    }
  }
  bool cjk = false;
  for (std::size_t i = b; i < e && (flags_ & kCjk); i = cp_end(i)) {
    if (is_cjk(decode_utf8(s(), i).cp)) {
      cjk = true;
      break;
    }
  }
  if (!cjk) return diag(b, e, "jixiao.target.no_target", "no target value in the text");
  if (detail::looks_like_indicator_name(t)) {
    return diag(b, e, "jixiao.target.indicator_name", "an indicator name where a target value was expected");
  }
  // The text is usually the whole cell: then it is copied once (an empty raw means "the text").
  const std::string_view text = n_.original_span(b, e);
  return Parsed<Target>(std::in_place, std::string(text), detail::categorize(t),
                        text.size() == n_.original().size() ? std::string() : std::string(n_.original()));
}

bool Parser::read_number(std::size_t& i, std::size_t e, Decimal& out, Diagnostic& d) const {
  const std::size_t start = i;
  bool negative = false;
  if (s()[i] == '-' || s()[i] == '+') {
    negative = s()[i] == '-';
    ++i;
  }
  std::int64_t coef = 0;
  int significant = 0;
  int scale = 0;
  bool point = false;
  while (i < e) {
    const char c = s()[i];
    if (is_digit(c)) {
      if (significant > 0 || c != '0') {
        if (significant == 18) {
          d = diag(start, i + 1, "jixiao.target.number", "number with more than 18 significant digits");
          return false;
        }
        coef = coef * 10 + (c - '0');
        ++significant;
      }
      if (point) {
        if (++scale > Decimal::max_scale) {
          d = diag(start, i + 1, "jixiao.target.number", "number with more than 18 decimals");
          return false;
        }
      }
      ++i;
    } else if (c == ',' && !point && i + 3 < e && is_digit(s()[i + 1]) && is_digit(s()[i + 2]) &&
               is_digit(s()[i + 3]) && (i + 4 >= e || !is_digit(s()[i + 4])) && i > start && is_digit(s()[i - 1])) {
      ++i;
    } else if (c == '.' && !point && i + 1 < e && is_digit(s()[i + 1])) {
      point = true;
      ++i;
    } else {
      break;
    }
  }
  out = Decimal::from_parts(negative ? -coef : coef, scale);
  return true;
}

// The unit after a number: letters and ideographs up to a comparator or qualifier
// word, a digit, a separator or anything else. `%` and `‰` end the unit.
std::size_t Parser::read_unit(std::size_t i, std::size_t e) const {
  const std::size_t start = i;
  while (i < e) {
    const char c = s()[i];
    if (c == '%') return i == start ? i + 1 : i;
    if (has_at(s(), i, "‰")) return i == start ? i + 3 : i;
    const auto cp = decode_utf8(s(), i);
    if (cjk_bit(kUnitStopStarts, cp.cp)) {
      bool keyword = false;
      for (const OpWord& w : kSuffixOps) keyword = keyword || has_at(s(), i, w.word);
      for (std::string_view w : kTrailers) keyword = keyword || has_at(s(), i, w);
      for (std::string_view w : kUnitStops) keyword = keyword || has_at(s(), i, w);
      if (keyword) return i;
    }
    // `/` may start a unit that is only a divisor (1000/亩), when a word follows it.
    const bool divisor = c == '/' && i == start && i + 1 < e && (is_alpha(s()[i + 1]) || is_cjk(decode_utf8(s(), i + 1).cp));
    const bool unit_char = is_alpha(c) || is_cjk(cp.cp) || cp.cp == 0x00B7 || cp.cp == 0x00B2 || cp.cp == 0x00B3 ||
                           cp.cp == 0x33A1 || ((c == '/' || c == '*') && i > start && i + 1 < e) || divisor ||
                           (cp.cp == 0x3001 && per_unit_joint(s(), i));
    if (!unit_char) return i;
    i += cp.length;
  }
  return i;
}

bool Parser::label_is_scope(std::size_t b, std::size_t e) const noexcept {
  std::size_t i = b;
  while (i < e) {
    if (s()[i] == ' ') {
      ++i;
      continue;
    }
    bool hit = false;
    for (std::string_view w : kScopeWords) {
      if (i + w.size() <= e && has_at(s(), i, w)) {
        i += w.size();
        hit = true;
        break;
      }
    }
    if (!hit && has_at(s(), i, "每") && i + 3 < e + 1) {  // 每 + one character: 每生, 每年, 每人
      const std::size_t j = i + 3;
      if (j < e && is_cjk(decode_utf8(s(), j).cp)) {
        i = j + decode_utf8(s(), j).length;
        hit = true;
      }
    }
    if (!hit) return false;
  }
  return true;
}

// A sentence stating a per-head or per-unit standard before its value
// (`每人每月补助标准为300元`, `人均补贴标准按1500元`): ideographs only, with 每 or a per-unit
// scope word in it. The value is read and the sentence reported as its note.
bool Parser::label_is_rate_sentence(std::size_t b, std::size_t e) const noexcept {
  bool per = false;
  for (std::size_t i = b; i < e; i = cp_end(i)) {
    if (!is_cjk(decode_utf8(s(), i).cp)) return false;
    per = per || has_at(s(), i, "每") || has_at(s(), i, "人均") || has_at(s(), i, "户均") || has_at(s(), i, "生均") ||
          has_at(s(), i, "亩均");
  }
  return per;
}

bool Parser::check_label(std::size_t b, std::size_t e, Diagnostic& d) const {
  for (std::size_t i = b; i < e; i = cp_end(i)) {
    const auto cp = decode_utf8(s(), i);
    if (cp.cp < 0x80 && cp.cp != ' ' && cp.cp != ':') {
      d = diag(i, i + 1, "jixiao.target.bad_character", "unexpected character before the value");
      return false;
    }
    if (cp.cp == 0xFFFD) {
      d = diag(i, i + cp.length, "jixiao.target.bad_character", "invalid UTF-8 in the target");
      return false;
    }
  }
  return true;
}

// One value with an optional label: [label][op] [±] number [unit] [op-suffix|trailer]*
// or a range number [unit] sep number [unit]. Each step reads one part, in this order.
bool Parser::parse_value(std::size_t b, std::size_t e, Value& v, Diagnostic& d) const {
  trim(s(), b, e);
  ValueScan c;
  c.b = b;
  c.e = e;
  if (!find_value_start(c, d) || !read_words_before(c, v, d) || !read_comparator(c, v, d)) return false;
  if (!read_first_number(c, v, d) || !read_range_end(c, v, d)) return false;
  if (!read_suffixes(c, v, d) || !check_nothing_after(c, d) || !check_approximate(c, v, d)) return false;
  if (!check_unit(v.unit_begin, v.unit_end, d)) return false;
  const bool two_ends = v.ranged && !c.plus_minus;  // a written range, not ±
  if (two_ends && !check_unit(v.unit2_begin, v.unit2_end, d)) return false;
  return !two_ends || check_range(c, v, d);
}

// Finds where the value starts (c.q): the first comparator symbol, ± or number.
bool Parser::find_value_start(ValueScan& c, Diagnostic& d) const {
  const std::size_t b = c.b, e = c.e;
  // Locals, copied to c at the end: symbol_op_at takes their addresses.
  std::size_t q = b;
  Comparator sym_op = Comparator::eq;
  std::size_t sym_len = 0;
  bool plus_minus = false;
  for (; q < e; q = cp_end(q)) {
    if (symbol_op_at(s(), q, e, sym_op, sym_len)) break;
    if (has_at(s(), q, "±")) {
      plus_minus = true;
      break;
    }
    if (number_starts_at(s(), q, e)) break;
  }
  if (q >= e) {
    d = diag(b, e, "jixiao.target.no_number", "no number in the value");
    return false;
  }
  c.q = q;
  c.sym_op = sym_op;
  c.sym_len = sym_len;
  c.plus_minus = plus_minus;
  return true;
}

// Reads the words before the value: [label][op-word], with connectors (按, :, 是, 约)
// stripped between and after them: 分红按8%, 至少:88. One comparator word at most.
bool Parser::read_words_before(ValueScan& c, Value& v, Diagnostic& d) const {
  const std::size_t b = c.b, q = c.q;
  bool& word_op = c.word_op;
  Comparator& wop = c.word_op_value;
  std::size_t label_end = q;
  for (bool again = true; again;) {
    again = false;
    while (label_end > b && s()[label_end - 1] == ' ') --label_end;
    for (std::string_view connector : kConnectors) {
      if (label_end - b > connector.size() && ends_at(s(), label_end, connector)) {
        label_end -= connector.size();
        again = true;
      }
    }
    while (label_end > b && s()[label_end - 1] == ' ') --label_end;
    // (Only when the text before the value ends in the last character of such a word.)
    if (label_end - b < 3 || !cjk_bit(kPrefixOpEnds, cjk_first(s().substr(label_end - 3, 3)))) continue;
    std::size_t best = 0;
    Comparator found = Comparator::eq;
    for (const OpWord& w : kPrefixOps) {
      if (w.word.size() > best && label_end - b >= w.word.size() && ends_at(s(), label_end, w.word)) {
        best = w.word.size();
        found = w.op;
      }
    }
    if (best == 0) continue;
    if (word_op) {
      d = diag(label_end - best, q, "jixiao.target.conflicting_comparators", "two comparator words before the number");
      return false;
    }
    label_end -= best;
    word_op = true;
    wop = found;
    again = true;
  }
  if (!check_label(b, label_end, d)) return false;
  v.label_begin = b;
  v.label_end = label_end;
  return true;
}

// Reads the comparator symbol at c.q (checked against a comparator word) and a ±, up to
// the number, which must follow.
bool Parser::read_comparator(ValueScan& c, Value& v, Diagnostic& d) const {
  const std::size_t b = c.b, e = c.e, q = c.q;
  const bool word_op = c.word_op;
  const Comparator wop = c.word_op_value, sym_op = c.sym_op;
  bool& plus_minus = c.plus_minus;
  std::size_t& i = c.i;
  i = q;
  if (c.sym_len > 0) {
    i += c.sym_len;
    while (i < e && s()[i] == ' ') ++i;
    Comparator second;
    std::size_t len2 = 0;
    if (symbol_op_at(s(), i, e, second, len2)) {
      d = diag(q, i + len2, "jixiao.target.conflicting_comparators", "two comparators in a row");
      return false;
    }
    if (word_op && wop != sym_op) {
      d = diag(b, i, "jixiao.target.conflicting_comparators", "comparator word and symbol disagree");
      return false;
    }
    v.op = sym_op;
    v.explicit_op = true;
  } else if (word_op) {
    v.op = wop;
    v.explicit_op = true;
  }
  while (i < e && s()[i] == ' ') ++i;
  if (!plus_minus && has_at(s(), i, "±")) plus_minus = true;
  if (plus_minus) {
    if (v.explicit_op) {
      d = diag(b, i + 2, "jixiao.target.conflicting_comparators", "a comparator before ±");
      return false;
    }
    i += 2;
    while (i < e && s()[i] == ' ') ++i;
  }
  if (i >= e || !number_starts_at(s(), i, e) || (plus_minus && (s()[i] == '-' || s()[i] == '+'))) {
    d = diag(q, i < e ? cp_end(i) : e, "jixiao.target.no_number", "comparator with no number");
    return false;
  }
  return true;
}

// Reads the first number and its unit; `44,561 44,561` (two numbers, spaces only
// between) is refused. ±n becomes the range -n..n.
bool Parser::read_first_number(ValueScan& c, Value& v, Diagnostic& d) const {
  const std::size_t e = c.e;
  std::size_t i = c.i;  // a copy: read_number takes its address, c stays in registers
  const bool plus_minus = c.plus_minus;
  c.number_at = i;
  const std::size_t number_at = i;
  if (!read_number(i, e, v.lo, d)) return false;
  // Two numbers separated by spaces only: `44,561 44,561`.
  {
    std::size_t j = i;
    while (j < e && s()[j] == ' ') ++j;
    if (j > i && j < e && number_starts_at(s(), j, e)) {
      d = diag(number_at, e, "jixiao.target.two_numbers", "two numbers without a range separator");
      return false;
    }
    i = j;
  }
  c.i = i;
  if (!plus_minus && read_approximate(c, v)) i = c.i;
  v.unit_begin = i;
  v.unit_end = read_unit(i, e);
  i = v.unit_end;
  if (plus_minus) {
    v.ranged = true;
    v.hi = v.lo;
    v.lo = v.lo.negate();
    v.unit2_begin = v.unit_begin;
    v.unit2_end = v.unit_end;
  }
  c.i = i;
  return true;
}

// Reads the second end of a range, if any: sep number [unit] (sep: - ~ 至 到).
bool Parser::read_range_end(ValueScan& c, Value& v, Diagnostic& d) const {
  const std::size_t e = c.e, q = c.q;
  std::size_t& i = c.i;
  while (i < e && s()[i] == ' ') ++i;
  // A range: sep number [unit].
  if (!c.plus_minus && i < e && (s()[i] == '-' || s()[i] == '~' || has_at(s(), i, "至") || has_at(s(), i, "到"))) {
    const std::size_t sep = i;
    std::size_t j = i + (s()[i] == '-' || s()[i] == '~' ? 1 : 3);
    while (j < e && s()[j] == ' ') ++j;
    if (j < e && number_starts_at(s(), j, e)) {
      if (v.explicit_op) {
        d = diag(q, sep, "jixiao.target.conflicting_comparators", "a comparator before a range");
        return false;
      }
      if (!read_number(j, e, v.hi, d)) return false;
      while (j < e && s()[j] == ' ') ++j;
      v.unit2_begin = j;
      v.unit2_end = read_unit(j, e);
      v.ranged = true;
      i = v.unit2_end;
    }
  }
  return true;
}

// Reads suffix comparators (以上, 以内, …) and qualifiers (左右, …) after the value, and a
// compound part's label echoed after it: 分红按8%分红.
bool Parser::read_suffixes(ValueScan& c, Value& v, Diagnostic& d) const {
  const std::size_t e = c.e, q = c.q;
  const bool plus_minus = c.plus_minus;
  std::size_t& i = c.i;
  bool suffix_op = false;
  for (bool again = true; again;) {
    again = false;
    while (i < e && s()[i] == ' ') ++i;
    for (const OpWord& w : kSuffixOps) {
      if (i + w.word.size() <= e && has_at(s(), i, w.word)) {
        if (suffix_op) break;
        if (v.ranged && !plus_minus) {
          d = diag(i, i + w.word.size(), "jixiao.target.conflicting_comparators", "a comparator after a range");
          return false;
        }
        if (plus_minus) {
          if (w.op != Comparator::le) {
            d = diag(i, i + w.word.size(), "jixiao.target.conflicting_comparators", "± with a lower bound word");
            return false;
          }
        } else if (v.explicit_op && v.op != w.op) {
          d = diag(q, i + w.word.size(), "jixiao.target.conflicting_comparators", "comparators before and after the number disagree");
          return false;
        } else {
          v.op = w.op;
          v.explicit_op = true;
        }
        suffix_op = true;
        i += w.word.size();
        again = true;
        break;
      }
    }
    if (again) continue;
    for (std::string_view t : kTrailers) {
      if (i + t.size() <= e && has_at(s(), i, t)) {
        i += t.size();
        again = true;
        break;
      }
    }
    // A compound part may echo its label after the value: 分红按8%分红.
    if (!again && v.label_end > v.label_begin) {
      const std::string_view label = s().substr(v.label_begin, v.label_end - v.label_begin);
      if (e - i == label.size() && has_at(s(), i, label)) {
        i = e;
      }
    }
  }
  return true;
}

// Refuses whatever text is left after the value (another number, a stray character,
// words).
bool Parser::check_nothing_after(const ValueScan& c, Diagnostic& d) const {
  const std::size_t e = c.e, i = c.i;
  if (i < e) {
    if (number_starts_at(s(), i, e)) {
      d = diag(i, e, "jixiao.target.fused_values", "another value follows without a separator");
      return false;
    }
    const auto cp = decode_utf8(s(), i);
    if (cp.cp < 0x80) {
      d = diag(i, i + 1, "jixiao.target.bad_character", "unexpected character after the value");
    } else {
      d = diag(i, e, "jixiao.target.unexpected_text", "unexpected text after the value");
    }
    return false;
  }
  return true;
}

// Checks a unit's text: a catalogue unit, or a catalogue unit and an allowed qualifier,
// were split above; anything else must be short to count as an unknown unit.
bool Parser::check_unit(std::size_t ub, std::size_t ue, Diagnostic& d) const {
  if (ub == ue) return true;
  // 余/多 after a number marks it approximate (`100多人`), so no unit starts with them: as
  // a unit (`20多多`, the range end `20~40多`) its spelling would read back as the marker.
  if (has_at(s(), ub, "余") || has_at(s(), ub, "多")) {
    d = diag(ub, ue, "jixiao.target.bad_unit", "余/多 after a number is not a unit");
    return false;
  }
  const std::size_t len = ue - ub;
  if (len < 64 && detail::is_catalogue_unit(s().substr(ub, len))) return true;
  // A unit cannot end in `/` or `*` (`元/`, `以*` before 内): those join two unit words.
  if (detail::code_points(s().substr(ub, len)) > 4 || s()[ue - 1] == '/' || s()[ue - 1] == '*' || s()[ub] == '/') {
    // maybe a catalogue unit followed by words: name the words
    std::size_t k = ue;
    while (k > ub) {
      --k;
      while (k > ub && (static_cast<unsigned char>(s()[k]) & 0xC0u) == 0x80u) --k;
      if (detail::is_catalogue_unit(s().substr(ub, k - ub))) break;
    }
    d = diag(k > ub ? k : ub, ue, "jixiao.target.unexpected_text", "unexpected text after the value");
    return false;
  }
  // A catalogue unit followed by other words (`5个乡镇`) is not an unknown unit.
  for (std::size_t k = ub + 1; k < ue; ++k) {
    if ((static_cast<unsigned char>(s()[k]) & 0xC0u) == 0x80u) continue;
    if (detail::is_catalogue_unit(s().substr(ub, k - ub)) && !detail::is_catalogue_unit(s().substr(ub, ue - ub))) {
      const std::string_view rest = s().substr(k, ue - k);
      // but a multiplier or rate continuation is part of an unknown unit only if short
      if (rest.find('/') == std::string_view::npos) {
        d = diag(k, ue, "jixiao.target.unexpected_text", "unexpected text after the unit");
        return false;
      }
    }
  }
  return true;
}

// Checks the two ends of a written range: units that agree, ends in order, no
// ambiguous calendar months.
bool Parser::check_range(const ValueScan& c, const Value& v, Diagnostic& d) const {
  const std::size_t number_at = c.number_at;
  const Unit u1 = unit_of(v.unit_begin, v.unit_end);
  const Unit u2 = unit_of(v.unit2_begin, v.unit2_end);
  if (!u1.empty() && u2.empty()) {  // `90%-95`, `1月-1`: which end lost its unit?
    d = diag(v.unit_begin, v.unit2_end, "jixiao.target.bad_range", "a unit on the first end of a range only");
    return false;
  }
  if (!u1.empty() && !u2.empty() && u1 != u2) {
    d = diag(v.unit_begin, v.unit2_end, "jixiao.target.conflicting_units", "the two ends of the range have different units");
    return false;
  }
  if (v.hi < v.lo) {
    d = diag(number_at, v.unit2_end, "jixiao.target.bad_range", "range ends below its start");
    return false;
  }
  if (calendar_months(v.lo, v.hi, u2.empty() ? u1 : u2)) {
    d = diag(number_at, v.unit2_end, "jixiao.target.bad_range",
             "months 1..12 written oddly: calendar months or a duration (个月)?");
    return false;
  }
  return true;
}

// `余` or `多` right after the number (`100余人`, `100多人`): more than 100, roughly.
bool Parser::read_approximate(ValueScan& c, Value& v) const {
  if (!has_at(s(), c.i, "余") && !has_at(s(), c.i, "多")) return false;
  v.approx_begin = c.number_at;
  v.approx_end = c.i + 3;
  c.i += 3;
  return true;
}

// An approximate number is a lower bound (≥): not a range end, not under ≤ or <.
bool Parser::check_approximate(const ValueScan& c, Value& v, Diagnostic& d) const {
  if (v.approx_end == 0) return true;
  if (v.ranged) {
    d = diag(c.number_at, c.e, "jixiao.target.bad_range", "an approximate number (余/多) as a range end");
    return false;
  }
  if (v.explicit_op && v.op != Comparator::ge) {
    d = diag(c.q, c.e, "jixiao.target.conflicting_comparators", "an approximate number (余/多) is a lower bound");
    return false;
  }
  v.op = Comparator::ge;
  v.explicit_op = true;
  return true;
}

// The warning that goes with an approximate number: read as ≥ its number, say so.
void Parser::note_approximate(const Value& v) {
  if (v.approx_end == 0) return;
  notes_.push_back(diag(v.approx_begin, v.approx_end, "jixiao.target.approximate",
                        "an approximate number (余/多) read as a lower bound, ≥ " + v.lo.to_string()));
}

// `≥20%且≤30%` (also 并且, 而且; either order): a lower and an upper bound joined by 且
// are the range lo–hi. Both bounds must be inclusive (≥ ≤), as a range is; nothing (no
// value) when the text is not two bounds joined by 且.
std::optional<Parsed<Target>> Parser::both_bounds(std::size_t b, std::size_t e) {
  const std::size_t k = s().find("且", b);
  if (k == std::string_view::npos || k >= e) return std::nullopt;
  std::size_t le = k, rb = k + 3;
  if (ends_at(s(), le, "并") || ends_at(s(), le, "而")) le -= 3;
  while (le > b && (s()[le - 1] == ' ' || s()[le - 1] == ',' || s()[le - 1] == ';')) --le;
  Value lo, hi;
  Diagnostic d;
  if (!parse_value(b, le, lo, d) || !parse_value(rb, e, hi, d)) return std::nullopt;
  if (lo.ranged || hi.ranged || !lo.explicit_op || !hi.explicit_op || lo.label_end > lo.label_begin ||
      hi.label_end > hi.label_begin) {
    return std::nullopt;
  }
  auto lower = [](Comparator op) { return op == Comparator::ge || op == Comparator::gt; };
  auto upper = [](Comparator op) { return op == Comparator::le || op == Comparator::lt; };
  if (upper(lo.op) && lower(hi.op)) std::swap(lo, hi);
  if (!lower(lo.op) || !upper(hi.op)) return std::nullopt;
  if (lo.op != Comparator::ge || hi.op != Comparator::le) {
    return Parsed<Target>(diag(b, e, "jixiao.target.bad_range", "a range of two bounds needs both inclusive (≥ and ≤)"));
  }
  const Unit u2 = unit_of(hi.unit_begin, hi.unit_end);
  const Unit u1 = lo.unit_begin == lo.unit_end ? u2 : unit_of(lo.unit_begin, lo.unit_end);
  if (!u1.empty() && u2.empty()) return Parsed<Target>(diag(b, e, "jixiao.target.bad_range", "a unit on the lower bound only"));
  if (!(u1 == u2)) return Parsed<Target>(diag(b, e, "jixiao.target.conflicting_units", "the two bounds have different units"));
  if (hi.lo < lo.lo) return Parsed<Target>(diag(b, e, "jixiao.target.bad_range", "the upper bound is below the lower one"));
  if (calendar_months(lo.lo, hi.lo, u2) || (u2.symbol() == "年" && (calendar_year(lo.lo) || calendar_year(hi.lo)))) {
    return Parsed<Target>(diag(b, e, "jixiao.target.bad_range", "calendar months or years as bounds"));
  }
  return Target::range(Quantity{lo.lo, u1}, Quantity{hi.lo, u2}, std::string(n_.original()));
}

Parsed<Target> Parser::make_single(const Value& v) {
  const std::size_t ub = v.ranged && v.unit2_end > v.unit2_begin ? v.unit2_begin : v.unit_begin;
  const std::size_t ue = v.ranged && v.unit2_end > v.unit2_begin ? v.unit2_end : v.unit_end;
  if (s().substr(ub, ue - ub) == "年" && (calendar_year(v.lo) || (v.ranged && calendar_year(v.hi)))) {
    return diag(v.label_end, ue, "jixiao.target.year_or_years", "a calendar year or a number of years?");
  }
  if (v.ranged) {
    std::size_t ub = v.unit2_begin, ue = v.unit2_end;
    if (ub == ue) {
      ub = v.unit_begin;
      ue = v.unit_end;
    }
    const Unit lo_unit = v.unit_begin == v.unit_end ? unit_of(ub, ue) : unit_of(v.unit_begin, v.unit_end);
    return Target::range(Quantity{v.lo, lo_unit}, Quantity{v.hi, unit_of(ub, ue)}, std::string(n_.original()));
  }
  return Parsed<Target>(std::in_place, v.op, quantity(v.lo, v.unit_begin, v.unit_end), std::string(n_.original()));
}

// The grammar, then the warnings that go with the value read, if any.
Parsed<Target> Parser::run(bool& explicit_op) {
  Parsed<Target> result = run_grammar(explicit_op);
  if (!notes_.empty() && result.ok()) result = Parsed<Target>(std::move(result).value(), std::move(notes_));
  return result;
}

Parsed<Target> Parser::run_grammar(bool& explicit_op) {
  explicit_op = false;
  std::size_t b = 0;
  std::size_t e = s().size();
  trim(s(), b, e);
  if (b == e) return diag(0, s().size(), "jixiao.target.empty", "empty target");
  // 定性/定量 markers (指标性质 fused into the cell).
  bool force_qualitative = false;
  for (bool again = true; again;) {
    again = false;
    trim(s(), b, e);
    if (has_at(s(), b, "定性")) {
      force_qualitative = true;
      b += 6;
      again = true;
    } else if (has_at(s(), b, "定量")) {
      b += 6;
      again = true;
    }
    if (again && b < e && s()[b] == ':') ++b;
  }
  trim(s(), b, e);
  if (b == e) return diag(0, s().size(), "jixiao.target.empty", "a 定性/定量 marker with no target");
  // After the markers: a marker is not a unit, so `定性*有效` leaves a placeholder `*有效`.
  if (flags_ & kPlaceholder) {
    Diagnostic d;
    if (!check_placeholders(b, e, d)) return d;
  }
  bool digits = false;
  for (std::size_t i = b; i < e && (flags_ & kDigit); ++i) {
    if (is_digit(s()[i])) {
      digits = true;
      break;
    }
  }
  if (!digits) {
    // date words without digits: 年底前
    Target t;
    Diagnostic d;
    if (!force_qualitative && (flags_ & kDateChar) && maybe_date(s().substr(b, e - b))) {
      const Match m = detail::parse_date_target(n_, b, e, t, d);
      if (m == Match::yes) return Target(t.is_date_range() ? Target::date_range(t.start(), t.deadline(), std::string(n_.original()))
                                                           : Target::deadline(t.deadline(), std::string(n_.original())));
    }
    return qualitative(b, e);
  }
  if (force_qualitative) {
    std::size_t i = b;
    while (i < e && !is_digit(s()[i])) ++i;
    return diag(i, i + 1, "jixiao.target.marker_conflict", "a 定性 (qualitative) target with a number");
  }
  // Trailing sentence punctuation.
  while (e > b && (s()[e - 1] == '.' || s()[e - 1] == ',' || s()[e - 1] == ';' || ends_at(s(), e, "。") || s()[e - 1] == ' ')) {
    e -= ends_at(s(), e, "。") ? 3 : 1;
  }
  if (!strip_annotations(b, e)) return diag(0, s().size(), "jixiao.target.empty", "only a note, no target");
  if ((flags_ & kDateChar) && maybe_date(s().substr(b, e - b))) {
    Target t;
    Diagnostic d;
    const Match m = detail::parse_date_target(n_, b, e, t, d);
    if (m == Match::error) return d;
    if (m == Match::yes) {
      explicit_op = true;
      if (t.is_date_range()) return Target::date_range(t.start(), t.deadline(), std::string(n_.original()));
      return Target::deadline(t.deadline(), std::string(n_.original()));
    }
  }
  if (flags_ & kCjk) {
    if (auto bounds = both_bounds(b, e)) return std::move(*bounds);
  }
  return values(b, e, explicit_op);
}

// The number grammar on [b, e): one value, or a compound of labelled parts split at
// separators.
Parsed<Target> Parser::values(std::size_t b, std::size_t e, bool& explicit_op) {
  // Split into parts at separators.
  std::size_t cuts[33];
  std::size_t ncuts = 0;
  std::size_t lens[33];
  for (std::size_t i = b; i < e;) {
    std::size_t len = 0;
    if (is_separator_at(s(), i, len)) {
      if (ncuts == 32) return diag(i, e, "jixiao.target.too_many_parts", "more than 32 parts");
      cuts[ncuts] = i;
      lens[ncuts] = len;
      ++ncuts;
      i += len;
    } else {
      i = cp_end(i);
    }
  }
  if (ncuts == 0) {
    Value v;
    Diagnostic d;
    if (!parse_value(b, e, v, d)) return d;
    if (v.label_end > v.label_begin && !label_is_scope(v.label_begin, v.label_end)) {
      if (!label_is_rate_sentence(v.label_begin, v.label_end)) {
        return diag(v.label_begin, v.label_end, "jixiao.target.unexpected_text", "text before the value");
      }
      notes_.push_back(diag(v.label_begin, v.label_end, "jixiao.target.sentence",
                            "a value stated in a sentence: the value is read, the sentence is its note"));
    }
    explicit_op = v.explicit_op;
    note_approximate(v);
    return make_single(v);
  }
  std::vector<TargetPart> parts;
  parts.reserve(ncuts + 1);
  std::size_t start = b;
  for (std::size_t k = 0; k <= ncuts; ++k) {
    const std::size_t stop = k < ncuts ? cuts[k] : e;
    Value v;
    Diagnostic d;
    std::size_t pb = start, pe = stop;
    trim(s(), pb, pe);
    if (pb == pe) return diag(start, stop == e ? e : stop + lens[k], "jixiao.target.empty_part", "empty part between separators");
    if (!parse_value(pb, pe, v, d)) return d;
    if (v.label_end == v.label_begin) {
      return diag(pb, pe, "jixiao.target.unlabelled_part", "a part of a compound target has no label");
    }
    if (v.ranged) return diag(pb, pe, "jixiao.target.range_in_compound", "a range inside a compound target");
    note_approximate(v);
    TargetPart p;
    p.label = std::string(n_.original_span(v.label_begin, v.label_end));
    p.op = v.op;
    p.quantity = quantity(v.lo, v.unit_begin, v.unit_end);
    parts.push_back(std::move(p));
    if (k < ncuts) start = cuts[k] + lens[k];
  }
  return Target::compound(std::move(parts), std::string(n_.original()));
}

// Cheap filter before the date grammar: a date has 年, 月, 底, 末, 旬, '.', '-' or '/'.
bool maybe_date(std::string_view t) noexcept {
  for (std::size_t i = 0; i < t.size(); ++i) {
    const char c = t[i];
    if (c == '.' || c == '-' || c == '/') return true;
    if (has_at(t, i, "年") || has_at(t, i, "月") || has_at(t, i, "底") || has_at(t, i, "末") || has_at(t, i, "旬")) {
      return true;
    }
  }
  return false;
}

bool only_spaces(std::string_view t) noexcept {
  for (char c : t) {
    if (c != ' ' && c != '\t') return false;
  }
  return true;
}

// The common shape `[op]number[catalogue unit][op word]` (≥95%, 100%, >=1102人, 4次,
// 95%以上), read
// straight from the text as written, before any normalised copy is made. Returns false
// whenever anything else could matter: spaces, separators, signs, full-width or other
// characters that normalise to grammar (only ASCII, CJK ideographs and a few unit
// signs may follow the number), 年/月/日 (dates), a bare number with a point (2021.12),
// a unit outside the catalogue. Gives exactly what the general grammar gives.
struct FastValue {
  Comparator op = Comparator::eq;
  bool explicit_op = false;
  std::int64_t coefficient = 0;
  int scale = 0;
  std::string_view unit;  // to be looked up: it must be a catalogue unit
  int row = -1;           // its catalogue row, when written exactly as a spelling
};

// True for the bytes a fast-path unit may hold: ASCII other than spaces, digits and
// the grammar's punctuation; CJK ideographs, except 年, 月 or 日 right after the number
// (2021年, 12月: dates; 个月 and 元/人*月 are units); ㎡ ² ·; a percent sign (% ％ ‰)
// only as the whole unit.
bool fast_unit_text(std::string_view u) noexcept {
  for (std::size_t i = 0; i < u.size();) {
    const auto c = static_cast<unsigned char>(u[i]);
    if (c < 0x80) {
      if (c <= ' ' || c == 0x7F || is_digit(static_cast<char>(c)) || c == ',' || c == ';' || c == '(' || c == ')' ||
          c == '-' || c == '.' || c == ':' || c == '~') {
        return false;
      }
      if (c == '%' && u.size() != 1) return false;  // the grammar reads % as a whole unit: `%/个` is not one
      ++i;
      continue;
    }
    if (u.size() - i < 2) return false;
    const auto c1 = static_cast<unsigned char>(u[i + 1]);
    if (c >= 0xE4 && c <= 0xE9 && u.size() - i >= 3) {  // U+4000..U+9FFF: ideographs
      const auto c2 = static_cast<unsigned char>(u[i + 2]);
      if ((c1 & 0xC0u) != 0x80u || (c2 & 0xC0u) != 0x80u) return false;
      const char32_t cp = ((c & 0x0Fu) << 12) | ((c1 & 0x3Fu) << 6) | (c2 & 0x3Fu);
      if (!is_cjk(cp) || (i == 0 && (cp == U'年' || cp == U'月' || cp == U'日'))) return false;
      i += 3;
    } else if (has_at(u, i, "％") || has_at(u, i, "‰")) {
      if (u.size() != 3) return false;  // as %
      i += 3;
    } else if (has_at(u, i, "㎡")) {
      i += 3;
    } else if (has_at(u, i, "²") || has_at(u, i, "·")) {
      i += 2;
    } else {
      return false;
    }
  }
  return true;
}

bool fast_value(std::string_view t, FastValue& out) {
  std::size_t i = 0;
  Comparator op = Comparator::eq;
  std::size_t len = 0;
  if (has_at(t, 0, "≧")) {
    op = Comparator::ge;
    len = 3;
  } else if (has_at(t, 0, "≦")) {
    op = Comparator::le;
    len = 3;
  } else if (symbol_op_at(t, 0, t.size(), op, len)) {
    if (len > 1 && t[1] == ' ') return false;
  }
  i = len;
  const std::size_t number_at = i;
  std::int64_t coef = 0;
  int digits = 0;
  int scale = 0;
  bool point = false;
  for (; i < t.size(); ++i) {
    const char c = t[i];
    if (is_digit(c)) {
      coef = coef * 10 + (c - '0');
      if (++digits > 17) return false;
      if (point) ++scale;
    } else if (c == '.' && !point && i > number_at && i + 1 < t.size() && is_digit(t[i + 1])) {
      point = true;
    } else {
      break;
    }
  }
  if (digits == 0) return false;
  std::string_view unit = t.substr(i);
  bool suffix = false;  // 95%以上, 5个月内: a comparator word after the unit
  // (Every suffix word ends in 上, 下 or 内: look at the words only after such an end.)
  const bool suffix_end = ends_at(unit, unit.size(), "上") || ends_at(unit, unit.size(), "下") || ends_at(unit, unit.size(), "内");
  for (std::size_t k = 0; suffix_end && len == 0 && k < sizeof kSuffixOps / sizeof kSuffixOps[0]; ++k) {
    if (ends_at(unit, unit.size(), kSuffixOps[k].word)) {
      op = kSuffixOps[k].op;
      unit.remove_suffix(kSuffixOps[k].word.size());
      suffix = true;
      break;
    }
  }
  out.row = -1;
  if (unit.empty()) {
    if (point) return false;
  } else {
    if (has_at(unit, 0, "年") || has_at(unit, 0, "月") || has_at(unit, 0, "日")) return false;  // 2021年, 12月: dates
    // Written exactly as a catalogue spelling (the usual case): known, and plain text,
    // except m2 and km2, whose digit the grammar reads as a second number.
    out.row = detail::catalogue_row(unit);
    if (out.row < 0 && (unit.size() > 24 || !fast_unit_text(unit))) return false;
    if (out.row >= 0 && is_digit(unit.back())) return false;
  }
  out.unit = unit;
  out.explicit_op = len > 0 || suffix;
  out.op = op;
  out.coefficient = coef;
  out.scale = scale;
  return true;
}

Parsed<Target> parse_with_info(std::string_view text, bool& explicit_op) {
  FastValue f;
  if (fast_value(text, f)) {
    Quantity q{Decimal::from_parts(f.coefficient, f.scale),
               f.row >= 0 ? detail::catalogue_unit(f.unit, f.row) : f.unit.empty() ? Unit() : Unit::parse(f.unit)};
    if (q.unit.known()) {
      explicit_op = f.explicit_op;
      return Parsed<Target>(std::in_place, f.op, std::move(q), std::string(text));  // no Target move
    }
  }
  Parser p(text);
  return p.run(explicit_op);
}

// Applies a separate unit column to a parsed value; a comparison may take the op of a
// separate comparator cell (`op`). The result is built once, in place: a Target is
// large and the split-cell path is common in imported tables.
Parsed<Target> apply_unit_column_to(Parsed<Target>&& parsed, std::string_view text, std::string_view unit_column,
                                    const Comparator* op) {
  if (!parsed.ok()) return std::move(parsed);
  NormText nu(unit_column);
  std::size_t b = 0, e = nu.view().size();
  trim(nu.view(), b, e);
  if (b == e) {
    if (op && parsed.value().kind() == TargetKind::comparison) {
      const Target& t = parsed.value();
      return Parsed<Target>(std::in_place, *op, t.quantity(), t.raw());
    }
    return std::move(parsed);
  }
  for (std::size_t i = b; i < e; ++i) {
    if (is_digit(nu.view()[i])) {
      return detail::make_diagnostic(unit_column, nu.origin(i), 1, "jixiao.target.bad_unit", "a number in the unit column");
    }
  }
  // The unit column must read as a unit where the grammar reads units: `=1` + column
  // gives `=1 <unit>` and nothing else (no `(`, no 以上, no second number). A catalogue
  // unit of plain characters is what the fast path would read there: no probe needed.
  const std::string_view written = nu.original_span(b, e);
  Unit column = Unit::parse(written);
  if (!(written.size() <= 24 && fast_unit_text(written) && column.known())) {
    std::string probe = "=1";
    probe.append(nu.original_span(b, e));
    bool op = false;
    const Parsed<Target> p = parse_with_info(probe, op);
    if (!p.ok() || p.value().kind() != TargetKind::comparison || p.value().op() != Comparator::eq ||
        p.value().quantity().unit.written() != nu.original_span(b, e)) {
      const std::size_t ob = nu.origin(b);
      return detail::make_diagnostic(unit_column, ob, nu.origin_end(b, e) - ob, "jixiao.target.bad_unit",
                                     "the unit column does not hold a unit");
    }
  }
  const Target& t = parsed.value();
  auto conflict = [&](const Unit& u) {
    return detail::make_diagnostic(std::string_view(text), 0, text.size(), "jixiao.target.conflicting_units",
                                   "unit '" + u.written() + "' in the value disagrees with the unit column '" +
                                       column.written() + "'");
  };
  auto merge = [&](const Quantity& q, Quantity& out) -> bool {
    out = q;
    if (q.unit.empty()) {
      out.unit = column;
      return true;
    }
    return q.unit == column;
  };
  auto year_in_doubt = [&](const Quantity& q) { return q.unit.symbol() == "年" && calendar_year(q.value); };
  const auto year_diag = [&] {
    return detail::make_diagnostic(text, 0, text.size(), "jixiao.target.year_or_years",
                                   "a calendar year with a unit column 年: a date or a number of years?");
  };
  switch (t.kind()) {
    case TargetKind::comparison: {
      Quantity q;
      if (!merge(t.quantity(), q)) return conflict(t.quantity().unit);
      if (year_in_doubt(q)) return year_diag();
      return Parsed<Target>(std::in_place, op ? *op : t.op(), std::move(q), t.raw());
    }
    case TargetKind::range: {
      if (t.is_date_range()) return conflict(Unit::parse("date"));
      Quantity lo, hi;
      if (!merge(t.lo(), lo)) return conflict(t.lo().unit);
      if (!merge(t.hi(), hi)) return conflict(t.hi().unit);
      if (calendar_months(lo.value, hi.value, hi.unit)) {
        return detail::make_diagnostic(text, 0, text.size(), "jixiao.target.bad_range",
                                       "months 1..12 with a unit column 月: calendar months or a duration (个月)?");
      }
      if (year_in_doubt(lo) || year_in_doubt(hi)) return year_diag();
      return Target::range(lo, hi, t.raw());
    }
    case TargetKind::compound: {
      std::vector<TargetPart> parts = t.parts();
      for (TargetPart& p : parts) {
        Quantity q;
        if (!merge(p.quantity, q)) return conflict(p.quantity.unit);
        p.quantity = q;
      }
      return Target::compound(std::move(parts), t.raw());
    }
    case TargetKind::deadline:
      return detail::make_diagnostic(unit_column, 0, unit_column.size(), "jixiao.target.conflicting_units",
                                     "a date with a unit column");
    case TargetKind::qualitative:
      return std::move(parsed);
  }
  return std::move(parsed);
}

// apply_unit_column_to, keeping the warnings of the value's parse (100余 | 人).
Parsed<Target> apply_unit_column(Parsed<Target>&& parsed, std::string_view text, std::string_view unit_column,
                                 const Comparator* op = nullptr) {
  if (parsed.diagnostics().empty() || !parsed.ok()) return apply_unit_column_to(std::move(parsed), text, unit_column, op);
  std::vector<Diagnostic> notes = parsed.diagnostics();
  Parsed<Target> result = apply_unit_column_to(std::move(parsed), text, unit_column, op);
  if (result.ok() && result.diagnostics().empty()) result = Parsed<Target>(std::move(result).value(), std::move(notes));
  return result;
}

bool is_marker(std::string_view cell) {
  NormText n(cell);
  std::size_t b = 0, e = n.view().size();
  trim(n.view(), b, e);
  const std::string_view v = n.view().substr(b, e - b);
  return v == "定性" || v == "定量";
}

// A cell holding only a comparator (symbol or word).
bool comparator_cell(std::string_view cell, Comparator& op) {
  NormText n(cell);
  std::size_t b = 0, e = n.view().size();
  trim(n.view(), b, e);
  if (b == e) return false;
  const std::string_view v = n.view().substr(b, e - b);
  std::size_t len = 0;
  if (symbol_op_at(v, 0, v.size(), op, len) && len == v.size()) return true;
  for (const OpWord& w : kPrefixOps) {
    if (v == w.word) {
      op = w.op;
      return true;
    }
  }
  return false;
}

bool has_digit(std::string_view t) {
  for (char c : t) {
    if (is_digit(c)) return true;
  }
  const NormText n(t);  // full-width digits
  return n.view().find_first_of("0123456789") != std::string_view::npos;
}

}  // namespace

Parsed<Target> detail::parse_general(std::string_view text, bool& explicit_op) {
  Parser p(text);
  return p.run(explicit_op);
}

Parsed<Target> detail::parse_with_op(std::string_view text, bool& explicit_op) {
  return parse_with_info(text, explicit_op);
}

Parsed<Target> Target::parse(std::string_view text) {
  bool explicit_op = false;
  return parse_with_info(text, explicit_op);
}

Parsed<Target> Target::parse(std::string_view text, std::string_view unit_column) {
  bool explicit_op = false;
  Parsed<Target> parsed = parse_with_info(text, explicit_op);
  return apply_unit_column(std::move(parsed), text, unit_column);
}

Parsed<Target> Target::parse_cells(std::string_view comparator, std::string_view number, std::string_view unit) {
  if (is_marker(comparator)) {
    Parsed<Target> p = parse(number, unit);
    if (!p.ok()) return p;
    if (p.value().kind() != TargetKind::qualitative && NormText(comparator).view().find("定性") != std::string_view::npos) {
      return detail::make_diagnostic(number, 0, number.size(), "jixiao.target.marker_conflict",
                                     "a 定性 (qualitative) target with a number");
    }
    return p;
  }
  Comparator op = Comparator::eq;
  const bool has_op = !only_spaces(comparator);
  if (has_op && !comparator_cell(comparator, op)) {
    return detail::make_diagnostic(comparator, 0, comparator.size(), "jixiao.target.bad_comparator",
                                   "the comparator cell holds no comparator");
  }
  if (only_spaces(number)) {
    return detail::make_diagnostic(number, 0, number.size(), "jixiao.target.no_number",
                                   has_op ? "comparator with no number" : "no number in the value cell");
  }
  bool explicit_op = false;
  Parsed<Target> p = parse_with_info(number, explicit_op);
  if (!has_op || !p.ok()) return apply_unit_column(std::move(p), number, unit);
  if (p.value().kind() == TargetKind::comparison) {
    const Comparator value_op = p.value().op();
    const bool conflict = explicit_op && value_op != op;
    if (!conflict) return apply_unit_column(std::move(p), number, unit, &op);  // the cell's op, built in once
    Parsed<Target> checked = apply_unit_column(std::move(p), number, unit);
    if (!checked.ok()) return checked;
    return detail::make_diagnostic(number, 0, number.size(), "jixiao.target.conflicting_comparators",
                                   std::string("the comparator cell says ") + symbol(op) + " but the value says " + symbol(value_op));
  }
  p = apply_unit_column(std::move(p), number, unit);
  if (!p.ok()) return p;
  if (p.value().kind() == TargetKind::deadline && (op == Comparator::le || op == Comparator::lt)) return p;
  return detail::make_diagnostic(number, 0, number.size(), "jixiao.target.conflicting_comparators",
                                 std::string("a comparator cell ") + symbol(op) + " with a value that is not a single number");
}

namespace {
// Split cells read by their roles (the cells already trimmed; 1 to 3 of them).
Parsed<Target> parse_split(std::string_view joined, const std::string_view* cells, std::size_t count) {
  if (count == 1) return Target::parse(cells[0]);
  if (count == 3) return Target::parse_cells(cells[0], cells[1], cells[2]);
  const std::string_view a = cells[0];
  const std::string_view b = cells[1];
  if (is_marker(a)) return Target::parse_cells(a, b, {});
  Comparator op;
  if (comparator_cell(a, op)) return Target::parse_cells(a, b, {});
  const bool da = has_digit(a);
  const bool db = has_digit(b);
  if (da && !db) return Target::parse(a, b);  // value | unit
  if (!da && db) return Target::parse(b, a);  // unit | value
  return detail::make_diagnostic(joined, 0, joined.size(), "jixiao.target.ambiguous_cells",
                                 "cannot tell which cell holds the value");
}
}  // namespace

namespace {
// Splits a joined line at '|' and reads its cells (trimmed) by their roles.
Parsed<Target> split_and_parse(std::string_view joined) {
  std::string_view cells[4];
  std::size_t count = 0;
  std::size_t from = 0;
  for (;;) {
    const std::size_t bar = joined.find('|', from);
    if (count == 3) {
      return detail::make_diagnostic(joined, from, joined.size() - from, "jixiao.target.too_many_cells",
                                     "more than three cells");
    }
    if (bar == std::string_view::npos) {
      cells[count++] = joined.substr(from);
      break;
    }
    cells[count++] = joined.substr(from, bar - from);
    from = bar + 1;
  }
  for (std::size_t k = 0; k < count; ++k) {
    std::size_t cb = 0, ce = cells[k].size();
    trim(cells[k], cb, ce);
    cells[k] = cells[k].substr(cb, ce - cb);
  }
  return parse_split(joined, cells, count);
}
}  // namespace

Parsed<Target> Target::parse_cells(std::string_view joined) {
  const bool split = joined.find(" | ") != std::string_view::npos;
  // One named result and one return: the target is built in the caller's slot.
  Parsed<Target> result = split ? split_and_parse(joined) : parse(joined);
  if (split && !result.ok()) {  // diagnostics of a cell point into the joined line
    std::vector<Diagnostic> ds = result.diagnostics();
    for (Diagnostic& d : ds) {
      const std::size_t at = d.text.empty() ? std::string_view::npos : joined.find(d.text);
      if (at == std::string_view::npos) continue;
      d = detail::make_diagnostic(joined, at, d.text.size(), d.code.c_str(), d.message.substr(0, d.message.find(": '")));
    }
    result = Parsed<Target>(std::move(ds));
  }
  return result;
}

}  // namespace jixiao
