// Decimal against golden vectors computed by Python's decimal module (an independent
// oracle): tests/data/decimal_vectors.txt, written by tests/tools/gen_decimal_vectors.py.
// Every line is checked; the per-operation counts must reach what the file's header claims.
#include <jixiao/decimal.hpp>

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

using jixiao::Decimal;
using jixiao::RoundingMode;

namespace {

const std::string vectors_path = std::string(JIXIAO_TEST_DATA) + "/decimal_vectors.txt";

std::vector<std::string> split(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  std::string t;
  while (in >> t) out.push_back(t);
  return out;
}

// Undoes the script's quoting: "…" with \\, \" and \xHH escapes. Returns false when the
// line is malformed; `rest` receives what follows the closing quote.
bool unquote(const std::string& s, std::size_t pos, std::string& out, std::string& rest) {
  if (pos >= s.size() || s[pos] != '"') return false;
  for (std::size_t i = pos + 1; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '"') {
      rest = s.substr(i + 1);
      return true;
    }
    if (c != '\\') {
      out += c;
      continue;
    }
    if (i + 1 >= s.size()) return false;
    const char e = s[++i];
    if (e == 'x') {
      if (i + 2 >= s.size()) return false;
      out += static_cast<char>(std::strtol(s.substr(i + 1, 2).c_str(), nullptr, 16));
      i += 2;
    } else {
      out += e;
    }
  }
  return false;
}

Decimal operand(const std::string& text) { return Decimal::parse(text).value(); }

RoundingMode mode_of(const std::string& name) {
  const auto m = jixiao::from_string<RoundingMode>(name);
  if (!m) throw std::runtime_error("unknown rounding mode " + name);
  return *m;
}

// Runs `f` and describes what it gave in the file's terms: the to_string() text, or
// `!code` for a decimal_error.
template <class F>
std::string outcome(F&& f) {
  try {
    return f();
  } catch (const jixiao::decimal_error& e) {
    const std::string prefix = "jixiao.decimal.";
    return "!" + (e.code().rfind(prefix, 0) == 0 ? e.code().substr(prefix.size()) : e.code());
  }
}

// A parse result in the file's terms: to_string(), or `!code offset column`.
std::string describe(const jixiao::Parsed<Decimal>& p) {
  if (p.ok()) return p.value().to_string() + (p.diagnostics().empty() ? "" : " (with diagnostics)");
  if (p.diagnostics().size() != 1) return "(" + std::to_string(p.diagnostics().size()) + " diagnostics)";
  const auto& d = p.diagnostics().front();
  std::string s = "!" + d.code + " " + std::to_string(d.offset) + " " + std::to_string(d.column);
  if (d.message.empty()) s += " (no message)";
  return s;
}

struct Tally {
  std::map<std::string, long> claimed;
  std::map<std::string, long> checked;
  long failures = 0;
};

void check(Tally& t, const std::string& key, long line_no, const std::string& line, const std::string& got,
           const std::string& want) {
  ++t.checked[key];
  if (got == want) return;
  if (++t.failures <= 60) ADD_FAILURE() << "line " << line_no << ": " << line << "\n  got: " << got;
}

}  // namespace

