// Reading the canonical tree: required and unknown keys, types, decimals, keys of
// closed lists and targets, each problem reported with its JSON pointer.
#include "form_reader.hpp"

#include <boost/property_tree/ptree.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <functional>
#include <iterator>
#include <numeric>
#include <utility>
#include <string>

#include "document.hpp"
#include "document_check.hpp"
#include "json_positions.hpp"
#include "json_tree.hpp"
#include "jixiao/io/utf8_text.hpp"

namespace jixiao::io::detail {
namespace {

using boost::property_tree::ptree;

bool is_blank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; });
}

// Keys compared by size first, inline: most keys of an object differ in size, and a
// reader asks for many keys a form leaves out.
bool same_key(std::string_view a, std::string_view b) noexcept {
  return a.size() == b.size() && (a.empty() || std::memcmp(a.data(), b.data(), a.size()) == 0);
}

// Shortened for messages, so a 50 MB value does not become a 50 MB finding.
std::string excerpt(std::string_view s) {
  constexpr std::size_t kMax = 80;
  if (s.size() <= kMax) return std::string(s);
  std::size_t cut = kMax;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0u) == 0x80u) --cut;
  return std::string(s.substr(0, cut)) + "…";
}

// The JSON pointer of a value being read, made into text only when a finding needs it:
// each level names its parent (which outlives it on the stack) and its key or index.
class Path {
 public:
  Path() = default;  // the document
  Path member(std::string_view key) const { return Path(this, key, 0); }
  Path element(std::size_t index) const { return Path(this, std::string_view(), index); }

  std::string str() const {
    std::string out;
    append(out);
    return out;
  }

 private:
  Path(const Path* parent, std::string_view key, std::size_t index) : parent_(parent), key_(key), index_(index) {}
  void append(std::string& out) const {
    if (!parent_) return;
    parent_->append(out);
    out += '/';
    out += key_.data() ? pointer_token(std::string(key_)) : std::to_string(index_);
  }

  const Path* parent_ = nullptr;
  std::string_view key_;  // a member (a string literal), else the element `index_`
  std::size_t index_ = 0;
};

// One reader for both trees: property_tree's (XML, INFO, and JSON that simdjson refused)
// and JsonNode (JSON).
template <class Tree>
class Reader {
 public:
  Reader(Format format, std::vector<Finding>& findings) : format_(format), findings_(findings) {}

  bool is_item(std::string_view key) const { return format_ == Format::json ? key.empty() : key == "item"; }

  // What a node holds, for type messages.
  const char* shape(const Tree& node) const {
    if (const char* empty = empty_container(node)) return empty;
    if (node.empty()) return "text";
    for (const auto& child : node) {
      if (is_item(child.first)) return "an array";
    }
    return "an object";
  }

  JIXIAO_COLD JIXIAO_NOINLINE void wrong_type(const Path& path, const char* expected, const Tree& node) {
    Finding f = io_finding("JX-IO013", Severity::error, path.str(), "expected {expected}, found {found}",
                           "类型错误：应为{expected_zh}，实际为{found}");
    f.arg("expected", expected);
    f.arg("expected_zh", std::string(expected) == "text" ? "文本" : std::string(expected) == "an array" ? "数组" : "对象");
    f.arg("found", shape(node));
    f.location.source = empty_block_position(node);  // INFO `key {}`: its line (JSON gets positions later)
    findings_.push_back(std::move(f));
  }

  bool is_object(const Tree& node, const Path& path) {
    for (const auto& child : node) {
      if (is_item(child.first)) {
        wrong_type(path, "an object", node);
        return false;
      }
    }
    // A leaf that is not blank, or `[]` (which a JsonNode holds with blank data).
    if (node.empty() && !is_empty_object(node) && (!is_blank(node.data()) || is_empty_array(node))) {
      wrong_type(path, "an object", node);
      return false;
    }
    return true;
  }

  bool is_array(const Tree& node, const Path& path) {
    for (const auto& child : node) {
      if (!is_item(child.first)) {
        wrong_type(path, "an array", node);
        return false;
      }
    }
    if (node.empty() && !is_empty_array(node) && (!is_blank(node.data()) || is_empty_object(node))) {
      wrong_type(path, "an array", node);
      return false;
    }
    return true;
  }

