// Actuals and progress documents: observations of indicators, budget figures, totals.
#include "jixiao/io/observations_io.hpp"
#include "observations_reader.hpp"

namespace jixiao::io {
namespace {

using boost::property_tree::ptree;
using detail::KeyPath;
using detail::TreeReader;

// `index` (a 0-based row) and `name`; one of them must be there.
void read_row(TreeReader& r, const ptree& node, const KeyPath& path, Observation& o) {
  if (auto idx = r.text(node, "index")) {
    auto d = Decimal::parse(*idx);
    if (!d || d.value().is_negative() || d.value().normalized().scale() != 0) {
      r.bad_value(TreeReader::child(path, "index"), *idx, "a row number (0-based)");
    } else {
      o.index = static_cast<std::size_t>(d.value().normalized().coefficient());
    }
  }
  o.name = r.text(node, "name").value_or("");
  if (!o.index && o.name.empty()) {
    r.report(path, "JX-IO012", "an observation needs \"index\" or \"name\"", "观测值需要 index 或 name");
  }
}

// The observed cell at `key`: a number with its unit, a date or a grade (JX-IO020).
void read_cell(TreeReader& r, const ptree& node, const KeyPath& path, const char* key, Observation& o) {
  const auto text = r.text(node, key);
  if (!text || text->empty()) return;
  for (const auto& d : read_observation(*text, o)) {
    if (d.code == "jixiao.actual.comparator_dropped") continue;
    r.report(TreeReader::child(path, key), "JX-IO020", "cannot read the observed value \"{value}\": {reason}",
             "无法读取观测值“{value}”：{reason_zh}")
        .arg("value", *text)
        .arg("reason", d.message)
        .arg("reason_zh", d.message_in(Lang::zh));
  }
}

void read_grade(TreeReader& r, const ptree& node, const KeyPath& path, Observation& o) {
  const auto g = r.text(node, "grade");
  if (!g || g->empty()) return;
  if (auto a = achievement_from_words(*g)) {
    o.achievement = a;
  } else {
    r.bad_value(TreeReader::child(path, "grade"), *g, "达成, 部分达成 or 未达成");
  }
}

Observation read_actual_entry(TreeReader& r, const ptree& node, const KeyPath& path) {
  Observation a;
  r.only(node, path, {"index", "name", "actual", "grade", "score", "weight", "reason", "not_applicable", "adjustment", "published"});
  read_row(r, node, path, a);
  read_cell(r, node, path, "actual", a);
  read_grade(r, node, path, a);
  a.chosen_score = r.decimal(node, path, "score");
  a.weight = r.decimal(node, path, "weight");
  a.reason = r.text(node, "reason").value_or("");
  a.not_applicable = r.boolean(node, path, "not_applicable").value_or(false);
  if (auto adj = node.get_child_optional("adjustment")) {
    const KeyPath ap = TreeReader::child(path, "adjustment");
    r.only(*adj, ap, {"points", "justification"});
    a.adjustment = r.decimal(*adj, ap, "points", true);
    a.adjustment_justification = r.text(*adj, "justification").value_or("");
    if (!a.adjustment) r.report(TreeReader::child(ap, "points"), "JX-IO012", "an adjustment needs \"points\"", "调整需要 points");
  }
  a.published_score = r.decimal(node, path, "published");
  return a;
}

// Calls `read` for each entry of the list `key`, with its JSON pointer.
template <class Read>
void each_entry(const ptree& root, const char* key, Read read) {
  auto list = root.get_child_optional(key);
  if (!list) return;
  std::size_t k = 0;
  for (const auto& entry : *list) {
    if (detail::is_xml_meta(entry.first)) continue;
    read(entry.second, KeyPath{key, std::to_string(k++)});
  }
}

}  // namespace

namespace detail {

void read_actuals_tree(TreeReader& r, const ptree& root, Actuals& out) {
  r.only(root, {}, {"indicators", "budget", "published"});
  each_entry(root, "indicators",
             [&](const ptree& n, const KeyPath& p) { out.indicators.push_back(read_actual_entry(r, n, p)); });
  if (auto b = root.get_child_optional("budget")) {
    const KeyPath bp{"budget"};
    BudgetActuals ba;
    r.only(*b, bp, {"initial", "full_year", "executed", "weight", "rate", "published", "reason"});
    ba.initial_budget = r.decimal(*b, bp, "initial");
    ba.full_year_budget = r.decimal(*b, bp, "full_year");
    ba.executed = r.decimal(*b, bp, "executed");
    ba.weight = r.decimal(*b, bp, "weight");
    ba.printed_rate = r.text(*b, "rate").value_or("");
    ba.published_score = r.decimal(*b, bp, "published");
    ba.reason = r.text(*b, "reason").value_or("");
    out.budget = ba;
  }
  if (auto p = root.get_child_optional("published")) {
    r.only(*p, {"published"}, {"total", "grade"});
    out.published_total = r.decimal(*p, {"published"}, "total");
    out.published_rating = r.text(*p, "grade").value_or("");
  }
}

}  // namespace detail

namespace {

Observation read_progress_entry(TreeReader& r, const ptree& node, const KeyPath& path) {
  Observation o;
  r.only(node, path, {"index", "name", "progress", "grade", "likelihood", "reason", "cumulative"});
  read_row(r, node, path, o);
  read_cell(r, node, path, "progress", o);
  read_grade(r, node, path, o);
  if (const auto l = r.text(node, "likelihood")) {
    o.likelihood = from_string<Likelihood>(*l);
    if (!o.likelihood) r.bad_value(TreeReader::child(path, "likelihood"), *l, "确定能, 有可能 or 完全不可能");
  }
  o.reason = r.text(node, "reason").value_or("");
  o.cumulative = r.boolean(node, path, "cumulative");
  return o;
}

void read_progress_tree(TreeReader& r, const ptree& root, Progress& out) {
  r.only(root, {}, {"indicators", "budget", "executed", "budget_reason"});
  out.budget = r.decimal(root, {}, "budget");
  out.executed = r.decimal(root, {}, "executed");
  out.budget_reason = r.text(root, "budget_reason").value_or("");
  each_entry(root, "indicators",
             [&](const ptree& n, const KeyPath& p) { out.indicators.push_back(read_progress_entry(r, n, p)); });
}

}  // namespace

ReadResult<Actuals> read_actuals(std::string_view text, const LoadOptions& options) {
  return detail::read_document<Actuals>(text, options, "actuals", detail::read_actuals_tree);
}

ReadResult<Actuals> load_actuals(const std::filesystem::path& path, LoadOptions options) {
  return detail::load_document<Actuals>(path, std::move(options), read_actuals);
}

ReadResult<Progress> read_progress(std::string_view text, const LoadOptions& options) {
  return detail::read_document<Progress>(text, options, "progress", read_progress_tree);
}

ReadResult<Progress> load_progress(const std::filesystem::path& path, LoadOptions options) {
  return detail::load_document<Progress>(path, std::move(options), read_progress);
}

}  // namespace jixiao::io