TEST(DecimalGolden, EveryVectorMatchesPythonDecimal) {
  std::ifstream in(vectors_path, std::ios::binary);
  ASSERT_TRUE(in) << "cannot open " << vectors_path;
  Tally t;
  std::string line;
  long line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty()) continue;
    if (line[0] == '#') {
      const auto f = split(line);
      if (f.size() == 4 && f[1] == "count") t.claimed[f[2]] = std::stol(f[3]);
      continue;
    }
    try {
      if (line.rfind("parse ", 0) == 0) {
        std::string text, rest;
        ASSERT_TRUE(unquote(line, 6, text, rest)) << "line " << line_no << " malformed";
        const auto f = split(rest);
        ASSERT_FALSE(f.empty()) << "line " << line_no;
        std::string want = f[0];
        for (std::size_t i = 1; i < f.size(); ++i) want += " " + f[i];
        // parse() (with its inline fast path) and the full reader alone must agree.
        check(t, f[0][0] == '!' ? "parse.rejected" : "parse.ok", line_no, line, describe(Decimal::parse(text)), want);
        check(t, "parse_full", line_no, line, describe(jixiao::detail::parse_full(text)), want);
        continue;
      }
      const auto f = split(line);
      const std::string& op = f.at(0);
      const std::string& want = f.back();
      if ((op == "add" || op == "sub" || op == "mul") && f.size() == 4) {
        const Decimal a = operand(f[1]);
        const Decimal b = operand(f[2]);
        const std::string got = outcome([&] {
          return (op == "add" ? a + b : op == "sub" ? a - b : a * b).to_string();
        });
        check(t, op, line_no, line, got, want);
        // The compound assignments must agree with the binary operators.
        if (want[0] != '!') {
          Decimal c = a;
          if (op == "add") c += b;
          else if (op == "sub") c -= b;
          else c *= b;
          check(t, op + ".assign", line_no, line, c.to_string(), want);
        }
      } else if ((op == "mulr" || op == "div" || op == "pct") && f.size() == 6) {
        const Decimal a = operand(f[1]);
        const Decimal b = operand(f[2]);
        const int scale = std::stoi(f[3]);
        const RoundingMode m = mode_of(f[4]);
        const std::string got = outcome([&] {
          if (op == "mulr") return jixiao::multiply(a, b, scale, m).to_string();
          if (op == "div") return jixiao::divide(a, b, scale, m).to_string();
          return jixiao::percent_of(a, b, scale, m).to_string();
        });
        check(t, op + "." + f[4], line_no, line, got, want);
      } else if (op == "quant" && f.size() == 5) {
        const Decimal a = operand(f[1]);
        const int scale = std::stoi(f[2]);
        const RoundingMode m = mode_of(f[3]);
        check(t, "quant." + f[3], line_no, line, outcome([&] { return a.round_to(scale, m).to_string(); }), want);
        check(t, "quantize." + f[3], line_no, line, outcome([&] { return a.quantize(scale, m).to_string(); }), want);
      } else if (op == "cmp" && f.size() == 4) {
        const Decimal a = operand(f[1]);
        const Decimal b = operand(f[2]);
        const int c = compare(a, b);
        std::string got = std::to_string((c > 0) - (c < 0));
        // The operators must tell the same story as compare().
        if ((a == b) != (c == 0) || (a < b) != (c < 0) || (a > b) != (c > 0) || (a <= b) != (c <= 0) ||
            (a >= b) != (c >= 0) || (a != b) != (c != 0)) {
          got += " (operators disagree)";
        }
        if (c == 0 && a.hash() != b.hash()) got += " (equal values hash differently)";
        check(t, "cmp", line_no, line, got, want);
      } else if (op == "fmt" && f.size() == 6) {
        const Decimal a = operand(f[1]);
        const bool grouping = f[2] == "1";
        const int scale = std::stoi(f[3]);
        const RoundingMode m = mode_of(f[4]);
        check(t, "fmt", line_no, line, outcome([&] { return a.format(grouping, scale, m); }), want);
      } else {
        ADD_FAILURE() << "line " << line_no << ": unknown case " << line;
      }
    } catch (const std::exception& e) {
      ++t.failures;
      ADD_FAILURE() << "line " << line_no << ": " << line << "\n  threw " << e.what();
    }
  }
  EXPECT_EQ(t.failures, 0);
  ASSERT_FALSE(t.claimed.empty()) << "no '# count' lines in " << vectors_path;
  long total = 0;
  for (const auto& [key, n] : t.claimed) {
    const long got = t.checked.count(key) ? t.checked[key] : 0;
    total += got;
    std::cout << "  decimal golden: " << key << " " << got << " cases (file claims " << n << ")\n";
    EXPECT_GE(got, n) << key << ": fewer cases checked than the file claims";
  }
  for (const auto& [key, n] : t.checked) {
    if (key.find(".assign") != std::string::npos || key.rfind("quantize.", 0) == 0 || key == "parse_full") continue;
    EXPECT_TRUE(t.claimed.count(key)) << key << " is not claimed in the header";
  }
  std::cout << "  decimal golden: " << total << " cases checked, " << t.failures << " failures\n";
  EXPECT_GT(total, 20000);
}
