// Loads one JSON form N times in a loop, for bench/form_load_instructions.sh: callgrind
// counts the instructions of load_once alone (--toggle-collect), which do not depend on
// what else the machine is doing, as bench_form_io's times do.
// usage: bench_form_load_loop [FILE] [N]   (default: the seed form, 200 times)
#include <jixiao/io/form_io.hpp>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

namespace {

// One load; kept out of line so that callgrind can count it by name.
[[gnu::noinline]] std::size_t load_once(const std::string& text) {
  const jixiao::io::ReadResult<jixiao::PerformanceForm> r = jixiao::io::load_form_from_string(text, jixiao::io::Format::json);
  return r.findings.size() + (r.value ? r.value->indicators.size() : 0);
}

}  // namespace

int main(int argc, char** argv) {
  const std::string path = argc > 1 ? argv[1] : JIXIAO_SOURCE_DIR "/examples/data/seed-suigang-2024-department.json";
  const int n = argc > 2 ? std::atoi(argv[2]) : 200;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "cannot read " << path << "\n";
    return 2;
  }
  std::ostringstream text;
  text << in.rdbuf();
  std::size_t sum = 0;
  for (int i = 0; i < n; ++i) sum += load_once(text.str());
  std::cout << sum << "\n";  // findings + indicators over all loads: the work is used
  return 0;
}
