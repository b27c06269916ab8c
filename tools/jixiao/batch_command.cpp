// `jixiao batch [INPUT…]`: reviews (and, with actuals, scores) many forms, one JSON line
// out per record in input order (io/batch.hpp, docs/batch.md). INPUT: `-` or nothing for
// JSON Lines on stdin, a .jsonl/.ndjson file of JSON Lines, a directory (every form file
// in it, by path order), or a form file; `--list F` reads paths from F. A progress bar
// goes to stderr when it is a terminal. Exit 0 all clean, 1 some record has problems,
// 2 some record could not be read (or bad usage, or output that could not be written).
#include <jixiao/io/batch.hpp>
#include <jixiao/io/workbook_import.hpp>
#include <jixiao/io/rule_config_io.hpp>

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "batch_progress.hpp"
#include "commands.hpp"
#include "exit_codes.hpp"
#include "profile_choice.hpp"

namespace jixiao::tool {
namespace {

struct BatchCommandOptions {
  std::vector<std::string> inputs;
  std::string list;
  std::string profile = "national";
  std::string rules;
  std::string only = "all";
  unsigned jobs = 0;
  bool summary = false;
};

bool json_lines_file(const std::filesystem::path& p) {
  const std::string ext = p.extension().string();
  return ext == ".jsonl" || ext == ".ndjson";
}

bool form_file(const std::filesystem::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".json" || ext == ".xml" || ext == ".info" || ext == ".tsv" || ext == ".txt" || io::is_workbook_file(p);
}

// One input of the batch: a stream of JSON Lines, or a list of files.
struct Input {
  std::string name;                          // for positions: the file, or `-`
  std::vector<char> buffer;                  // the buffer of `own` (declared first: freed last)
  std::unique_ptr<std::istream> own;         // a JSON Lines file we opened
  std::istream* lines = nullptr;             // JSON Lines, when set
  std::vector<std::filesystem::path> files;  // otherwise: one record per file
};

// A line of at most `limit` + 1 bytes (the rest is skipped: one byte more than allowed
// makes the reader report the size), false at the end of the stream.
bool read_line(std::istream& in, std::size_t limit, std::string& line) {
  line.clear();
  char chunk[1 << 16];
  for (bool any = false;; any = true) {
    in.getline(chunk, sizeof chunk);  // scans the stream's buffer, not byte by byte
    const auto got = static_cast<std::size_t>(in.gcount());
    const bool newline = !in.fail() && !in.eof();           // the line ended in '\n', extracted
    const bool full = in.fail() && !in.eof() && got == sizeof chunk - 1;  // the line goes on
    if (!newline && !full && got == 0 && !any) return false;
    const std::size_t stored = newline ? got - 1 : got;
    if (line.size() <= limit) line.append(chunk, std::min(stored, limit + 1 - line.size()));
    if (!full) break;
    in.clear();
  }
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return true;
}

// Standard streams of their own with 1 MiB buffers, before any I/O on them: kept in step
// with C's stdio, std::cin reads through getc a character at a time and std::cout
// writes every line with a call of its own. run_batch flushes whenever it waits.
void unsync_standard_streams() {
  static std::vector<char> in_buffer(std::size_t{1} << 20);
  static std::vector<char> out_buffer(std::size_t{1} << 20);
  std::ios::sync_with_stdio(false);
  std::cin.rdbuf()->pubsetbuf(in_buffer.data(), static_cast<std::streamsize>(in_buffer.size()));
  std::cout.rdbuf()->pubsetbuf(out_buffer.data(), static_cast<std::streamsize>(out_buffer.size()));
}

// The records of every input in order; blank lines are not records.
class Records {
 public:
  Records(std::vector<Input> inputs, std::size_t limit) : inputs_(std::move(inputs)), limit_(limit) {}

  std::optional<io::BatchRecord> next() {
    while (at_ < inputs_.size()) {
      Input& in = inputs_[at_];
      if (in.lines != nullptr) {
        std::string line;
        while (read_line(*in.lines, limit_, line)) {
          ++line_;
          if (line.find_first_not_of(" \t") == std::string::npos) continue;
          ++number_;
          io::BatchRecord r;
          r.number = line_;
          r.text = std::move(line);
          r.source = in.name;
          return r;
        }
      } else if (file_ < in.files.size()) {
        io::BatchRecord r;
        r.number = ++number_;
        r.path = in.files[file_++];
        r.source = r.path.string();
        return r;
      }
      ++at_;
      line_ = 0;
      file_ = 0;
    }
    return std::nullopt;
  }

