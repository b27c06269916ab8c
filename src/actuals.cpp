// Actuals: reading 实际完成值 cells, actuals files (JSON/INFO/XML) and the actuals a
// self-evaluation form carries.
#include "jixiao/scoring.hpp"

#include <boost/property_tree/ptree.hpp>

#include <array>
#include <cctype>
#include <regex>
#include <utility>

#include "tree_document.hpp"

namespace jixiao {
namespace {

using boost::property_tree::ptree;

std::string trim_copy(std::string_view s) {
  std::size_t b = 0;
  std::size_t e = s.size();
  for (;;) {
    if (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r' || s[b] == '\n')) {
      ++b;
    } else if (e - b >= 3 && s.substr(b, 3) == "\xE3\x80\x80") {
      b += 3;
    } else {
      break;
    }
  }
  for (;;) {
    if (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r' || s[e - 1] == '\n')) {
      --e;
    } else if (e - b >= 3 && s.substr(e - 3, 3) == "\xE3\x80\x80") {
      e -= 3;
    } else {
      break;
    }
  }
  return std::string(s.substr(b, e - b));
}

struct GradeWord {
  const char* text;
  Achievement grade;
};
// Longest first is not needed: whole-cell matches only.
constexpr std::array<GradeWord, 22> kGradeWords = {{
    {"达成", Achievement::achieved},
    {"已达成", Achievement::achieved},
    {"达成年度指标", Achievement::achieved},
    {"达成预期指标", Achievement::achieved},
    {"完成", Achievement::achieved},
    {"已完成", Achievement::achieved},
    {"全部完成", Achievement::achieved},
    {"按时完成", Achievement::achieved},
    {"是", Achievement::achieved},
    {"achieved", Achievement::achieved},
    {"部分达成", Achievement::partially_achieved},
    {"部分达成年度指标并具有一定效果", Achievement::partially_achieved},
    {"部分完成", Achievement::partially_achieved},
    {"基本达成", Achievement::partially_achieved},
    {"基本完成", Achievement::partially_achieved},
    {"基本达到", Achievement::partially_achieved},
    {"partially_achieved", Achievement::partially_achieved},
    {"未达成", Achievement::not_achieved},
    {"未达成年度指标且效果较差", Achievement::not_achieved},
    {"未完成", Achievement::not_achieved},
    {"否", Achievement::not_achieved},
    {"not_achieved", Achievement::not_achieved},
}};

std::optional<Achievement> grade_of(std::string_view text) {
  for (const auto& g : kGradeWords) {
    if (text == g.text) return g.grade;
  }
  return std::nullopt;
}

Diagnostic diag(const std::string& code, const std::string& message, std::string_view text, std::size_t offset) {
  Diagnostic d;
  d.code = "jixiao.actual." + code;
  d.message = message;
  d.offset = offset;
  d.column = utf8_column(std::string(text), offset);
  d.text = std::string(text.substr(std::min(offset, text.size())));
  return d;
}

// Comparator prefixes an actual may carry (`≥90%`); dropped with a warning.
constexpr std::array<const char*, 12> kComparators = {"≥", "≧", ">=", "＞＝", "≤", "≦", "<=", ">", "<", "＞", "＜", "="};

bool is_number_byte(std::string_view s, std::size_t i, std::size_t& len) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  if (std::isdigit(c) || c == '.' || c == ',' || c == '-' || c == '+') {
    len = 1;
    return true;
  }
  // full-width digits U+FF10..FF19 (EF BC 90..99), ．U+FF0E, ，U+FF0C, －U+FF0D, ＋U+FF0B
  if (i + 2 < s.size() && c == 0xEF && static_cast<unsigned char>(s[i + 1]) == 0xBC) {
    const unsigned char d = static_cast<unsigned char>(s[i + 2]);
    if ((d >= 0x90 && d <= 0x99) || d == 0x8E || d == 0x8C || d == 0x8D || d == 0x8B) {
      len = 3;
      return true;
    }
  }
  return false;
}

bool read_date(const std::string& t, Deadline& out) {
  static const std::regex iso(R"(^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$)");
  static const std::regex cn(R"(^(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})日|底)?(?:前|之前|以前)?(?:完成)?$)");
  std::smatch m;
  int year = 0;
  int month = 0;
  int day = 0;
  bool has_year = false;
  if (std::regex_match(t, m, iso)) {
    year = std::stoi(m[1].str());
    has_year = true;
    month = std::stoi(m[2].str());
    day = std::stoi(m[3].str());
  } else if (std::regex_match(t, m, cn)) {
    if (m[1].matched) {
      year = std::stoi(m[1].str());
      has_year = true;
    }
    month = std::stoi(m[2].str());
    day = m[3].matched ? std::stoi(m[3].str()) : 0;
  } else {
    return false;
  }
  if (month < 1 || month > 12 || day < 0 || day > 31) return false;
  if (day == 0) {  // a bare month or 月底: the month's last day
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    day = kDays[month - 1];
    if (month == 2 && has_year && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0)) day = 29;
  }
  out = Deadline{};
  if (has_year) out.year = year;
  out.month = month;
  out.day = day;
  return true;
}

