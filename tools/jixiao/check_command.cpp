// `jixiao check FILE`: reviews a form (绩效目标审核) with the built-in rule catalogue.
// FILE is a canonical form (.json, .xml, .info) or a published table (.tsv, .txt, read
// by the importer, whose repairs are reported too). Exit 0 clean, 1 errors found,
// 2 bad input or usage. --format text|json|sarif|md: the library's report writers
// (io/report_io.hpp), so the JSON is exactly `jixiao.report/1`.
//
// `jixiao rules [--markdown]`: lists the catalogue, or prints docs/rules.md.
#include <jixiao/io/form_io.hpp>
#include <jixiao/io/profile_io.hpp>
#include <jixiao/io/report_io.hpp>
#include <jixiao/io/rule_config_io.hpp>
#include <jixiao/io/rules_markdown.hpp>
#include <jixiao/io/review_file.hpp>
#include <jixiao/profile.hpp>
#include <jixiao/rules.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>

#include "commands.hpp"
#include "exit_codes.hpp"
#include "profile_choice.hpp"

namespace jixiao::tool {
namespace {

struct CheckOptions {
  std::string file;
  std::string profile = "national";
  std::string rules;
  std::string format = "text";
  std::string lang = "zh";
  std::string sheet;
};

int run_check(const CheckOptions& o) {
  const Lang lang = o.lang == "en" ? Lang::en : Lang::zh;
  const auto selected = select_rules(o.profile, o.rules, "jixiao check", lang);
  if (!selected) return exit_bad_input;
  const RuleSet& rules = *selected;

  const io::FormFile file = io::read_form_file(o.file, {}, o.sheet);
  if (!file.form) {
    for (const auto& f : file.findings) std::cerr << f.render(lang) << '\n';
    return exit_bad_input;
  }
  const Report all = io::review_read_form(*file.form, rules, file.findings, file.source_map ? &*file.source_map : nullptr);

  if (o.format == "json") {
    std::cout << io::report_json(all);
  } else if (o.format == "sarif") {
    std::cout << io::report_sarif(all, lang, rules.rules(), o.file);
  } else if (o.format == "md") {
    std::cout << io::report_markdown(all, lang);
  } else {
    std::cout << io::report_text(all, lang);
  }
  return all.ok() ? exit_clean : exit_problems;
}

}  // namespace

void add_check_command(CLI::App& app) {
  auto o = std::make_shared<CheckOptions>();
  auto* cmd = app.add_subcommand("check", "Review a form (绩效目标审核) with the rule catalogue; exit 1 on errors");
  describe_problems_exit(cmd, "the review found errors");
  cmd->add_option("FILE", o->file, "Form: .json/.xml/.info (canonical), .tsv/.txt (published table) or .xlsx/.ods (workbook)")->required();
  cmd->add_option("--profile", o->profile, "Built-in profile name or profile file")->capture_default_str();
  cmd->add_option("--sheet", o->sheet, "The workbook's sheet to read (default: the first that holds a form)");
  cmd->add_option("--rules", o->rules, "Rule configuration (.json/.xml/.info): rules.<id>.{enabled,severity,parameters}");
  cmd->add_option("--format", o->format, "Output format")->check(CLI::IsMember({"text", "json", "sarif", "md"}))->capture_default_str();
  cmd->add_option("--lang", o->lang, "Message language")->check(CLI::IsMember({"zh", "en"}))->capture_default_str();
  cmd->callback([o] {
    const int rc = run_check(*o);
    if (rc != 0) throw CLI::RuntimeError(rc);
  });

  auto markdown = std::make_shared<bool>(false);
  auto* list = app.add_subcommand("rules", "List the review rules (--markdown: the docs/rules.md text)");
  list->add_flag("--markdown", *markdown, "Print the catalogue documentation generated from the rules' metadata");
  list->callback([markdown] {
    const auto all = builtin_rules();
    if (*markdown) {
      std::cout << io::rules_markdown(all, io::builtin_profile("national"));
      return;
    }
    for (const auto& r : all) {
      const RuleInfo& i = r->info();
      std::cout << i.id << '\t' << to_string(i.default_severity) << '\t' << chinese_name(i.dimension) << '\t'
                << i.title_zh << " / " << i.title_en << '\n';
    }
  });
}

}  // namespace jixiao::tool
