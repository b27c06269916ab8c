// io::batch_result and io::run_batch (issue 13): one JSON line per record, the same
// review and scorecard as the single-form writers, in input order, with bounded memory.
#include <gtest/gtest.h>
#include <jixiao/io/batch.hpp>
#include <jixiao/io/form_io.hpp>
#include <jixiao/io/observations_io.hpp>
#include <jixiao/io/profile_io.hpp>
#include <jixiao/io/report_io.hpp>
#include <jixiao/io/scorecard_io.hpp>
#include <jixiao/scoring.hpp>

#include <algorithm>
#include <atomic>
#include <memory>
#include <sstream>

#include "json_value.hpp"
#include "test_files.hpp"

namespace {

using namespace jixiao;
using jixiao::test::read_file;

const std::string kData = JIXIAO_TEST_DATA;

// A JSON document on one line (the test data is pretty-printed; strings hold no line break).
std::string one_line(std::string text) {
  text.erase(std::remove(text.begin(), text.end(), '\n'), text.end());
  return text;
}

io::BatchOptions options() {
  io::BatchOptions o;
  o.rules = RuleSet::builtin(io::builtin_profile("national"));
  return o;
}

io::BatchRecord line_record(std::string text, std::size_t number) {
  io::BatchRecord r;
  r.number = number;
  r.text = std::move(text);
  r.source = "input.jsonl";
  return r;
}

// A view of a parsed JSON value: members and items by subscript (a missing one is null).
class J {
 public:
  explicit J(const test::JsonValue* v) : v_(v) {}
  J operator[](const char* key) const { return J(v_ ? v_->find(key) : nullptr); }
  J item(std::size_t i) const { return J(v_ && i < v_->items.size() ? &v_->items[i] : nullptr); }
  std::string text() const { return v_ ? v_->text : ""; }
  long long number() const { return v_ && v_->kind == test::JsonValue::Kind::number ? std::stoll(v_->text) : -1; }
  bool null() const { return !v_ || v_->kind == test::JsonValue::Kind::null; }
  std::size_t size() const { return v_ ? v_->items.size() : 0; }
  bool operator==(const J& o) const { return v_ && o.v_ && same(*v_, *o.v_); }

