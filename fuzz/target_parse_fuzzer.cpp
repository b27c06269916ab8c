// libFuzzer target for the target parser (指标值): any bytes must parse or be rejected
// without a crash, a sanitizer report or an exception; every parse that succeeds must
// survive its canonical spelling (parse(to_string(t)) == t) and every rejection must
// carry a diagnostic whose offset lies inside the input. The fast path must agree with
// the general grammar (detail::parse_general) on every input.
#include <jixiao/target.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstdio>
#include <string>
#include <string_view>

#include "target_grammar.hpp"

namespace {

[[noreturn]] void fail(const char* what, std::string_view input, const std::string& detail) {
  std::fprintf(stderr, "%s\n  input: %.*s\n  %s\n", what, static_cast<int>(input.size()), input.data(), detail.c_str());
  std::abort();
}

void check(const jixiao::Parsed<jixiao::Target>& p, std::string_view input) {
  if (!p.ok()) {
    if (p.diagnostics().empty()) fail("rejection without a diagnostic", input, "");
    for (const auto& d : p.diagnostics()) {
      if (d.offset > input.size()) fail("diagnostic offset past the input", input, d.message);
      if (d.code.empty()) fail("diagnostic without a code", input, d.message);
    }
    return;
  }
  const jixiao::Target& t = p.value();
  const std::string canonical = t.to_string();
  const auto again = jixiao::Target::parse(canonical);
  if (!again.ok()) fail("canonical spelling does not parse", input, canonical + ": " + again.diagnostics().front().message);
  if (!(again.value() == t)) fail("canonical spelling parses differently", input, canonical + " -> " + again.value().to_string());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const auto parsed = jixiao::Target::parse(input);
  check(parsed, input);
  bool fast_op = false;
  bool general_op = false;
  const auto fast = jixiao::detail::parse_with_op(input, fast_op);
  const auto general = jixiao::detail::parse_general(input, general_op);
  if (fast.ok() != parsed.ok() || (fast.ok() && fast_op != general_op)) {
    fail("the fast path disagrees with the general grammar on the comparator", input, "");
  }
  if (parsed.ok() != general.ok() || (parsed.ok() && !(parsed.value() == general.value() &&
                                                        parsed.value().raw() == general.value().raw() &&
                                                        parsed.value().lo().unit.written() == general.value().lo().unit.written()))) {
    fail("the fast path disagrees with the general grammar", input,
         parsed.ok() ? parsed.value().to_string() : parsed.diagnostics().front().message);
  }
  // The same bytes as joined cells and as a value with a unit column: the other entry
  // points, with the same properties.
  check(jixiao::Target::parse_cells(input), input);
  const std::size_t cut = size / 2;
  check(jixiao::Target::parse(input.substr(0, cut), input.substr(cut)), input);
  return 0;
}