std::optional<Achievement> grade_key(const std::string& v) {
  if (auto g = grade_of(v)) return g;
  return std::nullopt;
}

class ActualsReader {
 public:
  ActualsReader(std::string_view origin) : origin_(origin) {}
  std::vector<Diagnostic>& diagnostics() { return diagnostics_; }

  void error(const std::string& path, const std::string& code, const std::string& what, const std::string& text) {
    Diagnostic d;
    d.code = "jixiao.actuals." + code;
    d.message = origin_ + ": " + path + ": " + what;
    d.text = text;
    diagnostics_.push_back(std::move(d));
  }

  std::optional<Decimal> decimal(const ptree& node, const std::string& path, const char* key) {
    auto v = node.get_optional<std::string>(key);
    if (!v || trim_copy(*v).empty()) return std::nullopt;
    auto d = Decimal::parse(*v);
    if (!d) {
      error(path + "/" + key, "bad_number", "not a decimal number: `" + *v + "`", *v);
      return std::nullopt;
    }
    return d.value();
  }

  bool boolean(const ptree& node, const std::string& path, const char* key) {
    auto v = node.get_optional<std::string>(key);
    if (!v) return false;
    if (*v == "true" || *v == "1") return true;
    if (*v == "false" || *v == "0" || v->empty()) return false;
    error(path + "/" + key, "bad_boolean", "expected true or false, got `" + *v + "`", *v);
    return false;
  }

  void only(const ptree& node, const std::string& path, std::initializer_list<const char*> known) {
    for (const auto& c : node) {
      if (c.first == "<xmlattr>" || c.first == "<xmlcomment>") continue;
      bool ok = false;
      for (const char* k : known) ok = ok || c.first == k;
      if (!ok) error(path + "/" + c.first, "unknown_key", "unknown key `" + c.first + "`", c.first);
    }
  }

  IndicatorActual indicator(const ptree& node, const std::string& path) {
    IndicatorActual a;
    only(node, path, {"index", "name", "actual", "grade", "score", "weight", "reason", "not_applicable", "adjustment", "published"});
    if (auto idx = node.get_optional<std::string>("index")) {
      auto d = Decimal::parse(*idx);
      if (!d || d.value().is_negative() || d.value().normalized().scale() != 0) {
        error(path + "/index", "bad_index", "expected a row number (0-based), got `" + *idx + "`", *idx);
      } else {
        a.index = static_cast<std::size_t>(d.value().normalized().coefficient());
      }
    }
    a.name = trim_copy(node.get<std::string>("name", ""));
    if (!a.index && a.name.empty()) error(path, "no_row", "an actual needs `index` or `name`", "");
    if (auto text = node.get_optional<std::string>("actual")) {
      a.text = trim_copy(*text);
      if (!a.text.empty()) {
        for (auto& d : read_actual(a.text, a)) {
          if (d.code != "jixiao.actual.comparator_dropped") {
            error(path + "/actual", "bad_actual", d.message, d.text);
          }
        }
      }
    }
    if (auto g = node.get_optional<std::string>("grade")) {
      const std::string v = trim_copy(*g);
      if (auto grade = grade_key(v)) {
        a.achievement = grade;
      } else if (!v.empty()) {
        error(path + "/grade", "bad_grade", "expected 达成, 部分达成 or 未达成, got `" + v + "`", v);
      }
    }
    a.chosen_score = decimal(node, path, "score");
    a.weight = decimal(node, path, "weight");
    a.reason = node.get<std::string>("reason", "");
    a.not_applicable = boolean(node, path, "not_applicable");
    if (auto adj = node.get_child_optional("adjustment")) {
      only(*adj, path + "/adjustment", {"points", "justification"});
      a.adjustment = decimal(*adj, path + "/adjustment", "points");
      a.adjustment_justification = adj->get<std::string>("justification", "");
      if (!a.adjustment) error(path + "/adjustment/points", "missing", "an adjustment needs `points`", "");
    }
    a.published_score = decimal(node, path, "published");
    return a;
  }

  void read(const ptree& root, Actuals& out) {
    only(root, "", {"indicators", "budget", "published"});
    if (auto list = root.get_child_optional("indicators")) {
      std::size_t k = 0;
      for (const auto& entry : *list) {
        if (entry.first == "<xmlattr>" || entry.first == "<xmlcomment>") continue;
        out.indicators.push_back(indicator(entry.second, "/indicators/" + std::to_string(k)));
        ++k;
      }
    }
    if (auto b = root.get_child_optional("budget")) {
      BudgetActuals ba;
      only(*b, "/budget", {"initial", "full_year", "executed", "weight", "rate", "published", "reason"});
      ba.initial_budget = decimal(*b, "/budget", "initial");
      ba.full_year_budget = decimal(*b, "/budget", "full_year");
      ba.executed = decimal(*b, "/budget", "executed");
      ba.weight = decimal(*b, "/budget", "weight");
      ba.printed_rate = trim_copy(b->get<std::string>("rate", ""));
      ba.published_score = decimal(*b, "/budget", "published");
      ba.reason = b->get<std::string>("reason", "");
      out.budget = ba;
    }
    if (auto p = root.get_child_optional("published")) {
      only(*p, "/published", {"total", "grade"});
      out.published_total = decimal(*p, "/published", "total");
      out.published_grade = trim_copy(p->get<std::string>("grade", ""));
    }
  }

