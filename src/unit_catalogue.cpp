// The unit catalogue (计量单位): spellings, canonical symbols, dimensions and exact
// factors; Unit::parse.
#include "unit_catalogue.hpp"

#include <cstring>
#include <mutex>
#include <ostream>
#include <string>
#include <unordered_map>
#include <vector>

#include "target_text.hpp"

namespace jixiao {
namespace detail {
namespace {

struct Entry {
  std::string_view spelling;  // normalised (simplified, ASCII)
  std::string_view symbol;    // canonical
  Dimension dimension;
  std::int64_t coefficient;   // factor = coefficient × 10^-scale, in the base unit
  int scale;
  std::string_view base;
};

// Bases: percent %, money 元, length 米, area 亩 (so that 公顷 = 15 亩 and 平方米 = 0.0015 亩
// are exact), mass 千克, volume 立方米, time 月 (年, 季度) or 秒 (周, 天, 小时, 分钟), counts their own kind.
constexpr Entry kEntries[] = {
    {"%", "%", Dimension::percent, 1, 0, "%"},
    {"百分比", "%", Dimension::percent, 1, 0, "%"},
    {"‰", "‰", Dimension::percent, 1, 1, "%"},
    {"千分比", "‰", Dimension::percent, 1, 1, "%"},
    {"元", "元", Dimension::money, 1, 0, "元"},
    {"万元", "万元", Dimension::money, 10000, 0, "元"},
    {"亿元", "亿元", Dimension::money, 100000000, 0, "元"},
    {"千元", "千元", Dimension::money, 1000, 0, "元"},
    {"百万元", "百万元", Dimension::money, 1000000, 0, "元"},
    {"年", "年", Dimension::time, 12, 0, "月"},
    {"季度", "季度", Dimension::time, 3, 0, "月"},
    {"个季度", "季度", Dimension::time, 3, 0, "月"},
    {"月", "月", Dimension::time, 1, 0, "月"},
    {"个月", "个月", Dimension::time, 1, 0, "月"},
    {"周", "周", Dimension::time, 604800, 0, "秒"},
    {"天", "天", Dimension::time, 86400, 0, "秒"},
    {"日", "天", Dimension::time, 86400, 0, "秒"},
    {"小时", "小时", Dimension::time, 3600, 0, "秒"},
    {"个小时", "小时", Dimension::time, 3600, 0, "秒"},
    {"分钟", "分钟", Dimension::time, 60, 0, "秒"},
    {"秒", "秒", Dimension::time, 1, 0, "秒"},
    {"工作日", "工作日", Dimension::time, 1, 0, "工作日"},
    {"个工作日", "工作日", Dimension::time, 1, 0, "工作日"},
    {"岁", "岁", Dimension::time, 1, 0, "岁"},
    {"周岁", "周岁", Dimension::time, 1, 0, "岁"},
    {"米", "米", Dimension::length, 1, 0, "米"},
    {"m", "米", Dimension::length, 1, 0, "米"},
    {"延米", "延米", Dimension::length, 1, 0, "米"},
    {"公里", "公里", Dimension::length, 1000, 0, "米"},
    {"km", "公里", Dimension::length, 1000, 0, "米"},
    {"千米", "公里", Dimension::length, 1000, 0, "米"},
    {"厘米", "厘米", Dimension::length, 1, 2, "米"},
    {"cm", "厘米", Dimension::length, 1, 2, "米"},
    {"毫米", "毫米", Dimension::length, 1, 3, "米"},
    {"mm", "毫米", Dimension::length, 1, 3, "米"},
    {"亩", "亩", Dimension::area, 1, 0, "亩"},
    {"公顷", "公顷", Dimension::area, 15, 0, "亩"},
    {"平方米", "平方米", Dimension::area, 15, 4, "亩"},
    {"m2", "平方米", Dimension::area, 15, 4, "亩"},
    {"m²", "平方米", Dimension::area, 15, 4, "亩"},
    {"㎡", "平方米", Dimension::area, 15, 4, "亩"},
    {"平米", "平方米", Dimension::area, 15, 4, "亩"},
    {"平方公里", "平方公里", Dimension::area, 1500, 0, "亩"},
    {"平方千米", "平方公里", Dimension::area, 1500, 0, "亩"},
    {"km2", "平方公里", Dimension::area, 1500, 0, "亩"},
    {"km²", "平方公里", Dimension::area, 1500, 0, "亩"},
    {"千克", "千克", Dimension::mass, 1, 0, "千克"},
    {"kg", "千克", Dimension::mass, 1, 0, "千克"},
    {"公斤", "公斤", Dimension::mass, 1, 0, "千克"},
    {"克", "克", Dimension::mass, 1, 3, "千克"},
    {"g", "克", Dimension::mass, 1, 3, "千克"},
    {"斤", "斤", Dimension::mass, 5, 1, "千克"},
    {"吨", "吨", Dimension::mass, 1000, 0, "千克"},
    {"t", "吨", Dimension::mass, 1000, 0, "千克"},
    {"立方米", "立方米", Dimension::volume, 1, 0, "立方米"},
    {"立方", "立方米", Dimension::volume, 1, 0, "立方米"},
    {"m³", "立方米", Dimension::volume, 1, 0, "立方米"},
    {"m3", "立方米", Dimension::volume, 1, 0, "立方米"},
    {"升", "升", Dimension::volume, 1, 3, "立方米"},
};

// Counts: each its own kind (factor 1, base = itself).
constexpr std::string_view kCounts[] = {
    "次", "场", "个", "项", "件", "人", "人次", "户", "家", "所", "台", "套", "座", "株", "篇", "份", "期",
    "批", "起", "只", "头", "辆", "张", "本", "册", "条", "处", "栋", "间", "棵", "门", "名", "位", "班",
    "节", "课时", "学时", "例", "宗", "笔", "盏", "块", "根", "粒", "颗", "枚", "幅", "部", "台次", "户次",
    "家次", "场次", "床", "支", "队", "架", "艘", "口", "眼", "单", "群", "匹", "羽", "尾", "箱", "袋",
    "包", "片", "网点", "个点", "站", "所次", "车次", "辆次", "件次", "篇次", "期次", "门次", "人天",
    "人日", "个人", "种", "类", "亩次", "吨次", "平台", "套次", "份次", "对", "组", "窝", "头次",
    "村", "镇", "乡", "社区", "学校", "所学校", "企业", "倍",
    // Data sizes: known, each its own kind (1 TB is 1000 or 1024 GB depending on who counts).
    "KB", "MB", "GB", "TB", "PB",
};

struct Multiplier {
  std::string_view spelling;
  std::int64_t value;
};
constexpr Multiplier kMultipliers[] = {
    {"千万", 10000000}, {"百万", 1000000}, {"十万", 100000}, {"万", 10000}, {"亿", 100000000}, {"千", 1000}, {"百", 100},
};

bool append(char* buf, std::size_t& size, std::string_view s) noexcept {
  if (size + s.size() > 63) return false;
  std::memcpy(buf + size, s.data(), s.size());
  size += s.size();
  return true;
}

constexpr std::size_t kEntryCount = sizeof(kEntries) / sizeof(kEntries[0]);
constexpr std::size_t kCountCount = sizeof(kCounts) / sizeof(kCounts[0]);

// An open-addressing hash index over both tables, built at compile time: slot value
// i < kEntryCount is kEntries[i], else kCounts[i - kEntryCount]; -1 is empty.
constexpr std::size_t kSlots = 512;
static_assert(kEntryCount + kCountCount < kSlots / 2, "keep the index sparse");

// The length and the first and last three bytes: enough to tell the spellings apart
// (a CJK character is three bytes), and a fixed cost whatever the text's length.
constexpr std::uint32_t hash_of(std::string_view s) noexcept {
  std::uint32_t h = static_cast<std::uint32_t>(s.size()) * 0x9E3779B1u;
  const std::size_t n = s.size() < 3 ? s.size() : 3;
  for (std::size_t k = 0; k < n; ++k) {
    h = (h ^ static_cast<unsigned char>(s[k])) * 16777619u;
    h = (h ^ static_cast<unsigned char>(s[s.size() - 1 - k])) * 16777619u;
  }
  return h;
}

constexpr bool same(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t k = 0; k < a.size(); ++k) {
    if (a[k] != b[k]) return false;
  }
  return true;
}

constexpr std::string_view spelling_at(std::size_t i) noexcept {
  return i < kEntryCount ? kEntries[i].spelling : kCounts[i - kEntryCount];
}

struct Index {
  std::int16_t slot[kSlots];
};

constexpr Index build_index() {
  Index index{};
  for (std::size_t k = 0; k < kSlots; ++k) index.slot[k] = -1;
  for (std::size_t i = 0; i < kEntryCount + kCountCount; ++i) {
    std::size_t k = hash_of(spelling_at(i)) & (kSlots - 1);
    while (index.slot[k] >= 0) k = (k + 1) & (kSlots - 1);
    index.slot[k] = static_cast<std::int16_t>(i);
  }
  return index;
}

constexpr Index kIndex = build_index();

// The table row for a spelling, or -1.
int find_row(std::string_view s) noexcept {
  std::size_t k = hash_of(s) & (kSlots - 1);
  while (kIndex.slot[k] >= 0) {
    const auto i = static_cast<std::size_t>(kIndex.slot[k]);
    if (same(spelling_at(i), s)) return static_cast<int>(i);
    k = (k + 1) & (kSlots - 1);
  }
  return -1;
}

// One component (no '/'): direct entry, count, or multiplier + entry/count.
bool lookup_simple(std::string_view s, UnitFacts& out, bool allow_multiplier) noexcept {
  if (s.empty()) return false;
  const int row = find_row(s);
  if (row >= 0 && static_cast<std::size_t>(row) < kEntryCount) {
    const Entry& e = kEntries[row];
    out.dimension = e.dimension;
    out.factor = Decimal::from_parts(e.coefficient, e.scale);
    out.symbol_size = 0;
    out.base_size = 0;
    return append(out.symbol, out.symbol_size, e.symbol) && append(out.base, out.base_size, e.base);
  }
  if (row >= 0) {
    const std::string_view c = kCounts[static_cast<std::size_t>(row) - kEntryCount];
    out.dimension = Dimension::count;
    out.factor = Decimal(1);
    out.symbol_size = 0;
    out.base_size = 0;
    return append(out.symbol, out.symbol_size, c) && append(out.base, out.base_size, c);
  }
  if (!allow_multiplier) return false;
  for (const Multiplier& m : kMultipliers) {
    if (s.size() <= m.spelling.size() || s.compare(0, m.spelling.size(), m.spelling) != 0) continue;
    UnitFacts inner;
    if (!lookup_simple(s.substr(m.spelling.size()), inner, false)) continue;
    if (inner.dimension == Dimension::percent || inner.dimension == Dimension::time) continue;
    out.dimension = inner.dimension;
    out.factor = inner.factor * Decimal(m.value);
    out.symbol_size = 0;
    out.base_size = 0;
    if (!append(out.symbol, out.symbol_size, m.spelling) ||
        !append(out.symbol, out.symbol_size, std::string_view(inner.symbol, inner.symbol_size)) ||
        !append(out.base, out.base_size, std::string_view(inner.base, inner.base_size))) {
      return false;
    }
    // A composite that is itself a spelling of an entry is that entry: 千 + m is 千米,
    // whose symbol is 公里 (else its canonical spelling would read back as another unit).
    const int same = find_row(std::string_view(out.symbol, out.symbol_size));
    if (same >= 0 && static_cast<std::size_t>(same) < kEntryCount) return lookup_simple(kEntries[same].spelling, out, false);
    return true;
  }
  return false;
}

bool is_rate_separator(char c) noexcept { return c == '/' || c == '*'; }

// One shared UnitInfo per table row, built on first use and never destroyed (a host's
// static Unit may outlive ours).
const UnitInfo* row_infos() {
  static const UnitInfo* const rows = [] {
    auto* infos = new UnitInfo[kEntryCount + kCountCount];
    for (std::size_t i = 0; i < kEntryCount; ++i) {
      const Entry& e = kEntries[i];
      infos[i] = UnitInfo{std::string(e.symbol), std::string(e.base), e.dimension, Decimal::from_parts(e.coefficient, e.scale)};
    }
    for (std::size_t i = 0; i < kCountCount; ++i) {
      infos[kEntryCount + i] = UnitInfo{std::string(kCounts[i]), std::string(kCounts[i]), Dimension::count, Decimal(1)};
    }
    return infos;
  }();
  return rows;
}

// A pointer that shares nothing (no reference count): for infos that live forever.
std::shared_ptr<const UnitInfo> unowned(const UnitInfo* info) noexcept {
  return std::shared_ptr<const UnitInfo>(std::shared_ptr<const UnitInfo>(), info);
}

// Composites (multiplier + entry, rates) are interned by symbol, so that a Unit of 万人
// or 元/亩 points at one shared info and parsing them allocates only the first time.
// The table is capped: past the cap (a stream of ever new rates) each Unit owns its
// info, so memory stays bounded by what the host keeps.
constexpr std::size_t kMaxInterned = 4096;

std::shared_ptr<const UnitInfo> intern(const UnitFacts& facts) {
  struct Table {
    std::mutex mutex;
    std::unordered_map<std::string, std::unique_ptr<const UnitInfo>> by_symbol;
  };
  static Table* const table = new Table;  // never destroyed, as row_infos
  const std::string_view symbol(facts.symbol, facts.symbol_size);
  std::lock_guard<std::mutex> lock(table->mutex);
  // (A heterogeneous lookup needs C++20; the key is built only for composites.)
  std::string key(symbol);
  const auto found = table->by_symbol.find(key);
  if (found != table->by_symbol.end()) return unowned(found->second.get());
  auto info = std::make_unique<const UnitInfo>(
      UnitInfo{std::string(symbol), std::string(facts.base, facts.base_size), facts.dimension, facts.factor});
  if (table->by_symbol.size() >= kMaxInterned) return std::shared_ptr<const UnitInfo>(std::move(info));
  const UnitInfo* raw = info.get();
  table->by_symbol.emplace(std::move(key), std::move(info));
  return unowned(raw);
}

}  // namespace

int catalogue_row(std::string_view normalized) noexcept { return find_row(normalized); }

std::shared_ptr<const UnitInfo> row_info(int row) { return unowned(row_infos() + row); }

std::shared_ptr<const UnitInfo> find_unit(std::string_view normalized) {
  const int row = find_row(normalized);
  if (row >= 0) return unowned(row_infos() + row);
  UnitFacts facts;
  if (!lookup_unit(normalized, facts)) return nullptr;
  return intern(facts);
}

bool lookup_unit(std::string_view s, UnitFacts& out) noexcept {
  std::size_t slash = s.find('/');
  if (slash == std::string_view::npos) return lookup_simple(s, out, true);
  // A rate: numerator, then denominators joined by '/', '*', '·' (U+00B7) or '、'.
  // `/亩` after a number (1000/亩): a rate whose numerator is the bare number.
  UnitFacts num;
  if (slash == 0) {
    num.factor = Decimal(1);
  } else if (!lookup_simple(s.substr(0, slash), num, true)) {
    return false;
  }
  out.dimension = Dimension::rate;
  out.factor = num.factor;
  out.symbol_size = 0;
  out.base_size = 0;
  if (!append(out.symbol, out.symbol_size, std::string_view(num.symbol, num.symbol_size)) ||
      !append(out.base, out.base_size, std::string_view(num.base, num.base_size))) {
    return false;
  }
  std::size_t i = slash;
  while (i < s.size()) {
    std::string_view sep;
    if (is_rate_separator(s[i])) {
      sep = s.substr(i, 1);
    } else if (has_at(s, i, "·")) {
      sep = "*";
      i += 1;  // two bytes, the loop below adds one
    } else if (has_at(s, i, "、")) {  // `元/人、天`: per person and day, as 元/人·天
      sep = "*";
      i += 2;  // three bytes
    } else {
      return false;
    }
    ++i;
    std::size_t j = i;
    while (j < s.size() && !is_rate_separator(s[j]) && !has_at(s, j, "·") && !has_at(s, j, "、")) ++j;
    UnitFacts den;
    if (!lookup_simple(s.substr(i, j - i), den, true)) return false;
    // The denominator's factor is not folded in: rates convert only when their
    // denominators are the same (the base keeps the denominator symbols).
    const std::string_view den_symbol(den.symbol, den.symbol_size);
    if (!append(out.symbol, out.symbol_size, sep) || !append(out.symbol, out.symbol_size, den_symbol) ||
        !append(out.base, out.base_size, sep) || !append(out.base, out.base_size, den_symbol)) {
      return false;
    }
    i = j;
  }
  return true;
}

bool is_catalogue_unit(std::string_view normalized) noexcept {
  UnitFacts facts;
  return lookup_unit(normalized, facts);
}

}  // namespace detail

