// `jixiao score FORM [ACTUALS] [--profile P] [--format text|json|md]`: the self-evaluation
// scorecard of a form. Without ACTUALS, the actuals are the ones a self-evaluation form
// carries (实际完成值, 得分, 偏差原因, execution rows). Exit 0 when the scorecard is
// complete, 1 when it has errors or rows needing a reason, 2 on bad input.
#include <jixiao/io/form_io.hpp>
#include <jixiao/io/observations_io.hpp>
#include <jixiao/io/review_file.hpp>
#include <jixiao/io/scorecard_io.hpp>
#include <jixiao/scoring.hpp>

#include <iostream>
#include <memory>

#include "commands.hpp"
#include "exit_codes.hpp"
#include "profile_choice.hpp"

namespace jixiao::tool {
namespace {

int run_score(const std::string& form_path, const std::string& sheet, const std::string& actuals_path, const std::string& profile_name,
              const std::string& format) {
  auto profile = select_profile(profile_name, "jixiao score");
  if (!profile) return exit_bad_input;
  // Any form `jixiao check` reads: canonical, a published table or a workbook.
  io::FormFile loaded = io::read_form_file(form_path, {}, sheet);
  for (const auto& f : loaded.findings) std::cerr << f.render(Lang::en) << '\n';
  if (!loaded.form) return exit_bad_input;
  Actuals actuals;
  std::vector<Diagnostic> diags;  // reading the actuals the form carries; in the JSON too
  if (actuals_path.empty()) {
    actuals = actuals_from_form(*loaded.form, &diags);
    for (const auto& d : diags) std::cerr << form_path << ": " << d.message << '\n';
  } else {
    auto parsed = io::load_actuals(actuals_path);
    for (const auto& f : parsed.findings) std::cerr << f.render(Lang::en) << '\n';
    if (!parsed.ok()) return exit_bad_input;
    actuals = std::move(*parsed.value);
  }
  const Scorecard card = score(*loaded.form, actuals, *profile);
  if (format == "json") {
    std::cout << io::scorecard_json(card, diags);
  } else if (format == "md") {
    std::cout << io::scorecard_markdown(card);
  } else {
    std::cout << io::scorecard_text(card);
  }
  return card.complete() && card.missing_reasons.empty() && !card.budget_missing_reason ? exit_clean : exit_problems;
}

}  // namespace

void add_score_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("score", "Self-evaluation scorecard (绩效自评) of a form under a profile");
  describe_problems_exit(cmd, "the scorecard is incomplete or a row needs a reason");
  auto form = std::make_shared<std::string>();
  auto actuals = std::make_shared<std::string>();
  auto profile = std::make_shared<std::string>("national");
  auto format = std::make_shared<std::string>("text");
  auto sheet = std::make_shared<std::string>();
  cmd->add_option("FORM", *form, "Form: .json/.xml/.info (canonical), .tsv/.txt (published table) or .xlsx/.ods (workbook)")
      ->required();
  cmd->add_option("ACTUALS", *actuals, "Actual values (JSON/INFO/XML); default: the ones a self-evaluation form carries");
  cmd->add_option("--sheet", *sheet, "The workbook's sheet to read (default: the first that holds a form)");
  cmd->add_option("--profile,-p", *profile, "Built-in profile name or profile file")->capture_default_str();
  cmd->add_option("--format,-f", *format, "Output format")->check(CLI::IsMember({"text", "json", "md"}))->capture_default_str();
  cmd->callback([=] {
    const int rc = run_score(*form, *sheet, *actuals, *profile, *format);
    if (rc != 0) throw CLI::RuntimeError(rc);
  });
}

}  // namespace jixiao::tool