 private:
  std::vector<Input> inputs_;
  std::size_t limit_;
  std::size_t at_ = 0, line_ = 0, file_ = 0, number_ = 0;
};

// The inputs named on the command line; false (after saying why) when one cannot be used.
bool open_inputs(const BatchCommandOptions& o, std::vector<Input>& inputs, std::optional<std::size_t>& total) {
  std::size_t files = 0;
  bool streams = false;
  auto add_files = [&](std::vector<std::filesystem::path> paths, const std::string& name) {
    files += paths.size();
    Input in;
    in.name = name;
    in.files = std::move(paths);
    inputs.push_back(std::move(in));
  };
  auto add_lines = [&](const std::string& name) -> bool {
    streams = true;
    Input in;
    in.name = name;
    if (name == "-") {
      in.lines = &std::cin;
    } else {
      in.buffer.resize(std::size_t{1} << 20);  // a file read in 1 MiB pieces, not 8 KiB
      auto file = std::make_unique<std::ifstream>();
      file->rdbuf()->pubsetbuf(in.buffer.data(), static_cast<std::streamsize>(in.buffer.size()));
      file->open(name, std::ios::binary);
      if (!*file) return false;
      in.own = std::move(file);
      in.lines = in.own.get();
    }
    inputs.push_back(std::move(in));
    return true;
  };
  std::vector<std::string> names = o.inputs;
  if (names.empty() && o.list.empty()) names.push_back("-");
  for (const std::string& name : names) {
    std::error_code ec;
    if (name != "-" && std::filesystem::is_directory(name, ec)) {
      std::vector<std::filesystem::path> paths;
      for (auto it = std::filesystem::recursive_directory_iterator(name, ec);
           !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file(ec) && form_file(it->path())) paths.push_back(it->path());
      }
      std::sort(paths.begin(), paths.end());
      add_files(std::move(paths), name);
    } else if (name == "-" || json_lines_file(name)) {
      if (!add_lines(name)) {
        std::cerr << "jixiao batch: cannot open " << name << '\n';
        return false;
      }
    } else {
      add_files({name}, name);
    }
  }
  if (!o.list.empty()) {
    std::ifstream file;
    if (o.list != "-") file.open(o.list);
    std::istream& in = o.list == "-" ? std::cin : file;
    if (!in) {
      std::cerr << "jixiao batch: cannot open the list " << o.list << '\n';
      return false;
    }
    std::vector<std::filesystem::path> paths;
    for (std::string line; std::getline(in, line);) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (!line.empty()) paths.emplace_back(line);
    }
    add_files(std::move(paths), o.list);
  }
  if (!streams) total = files;
  return true;
}

int run_batch_command(const BatchCommandOptions& o) {
  unsync_standard_streams();  // before any I/O on them (a list of files may come on stdin)
  auto rules = select_rules(o.profile, o.rules, "jixiao batch", Lang::en);
  if (!rules) return exit_bad_input;
  io::BatchOptions options;
  options.rules = std::move(*rules);
  options.work = o.only == "check" ? io::BatchWork::check
                 : o.only == "score" ? io::BatchWork::score
                                     : io::BatchWork::check_and_score;
  std::vector<Input> inputs;
  std::optional<std::size_t> total;
  if (!open_inputs(o, inputs, total)) return exit_bad_input;
  Records records(std::move(inputs), options.limits.max_bytes);
  ProgressBar bar(isatty(STDERR_FILENO) != 0, total);
  // std::cin is tied to std::cout: each read would flush std::cout from the reading
  // thread while the writing thread writes to it.
  std::cin.tie(nullptr);
  const io::BatchTotals totals = io::run_batch([&] { return records.next(); }, std::cout, options, o.jobs,
                                               [&](const io::BatchTotals& t) { bar.update(t); });
  bar.finish(totals);
  if (o.summary) std::cerr << io::batch_summary_json(totals) << '\n';
  if (totals.write_failed) {
    std::cerr << "jixiao batch: the output could not be written\n";
    return exit_bad_input;
  }
  if (totals.failed > 0) return exit_bad_input;
  return totals.with_problems > 0 ? exit_problems : exit_clean;
}

}  // namespace

void add_batch_command(CLI::App& app) {
  auto o = std::make_shared<BatchCommandOptions>();
  auto* cmd = app.add_subcommand("batch", "Review and score many forms: one JSON line per record, in input order");
  describe_problems_exit(cmd, "some record has review errors or an incomplete scorecard (exit 2: some record could not be read)");
  cmd->add_option("INPUT", o->inputs,
                  "JSON Lines (- for stdin, the default; .jsonl/.ndjson), a directory of forms, or form files");
  cmd->add_option("--list", o->list, "A file listing form paths, one per line (- for stdin)");
  cmd->add_option("--profile", o->profile, "Built-in profile name or profile file")->capture_default_str();
  cmd->add_option("--rules", o->rules, "Rule configuration (.json/.xml/.info): rules.<id>.{enabled,severity,parameters}");
  cmd->add_option("--jobs,-j", o->jobs, "Worker threads (0: one per core)")->capture_default_str();
  cmd->add_option("--only", o->only, "Review only (check), score only (score), or both (all)")
      ->check(CLI::IsMember({"all", "check", "score"}))
      ->capture_default_str();
  cmd->add_flag("--summary", o->summary, "At the end, print totals per rule and per grade on stderr (one JSON line)");
  cmd->callback([o] {
    const int rc = run_batch_command(*o);
    if (rc != 0) throw CLI::RuntimeError(rc);
  });
}

}  // namespace jixiao::tool
