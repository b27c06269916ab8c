// Peak memory of every reader (issue 17): the jixiao tool runs as a child process on
// generated inputs of up to 16 MiB, and its peak resident set (getrusage of the child,
// ru_maxrss) must stay at or below 16 times the input size plus 64 MiB. The inputs are
// the cheapest ways to make a reader allocate: 16 MiB of tiny values (refused by
// max_cells before any tree is built), the most values the limits allow, and texts
// near max_text_bytes filling the size limit.
#include <jixiao/io/limits.hpp>

#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <spawn.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <algorithm>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

struct ChildRun {
  int exit_code = -1;
  long peak_kib = 0;  // ru_maxrss of the child, KiB on Linux
};

ChildRun run_tool(const std::vector<std::string>& args) {
  std::vector<char*> argv;
  std::string tool = JIXIAO_TOOL;
  argv.push_back(tool.data());
  std::vector<std::string> copies = args;
  for (std::string& a : copies) argv.push_back(a.data());
  argv.push_back(nullptr);
  // posix_spawn (vfork-like in glibc), not fork: a forked child's resident set would
  // start with the pages it shares with this process (the generated inputs).
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  pid_t pid = -1;
  const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) pid = -1;
  ChildRun run;
  int status = 0;
  struct rusage usage {};
  if (pid > 0 && wait4(pid, &status, 0, &usage) == pid) {
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    run.peak_kib = usage.ru_maxrss;
  }
  return run;
}

// `bound` bytes in KiB, as allowed: under AddressSanitizer every allocation carries
// redzones and shadow memory, so a sanitized build is allowed four times the bound.
long allowed_kib(std::uintmax_t bound) {
#ifdef JIXIAO_TEST_SANITIZED
  return static_cast<long>(4 * bound / 1024);
#else
  return static_cast<long>(bound / 1024);
#endif
}

// The tool's own resident set before it reads anything (`jixiao --version`): its code
// and the shared libraries it links (orcus for workbooks added 3.5 MiB of them), which
// are not the reader's memory.
long idle_kib() {
  static const long idle = run_tool({"--version"}).peak_kib;
  return idle;
}

// The bound of issue 17, on what the reader adds to the idle tool.
long bound_kib(std::uintmax_t input_bytes) {
  return allowed_kib(16 * input_bytes + (std::uintmax_t{64} << 20)) + idle_kib();
}

// The tighter bound of a write: reading holds a form's text twice (as read, and
// checked) and its tree and its model once each; writing adds the output text once.
long write_bound_kib(std::uintmax_t input_bytes) { return allowed_kib(6 * input_bytes + (std::uintmax_t{16} << 20)); }

fs::path work_dir() {
  const fs::path dir = fs::temp_directory_path() / ("jixiao_memory_bound_" + std::to_string(getpid()));
  fs::create_directories(dir);
  return dir;
}

// Inputs are written piece by piece, never held whole: on Linux a child's peak resident
// set starts from this process's, so this process stays small.
void put_joined(std::ostream& out, const std::string& item, std::size_t n) {
  for (std::size_t k = 0; k < n; ++k) {
    if (k > 0) out << ',';
    out << item;
  }
}

const std::string kHead = R"({"schema":"jixiao.form/1","kind":"department","unit_name":"u")";

// Tiny indicators up to `bytes`.
void tiny_form(const fs::path& path, std::size_t bytes) {
  std::ofstream out(path, std::ios::binary);
  const std::string item = R"({"level1":"","level2":"","name":""})";
  out << kHead << ",\"indicators\":[";
  put_joined(out, item, (bytes - kHead.size() - 20) / (item.size() + 1));
  out << "]}";
}

// The most values the default limits allow, each array at max_rows, written as briefly
// as JSON allows (about 350 KB: 49,500 values).
void form_at_limits(const fs::path& path) {
  std::ofstream out(path, std::ios::binary);
  const std::size_t rows = jixiao::io::Limits().max_rows;
  out << kHead << ",\"goals\":[";
  put_joined(out, R"("")", rows);
  out << "],\"key_tasks\":[";
  put_joined(out, R"({"name":""})", rows);
  out << "],\"other_tasks\":[";
  put_joined(out, R"({"text":""})", rows);
  out << "],\"indicators\":[";
  put_joined(out, R"({"level1":"","level2":"","name":""})", rows);
  out << "],\"metadata\":[";
  put_joined(out, R"({"key":"","value":""})", rows * 3 / 10);
  out << "]}";
}

