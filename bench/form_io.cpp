// Load + save of the bundled seed form (canonical JSON), and the parts of that time
// spent inside Boost.PropertyTree's JSON reader and writer, measured in the same run:
//   load_form         = checks + read_json (property_tree) + mapping to PerformanceForm
//   ptree_read_json   = property_tree's reader alone on the same bytes
//   save_form         = jixiao's canonical JSON writer
//   ptree_write_json  = property_tree's writer on the same document (for comparison:
//                       it is not used by save_form because it escapes non-ASCII)
// The share of property_tree in a load is ptree_read_json / load_form.
#include <jixiao/io/form_io.hpp>

#include <benchmark/benchmark.h>
#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>

#include <fstream>
#include <sstream>
#include <vector>

namespace {

std::string seed_text() {
  std::ifstream in(JIXIAO_SOURCE_DIR "/examples/data/seed-suigang-2024-department.json", std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

const std::string& seed() {
  static const std::string text = seed_text();
  return text;
}

void set_bytes(benchmark::State& state, std::size_t bytes) {
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
}

void BM_load_save_seed_json(benchmark::State& state) {
  for (auto _ : state) {
    jixiao::io::ReadResult<jixiao::PerformanceForm> r = jixiao::io::load_form_from_string(seed(), jixiao::io::Format::json);
    std::string out = jixiao::io::save_form_to_string(*r.value, jixiao::io::Format::json);
    benchmark::DoNotOptimize(out);
  }
  set_bytes(state, seed().size());
}
BENCHMARK(BM_load_save_seed_json)->Unit(benchmark::kMicrosecond);

void BM_load_form_json(benchmark::State& state) {
  for (auto _ : state) {
    jixiao::io::ReadResult<jixiao::PerformanceForm> r = jixiao::io::load_form_from_string(seed(), jixiao::io::Format::json);
    benchmark::DoNotOptimize(r);
  }
  set_bytes(state, seed().size());
}
BENCHMARK(BM_load_form_json)->Unit(benchmark::kMicrosecond);

void BM_ptree_read_json(benchmark::State& state) {
  for (auto _ : state) {
    boost::property_tree::ptree tree;
    std::istringstream in(seed());
    boost::property_tree::read_json(in, tree);
    benchmark::DoNotOptimize(tree);
  }
  set_bytes(state, seed().size());
}
BENCHMARK(BM_ptree_read_json)->Unit(benchmark::kMicrosecond);

void BM_save_form_json(benchmark::State& state) {
  const jixiao::PerformanceForm form = *jixiao::io::load_form_from_string(seed(), jixiao::io::Format::json).value;
  for (auto _ : state) {
    std::string out = jixiao::io::save_form_to_string(form, jixiao::io::Format::json);
    benchmark::DoNotOptimize(out);
  }
  set_bytes(state, seed().size());
}
BENCHMARK(BM_save_form_json)->Unit(benchmark::kMicrosecond);

void BM_ptree_write_json(benchmark::State& state) {
  boost::property_tree::ptree tree;
  std::istringstream in(seed());
  boost::property_tree::read_json(in, tree);
  for (auto _ : state) {
    std::ostringstream out;
    boost::property_tree::write_json(out, tree);
    benchmark::DoNotOptimize(out);
  }
  set_bytes(state, seed().size());
}
BENCHMARK(BM_ptree_write_json)->Unit(benchmark::kMicrosecond);

// The targets a load re-parses (every indicator target and key-task result of the seed),
// so the rest of load_form (checks + mapping) is load − read_json − this.
void BM_target_parse_seed(benchmark::State& state) {
  const jixiao::PerformanceForm form = *jixiao::io::load_form_from_string(seed(), jixiao::io::Format::json).value;
  std::vector<std::string> texts;
  for (const auto& ind : form.indicators) {
    for (const auto* t : {&ind.period_target, &ind.annual_target}) {
      if (t->present()) texts.push_back(t->text());
    }
  }
  for (const auto& task : form.key_tasks) texts.push_back(task.expected_result.text());
  for (auto _ : state) {
    for (const std::string& t : texts) {
      auto parsed = jixiao::Target::parse(t);
      benchmark::DoNotOptimize(parsed);
    }
  }
  state.counters["targets"] = static_cast<double>(texts.size());
}
BENCHMARK(BM_target_parse_seed)->Unit(benchmark::kMicrosecond);

// XML for comparison: save and load through property_tree's XML writer and reader.
void BM_load_save_seed_xml(benchmark::State& state) {
  const jixiao::PerformanceForm form = *jixiao::io::load_form_from_string(seed(), jixiao::io::Format::json).value;
  const std::string xml = jixiao::io::save_form_to_string(form, jixiao::io::Format::xml);
  for (auto _ : state) {
    jixiao::io::ReadResult<jixiao::PerformanceForm> r = jixiao::io::load_form_from_string(xml, jixiao::io::Format::xml);
    std::string out = jixiao::io::save_form_to_string(*r.value, jixiao::io::Format::xml);
    benchmark::DoNotOptimize(out);
  }
  set_bytes(state, xml.size());
}
BENCHMARK(BM_load_save_seed_xml)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