  void add(Finding f) { findings_.push_back(std::move(f)); }

  // One object being read: fields are taken by name, the rest reported as unknown.
  class Object {
   public:
    Object(Reader& r, const Tree& node, const Path& path)
        : r_(r), node_(node), path_(path), cursor_(node.begin()), duplicates_(has_duplicate_key(node)) {}
    Object(const Object&) = delete;
    Object& operator=(const Object&) = delete;
    ~Object() { report_unknown(); }

    std::string child_path(std::string_view key) const { return path_.member(key).str(); }

    // The member `key` (the first of its name), or nullptr; reports it missing when
    // `required`. Findings are made out of line, so the common path stays short.
    const Tree* field(std::string_view key, bool required) {
      if (duplicates_ || node_.size() > 64) return counted_field(key, required);
      const Tree* found = next_field(key);  // the mask of taken members tells the known keys
      if (!found && required) missing(key);
      return found;
    }

    // field() where the mask cannot tell: duplicate keys, or more members than it holds.
    JIXIAO_NOINLINE const Tree* counted_field(std::string_view key, bool required) {
      known_.push_back(key);
      const Tree* first = duplicates_ ? nullptr : next_field(key);
      std::size_t count = first ? 1 : 0;
      for (const auto& child : node_) {
        if (!duplicates_) break;
        if (same_key(child.first, key)) {
          if (!first) first = &child.second;
          ++count;
        }
      }
      if (count > 1) {
        Finding f = io_finding("JX-IO017", Severity::error, child_path(key),
                               "key \"{key}\" appears {count} times; the first is used",
                               "键“{key}”出现 {count} 次；使用第一个");
        f.arg("key", std::string(key));
        f.arg("count", std::to_string(count));
        r_.add(std::move(f));
      }
      if (!first && required) missing(key);
      return first;
    }

    JIXIAO_COLD JIXIAO_NOINLINE void missing(std::string_view key) {
      Finding f = io_finding("JX-IO012", Severity::error, child_path(key), "missing required field \"{key}\"",
                             "缺少必填字段“{key}”");
      f.arg("key", std::string(key));
      r_.add(std::move(f));
    }

    // The member `key` when it is a text: a view into the tree, copied only where kept.
    std::optional<std::string_view> text(std::string_view key, bool required) {
      const Tree* node = field(key, required);
      if (!node) return std::nullopt;
      if (!node->empty() || empty_container(*node)) {
        r_.wrong_type(path_.member(key), "text", *node);
        return std::nullopt;
      }
      return std::string_view(node->data());
    }

    // The text `key` into `out` (left as it is when absent or not a text).
    void text(std::string_view key, bool required, std::string& out) {
      if (const std::optional<std::string_view> t = text(key, required)) out = std::string(*t);  // cheaper than assign() into an empty string
    }

    std::optional<Decimal> decimal(std::string_view key, bool required) {
      const std::optional<std::string_view> t = text(key, required);
      if (!t) return std::nullopt;
      const Parsed<Decimal> d = Decimal::parse(*t);
      if (d.ok()) return d.value();
      bad_decimal(key, *t, d);
      return std::nullopt;
    }

    JIXIAO_COLD JIXIAO_NOINLINE void bad_decimal(std::string_view key, std::string_view t, const Parsed<Decimal>& d) {
      Finding f = io_finding("JX-IO014", Severity::error, child_path(key), "bad decimal \"{text}\": {reason}",
                             "无效的金额或数值“{text}”：{reason_zh}");
      f.arg("text", excerpt(t));
      f.arg("reason", d.diagnostics().empty() ? std::string("not a decimal") : d.diagnostics().front().message);
      f.arg("reason_zh", d.diagnostics().empty() ? std::string("不是数值") : d.diagnostics().front().message_in(Lang::zh));
      r_.add(std::move(f));
    }

