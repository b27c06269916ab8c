// run_batch: one reader (the caller's thread), `jobs` workers and one writer, with a ring
// of 4 × jobs slots between them, so results leave in input order and memory stays flat.
#include <algorithm>
#include <condition_variable>
#include <deque>
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

// What the threads share; every member is guarded by `m`.
struct Shared {
  explicit Shared(std::size_t capacity) : slots(capacity) {}
  struct Slot {
    BatchResult result;
    bool ready = false;
  };
  std::mutex m;
  std::condition_variable work_cv;   // a record was queued, or the input ended
  std::condition_variable ready_cv;  // a result was stored
  std::condition_variable space_cv;  // a line was written: a slot is free
  std::deque<std::pair<std::size_t, BatchRecord>> queue;  // read, not yet taken by a worker
  std::vector<Slot> slots;       // slots[seq % size]: the result of record seq
  std::size_t read = 0;          // records read
  std::size_t written = 0;       // records written
  bool input_done = false;
  bool stop = false;             // writing failed: stop reading and working
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

void work(Shared& s, const BatchOptions& options) {
  for (;;) {
    std::unique_lock<std::mutex> lock(s.m);
    s.work_cv.wait(lock, [&] { return s.stop || !s.queue.empty() || s.input_done; });
    if (s.stop || s.queue.empty()) return;
    auto [seq, record] = std::move(s.queue.front());
    s.queue.pop_front();
    lock.unlock();
    BatchResult result;
    try {
      result = batch_result(record, options);
    } catch (const std::exception& e) {
      result = failure_line(record, e.what());
    }
    lock.lock();
    Shared::Slot& slot = s.slots[seq % s.slots.size()];
    slot.result = std::move(result);
    slot.ready = true;
    s.ready_cv.notify_all();
  }
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

// Writes the results in input order, as many as are ready at a time, and flushes `out`
// whenever it has to wait: lines leave at once when records come slowly, and in large
// writes when they come fast.
void write(Shared& s, std::ostream& out, BatchTotals& totals, std::chrono::steady_clock::time_point start,
           const BatchProgress& progress) {
  std::vector<BatchResult> taken;
  for (;;) {
    std::unique_lock<std::mutex> lock(s.m);
    const auto ready = [&] { return s.slots[s.written % s.slots.size()].ready; };
    if (!ready() && !s.stop && !(s.input_done && s.written == s.read)) {
      lock.unlock();
      out.flush();
      lock.lock();
    }
    s.ready_cv.wait(lock, [&] { return ready() || (s.input_done && s.written == s.read) || s.stop; });
    if (!ready()) return;
    take_ready(s, taken);
    lock.unlock();
    for (const BatchResult& result : taken) {
      if (!(out << result.line << '\n')) break;
      add_outcome(totals, result.outcome);
    }
    if (!out) {
      totals.write_failed = true;
      lock.lock();
      s.stop = true;
      s.work_cv.notify_all();
      s.space_cv.notify_all();
      return;
    }
    totals.elapsed = std::chrono::steady_clock::now() - start;
    if (progress) progress(totals);  // before the slots are freed: `done` never lags the reader
    lock.lock();
    s.written += taken.size();
    s.space_cv.notify_one();
  }
}

}  // namespace

BatchTotals run_batch(const BatchSource& next, std::ostream& out, const BatchOptions& options, unsigned jobs,
                      const BatchProgress& progress) {
  if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
  const auto start = std::chrono::steady_clock::now();
  Shared s(4 * static_cast<std::size_t>(jobs));
  BatchTotals totals;
  std::thread writer([&] { write(s, out, totals, start, progress); });
  std::vector<std::thread> workers;
  for (unsigned j = 0; j < jobs; ++j) workers.emplace_back([&] { work(s, options); });
  for (;;) {
    {
      std::unique_lock<std::mutex> lock(s.m);
      s.space_cv.wait(lock, [&] { return s.stop || s.read - s.written < s.slots.size(); });
      if (s.stop) break;
    }
    std::optional<BatchRecord> record = next();  // outside the lock: reading may be slow
    if (!record) break;
    std::lock_guard<std::mutex> lock(s.m);
    s.queue.emplace_back(s.read++, std::move(*record));
    s.work_cv.notify_one();
  }
  {
    std::lock_guard<std::mutex> lock(s.m);
    s.input_done = true;
    s.work_cv.notify_all();
    s.ready_cv.notify_all();
  }
  for (auto& w : workers) w.join();
  writer.join();
  out.flush();
  if (!out) totals.write_failed = true;
  totals.elapsed = std::chrono::steady_clock::now() - start;
  return totals;
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
