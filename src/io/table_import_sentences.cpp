// Indicators a self-evaluation report states in sentences rather than in its table
// (`(2)成本目标:项目资金投入绩效目标值是10万元,实际完成值为0万元,目标完成率为0%`).
#include <algorithm>
#include <initializer_list>
#include <iterator>

#include "jixiao/text.hpp"
#include "table_import_detail.hpp"

namespace jixiao::io::detail {
namespace {

constexpr std::string_view kTargetSaid[] = {"目标值是", "目标值为", "目標值是", "目標值為", "目標值为"};
constexpr std::string_view kActualSaid[] = {"实际完成值为", "实际完成值是", "實際完成值為", "實際完成值是", "實際完成值为"};
constexpr std::string_view kStops[] = {",", "，", ";", "；", "。"};
constexpr std::string_view kNameStarts[] = {":", "：", ",", "，", ";", "；", "。", ")", "）"};
constexpr std::size_t kWindow = 120;       // bytes a name, a category, a target or an actual may span
constexpr std::size_t kMostSentences = 200;  // a report states a few dozen rows; more is not a report

// The first of `words` in s[from, to): its position and size (npos when none).
template <std::size_t N>
std::pair<std::size_t, std::size_t> find_in(std::string_view s, std::size_t from, std::size_t to,
                                            const std::string_view (&words)[N]) {
  std::pair<std::size_t, std::size_t> best{std::string_view::npos, 0};
  if (from >= to) return best;
  const std::string_view window = s.substr(from, to - from);
  for (const std::string_view w : words) {
    const std::size_t p = window.find(w);
    if (p != std::string_view::npos && from + p < best.first) best = {from + p, w.size()};
  }
  return best;
}

// The next of kTargetSaid at or after `from`, each spelling's next position kept so that
// the whole text is searched once.
struct TargetScan {
  std::string_view s;
  std::size_t next[std::size(kTargetSaid)];
  explicit TargetScan(std::string_view text) : s(text) {
    for (std::size_t k = 0; k < std::size(kTargetSaid); ++k) next[k] = s.find(kTargetSaid[k]);
  }
  std::pair<std::size_t, std::size_t> from(std::size_t at) {
    std::pair<std::size_t, std::size_t> best{std::string_view::npos, 0};
    for (std::size_t k = 0; k < std::size(kTargetSaid); ++k) {
      if (next[k] != std::string_view::npos && next[k] < at) next[k] = s.find(kTargetSaid[k], at);
      if (next[k] < best.first) best = {next[k], kTargetSaid[k].size()};
    }
    return best;
  }
};

// Where the clause before `end` begins: after the last of `kNameStarts` within kWindow
// bytes, else at the first whole character of the window.
std::size_t clause_start(std::string_view s, std::size_t end) {
  std::size_t floor = end > kWindow ? end - kWindow : 0;
  while (floor < end && (static_cast<unsigned char>(s[floor]) & 0xC0u) == 0x80u) ++floor;
  const std::string_view window = s.substr(floor, end - floor);
  std::size_t start = floor;
  for (const std::string_view d : kNameStarts) {
    const std::size_t p = window.rfind(d);
    if (p != std::string_view::npos) start = std::max(start, floor + p + d.size());
  }
  return start;
}

std::string_view without_suffix(std::string_view s, std::initializer_list<std::string_view> words) {
  for (const std::string_view w : words) {
    if (s.size() > w.size() && s.substr(s.size() - w.size()) == w) return s.substr(0, s.size() - w.size());
  }
  return s;
}

// The indicator a sentence states, in the category its label names (`成本目标` → 成本指标).
Indicator sentence_indicator(const ResultSentence& r) {
  Indicator ind;
  std::optional<Level1> l1 = from_string<Level1>(r.category);
  std::optional<Level2> l2 = from_string<Level2>(r.category);
  more_category_spellings(r.category, l1, l2);
  if (l2) {
    ind.level2 = *l2;
    ind.level2_text = r.category;
    ind.level1 = parent_of(*l2, TaxonomyVariant::classic);
  } else if (l1) {
    ind.level1 = *l1;
    ind.level1_text = r.category;
  }
  ind.name = r.name;
  ind.actual = r.actual;
  return ind;
}

}  // namespace

std::vector<ResultSentence> result_sentences(std::string_view s) {
  std::vector<ResultSentence> out;
  TargetScan scan(s);
  for (std::size_t from = 0; out.size() < kMostSentences;) {
    const auto [said, said_size] = scan.from(from);
    if (said == std::string_view::npos) break;
    from = said + said_size;
    ResultSentence r;
    const std::size_t name_begin = clause_start(s, said);
    r.begin = name_begin;
    r.name = std::string(trim(without_suffix(s.substr(name_begin, said - name_begin), {"绩效", "績效"})));
    // The category before a colon (`(2)成本目标:`).
    if (name_begin >= 3 && (s.compare(name_begin - 1, 1, ":") == 0 || s.compare(name_begin - 3, 3, "：") == 0)) {
      const std::size_t colon = s.compare(name_begin - 1, 1, ":") == 0 ? name_begin - 1 : name_begin - 3;
      const std::size_t cat_begin = clause_start(s, colon);
      r.category = std::string(trim(s.substr(cat_begin, colon - cat_begin)));
      r.begin = cat_begin;
    }
    const std::size_t target_begin = said + said_size;
    const std::size_t target_end = find_in(s, target_begin, std::min(s.size(), target_begin + kWindow), kStops).first;
    if (target_end == std::string_view::npos) continue;
    r.target = std::string(trim(s.substr(target_begin, target_end - target_begin)));
    // The actual opens the next clause (`,实际完成值为0万元`).
    const std::size_t look_to = std::min(s.size(), target_end + 6 + kActualSaid[0].size());
    const auto [actual_said, actual_size] = find_in(s, target_end, look_to, kActualSaid);
    if (actual_said == std::string_view::npos) continue;
    const std::size_t actual_begin = actual_said + actual_size;
    const std::size_t window_end = std::min(s.size(), actual_begin + kWindow);
    std::size_t actual_end = find_in(s, actual_begin, window_end, kStops).first;
    if (actual_end == std::string_view::npos) {
      if (window_end != s.size()) continue;  // no end within reach: not a short actual
      actual_end = s.size();
    }
    r.actual = std::string(trim(s.substr(actual_begin, actual_end - actual_begin)));
    from = actual_end;
    if (r.name.empty() || r.target.empty() || r.actual.empty() || code_points(r.name) > 40) continue;
    out.push_back(std::move(r));
  }
  return out;
}

bool Importer::holds_result_sentences(std::size_t id) const {
  const std::string& t = cells_[id].text;
  return cells_[id].tail == npos && t.size() > 30 && !result_sentences(t).empty();
}

void Importer::read_result_sentences() {
  for (const std::size_t id : sentence_cells_) {
    if (cells_[id].accounted) continue;
    for (ResultSentence& r : result_sentences(cells_[id].text)) {
      // A row the table gave (the report repeats its table in words) is not added again;
      // the cell is then left to the last sweep when it adds nothing.
      const bool known = std::any_of(out_.form.indicators.begin(), out_.form.indicators.end(),
                                     [&](const Indicator& ind) { return ind.name == r.name; });
      if (known) continue;
      const std::string path = "/indicators/" + std::to_string(out_.form.indicators.size());
      Indicator ind = sentence_indicator(r);
      ind.annual_target = make_target(r.target, "", path + "/annual_target", cells_[id]);
      out_.form.indicators.push_back(std::move(ind));
      use(id, path);
      finding("JX-I018", Severity::info, path, &cells_[id], "从自评报告的文字中读取了指标“{name}”（表中没有这一行）",
              "indicator {name} read from the sentences of the report (the table has no such row)")
          .arg("name", r.name);
    }
  }
}

}  // namespace jixiao::io::detail