    // A value of a closed list, read by `lookup`; an unknown value is an error.
    template <class T, class Lookup>
    std::optional<T> choice(std::string_view key, bool required, Lookup lookup) {
      const std::optional<std::string_view> t = text(key, required);
      if (!t) return std::nullopt;
      if (const std::optional<T> v = lookup(*t)) return v;
      unknown_value(key, *t);
      return std::nullopt;
    }

    JIXIAO_COLD JIXIAO_NOINLINE void unknown_value(std::string_view key, std::string_view t) {
      Finding f = io_finding("JX-IO015", Severity::error, child_path(key), "unknown value \"{text}\" for \"{key}\"",
                             "“{key}”的取值“{text}”无法识别");
      f.arg("text", excerpt(t));
      f.arg("key", std::string(key));
      r_.add(std::move(f));
    }

    // Elements of the array `key` that have members (0 when absent): room to reserve
    // before reading them, never more than reading them will use.
    std::size_t objects_in(std::string_view key) const {
      const auto it = std::find_if(node_.begin(), node_.end(), [&](const auto& child) { return same_key(child.first, key); });
      if (it == node_.end()) return 0;
      return static_cast<std::size_t>(
          std::count_if(it->second.begin(), it->second.end(), [](const auto& child) { return !child.second.empty(); }));
    }

    // Calls `item(node, path)` for each element of the array `key`.
    template <class Item>  // void(const Tree& node, const Path& path)
    void array(std::string_view key, bool required, Item&& item) {
      const Tree* node = field(key, required);
      const Path at = path_.member(key);
      if (!node || !r_.is_array(*node, at)) return;
      std::size_t index = 0;
      for (const auto& child : *node) item(child.second, at.element(index++));
    }

    // Calls `read(object)` for the object `key`.
    template <class Read>  // void(Object&)
    bool object(std::string_view key, bool required, Read&& read) {
      const Tree* node = field(key, required);
      const Path at = path_.member(key);
      if (!node || !r_.is_object(*node, at)) return false;
      Object sub(r_, *node, at);
      read(sub);
      return true;
    }

   private:
    using Iterator = decltype(std::declval<const Tree&>().begin());

    // True when some key appears twice (sizes compared first: keys mostly differ in size).
    static bool has_duplicate_key(const Tree& node) {
      for (auto a = node.begin(); a != node.end(); ++a) {
        for (auto b = std::next(a); b != node.end(); ++b) {
          if (same_key(a->first, b->first)) return true;
        }
      }
      return false;
    }

    // The member `wanted` of an object without duplicate keys, searched from after the
    // last one found: readers ask in the order writers write, so mostly one step.
    const Tree* next_field(std::string_view wanted) {
      if (untaken_ == 0) return nullptr;  // every member read: the rest of the keys asked are absent
      std::size_t index = cursor_index_;
      for (auto it = cursor_; it != node_.end(); ++it, ++index) {
        if (same_key(it->first, wanted)) return take(it, index);
      }
      index = 0;
      for (auto it = node_.begin(); it != cursor_; ++it, ++index) {
        if (same_key(it->first, wanted)) return take(it, index);
      }
      return nullptr;
    }
    const Tree* take(Iterator it, std::size_t index) {
      if (index < 64 && ((taken_ >> index) & 1u) == 0) {
        taken_ |= std::uint64_t{1} << index;
        untaken_ -= untaken_ > 0;
      }
      cursor_ = std::next(it);
      cursor_index_ = index + 1;
      return &it->second;
    }

    void report_unknown() {
      // Without duplicate keys, the members taken are exactly the known ones.
      const bool by_mask = !duplicates_ && node_.size() <= 64;
      std::size_t index = 0;
      for (const auto& child : node_) {
        if (by_mask && ((taken_ >> index++) & 1u) != 0) continue;
        if (child.first == "<xmlattr>") {
          for (const auto& attr : child.second) unknown("@" + std::string(attr.first));
          continue;
        }
        if (std::find(known_.begin(), known_.end(), child.first) == known_.end()) unknown(std::string(child.first));
      }
    }
    void unknown(const std::string& key) {
      Finding f = io_finding("JX-IO011", Severity::warning, path_.str() + "/" + pointer_token(valid_text(key)),
                             "unknown key \"{key}\" ignored", "未知的键“{key}”已忽略");
      f.arg("key", valid_text(excerpt(key)));
      r_.add(std::move(f));
    }