 private:
  std::string origin_;
  std::vector<Diagnostic> diagnostics_;
};

}  // namespace

std::vector<Diagnostic> read_actual(std::string_view raw, IndicatorActual& actual) {
  std::vector<Diagnostic> out;
  actual.text = trim_copy(raw);
  const std::string t = actual.text;
  actual.value.reset();
  actual.date.reset();
  if (t.empty()) {
    out.push_back(diag("empty", "the actual value is empty", t, 0));
    return out;
  }
  if (auto g = grade_of(t)) {
    actual.achievement = g;
    return out;
  }
  Deadline date;
  if (read_date(t, date)) {
    actual.date = date;
    return out;
  }
  std::size_t pos = 0;
  for (const char* c : kComparators) {
    const std::string_view cs(c);
    if (t.compare(0, cs.size(), cs) == 0) {
      out.push_back(diag("comparator_dropped", "the actual starts with a comparator `" + std::string(cs) + "`; the number after it is taken",
                         t, 0));
      pos = cs.size();
      break;
    }
  }
  std::size_t end = pos;
  std::size_t len = 0;
  while (end < t.size() && is_number_byte(t, end, len)) end += len;
  if (end == pos) {
    out.push_back(diag("unreadable", "not a number, a date or a grade: `" + t + "`", t, pos));
    return out;
  }
  auto number = Decimal::parse(std::string_view(t).substr(pos, end - pos));
  if (!number) {
    Diagnostic d = number.diagnostics().front();
    out.push_back(diag("bad_number", "bad number in the actual: " + d.message, t, pos + d.offset));
    return out;
  }
  const std::string unit = trim_copy(std::string_view(t).substr(end));
  actual.value = Quantity{number.value(), Unit::parse(unit)};
  return out;
}

Parsed<Actuals> parse_actuals(std::string_view text, std::string_view origin) {
  ptree root;
  if (auto problem = detail::read_document_tree(text, origin, "actuals", root)) return Parsed<Actuals>(std::move(*problem));
  ActualsReader reader(origin);
  Actuals out;
  reader.read(root, out);
  if (!reader.diagnostics().empty()) return Parsed<Actuals>(std::move(reader.diagnostics()));
  return Parsed<Actuals>(std::move(out));
}

Parsed<Actuals> load_actuals(const std::string& path) {
  auto text = detail::read_document_file(path, "actuals");
  if (!text) return Parsed<Actuals>(text.diagnostics());
  return parse_actuals(text.value(), path);
}

Actuals actuals_from_form(const PerformanceForm& form, std::vector<Diagnostic>* diagnostics) {
  Actuals out;
  for (std::size_t i = 0; i < form.indicators.size(); ++i) {
    const Indicator& ind = form.indicators[i];
    if (trim_copy(ind.actual).empty() && !ind.score && ind.deviation_reason.empty()) continue;
    IndicatorActual a;
    a.index = i;
    a.name = ind.name;
    a.reason = ind.deviation_reason;
    a.published_score = ind.score;
    // On a 定性 row the printed 得分 is the evaluator's pick inside the grade's band
    // (score() still checks it against the band), and a narrative 实际完成值 is normal.
    const TargetValue& tv = ind.annual_target.present() ? ind.annual_target : ind.period_target;
    const bool qualitative = ind.nature == Nature::qualitative ||
                             (tv.target && (tv.target->kind() == TargetKind::qualitative || tv.target->kind() == TargetKind::compound));
    if (qualitative && ind.score) a.chosen_score = ind.score;
    if (!trim_copy(ind.actual).empty()) {
      auto d = read_actual(ind.actual, a);
      if (diagnostics && !(qualitative && !a.value && !a.date)) {
        for (auto& x : d) {
          x.message = "/indicators/" + std::to_string(i) + "/actual: " + x.message;
          diagnostics->push_back(std::move(x));
        }
      }
    }
    out.indicators.push_back(std::move(a));
  }
  const ExecutionLine* chosen = nullptr;
  for (const auto& line : form.budget.execution) {
    if (line.full_year_budget && line.executed && line.full_year_budget->sign() > 0) {
      chosen = &line;
      break;
    }
  }
  if (!chosen && !form.budget.execution.empty()) chosen = &form.budget.execution.front();
  if (chosen) {
    BudgetActuals b;
    b.initial_budget = chosen->initial_budget;
    b.full_year_budget = chosen->full_year_budget;
    b.executed = chosen->executed;
    b.weight = chosen->weight;
    b.printed_rate = chosen->rate_text;
    b.published_score = chosen->score;
    out.budget = b;
  }
  out.published_total = form.total_score;
  out.published_grade = form.grade;
  return out;
}

}  // namespace jixiao
