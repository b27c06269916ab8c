// The result schemas of docs/schema.md against what the tool prints: for every bundled
// sample, `jixiao check|score|monitor --format json` must carry exactly the documented
// keys, in the documented order, with the documented types; and the tool must print the
// library writer's bytes.
#include <gtest/gtest.h>

#include <jixiao/io/form_io.hpp>
#include <jixiao/io/monitor_io.hpp>
#include <jixiao/io/observations_io.hpp>
#include <jixiao/io/profile_io.hpp>
#include <jixiao/io/report_io.hpp>
#include <jixiao/io/scorecard_io.hpp>
#include <jixiao/rules.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>
#ifndef _WIN32
#include <sys/wait.h>
#endif

#include "json_value.hpp"
#include "test_files.hpp"

namespace jixiao {
namespace {

namespace fs = std::filesystem;
using test::JsonValue;
using Kind = JsonValue::Kind;

const fs::path source_dir = JIXIAO_SOURCE_DIR;
const fs::path tool = JIXIAO_TOOL;
const fs::path work_dir = JIXIAO_WORK_DIR;

using jixiao::test::read_file;

// ---- the documented field tables ----------------------------------------------------

struct Field {
  std::string key;
  std::string type;
};
using Tables = std::map<std::string, std::vector<Field>>;

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(' ');
  const auto e = s.find_last_not_of(' ');
  return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

// A table row `| `key` | type | meaning |` as key and type.
std::optional<Field> table_row(const std::string& line) {
  if (line.rfind("| `", 0) != 0) return std::nullopt;
  const auto key_end = line.find('`', 3);
  const auto type_begin = line.find('|', key_end);
  const auto type_end = line.find('|', type_begin + 1);
  if (key_end == std::string::npos || type_begin == std::string::npos || type_end == std::string::npos) return std::nullopt;
  return Field{line.substr(3, key_end - 3), trim(line.substr(type_begin + 1, type_end - type_begin - 1))};
}

// Every table of docs/schema.md that follows a `<!-- fields: NAME -->` marker.
Tables read_tables() {
  std::istringstream in(read_file(source_dir / "docs/schema.md"));
  Tables tables;
  std::string line;
  std::string current;
  while (std::getline(in, line)) {
    const std::string marker = "<!-- fields: ";
    if (line.rfind(marker, 0) == 0) {
      current = line.substr(marker.size(), line.find(" -->") - marker.size());
      tables[current];
    } else if (line.empty() || line[0] != '|') {
      if (!current.empty() && !tables[current].empty()) current.clear();
    } else if (!current.empty()) {
      if (auto f = table_row(line)) tables[current].push_back(*f);
    }
  }
  return tables;
}

const Tables& tables() {
  static const Tables t = read_tables();
  return t;
}

// ---- validation ------------------------------------------------------------------------

struct Checker {
  std::vector<std::string> errors;
  std::map<std::string, int> seen;  // table name → objects validated

  void object(const JsonValue& v, const std::string& name, const std::string& where) {
    const auto t = tables().find(name);
    if (t == tables().end()) return errors.push_back(where + ": no table `" + name + "` in docs/schema.md");
    if (v.kind != Kind::object) return errors.push_back(where + ": not an object");
    ++seen[name];
    std::vector<std::string> documented;
    for (const Field& f : t->second) documented.push_back(f.key);
    for (const auto& k : v.keys) {
      if (std::find(documented.begin(), documented.end(), k) == documented.end()) {
        errors.push_back(where + ": key `" + k + "` is not documented in table " + name);
      }
    }
    for (const Field& f : t->second) {
      const JsonValue* member = v.find(f.key);
      if (member == nullptr) {
        errors.push_back(where + ": documented key `" + f.key + "` is missing");
      } else {
        value(*member, f.type, name + "." + f.key, where + "/" + f.key);
      }
    }
    if (v.keys == documented) return;
    if (v.keys.size() == documented.size()) errors.push_back(where + ": keys not in the documented order");
  }