// Indicators whose names are as long as max_text_bytes allows, up to `bytes`.
void long_text_form(const fs::path& path, std::size_t bytes) {
  std::ofstream out(path, std::ios::binary);
  std::string name;
  while (name.size() + 3 <= jixiao::io::Limits().max_text_bytes) name += "名";
  const std::string item = R"({"level1":"","level2":"","name":")" + name + "\"}";
  out << kHead << ",\"indicators\":[";
  put_joined(out, item, (bytes - kHead.size() - 20) / (item.size() + 1));
  out << "]}";
}

void tiny_progress(const fs::path& path, std::size_t entries) {
  std::ofstream out(path, std::ios::binary);
  out << R"({"budget":"100","executed":"35","indicators":[)";
  put_joined(out, R"({"name":"x","progress":"1"})", entries);
  out << "]}";
}

void write(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

// Bytes of the long-text form: 15 MiB, or 6 MiB in a sanitized (Debug) build, where
// four conversions of 15 MiB take minutes.
#ifdef JIXIAO_TEST_SANITIZED
constexpr std::size_t kLongTextBytes = std::size_t{6} << 20;
#else
constexpr std::size_t kLongTextBytes = std::size_t{15} << 20;
#endif

class MemoryBound : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = work_dir();
#ifdef JIXIAO_TEST_SANITIZED
    // AddressSanitizer keeps up to 256 MiB of freed memory in quarantine by default: that
    // is the sanitizer's memory, not the reader's.
    const char* old = std::getenv("ASAN_OPTIONS");
    const std::string options = (old != nullptr && *old != '\0' ? std::string(old) + ":" : std::string()) +
                                "quarantine_size_mb=8";
    setenv("ASAN_OPTIONS", options.c_str(), 1);
#endif
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Runs the tool on `input` and checks its exit code and its peak against the bound;
  // returns the run for further checks.
  ChildRun expect_bounded(const std::vector<std::string>& args, const fs::path& input, int exit_code) {
    const std::uintmax_t size = fs::file_size(input);
    const ChildRun run = run_tool(args);
    std::string command = "jixiao";
    for (const auto& a : args) command += " " + a;
    EXPECT_EQ(run.exit_code, exit_code) << command;
    EXPECT_GT(run.peak_kib, 0) << command;
    EXPECT_LE(run.peak_kib, bound_kib(size)) << command << ": peak " << run.peak_kib << " KiB on " << size
                                             << " bytes of input";
    std::printf("[ memory   ] %s: input %ju bytes, peak %ld KiB, bound %ld KiB\n", command.c_str(), size,
                run.peak_kib, bound_kib(size));
    return run;
  }

  // A conversion or an import that wrote its output builds the written text once: its
  // peak stays within `write_bound_kib` (the writers once held the whole output two to
  // four times over: 107 MiB to convert a 14 MiB form to XML, against 69 MiB now).
  void expect_written_once(const ChildRun& run, const fs::path& input) {
    const std::uintmax_t size = fs::file_size(input);
    EXPECT_LE(run.peak_kib, write_bound_kib(size)) << input.filename() << ": peak " << run.peak_kib << " KiB on "
                                                   << size << " bytes of input";
  }

  fs::path dir_;
};

TEST_F(MemoryBound, SixteenMebibytesOfTinyIndicatorsAreRefusedByTheCellLimit) {
  const fs::path in = dir_ / "tiny.json";
  tiny_form(in, (std::size_t{16} << 20) - 64);
  expect_bounded({"convert", in.string(), (dir_ / "out.xml").string()}, in, 2);
  expect_bounded({"check", in.string()}, in, 2);
  EXPECT_FALSE(fs::exists(dir_ / "out.xml"));
}

TEST_F(MemoryBound, FormAtEveryLimitConvertsAndReadsBack) {
  const fs::path in = dir_ / "limits.json";
  form_at_limits(in);
  // Within every limit; its canonical output adds keys (level1_key…), so it would pass
  // max_cells: convert refuses to write it (exit 2) instead of writing what it refuses.
  expect_bounded({"convert", in.string(), (dir_ / "limits.xml").string()}, in, 2);
  EXPECT_FALSE(fs::exists(dir_ / "limits.xml"));
  expect_bounded({"check", in.string()}, in, 1);
}

