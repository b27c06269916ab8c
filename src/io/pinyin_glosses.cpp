// Pinyin glosses that mirror sites write inside words (`項(xiàng)目`, `績(jī)效`): the
// reading of the character before them, not the form's text.
#include <algorithm>
#include <iterator>
#include <utility>

#include "table_import_text.hpp"

namespace jixiao::io::detail {

namespace {

// Bytes of a letter of pinyin at `at` (ASCII a-z, or a vowel with a tone mark, or ü), 0
// if none; `toned` is set for a tone mark or ü.
std::size_t pinyin_letter_at(std::string_view s, std::size_t at, bool& toned) {
  if (at >= s.size()) return 0;
  const auto c = static_cast<unsigned char>(s[at]);
  if (c >= 'a' && c <= 'z') return 1;
  if (at + 1 >= s.size()) return 0;
  const auto d = static_cast<unsigned char>(s[at + 1]);
  // à á è é ì í ò ó ù ú ü (U+00E0…U+00FC), ā ē ě ī ō ū, ǎ ǐ ǒ ǔ ǖ ǘ ǚ ǜ (U+01CE…U+01DC).
  const bool latin1 = c == 0xC3 && (d == 0xA0 || d == 0xA1 || d == 0xA8 || d == 0xA9 || d == 0xAC || d == 0xAD ||
                                    d == 0xB2 || d == 0xB3 || d == 0xB9 || d == 0xBA || d == 0xBC);
  const bool extended_a = (c == 0xC4 && (d == 0x81 || d == 0x93 || d == 0x9B || d == 0xAB)) ||
                          (c == 0xC5 && (d == 0x8D || d == 0xAB));
  const bool extended_b = c == 0xC7 && d >= 0x8E && d <= 0x9C && d % 2 == 0;
  if (!(latin1 || extended_a || extended_b)) return 0;
  toned = true;
  return 2;
}

// A gloss `(xiàng)` at `at`: its bytes and code points; 1 to 6 pinyin letters in ASCII
// brackets with a tone mark or ü, so that `(a)` or `(km)` stay. {0, 0} if none.
std::pair<std::size_t, std::size_t> gloss_at(std::string_view s, std::size_t at) {
  if (at >= s.size() || s[at] != '(') return {0, 0};
  bool toned = false;
  std::size_t i = at + 1;
  std::size_t letters = 0;
  while (const std::size_t n = pinyin_letter_at(s, i, toned)) {
    i += n;
    ++letters;
  }
  if (letters == 0 || letters > 6 || !toned || i >= s.size() || s[i] != ')') return {0, 0};
  return {i + 1 - at, letters + 2};
}

// True when the three bytes before `at` are a Chinese character (U+3000…U+9FFF).
bool after_chinese(std::string_view s, std::size_t at) {
  if (at < 3) return false;
  const auto lead = static_cast<unsigned char>(s[at - 3]);
  return lead >= 0xE3 && lead <= 0xE9 && (static_cast<unsigned char>(s[at - 2]) & 0xC0) == 0x80 &&
         (static_cast<unsigned char>(s[at - 1]) & 0xC0) == 0x80;
}

}  // namespace

std::string without_pinyin_glosses(std::string_view text, std::vector<GlossCut>& cuts) {
  std::string out;
  if (text.find("(") == std::string_view::npos) return out;
  std::size_t line = 1;
  std::size_t column = 1;  // in the text without glosses, in code points
  // A byte-order mark is no column (the table reader drops it).
  const std::size_t bom = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  bool comment = text.size() > bom && text[bom] == '#';  // a `# note:` line quotes the page as it is
  for (std::size_t i = bom; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '(' && !comment && after_chinese(text, i)) {
      if (const auto [bytes, points] = gloss_at(text, i); bytes != 0) {
        if (cuts.empty()) out.reserve(text.size());
        if (cuts.empty()) out.assign(text.substr(0, i));
        const std::size_t before = !cuts.empty() && cuts.back().line == line ? cuts.back().line_total : 0;
        cuts.push_back(GlossCut{line, column, points, before + points, std::string(text.substr(i, bytes))});
        i += bytes;
        continue;
      }
    }
    if (c == '\n' || (c == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) {
      ++line;
      column = 1;
      comment = i + 1 < text.size() && text[i + 1] == '#';
    } else if (c != '\r' && (c & 0xC0) != 0x80) {
      ++column;
    }
    if (!cuts.empty()) out += text[i];
    ++i;
  }
  return out;
}

std::size_t original_column(const std::vector<GlossCut>& cuts, std::size_t line, std::size_t column) {
  // The last gloss of `line` at or before `column` (cuts are in text order) holds the
  // line's code points removed up to there.
  const auto after = std::upper_bound(cuts.begin(), cuts.end(), std::make_pair(line, column),
                                      [](const std::pair<std::size_t, std::size_t>& at, const GlossCut& g) {
                                        return at.first < g.line || (at.first == g.line && at.second < g.column);
                                      });
  if (after == cuts.begin() || std::prev(after)->line != line) return column;
  return column + std::prev(after)->line_total;
}

}  // namespace jixiao::io::detail
