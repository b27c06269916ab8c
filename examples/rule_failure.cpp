// What a host's own check that throws does to a review (docs/embedding.md): by default
// the review finishes and the rule says it could not; with RuleFailure::rethrow (for a
// host's tests) the exception comes out of check() unchanged.
#include <jixiao/io/form_io.hpp>
#include <jixiao/rules.hpp>

#include <iostream>
#include <stdexcept>

int main(int argc, char** argv) {
  using namespace jixiao;
  if (argc != 2) {
    std::cerr << "usage: example_rule_failure FORM.json\n";
    return 2;
  }
  const auto loaded = io::load_form(argv[1]);
  if (!loaded.value) return 1;
  const PerformanceForm& form = *loaded.value;
  RuleInfo info;
  info.id = "ORG-BUG";
  info.title_en = "A check with a bug";
  const auto my_check = [](const PerformanceForm&, const RuleContext&, FindingSink&) {
    throw std::runtime_error("boom");
  };
  // The default: the review finishes; ORG-BUG is an error finding that says why.
  const Report report = RuleSet::builtin().with(info, my_check).check(form);
  for (const Finding& f : report.findings()) {
    if (f.rule_id == "ORG-BUG") std::cout << "default: " << f.message(Lang::en) << "\n";
  }
  // [rethrow] (docs/embedding.md includes these lines)
  const auto set = RuleSet::builtin().with(info, my_check).with_failure_policy(RuleFailure::rethrow);
  try {
    set.check(form);  // my_check's exception propagates unchanged; later rules do not run
  } catch (const std::runtime_error& e) {
    std::cout << "rethrow: " << e.what() << "\n";
  }
  // [rethrow]
  return 0;
}