TEST_F(MemoryBound, LongTextsInEveryFormat) {
  const fs::path json = dir_ / "long.json";
  long_text_form(json, kLongTextBytes);
  const fs::path canonical = dir_ / "canonical.json", xml = dir_ / "long.xml", info = dir_ / "long.info",
                 back = dir_ / "back.json";
  expect_written_once(expect_bounded({"convert", json.string(), canonical.string()}, json, 0), json);
  expect_written_once(expect_bounded({"convert", canonical.string(), xml.string()}, canonical, 0), canonical);
  ASSERT_TRUE(fs::exists(xml));
  expect_written_once(expect_bounded({"convert", xml.string(), info.string()}, xml, 0), xml);
  ASSERT_TRUE(fs::exists(info));
  expect_written_once(expect_bounded({"convert", info.string(), back.string()}, info, 0), info);
  std::ifstream a(canonical, std::ios::binary), b(back, std::ios::binary);
  bool same = fs::file_size(canonical) == fs::file_size(back);
  std::vector<char> ca(1 << 16), cb(1 << 16);
  while (same && a && b) {
    a.read(ca.data(), static_cast<std::streamsize>(ca.size()));
    b.read(cb.data(), static_cast<std::streamsize>(cb.size()));
    same = a.gcount() == b.gcount() && std::equal(ca.begin(), ca.begin() + a.gcount(), cb.begin());
  }
  EXPECT_TRUE(same) << "JSON → XML → INFO → JSON gives the same bytes";
}

TEST_F(MemoryBound, SixteenMebibytesOfTableAreRefusedByTheLineLimit) {
  const fs::path in = dir_ / "table.tsv";
  {
    std::ofstream out(in, std::ios::binary);
    for (std::size_t n = 0; n + 8 < (std::size_t{16} << 20); n += 6) out << "a\tb\t1\n";
  }
  expect_bounded({"import", in.string()}, in, 2);
  expect_bounded({"check", in.string()}, in, 2);
}

// The import's write path: a table (the seed, with key tasks of near max_text_bytes
// each) read, written as JSON to the standard output and checked as written.
TEST_F(MemoryBound, ImportWritesALargeForm) {
  const fs::path in = dir_ / "large.tsv";
  {
    std::ifstream seed(JIXIAO_TEST_DATA "/seed-suigang-2024-department.tsv", std::ios::binary);
    ASSERT_TRUE(seed);
    std::ofstream out(in, std::ios::binary);
    std::string content;
    while (content.size() + 3 + 64 <= jixiao::io::Limits().max_text_bytes) content += "内";
    const std::size_t rows = kLongTextBytes / (content.size() + 32);
    for (std::string line; std::getline(seed, line);) {
      out << line << '\n';
      if (line.rfind("年度重点工作任务", 0) != 0) continue;
      for (std::size_t k = 0; k < rows; ++k) out << "\t任务" << k << '\t' << content << "\t1.00\t完成\n";
    }
  }
  for (const char* to : {"json", "xml"}) {
    expect_written_once(expect_bounded({"import", in.string(), "--to", to}, in, 0), in);
  }
}

TEST_F(MemoryBound, ProgressReader) {
  const fs::path form = dir_ / "form.json";
  write(form, kHead + R"(,"indicators":[{"level1":"产出指标","level2":"数量指标","name":"x","annual_target":"≥1"}]})");
  const fs::path big = dir_ / "big.progress.json", at_limit = dir_ / "limit.progress.json";
  tiny_progress(big, ((std::size_t{16} << 20) - 64) / 28);
  expect_bounded({"monitor", form.string(), big.string(), "--month", "6"}, big, 2);
  tiny_progress(at_limit, jixiao::io::Limits().max_rows);
  const ChildRun run = run_tool({"monitor", form.string(), at_limit.string(), "--month", "6"});
  EXPECT_LE(run.peak_kib, bound_kib(fs::file_size(at_limit)));
  EXPECT_NE(run.exit_code, 2) << "max_rows entries are within the limits";
}

}  // namespace
