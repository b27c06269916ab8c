// The main page's example (docs/mainpage.md): load a form, review it (审核) and score its
// self-evaluation (绩效自评) under a profile, in the fewest lines a host needs.
// Run: example_first_steps examples/data/seed-suigang-2024-department.json [PROFILE]
#include <jixiao/io/form_io.hpp>
#include <jixiao/io/profile_io.hpp>
#include <jixiao/rules.hpp>
#include <jixiao/scoring.hpp>

#include <iostream>

int main(int argc, char** argv) {
  using namespace jixiao;
  if (argc < 2) return 2;
  const io::ReadResult<PerformanceForm> loaded = io::load_form(argv[1]);  // never throws
  for (const Finding& f : loaded.findings) std::cerr << f.render(Lang::en) << '\n';
  if (!loaded.value) return 2;
  const PerformanceForm& form = *loaded.value;
  const Profile profile = io::builtin_profile(argc > 2 ? argv[2] : "national");

  const Report report = RuleSet::builtin(profile).check(form);  // the review catalogue
  for (const Finding& f : report.findings()) std::cout << f.render(Lang::en) << '\n';
  std::cout << "review: " << report.count(Severity::error) << " errors, score " << report.score() << ", grade "
            << chinese_name(report.grade()) << '\n';

  const Scorecard card = score(form, actuals_from_form(form), profile);  // the actuals the form carries
  std::cout << "self-evaluation: " << card.total << " of " << card.max_total << ", rating " << card.rating << '\n';
  return report.ok() ? 0 : 1;
}
