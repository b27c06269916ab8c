// Totals written in prose and the parts listed after their 其中.
#include "stated_sums.hpp"

#include "indicator_reading.hpp"

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

// An amount at `i` (a digit after no digit, point or comma): its value, unit and end.
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

// An amount found in a text, with where it starts and ends.
struct Found {
  ProseAmount amount;
  std::size_t begin = 0;
  std::size_t end = 0;
};

bool at_any(std::string_view t, std::size_t i, std::initializer_list<std::string_view> words) {
  return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return t.compare(i, w.size(), w) == 0; });
}

// True when the number ending at `i` is the upper end of a range (`20-30万元`, `20至30万元`).
bool ends_a_range(std::string_view t, std::size_t i) {
  for (std::string_view mark : {"-", "~", "～", "—", "至", "到"}) {
    if (i >= mark.size() && t.compare(i - mark.size(), mark.size(), mark) == 0) return true;
  }
  return false;
}

// Every amount of money in `t`, in order. Nothing when a figure may be money the scanner
// cannot read exactly (a bare `100万`, `1亿`, a range, digit groups split by spaces, a
// number too long): a part left out would make a sum that is right look wrong.
std::optional<std::vector<Found>> amounts_in(std::string_view t) {
  std::vector<Found> found;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (!digit(t[i]) || (i > 0 && (digit(t[i - 1]) || t[i - 1] == '.' || t[i - 1] == ','))) continue;
    std::size_t j = i;
    while (j < t.size() && (digit(t[j]) || t[j] == '.' || t[j] == ',')) ++j;
    if (j + 1 < t.size() && t[j] == ' ' && digit(t[j + 1])) return std::nullopt;
    const std::size_t u = j < t.size() && t[j] == ' ' ? j + 1 : j;
    const bool money = unit_at(t, j).has_value();
    if (!money && at_any(t, u, {"万", "亿"})) return std::nullopt;
    if (!money) {
      i = j - 1;
      continue;
    }
    const auto a = amount_at(t, i);
    if (!a || ends_a_range(t, i)) return std::nullopt;
    found.push_back({a->first, i, a->second});
    i = a->second - 1;
  }
  return found;
}

// Parts that need not add up to the total: shares, rates, approximate or bounded
// figures, a nested breakdown (含, brackets), a total restated after them, or a
// result the sentence goes on to state.
bool parts_need_not_add_up(std::string_view tail) {
  return contains_any(tail, {"%", "％", "每", "/", "／", "约", "余", "左右", "以上", "以下", "以内", "不超过", "不低于",
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

bool full_width_digit(std::string_view t) {
  for (std::size_t i = 0; i + 2 < t.size(); ++i) {
    if (static_cast<unsigned char>(t[i]) == 0xEF && static_cast<unsigned char>(t[i + 1]) == 0xBC &&
        static_cast<unsigned char>(t[i + 2]) >= 0x90 && static_cast<unsigned char>(t[i + 2]) <= 0x99) {
      return true;
    }
  }
  return false;
}

// A 其中 opened inside brackets (`100万元（其中中央60万元、省级40万元）`) lists its parts up
// to the closing bracket.
std::string_view inside_brackets(std::string_view head, std::string_view tail) {
  long open = 0;
  for (std::size_t i = 0; i < head.size(); ++i) {
    if (at_any(head, i, {"(", "（"})) ++open;
    if (at_any(head, i, {")", "）"})) --open;
  }
  if (open <= 0) return tail;
  std::size_t close = tail.size();
  for (std::string_view b : {")", "）"}) close = std::min(close, tail.find(b));
  return tail.substr(0, close);
}

// The parts after 其中: money amounts only, each a part of its own. Nothing when a
// figure of another kind comes first (`其中培训500人次，…补贴2万元`) or a part is a
// subtotal with its own list (`工程费用80万元：土建50万元、…`).
std::optional<std::vector<Found>> parts_of(std::string_view tail) {
  auto parts = amounts_in(tail);
  if (!parts || parts->size() < 2) return std::nullopt;
  for (std::size_t i = 0; i < parts->front().begin; ++i) {
    if (digit(tail[i])) return std::nullopt;
  }
  for (const Found& p : *parts) {
    if (at_any(tail, p.end, {":", "："})) return std::nullopt;
  }
  return parts;
}

std::optional<StatedSum> read_sentence(std::string_view sentence) {
  constexpr std::string_view of_which = "其中";
  const std::size_t q = sentence.find(of_which);
  if (q == std::string_view::npos || sentence.find(of_which, q + of_which.size()) != std::string_view::npos ||
      full_width_digit(sentence)) {
    return std::nullopt;
  }
  const std::string_view head = sentence.substr(0, q);
  const std::string_view tail = inside_brackets(head, sentence.substr(q + of_which.size()));
  if (parts_need_not_add_up(tail)) return std::nullopt;
  const auto before = amounts_in(head);
  const auto parts = parts_of(tail);
  if (!before || before->empty() || !parts) return std::nullopt;
  // The total is the amount just before 其中, with only separators between.
  const Found& total = before->back();
  if (!only_separators(head.substr(total.end))) return std::nullopt;
  StatedSum s;
  s.total = total.amount;
  for (std::string_view comma : {",", "，", ":", "：", "、"}) {
    const std::size_t c = head.rfind(comma, total.begin);
    if (c != std::string_view::npos) s.clause_at = std::max(s.clause_at, c + comma.size());
  }
  s.clause_size = total.end - s.clause_at;
  for (const Found& p : *parts) s.parts.push_back(p.amount);
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