  void value(const JsonValue& v, std::string type, const std::string& child, const std::string& where) {
    const std::string nullable = " or null";
    if (type.size() > nullable.size() && type.compare(type.size() - nullable.size(), nullable.size(), nullable) == 0) {
      if (v.kind == Kind::null) return;
      type.resize(type.size() - nullable.size());
    }
    static const std::regex decimal_re("-?[0-9]+(\\.[0-9]+)?");
    static const std::regex integer_re("-?[0-9]+");
    bool ok = true;
    if (type == "text" || type == "key") {
      ok = v.kind == Kind::string;
    } else if (type == "decimal") {
      ok = v.kind == Kind::string && std::regex_match(v.text, decimal_re);
    } else if (type == "integer") {
      ok = v.kind == Kind::number && std::regex_match(v.text, integer_re);
    } else if (type == "boolean") {
      ok = v.kind == Kind::boolean;
    } else if (type == "object") {
      ok = v.kind == Kind::object;
      if (ok && tables().count(child) != 0) object(v, child, where);
    } else if (type.rfind("array of ", 0) == 0) {
      ok = v.kind == Kind::array;
      const std::string item = type.substr(9);
      for (std::size_t i = 0; ok && i < v.items.size(); ++i) {
        const std::string at = where + "/" + std::to_string(i);
        if (item == "finding") {
          object(v.items[i], "finding", at);
        } else if (item == "object") {
          object(v.items[i], child, at);
        } else {
          value(v.items[i], item, child, at);
        }
      }
    } else {
      errors.push_back(where + ": docs/schema.md uses the unknown type `" + type + "`");
      return;
    }
    if (!ok) errors.push_back(where + ": not of type `" + type + "`");
  }