 private:
  static bool same(const test::JsonValue& a, const test::JsonValue& b) {
    if (a.kind != b.kind || a.text != b.text || a.keys != b.keys || a.items.size() != b.items.size()) return false;
    for (std::size_t i = 0; i < a.items.size(); ++i) {
      if (!same(a.items[i], b.items[i])) return false;
    }
    return true;
  }
  const test::JsonValue* v_;
};

// Parsed documents live as long as the test binary: J views point into them.
J parse(const std::string& line) {
  static std::vector<std::unique_ptr<test::JsonValue>> kept;
  std::string error;
  auto v = test::parse_json(line, error);
  EXPECT_TRUE(v.has_value()) << error << ": " << line.substr(0, 300);
  kept.push_back(std::make_unique<test::JsonValue>(v.value_or(test::JsonValue{})));
  return J(kept.back().get());
}

const std::string kSeed = one_line(read_file(JIXIAO_SOURCE_DIR "/examples/data/seed-suigang-2024-department.json"));

TEST(Batch, ALineIsReviewedAsTheSameFormLoadedAlone) {
  const io::BatchResult r = io::batch_result(line_record(kSeed, 7), options());
  ASSERT_EQ(r.line.find('\n'), std::string::npos);  // one line
  const J v = parse(r.line);
  EXPECT_EQ(v["schema"].text(), "jixiao.batch/1");
  EXPECT_EQ(v["id"].text(), "7");  // no id member: the line number
  EXPECT_EQ(v["record"].number(), 7);
  const auto loaded = io::load_form_from_string(kSeed, io::Format::json);
  ASSERT_TRUE(loaded.value);
  const Report alone = options().rules.check(*loaded.value);
  // The same findings, paths and grade as `jixiao check --format json`.
  EXPECT_EQ(v["report"], parse(io::report_json(alone)));
  EXPECT_EQ(v["status"].text(), alone.ok() ? "clean" : "problems");
  EXPECT_TRUE(v["scorecard"].null());  // no actuals
  EXPECT_EQ(v["findings"].size(), 0u);  // the reader's findings are in the report
  EXPECT_EQ(r.outcome.review_grade, to_string(alone.grade()));
}

TEST(Batch, ActualsBesideTheFormAreScored) {
  const std::string actuals = one_line(read_file(kData + "/capi/seed.actuals.json"));
  std::string line = kSeed;
  line.insert(1, "\"id\": \"A-001\", \"actuals\": " + actuals + ", ");
  const J v = parse(io::batch_result(line_record(line, 1), options()).line);
  EXPECT_EQ(v["id"].text(), "A-001");
  const auto form = io::load_form_from_string(kSeed, io::Format::json);
  const auto parsed = io::read_actuals(actuals);
  ASSERT_TRUE(form.value && parsed.value);
  const Scorecard card = score(*form.value, *parsed.value, io::builtin_profile("national"));
  EXPECT_EQ(v["scorecard"], parse(io::scorecard_json(card)));
}

TEST(Batch, AnUnreadableRecordIsAnErrorLineAtItsLine) {
  const io::BatchResult bad = io::batch_result(line_record("{\"schema\": ", 12), options());
  EXPECT_TRUE(bad.outcome.failed);
  const J v = parse(bad.line);
  EXPECT_EQ(v["status"].text(), "error");
  EXPECT_TRUE(v["report"].null());
  ASSERT_GE(v["findings"].size(), 1u);
  EXPECT_EQ(v["findings"].item(0)["rule_id"].text(), "JX-IO001");
  EXPECT_EQ(v["findings"].item(0)["source"]["line"].number(), 12);
  EXPECT_EQ(v["findings"].item(0)["source"]["file"].text(), "input.jsonl");
  // A wrong type: the form is read only in part, so the record is an error too.
  std::string typed = kSeed;
  const std::size_t at = typed.find("\"indicators\": [");
  ASSERT_NE(at, std::string::npos);
  typed.replace(at, 15, "\"indicators\": \"x\", \"was\": [");
  const J t = parse(io::batch_result(line_record(typed, 9), options()).line);
  EXPECT_EQ(t["status"].text(), "error");
  bool named = false;
  for (std::size_t i = 0; i < t["findings"].size(); ++i) {
    named = named || (t["findings"].item(i)["rule_id"].text() == "JX-IO013" &&
                      t["findings"].item(i)["source"]["line"].number() == 9);
  }
  EXPECT_TRUE(named) << "a JX-IO013 finding at line 9";
  // Actuals that cannot be read: the record fails, the finding points below /actuals.
  std::string line = kSeed;
  line.insert(1, "\"actuals\": {\"indicators\": [{\"index\": \"x\"}]}, ");
  const J w = parse(io::batch_result(line_record(line, 3), options()).line);
  EXPECT_EQ(w["status"].text(), "error");
  ASSERT_GE(w["findings"].size(), 1u);
  EXPECT_EQ(w["findings"].item(0)["path"].text().rfind("/actuals/indicators/0", 0), 0u) << w["findings"].item(0)["path"].text();
  EXPECT_EQ(w["findings"].item(0)["source"]["line"].number(), 3);
}

TEST(Batch, AFileRecordIsReadByItsFormat) {
  io::BatchRecord r;
  r.number = 1;
  r.path = kData + "/seed-suigang-2024-department.tsv";  // a published table: imported
  r.source = r.path.string();
  const J v = parse(io::batch_result(r, options()).line);
  EXPECT_EQ(v["id"].text(), r.path.string());
  ASSERT_FALSE(v["report"].null());
  bool positioned = false;  // findings of an imported table carry line:column in the file
  for (std::size_t i = 0; i < v["report"]["findings"].size(); ++i) {
    positioned = positioned || v["report"]["findings"].item(i)["source"]["line"].number() > 0;
  }
  EXPECT_TRUE(positioned);
  // A self-evaluation form carries its actuals: it is scored.
  r.path = kData + "/selfeval/01_yongde.form.json";
  r.source = r.path.string();
  EXPECT_FALSE(parse(io::batch_result(r, options()).line)["scorecard"].null());
}

// Records of different sizes on 4 threads: lines leave in input order, and no more than
// 4 × jobs records are ever read and not yet written.
TEST(Batch, RunKeepsInputOrderWithBoundedMemory) {
  constexpr std::size_t n = 400;
  constexpr unsigned jobs = 4;
  std::size_t read = 0, most_in_flight = 0;
  std::atomic<std::size_t> written{0};  // set by the writing thread, read by the reading one
  const io::BatchSource next = [&]() -> std::optional<io::BatchRecord> {
    if (read == n) return std::nullopt;
    ++read;
    most_in_flight = std::max(most_in_flight, read - written);
    // Every third record is tiny (fast, an error), the others full forms (slow).
    return line_record(read % 3 == 0 ? "{\"id\": \"r" + std::to_string(read) + "\"}" : kSeed, read);
  };
  std::ostringstream out;
  const io::BatchTotals totals =
      io::run_batch(next, out, options(), jobs, [&](const io::BatchTotals& t) { written = t.done; });
  EXPECT_EQ(totals.done, n);
  EXPECT_LE(most_in_flight, 4 * jobs + 1);
  std::istringstream lines(out.str());
  std::size_t k = 0;
  for (std::string line; std::getline(lines, line);) {
    ++k;
    EXPECT_EQ(parse(line)["record"].number(), static_cast<long long>(k));
  }
  EXPECT_EQ(k, n);
  EXPECT_EQ(totals.failed, n / 3);  // the tiny records lack the required fields: not read completely
  EXPECT_EQ(totals.per_review_grade.size(), 1u);
}

TEST(Batch, AFailedWriteStopsTheBatch) {
  std::size_t read = 0;
  const io::BatchSource next = [&]() -> std::optional<io::BatchRecord> {
    if (read == 100000) return std::nullopt;
    return line_record(kSeed, ++read);
  };
  std::ostringstream out;
  out.setstate(std::ios::badbit);  // as a full disk
  const io::BatchTotals totals = io::run_batch(next, out, options(), 2);
  EXPECT_TRUE(totals.write_failed);
  EXPECT_EQ(totals.done, 0u);
  EXPECT_LT(read, 100u);  // reading stopped too
}

TEST(Batch, SummaryCountsPerRuleAndGrade) {
  io::BatchTotals t;
  t.done = 3;
  t.failed = 1;
  t.per_rule = {{"JX-C001", 4}, {"JX-IO001", 1}};
  t.per_review_grade = {{"excellent", 2}};
  const J v = parse(io::batch_summary_json(t));
  EXPECT_EQ(v["schema"].text(), "jixiao.batch-summary/1");
  EXPECT_EQ(v["records"].number(), 3);
  EXPECT_EQ(v["failed"].number(), 1);
  EXPECT_EQ(v["per_rule"]["JX-C001"].number(), 4);
  EXPECT_EQ(v["per_review_grade"]["excellent"].number(), 2);
}

}  // namespace