    Reader& r_;
    const Tree& node_;
    Path path_;
    std::vector<std::string_view> known_;  // the keys read so far (string literals)
    Iterator cursor_;                      // after the member found last
    std::size_t cursor_index_ = 0;         // its index
    std::uint64_t taken_ = 0;              // bit i: member i was found by a field()
    bool duplicates_;
    std::size_t untaken_ = duplicates_ || node_.size() > 64 ? std::size_t(-1) : node_.size();  // members not yet read
  };

  // Elements of an array that must be objects.
  bool item_object(const Tree& node, const Path& path) { return is_object(node, path); }

  // The target `key` of an indicator. A text read before with the same unit (`earlier`:
  // the period target, the targets of the indicators just read) is copied, not parsed
  // again: parsing depends only on the text and the unit, and most annual targets repeat
  // the period target.
  using Earlier = std::array<const TargetValue*, 3>;  // nullptr: none
  TargetValue target(Object& obj, const char* key, const std::string& unit, const Earlier& earlier) {
    const std::optional<std::string_view> t = obj.text(key, false);
    if (!t) return TargetValue();
    const auto same = std::find_if(earlier.begin(), earlier.end(), [&](const TargetValue* e) { return e && e->text() == *t; });
    std::vector<Diagnostic> why;
    TargetValue value = same != earlier.end() ? **same : TargetValue::read(std::string(*t), unit, why);
    if (value.present() && !value.target()) {
      // The first diagnostic of the parse, kept by the value itself (`why` is empty for a copy).
      const Diagnostic* first = value.first_diagnostic();
      Finding f = io_finding("JX-IO016", Severity::warning, obj.child_path(key), "unparseable target \"{text}\": {reason}",
                             "无法解析的指标值“{text}”：{reason_zh}");
      f.arg("text", excerpt(value.text()));
      f.arg("reason", first ? first->message : std::string("not a target"));
      f.arg("reason_zh", first ? first->message_in(Lang::zh) : std::string("不是指标值"));
      add(std::move(f));
    }
    return value;
  }

  // A money unit: 元, 万元 or 亿元; any other text is kept as written and reported.
  AmountUnit money_unit(Object& obj) {
    const std::optional<std::string_view> text = obj.text("unit", false);
    if (!text) return AmountUnit();
    AmountUnit unit = AmountUnit::parse(*text);
    if (!unit.known()) {
      Finding f = io_finding("JX-IO025", Severity::warning, obj.child_path("unit"),
                             "unknown money unit \"{text}\" kept as written (expected 元, 万元 or 亿元): its amounts are not added to others",
                             "未知的金额单位“{text}”按原文保留（应为 元、万元 或 亿元）：其金额不与其他金额相加");
      f.arg("text", excerpt(*text));
      add(std::move(f));
    }
    return unit;
  }

  // `ind` from `o`; `previous` is the indicator read just before (nullptr for the first),
  // whose targets may be copied when they repeat.
  void read_indicator(Object& o, Indicator& ind, const Indicator* previous) {
    o.text("level1", true, ind.level1_text);
    o.text("level2", true, ind.level2_text);
    const auto l1 = o.template choice<Level1>("level1_key", false, [](std::string_view t) -> std::optional<Level1> {
      if (t == "unknown") return Level1::unknown;
      return from_string<Level1>(t);
    });
    const auto l2 = o.template choice<Level2>("level2_key", false, [](std::string_view t) -> std::optional<Level2> {
      if (t == "unknown") return Level2::unknown;
      return from_string<Level2>(t);
    });
    const std::optional<Level1> l1_text = from_string<Level1>(ind.level1_text);
    const std::optional<Level2> l2_text = from_string<Level2>(ind.level2_text);
    ind.level1 = l1 ? *l1 : l1_text.value_or(Level1::unknown);
    ind.level2 = l2 ? *l2 : l2_text.value_or(Level2::unknown);
    if (l1 && l1_text && *l1 != *l1_text) disagree(o.child_path("level1_key"), to_string(*l1), ind.level1_text);
    if (l2 && l2_text && *l2 != *l2_text) disagree(o.child_path("level2_key"), to_string(*l2), ind.level2_text);
    o.text("name", true, ind.name);
    o.text("unit", false, ind.unit);
    Earlier earlier{};  // read with the same unit column
    if (previous && previous->unit == ind.unit) earlier = {&previous->period_target, &previous->annual_target, nullptr};
    ind.period_target = target(o, "period_target", ind.unit, earlier);
    earlier[2] = &ind.period_target;
    ind.annual_target = target(o, "annual_target", ind.unit, earlier);
    ind.nature = o.template choice<Nature>("nature", false, from_string<Nature>).value_or(Nature::unspecified);
    ind.basis = o.template choice<Basis>("basis", false, from_string<Basis>).value_or(Basis::unspecified);
    ind.weight = o.decimal("weight", false);
    o.text("note", false, ind.note);
    o.text("actual", false, ind.actual);
    ind.score = o.decimal("score", false);
    o.text("deviation_reason", false, ind.deviation_reason);
  }