  // A whole result: parses, `schema` first with the expected value, then the table.
  void document(const std::string& text, const std::string& table, const std::string& schema, const std::string& where) {
    std::string error;
    const auto v = test::parse_json(text, error);
    if (!v) return errors.push_back(where + ": not JSON (" + error + ")");
    if (v->keys.empty() || v->keys.front() != "schema" || v->items.front().text != schema) {
      errors.push_back(where + ": first key is not \"schema\": \"" + schema + "\"");
    }
    object(*v, table, where);
  }
};

// ---- running the tool ---------------------------------------------------------------

struct Run {
  int rc = -1;
  std::string out;
};

std::string quoted(const fs::path& p) { return "\"" + p.string() + "\""; }

// Runs the tool with `args`; stdout is kept, stderr dropped. `name` keeps the files of
// tests running in parallel apart.
Run run_tool(const std::string& args, const std::string& name) {
  fs::create_directories(work_dir);
  const fs::path out = work_dir / (name + ".out");
  const std::string command = quoted(tool) + " " + args + " > " + quoted(out) + " 2> " + quoted(work_dir / (name + ".err"));
  const int status = std::system(command.c_str());
  Run r;
#ifdef _WIN32
  r.rc = status;
#else
  r.rc = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
#endif
  r.out = read_file(out);
  return r;
}

// Files directly in `dir` (under the source tree) whose name ends with `suffix`, sorted.
std::vector<fs::path> samples(const std::string& dir, const std::string& suffix) {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(source_dir / dir)) {
    const std::string n = e.path().filename().string();
    if (n.size() >= suffix.size() && n.compare(n.size() - suffix.size(), suffix.size(), suffix) == 0) out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<fs::path> check_samples() {
  std::vector<fs::path> all;
  for (const auto& [dir, suffix] : std::vector<std::pair<std::string, std::string>>{{"examples/data", ".json"},
                                                                                    {"examples/data", ".tsv"},
                                                                                    {"tests/data", ".tsv"},
                                                                                    {"tests/data/selfeval", ".form.json"},
                                                                                    {"tests/data/forms", ".txt"},
                                                                                    {"tests/data/io", ".json"}}) {
    for (auto& p : samples(dir, suffix)) all.push_back(std::move(p));
  }
  return all;
}

// Self-evaluation forms: the ones that carry actuals, plus the declaration samples
// (scored without actuals, so their findings are exercised too).
std::vector<fs::path> score_samples() {
  std::vector<fs::path> all = samples("examples/data", ".json");
  for (auto& p : samples("tests/data/selfeval", ".form.json")) all.push_back(std::move(p));
  return all;
}

const fs::path progress_sample = source_dir / "tests/data/monitoring/01_yongde.progress.json";
const fs::path yongde_form = source_dir / "tests/data/selfeval/01_yongde.form.json";

// Runs `args` (ending in --format json), checks the exit code and the output.
void expect_valid(Checker& c, const std::string& args, const std::string& name, const std::string& table,
                  const std::string& schema) {
  const Run r = run_tool(args, name);
  if (r.rc != 0 && r.rc != 1) return c.errors.push_back(args + ": exit " + std::to_string(r.rc));
  c.document(r.out, table, schema, args);
}

std::string join(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += l + "\n";
  return out;
}

// ---- the tests ----------------------------------------------------------------------

TEST(ResultSchemaDoc, EveryResultObjectHasATable) {
  for (const char* name : {"finding", "finding.source", "report", "report.counts", "scorecard", "scorecard.rows",
                           "scorecard.budget", "scorecard.level1_totals", "scorecard.actuals_diagnostics", "monitor", "monitor.rows"}) {
    const auto t = tables().find(name);
    ASSERT_NE(t, tables().end()) << name;
    EXPECT_FALSE(t->second.empty()) << name;
  }
  EXPECT_EQ(tables().at("report").front().key, "schema");
  EXPECT_EQ(tables().at("scorecard").front().key, "schema");
  EXPECT_EQ(tables().at("monitor").front().key, "schema");
}

TEST(ResultSchema, CheckJsonOfEverySample) {
  Checker c;
  const auto files = check_samples();
  ASSERT_GE(files.size(), 40u);
  for (std::size_t i = 0; i < files.size(); ++i) {
    expect_valid(c, "check " + quoted(files[i]) + " --format json", "check" + std::to_string(i), "report",
                 "jixiao.report/1");
  }
  EXPECT_TRUE(c.errors.empty()) << join(c.errors);
  EXPECT_GT(c.seen["finding"], 100);
  EXPECT_GT(c.seen["finding.source"], 0) << "no finding with a source position (the .tsv/.txt samples have them)";
}

TEST(ResultSchema, ScoreJsonOfEverySample) {
  Checker c;
  const auto files = score_samples();
  ASSERT_GE(files.size(), 10u);
  for (std::size_t i = 0; i < files.size(); ++i) {
    expect_valid(c, "score " + quoted(files[i]) + " --format json", "score" + std::to_string(i), "scorecard",
                 "jixiao.scorecard/1");
  }
  expect_valid(c, "score " + quoted(source_dir / "tests/data/selfeval/056_jishan.form.json") + " --profile jishan-2020 --format json",
               "score_jishan", "scorecard", "jixiao.scorecard/1");
  EXPECT_TRUE(c.errors.empty()) << join(c.errors);
  EXPECT_GT(c.seen["scorecard.rows"], 50);
  EXPECT_GT(c.seen["scorecard.budget"], 0);
  EXPECT_GT(c.seen["finding"], 0);
}

TEST(ResultSchema, MonitorJsonOfEverySample) {
  Checker c;
  const auto files = score_samples();
  for (std::size_t i = 0; i < files.size(); ++i) {
    expect_valid(c, "monitor " + quoted(files[i]) + " " + quoted(progress_sample) + " --month 6 --format json",
                 "monitor" + std::to_string(i), "monitor", "jixiao.monitor/1");
  }
  for (const int month : {1, 3, 9, 12}) {
    expect_valid(c, "monitor " + quoted(yongde_form) + " " + quoted(progress_sample) + " --month " + std::to_string(month) + " --format json",
                 "monitor_m" + std::to_string(month), "monitor", "jixiao.monitor/1");
  }
  EXPECT_TRUE(c.errors.empty()) << join(c.errors);
  EXPECT_GT(c.seen["monitor.rows"], 20);
  EXPECT_GT(c.seen["finding"], 0);
}

// `jixiao batch` over every check sample and a JSON Lines file (a record with actuals, a
// broken one): every line is a `jixiao.batch/1` object holding the documented report and
// scorecard; the summary on stderr is a `jixiao.batch-summary/1`.
TEST(ResultSchema, BatchJsonOfEverySample) {
  fs::create_directories(work_dir);
  const fs::path lines = work_dir / "batch_input.jsonl";
  {
    std::string seed = read_file(source_dir / "examples/data/seed-suigang-2024-department.json");
    seed.erase(std::remove(seed.begin(), seed.end(), '\n'), seed.end());
    std::string actuals = read_file(source_dir / "tests/data/capi/seed.actuals.json");
    actuals.erase(std::remove(actuals.begin(), actuals.end(), '\n'), actuals.end());
    std::ofstream out(lines);
    out << "{\"id\": \"with-actuals\", \"actuals\": " << actuals << ", " << seed.substr(1) << "\n{\"schema\": \n";
  }
  std::string args = "batch --summary " + quoted(lines);
  const auto files = check_samples();
  for (const auto& f : files) args += " " + quoted(f);
  const auto r = run_tool(args, "batch");
  EXPECT_EQ(r.rc, 2);  // the broken line
  Checker c;
  std::istringstream in(r.out);
  std::size_t n = 0;
  for (std::string line; std::getline(in, line); ++n) {
    const std::string where = "batch line " + std::to_string(n + 1);
    c.document(line, "batch", "jixiao.batch/1", where);
    std::string error;
    const auto v = test::parse_json(line, error);
    if (!v) continue;
    for (const char* part : {"report", "scorecard"}) {
      const JsonValue* doc = v->find(part);
      if (doc != nullptr && doc->kind == Kind::object) c.object(*doc, part, where + "/" + part);
    }
  }
  EXPECT_EQ(n, files.size() + 2);
  const std::string err = read_file(work_dir / "batch.err");
  c.document(err.substr(err.rfind('{', err.rfind("jixiao.batch-summary/1"))), "batch-summary", "jixiao.batch-summary/1", "summary");
  EXPECT_TRUE(c.errors.empty()) << join(c.errors);
  EXPECT_GT(c.seen["scorecard"], 10);
  EXPECT_GT(c.seen["finding"], 100);
}

TEST(ResultSchema, ToolPrintsTheReportWriters) {
  const fs::path form_path = source_dir / "examples/data/seed-suigang-2024-department.json";
  auto loaded = io::load_form(form_path.string());
  ASSERT_TRUE(loaded.value);
  const RuleSet rules = RuleSet::builtin(io::builtin_profile("national"));
  std::vector<Finding> findings = loaded.findings;
  const Report checked = rules.check(*loaded.value);
  findings.insert(findings.end(), checked.findings().begin(), checked.findings().end());
  const Report report(std::move(findings), rules.profile().review_rubric);
  EXPECT_EQ(run_tool("check " + quoted(form_path) + " --format json", "same_report_json").out, io::report_json(report));
  EXPECT_EQ(run_tool("check " + quoted(form_path) + " --lang en", "same_report_text").out, io::report_text(report, Lang::en));
  EXPECT_EQ(run_tool("check " + quoted(form_path) + " --format md", "same_report_md").out, io::report_markdown(report, Lang::zh));
  EXPECT_EQ(run_tool("check " + quoted(form_path) + " --format sarif", "same_report_sarif").out,
            io::report_sarif(report, Lang::zh, rules.rules(), form_path.string()));
}

TEST(ResultSchema, ToolPrintsTheScorecardWriters) {
  const fs::path form_path = source_dir / "tests/data/selfeval/056_jishan.form.json";
  auto loaded = io::load_form(form_path.string());
  ASSERT_TRUE(loaded.value);
  const Scorecard card = score(*loaded.value, actuals_from_form(*loaded.value), io::builtin_profile("jishan-2020"));
  const std::string args = "score " + quoted(form_path) + " --profile jishan-2020 --format ";
  EXPECT_EQ(run_tool(args + "json", "same_score_json").out, io::scorecard_json(card));
  EXPECT_EQ(run_tool(args + "text", "same_score_text").out, io::scorecard_text(card));
  EXPECT_EQ(run_tool(args + "md", "same_score_md").out, io::scorecard_markdown(card));
}

TEST(ResultSchema, ScoreJsonCarriesTheDiagnosticsOfTheFormsActuals) {
  auto loaded = io::load_form(yongde_form.string());
  ASSERT_TRUE(loaded.value);
  PerformanceForm form = *loaded.value;
  ASSERT_FALSE(form.indicators.empty());
  form.indicators[0].actual = "≥56";  // a comparator before a number: dropped, with a diagnostic
  fs::create_directories(work_dir);
  const fs::path path = work_dir / "diagnostics.form.json";
  std::ofstream(path, std::ios::binary) << io::save_form_to_string(form, io::Format::json);
  std::vector<Diagnostic> diagnostics;
  const Scorecard card = score(form, actuals_from_form(form, &diagnostics), io::builtin_profile("national"));
  ASSERT_FALSE(diagnostics.empty());
  const auto r = run_tool("score " + quoted(path) + " --format json", "score_diagnostics");
  EXPECT_EQ(r.out, io::scorecard_json(card, diagnostics));
  EXPECT_NE(r.out.find("\"code\": \"jixiao.actual.comparator_dropped\", \"message\": \"/indicators/0/actual: "),
            std::string::npos)
      << r.out;
  // One shape: each diagnostic's message is the line the tool prints on stderr after the file name.
  const std::string err = read_file(work_dir / "score_diagnostics.err");
  for (const Diagnostic& d : diagnostics) EXPECT_NE(err.find(path.string() + ": " + d.message + "\n"), std::string::npos) << err;
  Checker c;
  c.document(r.out, "scorecard", "jixiao.scorecard/1", "score_diagnostics");
  EXPECT_TRUE(c.errors.empty()) << join(c.errors);
  EXPECT_EQ(c.seen["scorecard.actuals_diagnostics"], static_cast<int>(diagnostics.size()));
}

TEST(ResultSchema, ToolPrintsTheMonitorWriters) {
  auto loaded = io::load_form(yongde_form.string());
  ASSERT_TRUE(loaded.value);
  auto progress = io::load_progress(progress_sample);
  ASSERT_TRUE(progress.ok());
  const MonitorReport report = monitor(*loaded.value, *progress.value, 6, io::builtin_profile("national"));
  const std::string args = "monitor " + quoted(yongde_form) + " " + quoted(progress_sample) + " --month 6 --format ";
  EXPECT_EQ(run_tool(args + "json", "same_monitor_json").out, io::monitor_json(report));
  EXPECT_EQ(run_tool(args + "text", "same_monitor_text").out, io::monitor_text(report));
  EXPECT_EQ(run_tool(args + "md", "same_monitor_md").out, io::monitor_markdown(report));
}

}  // namespace
}  // namespace jixiao
