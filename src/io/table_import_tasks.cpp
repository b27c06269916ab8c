// 总体绩效目标, 年度重点工作任务 and 其他需完成的任务: the goals and tasks of a form.
#include <algorithm>
#include <cstring>
#include <utility>

#include "jixiao/target.hpp"
#include "table_import_detail.hpp"

namespace jixiao::io::detail {

// ---------------------------------------------------------------------------------
// 总体绩效目标: numbered goals in one cell are split (`目标1：…；目标2：…`).

std::vector<std::string> split_goals(const std::string& text) {
  std::vector<std::string> goals;
  std::vector<std::pair<std::size_t, std::size_t>> marks;  // (start of marker, start of text)
  std::size_t from = 0;
  for (int n = 1; n < 100; ++n) {
    const std::string num = std::to_string(n);
    std::size_t found = std::string::npos;
    std::size_t body = 0;
    for (const std::string& marker : {"目标" + num + "：", "目标" + num + ":", num + "、", num + "．", num + "."}) {
      for (std::size_t at = text.find(marker, from); at != std::string::npos; at = text.find(marker, at + 1)) {
        const bool boundary = at == 0 || text[at - 1] == '\n' || text[at - 1] == ' ' ||
                              (at >= 3 && (text.compare(at - 3, 3, "；") == 0 || text.compare(at - 3, 3, "。") == 0)) ||
                              text[at - 1] == ';';
        const bool digit_before = at > 0 && text[at - 1] >= '0' && text[at - 1] <= '9';
        if (boundary && !digit_before) {
          if (at < found) {
            found = at;
            body = at + marker.size();
          }
          break;
        }
      }
    }
    if (found == std::string::npos || (n == 1 && trim(std::string_view(text).substr(0, found)).size() != 0)) break;
    marks.emplace_back(found, body);
    from = body;
  }
  if (marks.size() < 2) {
    goals.push_back(text);
    return goals;
  }
  for (std::size_t m = 0; m < marks.size(); ++m) {
    const std::size_t b = marks[m].second;
    const std::size_t e = m + 1 < marks.size() ? marks[m + 1].first : text.size();
    std::string g(trim(std::string_view(text).substr(b, e - b)));
    for (bool again = true; again;) {
      again = false;
      for (const char* sep : {"；", ";"}) {
        if (ends_with(g, sep)) {
          g.erase(g.size() - std::strlen(sep));
          again = true;
        }
      }
      const std::string_view tt = trim(g);
      if (tt.size() != g.size()) {
        g = std::string(tt);
        again = true;
      }
    }
    goals.push_back(std::move(g));
  }
  return goals;
}

namespace {

// A sentence ends at one of these; a cell that ends without one was cut.
constexpr std::string_view sentence_ends[] = {"。", "；", ";", "！", "!", "？", "?"};

bool ends_sentence(std::string_view t) {
  return std::any_of(std::begin(sentence_ends), std::end(sentence_ends),
                     [&](std::string_view e) { return ends_with(t, e); });
}

// Where the sentence still open at the end of `t` starts.
std::size_t open_sentence(std::string_view t) {
  std::size_t from = 0;
  for (std::string_view e : sentence_ends) {
    const std::size_t at = t.rfind(e);
    if (at != std::string_view::npos) from = std::max(from, at + e.size());
  }
  return from;
}

// A filler cell of a narrative (`..`, `……`): dots only.
bool dots_only(std::string_view t) {
  for (std::size_t i = 0; i < t.size();) {
    if (t[i] == '.' || t[i] == ' ') {
      ++i;
    } else if (t.compare(i, 3, "…") == 0) {
      i += 3;
    } else if (t.compare(i, 2, "·") == 0) {  // U+00B7, two bytes
      i += 2;
    } else {
      return false;
    }
  }
  return !t.empty();
}

// The clauses of a sentence, split at its commas.
std::vector<std::string_view> clauses(std::string_view t) {
  std::vector<std::string_view> out;
  std::size_t from = 0;
  for (std::size_t i = 0; i < t.size(); ++i) {
    const std::size_t n = t.compare(i, 3, "，") == 0 ? 3 : (t[i] == ',' ? 1 : 0);
    if (n == 0) continue;
    out.push_back(t.substr(from, i - from));
    from = i + n;
    i += n - 1;
  }
  out.push_back(t.substr(from));
  return out;
}

// A numbered goal's marker at the start of `t` (`2.`, `2、`, `目标2`).
bool starts_with_goal_marker(std::string_view t) {
  if (t.compare(0, 6, "目标") == 0) return true;
  std::size_t i = 0;
  while (i < t.size() && t[i] >= '0' && t[i] <= '9') ++i;
  return i > 0 && i < t.size() && (t[i] == '.' || t.compare(i, 3, "、") == 0 || t.compare(i, 3, "．") == 0);
}

// Prose cut at a space by a space-separated layout, inside the list of a 其中 between an
// item's name and its figure (`…其中…基本报酬252000元,村民监督委员会` + `工资28000元,…。`):
// the head leaves that list open (其中 and two clauses with figures after its last full
// stop, then one without, no closing mark) and the rest goes on with the cut item's
// figure in its first clause and closes the sentence, without a full stop before its end
// or a goal's number at its start. A goal and its completion side by side, or two
// numbered goals, do not leave a 其中 open, so they stay apart.
bool rest_of_sentence(std::string_view head, std::string_view rest) {
  if (head.empty() || rest.empty() || ends_sentence(head) || !ends_sentence(rest) || starts_with_goal_marker(rest)) {
    return false;
  }
  const std::string_view open_text = head.substr(open_sentence(head));
  const auto open = clauses(open_text);
  const auto figured = std::count_if(open.begin(), open.end(), [](std::string_view c) { return has_digit(c); });
  if (!contains(open_text, "其中") || open.size() < 3 || figured < 2 || has_digit(open.back())) return false;
  std::string_view body = rest;
  for (std::string_view e : sentence_ends) {
    if (ends_with(body, e)) body.remove_suffix(e.size());
  }
  return open_sentence(body) == 0 && has_digit(clauses(body).front());
}

}  // namespace

void Importer::read_goals(std::size_t begin, std::size_t end) {
  use(begin, "/goals");
  bool completion_column = false;
  bool expect_completion = false;
  for (std::size_t i = begin + 1; i < end; ++i) {
    if (cells_[i].used) continue;
    const std::string k = key_text(cells_[i].text);
    if (k == "年初设定目标" || k == "中期滚动目标" || k == "年度目标" || k == "总体目标" || k == "年度总体目标" ||
        k == "项目年度目标" || k == "预期目标" || contains(k, "中期滚动目标") || dots_only(cells_[i].text)) {
      use(i, "/goals");
      continue;
    }
    join_cut_sentence(i, end);
    if (contains(k, "完成情况")) {
      completion_column = true;
      use(i, "/goals");
      continue;
    }
    if (expect_completion) {
      use(i, "/metadata/" + std::to_string(out_.form.metadata.size()));
      out_.form.metadata.emplace_back("goal_completion", cells_[i].text);
      expect_completion = false;
      continue;
    }
    for (std::string& g : split_goals(cells_[i].text)) {
      const std::string path = "/goals/" + std::to_string(out_.form.goals.size());
      out_.form.goals.push_back(std::move(g));
      use(i, path);
    }
    expect_completion = completion_column;
  }
}

// The rest of the sentence in cell `i`, cut at a space into the next cell, joined to it.
void Importer::join_cut_sentence(std::size_t i, std::size_t end) {
  const std::size_t j = i + 1;
  if (table_.layout != TableLayout::spaces || j >= end || cells_[j].used || cells_[j].row != cells_[i].row ||
      !rest_of_sentence(cells_[i].text, cells_[j].text)) {
    return;
  }
  finding("JX-I009", Severity::info, "/goals", &cells_[i], "在空格处断开的句子已合并：“{text}”+“{next}”",
          "a sentence cut at a space joined: '{text}' + '{next}'")
      .arg("text", cells_[i].text)
      .arg("next", cells_[j].text);
  cells_[i].set_text(cells_[i].text + cells_[j].text);
  std::size_t last = i;
  while (cells_[last].tail != npos) last = cells_[last].tail;
  cells_[last].tail = j;
  cells_[j].merged = true;
  cells_[j].used = true;
}

// ---------------------------------------------------------------------------------
// 年度重点工作任务: 名称 | 主要实施内容 | 拟投入的资金 | 期望达到的目标.

void Importer::read_key_tasks(std::size_t begin, std::size_t end) {
  use(begin, "/key_tasks");
  std::size_t name_column = npos;
  std::size_t i = begin + 1;
  // Column headers.
  for (; i < end && cells_[i].row == cells_[begin].row; ++i) {
    const std::string k = key_text(cells_[i].text);
    if (k == "名称" && name_column == npos) name_column = cells_[i].index;
    use(i, "/key_tasks");
  }
  while (i < end) {
    if (cells_[i].used) {
      ++i;
      continue;
    }
    // One table row (or, without rows, up to the next amount and the cell after it).
    std::vector<std::size_t> row;
    const std::size_t r = cells_[i].row;
    for (; i < end && (row_mode_ ? cells_[i].row == r : row.size() < 4); ++i) {
      if (!cells_[i].used) row.push_back(i);
    }
    std::size_t amount_at = npos;
    for (std::size_t k = 1; k < row.size(); ++k) {
      if (parse_amount(cells_[row[k]].text)) {
        amount_at = k;
        break;
      }
    }
    KeyTask task;
    const std::size_t index = out_.form.key_tasks.size();
    const std::string path = "/key_tasks/" + std::to_string(index);
    std::vector<std::pair<std::size_t, std::string>> uses;
    const std::size_t texts_before = amount_at == npos ? std::min<std::size_t>(row.size(), 2) : amount_at;
    for (std::size_t k = 0; k < texts_before; ++k) {
      if (k == 0) {
        task.name = cells_[row[k]].text;
        uses.emplace_back(row[k], path + "/name");
      } else if (k == 1) {
        task.content = cells_[row[k]].text;
        uses.emplace_back(row[k], path + "/content");
      }
    }
    std::size_t next = texts_before;
    if (amount_at != npos) {
      const auto a = parse_amount(cells_[row[amount_at]].text);
      task.planned_funds = a->amount;
      uses.emplace_back(row[amount_at], path + "/planned_funds");
      next = amount_at + 1;
    }
    if (next < row.size()) {
      // Read as the form loader reads it, so an imported form and its saved file agree.
      task.expected_result = ExpectedResult(cells_[row[next]].text);
      uses.emplace_back(row[next], path + "/expected_result");
      const std::string& text = task.expected_result.text();
      if (target_like(text) && code_points(text) <= 24) {
        ++out_.stats.targets;
        if (task.expected_result.target()) ++out_.stats.targets_parsed;
      }
      ++next;
    }
    out_.form.key_tasks.push_back(std::move(task));
    for (const auto& [id, p] : uses) use(id, p);
    for (std::size_t k = next; k < row.size(); ++k) {
      leave(row[k], "JX-I001", Severity::warning, path, "重点工作任务行多出的单元格未导入：{text}",
            "extra cell of a key-task row not imported: {text}");
    }
    if (row_mode_ && name_column != npos && !row.empty() && cells_[row[0]].index != name_column) {
      finding("JX-I002", Severity::info, path, &cells_[row[0]],
              "行错位已修复：名称“{text}”位于第{from}列，按含义读作第{to}列（名称）",
              "shifted row repaired: name '{text}' sits in column {from}; read by meaning as column {to} (名称)")
          .arg("text", cells_[row[0]].text)
          .arg("from", std::to_string(cells_[row[0]].index + 1))
          .arg("to", std::to_string(name_column + 1));
    }
  }
}

void Importer::read_other_tasks(std::size_t begin, std::size_t end) {
  use(begin, "/other_tasks");
  for (std::size_t i = begin + 1; i < end; ++i) {
    if (cells_[i].used) continue;
    OtherTask task;
    task.text = cells_[i].text;
    if (auto a = find_amount(task.text)) {
      task.amount = a->amount;
      task.unit = a->unit;
    }
    use(i, "/other_tasks/" + std::to_string(out_.form.other_tasks.size()));
    out_.form.other_tasks.push_back(std::move(task));
  }
}

}  // namespace jixiao::io::detail