const char* to_string(Dimension dimension) noexcept {
  switch (dimension) {
    case Dimension::none: return "none";
    case Dimension::percent: return "percent";
    case Dimension::money: return "money";
    case Dimension::count: return "count";
    case Dimension::time: return "time";
    case Dimension::length: return "length";
    case Dimension::area: return "area";
    case Dimension::mass: return "mass";
    case Dimension::volume: return "volume";
    case Dimension::rate: return "rate";
    case Dimension::unknown: return "unknown";
  }
  return "unknown";
}

/// Fills a Unit from the catalogue (friend of Unit).
class UnitCatalogue {
 public:
  /// A Unit written exactly as the spelling of table row `row`.
  static Unit from_row(std::string_view written, int row) { return Unit(written, detail::row_info(row)); }

  static Unit make(std::string_view text) {
    // Trim ASCII and ideographic spaces.
    auto is_space_at = [&](std::size_t i, std::size_t& len) {
      if (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n' || text[i] == '\v' || text[i] == '\f') {
        len = 1;
        return true;
      }
      if (detail::has_at(text, i, "\u3000")) {
        len = 3;
        return true;
      }
      if (detail::has_at(text, i, "\u00A0")) {
        len = 2;
        return true;
      }
      return false;
    };
    std::size_t b = 0;
    std::size_t len = 0;
    while (b < text.size() && is_space_at(b, len)) b += len;
    std::size_t e = text.size();
    while (e > b) {
      std::size_t k = e - 1;
      while (k > b && (static_cast<unsigned char>(text[k]) & 0xC0u) == 0x80u) --k;
      if (!is_space_at(k, len) || k + len != e) break;
      e = k;
    }
    text = text.substr(b, e - b);
    if (text.empty()) return Unit();
    // Written exactly as a catalogue spelling (the common case): spellings are in
    // normal form, so normalising would change nothing.
    if (const int row = detail::catalogue_row(text); row >= 0) return Unit(text, detail::row_info(row));
    char buf[96];
    std::size_t n = detail::normalize_into(text, buf, sizeof buf);
    if (n != std::string_view::npos) {
      std::size_t w = 0;  // drop inner spaces: `元 / 亩`
      for (std::size_t i = 0; i < n; ++i) {
        if (buf[i] != ' ') buf[w++] = buf[i];
      }
      n = w;
    }
    // No info: an unknown unit, its text kept as written.
    return Unit(text, n != std::string_view::npos ? detail::find_unit(std::string_view(buf, n)) : nullptr);
  }
};

Unit Unit::parse(std::string_view text) { return UnitCatalogue::make(text); }

Unit detail::catalogue_unit(std::string_view spelling, int row) { return UnitCatalogue::from_row(spelling, row); }

std::ostream& operator<<(std::ostream& out, const Unit& unit) { return out << unit.symbol(); }

}  // namespace jixiao