  void disagree(const std::string& path, const char* k, const std::string& text) {
    Finding f = io_finding("JX-IO018", Severity::warning, path, "category key \"{key}\" disagrees with the text \"{text}\"",
                           "分类键“{key}”与文字“{text}”不一致");
    f.arg("key", k);
    f.arg("text", excerpt(text));
    add(std::move(f));
  }

  // The category of a budget or execution line: its key, else its name, else custom.
  BudgetCategory category(Object& o, const std::string& name) {
    if (const auto c = o.template choice<BudgetCategory>("category", false, from_string<BudgetCategory>)) return *c;
    return from_string<BudgetCategory>(name).value_or(BudgetCategory::custom);
  }

  void read_budget(Object& o, BudgetOverview& budget) {
    o.array("breakdowns", false, [&](const Tree& node, const Path& path) {
      if (!item_object(node, path)) return;
      Object b(*this, node, path);
      BudgetBreakdown& breakdown = budget.breakdowns.emplace_back();
      breakdown.kind = b.template choice<BreakdownKind>("kind", true, from_string<BreakdownKind>).value_or(BreakdownKind::expenditure);
      b.text("title", false, breakdown.title);
      breakdown.declared_total = b.decimal("declared_total", false);
      breakdown.unit = b.template choice<MoneyUnit>("unit", false, from_string<MoneyUnit>).value_or(MoneyUnit::wan_yuan);
      b.array("lines", false, [&](const Tree& ln, const Path& lpath) {
        if (!item_object(ln, lpath)) return;
        Object l(*this, ln, lpath);
        BudgetLine& line = breakdown.lines.emplace_back();
        l.text("name", true, line.name);
        line.category = category(l, line.name);
        line.amount = l.decimal("amount", true).value_or(Decimal());
        line.unit = money_unit(l);
        line.share = l.decimal("share", false);
      });
    });
    o.array("execution", false, [&](const Tree& node, const Path& path) {
      if (!item_object(node, path)) return;
      Object e(*this, node, path);
      ExecutionLine& line = budget.execution.emplace_back();
      e.text("name", true, line.name);
      line.category = category(e, line.name);
      line.initial_budget = e.decimal("initial_budget", false);
      line.full_year_budget = e.decimal("full_year_budget", false);
      line.executed = e.decimal("executed", false);
      line.weight = e.decimal("weight", false);
      e.text("rate", false, line.rate_text);
      line.score = e.decimal("score", false);
      line.unit = money_unit(e);
    });
  }

