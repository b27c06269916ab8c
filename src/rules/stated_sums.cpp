// Totals written in prose and the parts listed after their 其中.
#include "stated_sums.hpp"

#include <algorithm>
#include <optional>
#include <string>

namespace jixiao::detail {
namespace {

constexpr std::size_t max_text = 64 * 1024;

constexpr std::string_view full_stops[] = {"。", "；", ";"};
constexpr std::string_view other_ends[] = {"！", "？", "!", "?", "\n"};

// The length of the sentence end at `i`, 0 when none; `closed` tells a full stop.
std::size_t end_at(std::string_view t, std::size_t i, bool& closed) {
  for (std::string_view e : full_stops) {
    if (t.compare(i, e.size(), e) == 0) {
      closed = true;
      return e.size();
    }
  }
  for (std::string_view e : other_ends) {
    if (t.compare(i, e.size(), e) == 0) {
      closed = false;
      return e.size();
    }
  }
  return 0;
}

bool digit(char c) { return c >= '0' && c <= '9'; }

// The money unit written at `i` and its length in bytes.
std::optional<std::pair<MoneyUnit, std::size_t>> unit_at(std::string_view t, std::size_t i) {
  if (i < t.size() && t[i] == ' ') ++i;
  const auto is = [&](std::string_view u) { return t.compare(i, u.size(), u) == 0; };
  if (is("亿元")) return std::make_pair(MoneyUnit::yi_yuan, i + 6);
  if (is("万元")) return std::make_pair(MoneyUnit::wan_yuan, i + 6);
  if (is("元")) return std::make_pair(MoneyUnit::yuan, i + 3);
  return std::nullopt;
}

// An amount at `i` (a digit after no digit, point or letter): its value, unit and end.
// Grouping commas are taken only before three digits. Nothing when no money unit
// follows or the number cannot be held exactly.
std::optional<std::pair<ProseAmount, std::size_t>> amount_at(std::string_view t, std::size_t i) {
  std::string digits;
  std::size_t j = i;
  bool point = false;
  while (j < t.size()) {
    if (digit(t[j])) {
      digits += t[j++];
    } else if (t[j] == ',' && j + 3 < t.size() && digit(t[j + 1]) && digit(t[j + 2]) && digit(t[j + 3]) &&
               (j + 4 >= t.size() || !digit(t[j + 4])) && !point) {
      ++j;
    } else if (t[j] == '.' && !point && j + 1 < t.size() && digit(t[j + 1])) {
      point = true;
      digits += t[j++];
    } else {
      break;
    }
  }
  const auto unit = unit_at(t, j);
  if (!unit) return std::nullopt;
  const auto value = Decimal::parse(digits);
  if (!value) return std::nullopt;
  return std::make_pair(ProseAmount{value.value(), unit->first}, unit->second);
}

// Every amount of money in `t`, in order; nothing when a number followed by a money
// unit cannot be read (the parts would not add up for a reason of ours).
std::optional<std::vector<std::pair<ProseAmount, std::size_t>>> amounts_in(std::string_view t) {
  std::vector<std::pair<ProseAmount, std::size_t>> found;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (!digit(t[i]) || (i > 0 && (digit(t[i - 1]) || t[i - 1] == '.' || t[i - 1] == ','))) continue;
    std::size_t j = i;
    while (j < t.size() && (digit(t[j]) || t[j] == '.' || t[j] == ',')) ++j;
    const auto a = amount_at(t, i);
    if (a) {
      found.emplace_back(a->first, i);
      i = a->second - 1;
    } else if (unit_at(t, j)) {
      return std::nullopt;
    } else {
      i = j - 1;
    }
  }
  return found;
}

bool holds_any(std::string_view t, std::initializer_list<std::string_view> words) {
  return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return t.find(w) != std::string_view::npos; });
}

// Parts that need not add up to the total: shares, rates, approximate or bounded
// figures, a nested breakdown (含, brackets), a total restated after them, or a
// result the sentence goes on to state.
bool parts_need_not_add_up(std::string_view tail) {
  return holds_any(tail, {"%", "％", "每", "/", "／", "约", "余", "左右", "以上", "以下", "以内", "不超过", "不低于",
                          "不少于", "不高于", "含", "(", "（", "合计", "总计", "共计", "累计", "其余", "另",
                          // a result stated after the list is not one of its parts
                          "实现", "带动", "撬动", "增收", "收入", "收益", "产值", "利润", "节约", "节省"});
}

// The text between the total and 其中: nothing but separators.
bool only_separators(std::string_view t) {
  for (std::size_t i = 0; i < t.size();) {
    std::size_t n = 0;
    for (std::string_view s : {" ", ",", ":", "，", "：", "、", "(", "（"}) {
      if (t.compare(i, s.size(), s) == 0) n = s.size();
    }
    if (n == 0) return false;
    i += n;
  }
  return true;
}

std::optional<StatedSum> read_sentence(std::string_view sentence) {
  constexpr std::string_view of_which = "其中";
  const std::size_t q = sentence.find(of_which);
  if (q == std::string_view::npos || sentence.find(of_which, q + of_which.size()) != std::string_view::npos) {
    return std::nullopt;
  }
  const std::string_view head = sentence.substr(0, q);
  const std::string_view tail = sentence.substr(q + of_which.size());
  if (parts_need_not_add_up(tail)) return std::nullopt;
  const auto before = amounts_in(head);
  const auto parts = amounts_in(tail);
  if (!before || before->empty() || !parts || parts->size() < 2) return std::nullopt;
  // The total is the amount just before 其中, with only separators between.
  std::size_t total_end = before->back().second;
  while (total_end < head.size() && (digit(head[total_end]) || head[total_end] == '.' || head[total_end] == ',')) {
    ++total_end;
  }
  const auto unit = unit_at(head, total_end);
  if (!unit || !only_separators(head.substr(unit->second))) return std::nullopt;
  StatedSum s;
  s.total = before->back().first;
  s.clause_at = 0;
  for (std::string_view comma : {",", "，", ":", "：", "、"}) {
    const std::size_t c = head.rfind(comma, before->back().second);
    if (c != std::string_view::npos) s.clause_at = std::max(s.clause_at, c + comma.size());
  }
  s.clause_size = unit->second - s.clause_at;
  for (const auto& p : *parts) s.parts.push_back(p.first);
  return s;
}

}  // namespace

std::vector<StatedSum> stated_sums(std::string_view text) {
  text = text.substr(0, std::min(text.size(), max_text));
  std::vector<StatedSum> found;
  std::size_t begin = 0;
  for (std::size_t i = 0; i <= text.size();) {
    bool closed = false;
    const std::size_t n = i < text.size() ? end_at(text, i, closed) : 1;
    if (n == 0) {
      ++i;
      continue;
    }
    if (auto s = read_sentence(text.substr(begin, i - begin))) {
      s->at = begin;
      s->size = i - begin;
      s->clause_at += begin;
      s->closed = closed;
      found.push_back(std::move(*s));
    }
    i += n;
    begin = i;
  }
  return found;
}

}  // namespace jixiao::detail
