// run_batch: `jobs` workers, each of which reads the next record (one at a time), maps it,
// stores its line in a ring of 4 × jobs slots and, when no other worker is writing,
// writes every line ready in input order. Results leave in input order, memory stays
// flat, and no thread is woken per record to hand a record or a line on.
#include <algorithm>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

#include "jixiao/io/batch.hpp"
#include "jixiao/io/finding_json.hpp"
#include "document_check.hpp"
#include "result_json.hpp"

namespace jixiao::io {
namespace {

// What the workers share; every member is guarded by `m`, except `totals`, which only
// the worker that set `writing` touches.
struct Shared {
  explicit Shared(std::size_t capacity) : slots(capacity) {}
  struct Slot {
    BatchResult result;
    bool ready = false;
  };
  std::mutex m;
  std::condition_variable turn_cv;  // the reader left next(), or a line was written: room to read
  std::vector<Slot> slots;          // slots[seq % size]: the result of record seq
  std::size_t read = 0;             // records read
  std::size_t written = 0;          // records written
  bool reading = false;             // a worker is in next()
  bool writing = false;             // a worker is writing lines
  bool input_done = false;
  bool stop = false;                // writing or reading failed: stop
  std::exception_ptr source_error;  // what next() threw, for the caller
  BatchTotals totals;
};

// A result line for a record whose processing failed (out of memory): the batch goes on.
BatchResult failure_line(const BatchRecord& record, const char* what) {
  BatchResult r;
  detail::JsonObject o(r.line);
  o.text("schema", "jixiao.batch/1").text("id", record.path.empty() ? std::to_string(record.number) : record.path.string());
  o.integer("record", static_cast<long long>(record.number)).text("status", "error");
  o.member("report") += "null";
  o.member("scorecard") += "null";
  Finding f = detail::io_finding("JX-IO027", Severity::error, "", "the record could not be processed: {what}",
                                 "记录无法处理：{what}");
  f.arg("what", what);
  o.member("findings") += "[" + finding_json(f) + "]";
  o.close();
  r.outcome.failed = true;
  return r;
}

void add_outcome(BatchTotals& t, const BatchOutcome& o) {
  ++t.done;
  if (o.failed) ++t.failed;
  if (o.problems) ++t.with_problems;
  for (const std::string& id : o.rule_ids) ++t.per_rule[id];
  if (!o.review_grade.empty()) ++t.per_review_grade[o.review_grade];
  if (!o.score_rating.empty()) ++t.per_score_rating[o.score_rating];
}

// Takes every result ready in input order from `s.written` on (without advancing
// `written`, so no slot is reused before its line is out).
void take_ready(Shared& s, std::vector<BatchResult>& taken) {
  taken.clear();
  for (std::size_t seq = s.written; seq < s.read; ++seq) {
    Shared::Slot& slot = s.slots[seq % s.slots.size()];
    if (!slot.ready) break;
    taken.push_back(std::move(slot.result));
    slot.ready = false;
  }
}

// The context the workers run in.
struct Run {
  Shared& s;
  const BatchSource& next;
  std::ostream& out;
  const BatchOptions& options;
  const BatchProgress& progress;
  std::chrono::steady_clock::time_point start;
};

// The next record and its number, read by one worker at a time while fewer than the
// ring's size are read and not yet written; nothing at the end (or on a stop).
std::optional<std::pair<std::size_t, BatchRecord>> take_record(const Run& run) {
  Shared& s = run.s;
  std::unique_lock<std::mutex> lock(s.m);
  s.turn_cv.wait(lock, [&] { return s.stop || s.input_done || (!s.reading && s.read - s.written < s.slots.size()); });
  if (s.stop || s.input_done) return std::nullopt;
  s.reading = true;
  lock.unlock();
  std::optional<BatchRecord> record;
  std::exception_ptr error;
  try {
    record = run.next();  // outside the lock: reading may be slow
  } catch (...) {
    error = std::current_exception();
  }
  lock.lock();
  s.reading = false;
  s.turn_cv.notify_all();
  if (error) {
    s.source_error = error;
    s.stop = true;
  }
  if (!record) {
    s.input_done = true;
    return std::nullopt;
  }
  return std::make_pair(s.read++, std::move(*record));
}

// Stores `result` and, unless another worker is writing, writes every line ready in
// input order, flushing when none is left in flight (so a slow input sees each line
// at once, a fast one large writes).
void store_and_write(const Run& run, std::size_t seq, BatchResult result) {
  Shared& s = run.s;
  std::unique_lock<std::mutex> lock(s.m);
  Shared::Slot& slot = s.slots[seq % s.slots.size()];
  slot.result = std::move(result);
  slot.ready = true;
  std::vector<BatchResult> taken;
  while (!s.writing && !s.stop && s.slots[s.written % s.slots.size()].ready) {
    s.writing = true;
    take_ready(s, taken);
    lock.unlock();
    bool ok = true;
    for (const BatchResult& r : taken) {
      if (!(run.out << r.line << '\n')) {
        ok = false;
        break;
      }
      add_outcome(s.totals, r.outcome);
    }
    s.totals.elapsed = std::chrono::steady_clock::now() - run.start;
    if (ok && run.progress) run.progress(s.totals);  // before the slots are freed: `done` never lags the reads
    lock.lock();
    const bool drained = s.written + taken.size() == s.read;  // nothing else in flight
    lock.unlock();
    if (ok && drained) ok = static_cast<bool>(run.out.flush());  // still the only writer
    lock.lock();
    s.writing = false;
    s.written += taken.size();
    if (!ok) {
      s.totals.write_failed = true;
      s.stop = true;
    }
    s.turn_cv.notify_all();
  }
}

void work(const Run& run) {
  while (auto taken = take_record(run)) {
    BatchResult result;
    try {
      result = batch_result(taken->second, run.options);
    } catch (const std::exception& e) {
      result = failure_line(taken->second, e.what());
    }
    store_and_write(run, taken->first, std::move(result));
  }
}

}  // namespace

BatchTotals run_batch(const BatchSource& next, std::ostream& out, const BatchOptions& options, unsigned jobs,
                      const BatchProgress& progress) {
  if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
  Shared s(4 * static_cast<std::size_t>(jobs));
  const Run run{s, next, out, options, progress, std::chrono::steady_clock::now()};
  std::vector<std::thread> workers;
  for (unsigned j = 1; j < jobs; ++j) workers.emplace_back([&] { work(run); });
  work(run);  // the caller's thread is one of the workers
  for (auto& w : workers) w.join();
  out.flush();
  if (!out) s.totals.write_failed = true;
  s.totals.elapsed = std::chrono::steady_clock::now() - run.start;
  if (s.source_error) std::rethrow_exception(s.source_error);
  return s.totals;
}

std::string batch_summary_json(const BatchTotals& totals) {
  std::string line;
  detail::JsonObject o(line);
  o.text("schema", "jixiao.batch-summary/1");
  o.integer("records", static_cast<long long>(totals.done)).integer("failed", static_cast<long long>(totals.failed));
  o.integer("with_problems", static_cast<long long>(totals.with_problems));
  o.integer("milliseconds", std::chrono::duration_cast<std::chrono::milliseconds>(totals.elapsed).count());
  auto counts = [&](const char* name, const std::map<std::string, std::size_t>& m) {
    std::string& out = o.member(name);
    detail::JsonObject inner(out);
    for (const auto& [key, n] : m) inner.integer(key, static_cast<long long>(n));
    inner.close();
  };
  counts("per_rule", totals.per_rule);
  counts("per_review_grade", totals.per_review_grade);
  counts("per_score_rating", totals.per_score_rating);
  o.close();
  return line;
}

}  // namespace jixiao::io
