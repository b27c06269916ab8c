// The labelled corpus of real target strings (tests/data/target_labels.dev.tsv): every
// row is parsed and compared field by field with the careful reader's label.
#include <jixiao/target.hpp>

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

using jixiao::Parsed;
using jixiao::Target;
using jixiao::TargetKind;

struct Row {
  int line = 0;
  std::string value, kind, op, lo, hi, unit, parts, note;
};

// A TSV field may be quoted with "" doubling quotes inside.
std::string unquote(const std::string& f) {
  if (f.size() < 2 || f.front() != '"' || f.back() != '"') return f;
  std::string out;
  for (std::size_t i = 1; i + 1 < f.size(); ++i) {
    out += f[i];
    if (f[i] == '"' && f[i + 1] == '"') ++i;
  }
  return out;
}

std::vector<Row> load_rows() {
  std::ifstream in(JIXIAO_TEST_DATA "/target_labels.dev.tsv");
  std::vector<Row> rows;
  std::string line;
  int n = 0;
  bool header = true;
  while (std::getline(in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    if (header) {
      header = false;
      continue;
    }
    std::vector<std::string> f;
    std::stringstream ss(line);
    for (std::string cell; std::getline(ss, cell, '\t');) f.push_back(unquote(cell));
    f.resize(8);
    rows.push_back(Row{n, f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7]});
  }
  return rows;
}

std::string json_escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

// The fields of a parse, as the corpus columns spell them.
struct Fields {
  std::string kind, op, lo, hi, unit, parts;
};

Fields fields_of(const Parsed<Target>& p) {
  Fields f;
  if (!p.ok()) {
    f.kind = "unparseable";
    return f;
  }
  const Target& t = p.value();
  f.kind = jixiao::to_string(t.kind());
  switch (t.kind()) {
    case TargetKind::comparison:
      f.op = jixiao::to_string(t.op());
      f.lo = t.quantity().value.to_string();
      f.unit = t.quantity().unit.written();
      break;
    case TargetKind::range:
      f.op = "between";
      if (t.is_date_range()) {
        f.lo = t.start().iso();
        f.hi = t.deadline().iso();
        f.unit = "date";
      } else {
        f.lo = t.lo().value.to_string();
        f.hi = t.hi().value.to_string();
        f.unit = t.hi().unit.empty() ? t.lo().unit.written() : t.hi().unit.written();
      }
      break;
    case TargetKind::deadline:
      f.op = "<=";
      f.lo = t.deadline().iso();
      f.unit = "date";
      break;
    case TargetKind::compound: {
      f.parts = "[";
      for (std::size_t i = 0; i < t.parts().size(); ++i) {
        const auto& part = t.parts()[i];
        if (i) f.parts += ",";
        f.parts += "{\"label\":\"" + json_escape(part.label) + "\",\"op\":\"" + jixiao::to_string(part.op) +
                   "\",\"lo\":\"" + part.quantity.value.to_string() + "\",\"unit\":\"" +
                   json_escape(part.quantity.unit.written()) + "\"}";
      }
      f.parts += "]";
      break;
    }
    case TargetKind::qualitative:
      break;
  }
  return f;
}

Parsed<Target> parse_row_value(const std::string& value) {
  if (value.find(" | ") != std::string::npos) return Target::parse_cells(value);
  return Target::parse(value);
}

std::string describe(const Parsed<Target>& p) {
  if (!p.ok()) return p.diagnostics().empty() ? "no diagnostic" : p.diagnostics().front().message;
  return "parsed as " + p.value().to_string();
}

TEST(TargetCorpus, AgreesWithLabels) {
  const auto rows = load_rows();
  ASSERT_EQ(rows.size(), 190u) << "the dev corpus has 190 labelled rows";
  int agree = 0;
  int confident_on_unparseable = 0;
  std::ostringstream report;
  for (const Row& r : rows) {
    const Parsed<Target> p = parse_row_value(r.value);
    const Fields f = fields_of(p);
    std::string why;
    if (f.kind != r.kind) {
      why = "kind " + f.kind + " != " + r.kind;
    } else if (f.op != r.op) {
      why = "op " + f.op + " != " + r.op;
    } else if (f.lo != r.lo) {
      why = "lo " + f.lo + " != " + r.lo;
    } else if (f.hi != r.hi) {
      why = "hi " + f.hi + " != " + r.hi;
    } else if (f.unit != r.unit) {
      why = "unit '" + f.unit + "' != '" + r.unit + "'";
    } else if (f.parts != r.parts) {
      why = "parts " + f.parts + " != " + r.parts;
    }
    if (r.kind == "unparseable" && p.ok()) ++confident_on_unparseable;
    if (why.empty()) {
      ++agree;
    } else {
      report << "  line " << r.line << ": '" << r.value << "': " << why << " (" << describe(p) << ")\n";
    }
    // Rejections always explain themselves with a position and the offending text.
    if (!p.ok()) {
      ASSERT_FALSE(p.diagnostics().empty()) << r.value;
      EXPECT_FALSE(p.diagnostics().front().code.empty()) << r.value;
      EXPECT_GE(p.diagnostics().front().column, 1u) << r.value;
    }
  }
  std::cout << "target corpus: " << agree << "/" << rows.size() << " rows agree\n" << report.str();
  EXPECT_EQ(confident_on_unparseable, 0) << "an unparseable row came back as a confident target\n" << report.str();
  EXPECT_GE(agree * 100, static_cast<int>(rows.size()) * 97) << report.str();
}

TEST(TargetCorpus, RoundTripsThroughCanonicalSpelling) {
  for (const Row& r : load_rows()) {
    const Parsed<Target> p = parse_row_value(r.value);
    if (!p.ok()) continue;
    const std::string canonical = p.value().to_string();
    const Parsed<Target> again = Target::parse(canonical);
    ASSERT_TRUE(again.ok()) << r.value << " -> " << canonical << ": " << describe(again);
    EXPECT_EQ(again.value(), p.value()) << r.value << " -> " << canonical << " -> " << again.value().to_string();
    EXPECT_EQ(again.value().to_string(), canonical) << r.value;
  }
}

TEST(TargetCorpus, RawTextIsKept) {
  for (const Row& r : load_rows()) {
    if (r.value.find(" | ") != std::string::npos) continue;
    const Parsed<Target> p = Target::parse(r.value);
    if (p.ok()) {
      EXPECT_EQ(p.value().raw(), r.value);
    }
  }
}

}  // namespace
