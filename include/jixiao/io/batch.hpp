/// @file batch.hpp
/// @brief Reviewing and scoring many forms at once: one record in, one JSON line out
/// (`jixiao.batch/1`, docs/batch.md), in input order, with bounded memory.
///
/// A record is a JSON line (a `jixiao.form/1` object, with optional `id` and `actuals`
/// members beside the form's own) or a file (any format `jixiao check` reads, published
/// tables included). `batch_result` maps one record to its result line and keeps no state
/// between records, so the same mapping runs in `run_batch`, in `jixiao batch` and in any
/// engine that pipes lines through the tool (Hadoop Streaming, Spark's `RDD.pipe()`, Dask).
///
/// Threads: `batch_result` is thread-safe; `run_batch` starts its own worker threads.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "jixiao/io/limits.hpp"
#include "jixiao/profile.hpp"
#include "jixiao/rules.hpp"

namespace jixiao::io {

/// What a batch does with each record.
enum class BatchWork : std::uint8_t {
  check_and_score,  ///< review every record; score those with actuals (the default)
  check,            ///< review only
  score,            ///< score only (a record without actuals is scored against none)
};

/// How a batch reads and judges its records.
struct BatchOptions {
  /// The review rules; their profile (`rules.profile()`) grades the review and scores.
  RuleSet rules;
  /// What each record gets.
  BatchWork work = BatchWork::check_and_score;
  /// The limits every record is read under (each line or file on its own).
  Limits limits;
};

/// One input record: a JSON line, or a file to read.
struct BatchRecord {
  /// Where the record is: the line number of a JSON Lines record in its input, or the
  /// 1-based position of a file record among all records.
  std::size_t number = 0;
  /// The JSON line (when `path` is empty).
  std::string text;
  /// The file to read (a form in any format `jixiao check` reads).
  std::filesystem::path path;
  /// The name positions use: the input's name for lines, the path for files.
  std::string source;
};

/// What one record's result says, for the batch's totals.
struct BatchOutcome {
  /// The record could not be read, or only in part (its line holds `error`, no report).
  bool failed = false;
  /// The line says `"status":"problems"`: the review found errors, or the scorecard is
  /// incomplete or lacks a reason.
  bool problems = false;
  /// The review grade key (`excellent` …, as `to_string(ReviewGrade)`), empty when not reviewed.
  std::string review_grade;
  /// The self-evaluation rating, empty when not scored.
  std::string score_rating;
  /// The rule ids of the findings, once per finding.
  std::vector<std::string> rule_ids;
};

/// One record's result: the line (JSON, no newline) and what it says.
struct BatchResult {
  /// `{"schema":"jixiao.batch/1","id":…,"record":N,"status":…,…}` on one line.
  std::string line;
  /// What the line says, for totals.
  BatchOutcome outcome;
};

/// Reads, reviews and (with actuals) scores one record. Never throws on record content
/// (only `std::bad_alloc` can escape): a record that cannot be read, or only in part (the
/// reader reported an error: broken JSON, a wrong type, a missing required field, a value
/// past a limit), gives a line with `"status":"error"` and the reader's findings, each
/// placed at the record's line. Thread-safe.
BatchResult batch_result(const BatchRecord& record, const BatchOptions& options);

/// Totals of a batch so far.
struct BatchTotals {
  /// Records written.
  std::size_t done = 0;
  /// Records that could not be read.
  std::size_t failed = 0;
  /// Records with problems (`"status":"problems"`).
  std::size_t with_problems = 0;
  /// Findings per rule id.
  std::map<std::string, std::size_t> per_rule;
  /// Records per review grade.
  std::map<std::string, std::size_t> per_review_grade;
  /// Records per self-evaluation rating.
  std::map<std::string, std::size_t> per_score_rating;
  /// Time since the batch started.
  std::chrono::steady_clock::duration elapsed{};
  /// True when writing a line failed (a full disk, a closed pipe): the batch stopped.
  bool write_failed = false;
};

/// The next record, or nothing at the end of the input. Called by one worker at a time
/// (any of them, the caller's thread included), while another may write to the output:
/// a source reading a stream tied to the output (`std::cin` is tied to `std::cout`)
/// must untie it first. What it throws stops the batch and leaves `run_batch`.
using BatchSource = std::function<std::optional<BatchRecord>()>;
/// Called after each run of written lines with the totals so far (by the worker that
/// wrote them; never by two at once).
using BatchProgress = std::function<void(const BatchTotals&)>;

/// Runs `batch_result` over every record of `next` on `jobs` workers (0: one per core;
/// the caller's thread is one of them) and writes each line, then `\n`, to `out` in
/// input order: a worker that stores the next line due writes it and every line ready
/// after it. At most `4 × jobs` records are read and not yet written, so memory stays
/// flat however long the input; `out` is flushed whenever no other record is in flight.
BatchTotals run_batch(const BatchSource& next, std::ostream& out, const BatchOptions& options, unsigned jobs = 0,
                      const BatchProgress& progress = {});

/// The totals as one JSON line (`jixiao.batch-summary/1`): records, failed, with_problems,
/// milliseconds, and the counts per rule, review grade and rating.
std::string batch_summary_json(const BatchTotals& totals);

}  // namespace jixiao::io