  PerformanceForm read_root(const Tree& root) {
    PerformanceForm form;
    const Path document;
    Object o(*this, root, document);
    if (const auto schema = o.text("schema", false)) {
      if (*schema != schema_id) {
        Finding f = io_finding("JX-IO010", Severity::error, "/schema", "unsupported schema \"{text}\" (expected {expected})",
                               "不支持的模式“{text}”（应为 {expected}）");
        f.arg("text", excerpt(*schema));
        f.arg("expected", schema_id);
        add(std::move(f));
      }
    } else {
      Finding f = io_finding("JX-IO010", Severity::error, "/schema", "missing \"schema\": \"{expected}\"",
                             "缺少 \"schema\": \"{expected}\"");
      f.arg("expected", schema_id);
      add(std::move(f));
    }
    form.kind = o.template choice<FormKind>("kind", true, from_string<FormKind>).value_or(FormKind::department);
    form.stage = o.template choice<FormStage>("stage", false, from_string<FormStage>).value_or(FormStage::declaration);
    o.text("unit_name", true, form.unit_name);
    if (const auto year = o.text("year", false)) {
      const bool digits = !year->empty() && year->size() <= 4 &&
                          std::all_of(year->begin(), year->end(), [](char c) { return c >= '0' && c <= '9'; });
      if (digits) {
        form.year = std::accumulate(year->begin(), year->end(), 0, [](int n, char c) { return n * 10 + (c - '0'); });
      } else {
        Finding f = io_finding("JX-IO013", Severity::error, "/year", "expected a year (1 to 4 digits), found \"{text}\"",
                               "年度应为 1 至 4 位数字，实际为“{text}”");
        f.arg("text", excerpt(*year));
        add(std::move(f));
      }
    }
    o.object("project", false, [&](Object& p) {
      ProjectInfo info;
      p.text("name", false, info.name);
      p.text("competent_department", false, info.competent_department);
      p.text("implementing_unit", false, info.implementing_unit);
      p.text("attribute", false, info.attribute);
      p.text("period", false, info.period);
      form.project = std::move(info);
    });
    o.array("goals", false, [&](const Tree& node, const Path& path) {
      if (!node.empty() || empty_container(node)) {
        wrong_type(path, "text", node);
        return;
      }
      form.goals.emplace_back(node.data());
    });
    o.object("budget", false, [&](Object& b) { read_budget(b, form.budget); });
    o.array("key_tasks", false, [&](const Tree& node, const Path& path) {
      if (!item_object(node, path)) return;
      Object t(*this, node, path);
      KeyTask& task = form.key_tasks.emplace_back();
      t.text("name", true, task.name);
      t.text("content", false, task.content);
      task.planned_funds = t.decimal("planned_funds", false);
      // Only a measurable result becomes a Target; narrative results stay text.
      const std::optional<std::string_view> result = t.text("expected_result", false);
      task.expected_result = ExpectedResult(result ? std::string(*result) : std::string());
    });
    o.array("other_tasks", false, [&](const Tree& node, const Path& path) {
      if (!item_object(node, path)) return;
      Object t(*this, node, path);
      OtherTask& task = form.other_tasks.emplace_back();
      t.text("text", true, task.text);
      task.amount = t.decimal("amount", false);
      t.text("unit", false, task.unit);
    });
    form.indicators.reserve(o.objects_in("indicators"));  // no doubling of ~1 KB rows
    o.array("indicators", false, [&](const Tree& node, const Path& path) {
      if (!item_object(node, path)) return;
      Object i(*this, node, path);
      const std::size_t before = form.indicators.size();
      Indicator& ind = form.indicators.emplace_back();
      read_indicator(i, ind, before > 0 ? &form.indicators[before - 1] : nullptr);
    });
    form.total_score = o.decimal("total_score", false);
    o.text("grade", false, form.rating);
    o.array("metadata", false, [&](const Tree& node, const Path& path) {
      if (!item_object(node, path)) return;
      Object m(*this, node, path);
      auto& [k, v] = form.metadata.emplace_back();
      m.text("key", true, k);
      m.text("value", true, v);
    });
    return form;
  }

 private:
  Format format_;
  std::vector<Finding>& findings_;
};

}  // namespace

PerformanceForm read_form_tree(const ptree& root, Format format, std::vector<Finding>& findings) {
  Reader<ptree> reader(format, findings);
  return reader.read_root(root);
}

PerformanceForm read_form_tree(const JsonNode& root, std::vector<Finding>& findings) {
  Reader<JsonNode> reader(Format::json, findings);
  return reader.read_root(root);
}

}  // namespace jixiao::io::detail
