// One batch record → one `jixiao.batch/1` line: read the record (a JSON line or a file),
// review it, score it when it has actuals.
#include <boost/property_tree/ptree.hpp>

#include <algorithm>

#include "document.hpp"
#include "document_check.hpp"
#include "form_reader.hpp"
#include "jixiao/io/batch.hpp"
#include "jixiao/io/finding_json.hpp"
#include "jixiao/io/form_io.hpp"
#include "jixiao/io/report_io.hpp"
#include "jixiao/io/scorecard_io.hpp"
#include "jixiao/io/review_file.hpp"
#include "jixiao/scoring.hpp"
#include "json_positions.hpp"
#include "json_tree.hpp"
#include "observations_reader.hpp"
#include "result_json.hpp"

namespace jixiao::io {
namespace {

using boost::property_tree::ptree;

// A record as read: the form (none when unreadable), the reader's findings, the actuals
// (given or carried by the form), the id, and where imported cells came from.
struct ReadRecord {
  std::optional<PerformanceForm> form;
  std::vector<Finding> findings;
  std::optional<Actuals> actuals;
  std::string id;
  std::optional<SourceMap> source_map;
  bool refused = false;  // no form, or an `id` or `actuals` member that cannot be read
};

// The findings of a one-line document are on line 1 of their text, or on no line (a
// limit, a missing key): all are on the record's line.
void shift_to_line(std::vector<Finding>& findings, const BatchRecord& record) {
  for (Finding& f : findings) {
    if (!f.location.source || f.location.source->file != record.source) continue;
    f.location.source->line = f.location.source->line == 0 ? record.number : f.location.source->line + record.number - 1;
  }
}

// The `actuals` member of a record, read as an actuals document; its findings' paths
// are below `/actuals`.
std::optional<Actuals> read_member_actuals(const detail::TreeDocument& doc, const ptree& node, const std::string& file,
                                           std::vector<Finding>& findings) {
  std::vector<Finding> own;
  detail::TreeReader reader(doc, file, own);
  Actuals actuals;
  detail::read_actuals_tree(reader, node, actuals);
  const bool ok = std::none_of(own.begin(), own.end(), [](const Finding& f) { return f.severity == Severity::error; });
  for (Finding& f : own) {
    f.location.path = "/actuals" + f.location.path;
    f.location.source.reset();  // placed from the record's text below
    findings.push_back(std::move(f));
  }
  if (!ok) return std::nullopt;
  return actuals;
}

// The record's `id` (text or number) into `r.id`; an error otherwise.
template <class Tree>
void read_id(const Tree& id, ReadRecord& r) {
  if (id.empty() && !detail::empty_container(id)) {
    r.id = std::string(id.data());
    return;
  }
  r.findings.push_back(detail::io_finding("JX-IO013", Severity::error, "/id", "the id must be a text or a number",
                                          "id 必须是文本或数字"));
  r.refused = true;
}

Finding not_an_object() {
  return detail::io_finding("JX-IO013", Severity::error, "", "the record must be an object", "记录必须是对象");
}

// A JSON line read by simdjson: `id` and `actuals` taken out, the rest read as a form.
void read_line_tree(detail::JsonTree& tree, const BatchRecord& record, ReadRecord& r) {
  detail::JsonNode& root = tree.root;
  const auto named = [&](const char* key) {
    return std::find_if(root.begin(), root.end(), [&](const auto& m) { return m.first == key; });
  };
  const auto drop = [&](const char* key) { root.remove_members_if([&](const auto& m) { return m.first == key; }); };
  if (root.empty() || named("") != root.end()) {
    r.findings.push_back(not_an_object());
    return;
  }
  if (const auto id = named("id"); id != root.end()) {
    read_id(id->second, r);
    drop("id");
  }
  if (const auto actuals = named("actuals"); actuals != root.end()) {
    detail::TreeDocument doc;  // the member alone: its findings are placed from the record's text
    r.actuals = read_member_actuals(doc, detail::to_ptree(actuals->second), record.source, r.findings);
    r.refused = r.refused || !r.actuals;
    drop("actuals");
  }
  r.form = detail::read_form_tree(root, r.findings);
}

// A JSON line simdjson refused, read by property_tree, which says what is wrong.
void read_line_reference(const BatchRecord& record, const LoadOptions& load, ReadRecord& r) {
  std::optional<detail::TreeDocument> doc = detail::read_tree(record.text, Format::json, "form", load, r.findings);
  if (!doc) return;
  ptree& root = doc->tree;
  const bool object = !root.empty() && std::none_of(root.begin(), root.end(), [](const auto& c) { return c.first.empty(); });
  if (!object) {
    r.findings.push_back(not_an_object());
  } else {
    if (auto id = root.get_child_optional("id")) {
      read_id(*id, r);
      root.erase("id");
    }
    if (auto actuals = root.get_child_optional("actuals")) {
      ptree node;
      node.swap(*actuals);
      root.erase("actuals");
      r.actuals = read_member_actuals(*doc, node, record.source, r.findings);
      r.refused = r.refused || !r.actuals;
    }
    r.form = detail::read_form_tree(root, Format::json, r.findings);
  }
  if (!r.findings.empty()) detail::attach_positions(r.findings, detail::json_value_positions(doc->text, record.source));
}

// A JSON line: a `jixiao.form/1` object with optional `id` and `actuals` beside its keys.
ReadRecord read_line(const BatchRecord& record, const BatchOptions& options) {
  ReadRecord r;
  r.id = std::to_string(record.number);
  LoadOptions load;
  static_cast<Limits&>(load) = options.limits;
  load.file_name = record.source;
  std::optional<detail::JsonTree> tree;
  switch (detail::read_json_tree(record.text, load, r.findings, tree)) {
    case detail::JsonOutcome::read:
      read_line_tree(*tree, record, r);
      if (!r.findings.empty()) detail::attach_positions(r.findings, detail::json_value_positions(tree->text(), record.source));
      break;
    case detail::JsonOutcome::malformed: read_line_reference(record, load, r); break;
    case detail::JsonOutcome::refused: break;
  }
  detail::name_file(r.findings, record.source);
  shift_to_line(r.findings, record);
  r.refused = r.refused || !r.form;
  if (r.form && !r.actuals && carries_actuals(*r.form)) r.actuals = actuals_from_form(*r.form);
  return r;
}

// A file: any form file `jixiao check` reads (io::read_form_file).
ReadRecord read_file_record(const BatchRecord& record, const BatchOptions& options) {
  ReadRecord r;
  r.id = record.path.string();
  FormFile file = read_form_file(record.path, options.limits);
  r.form = std::move(file.form);
  r.findings = std::move(file.findings);
  r.source_map = std::move(file.source_map);
  r.refused = !r.form;
  if (r.form && carries_actuals(*r.form)) r.actuals = actuals_from_form(*r.form);
  return r;
}

// A JSON document written by the result writers, on one line: JSON strings hold no raw
// line break, so every line break and the indentation after it are layout.
std::string one_line(const std::string& json) {
  std::string out;
  out.reserve(json.size());
  for (std::size_t i = 0; i < json.size();) {
    const std::size_t line_end = std::min(json.find('\n', i), json.size());
    out.append(json, i, line_end - i);
    i = line_end + 1;
    while (i < json.size() && json[i] == ' ') ++i;
  }
  return out;
}

void count_rules(const std::vector<Finding>& findings, BatchOutcome& outcome) {
  for (const Finding& f : findings) outcome.rule_ids.push_back(f.rule_id);
}

// `"findings": [...]` on one line.
void findings_member(detail::JsonObject& o, const std::vector<Finding>& findings) {
  std::string& out = o.member("findings");
  out += '[';
  for (std::size_t i = 0; i < findings.size(); ++i) {
    if (i > 0) out += ", ";
    append_finding_json(out, findings[i]);
  }
  out += ']';
}

}  // namespace

BatchResult batch_result(const BatchRecord& record, const BatchOptions& options) {
  const ReadRecord r = record.path.empty() ? read_line(record, options) : read_file_record(record, options);
  BatchResult result;
  BatchOutcome& outcome = result.outcome;
  std::string report_text = "null", card_text = "null";
  std::vector<Finding> unread;  // the reader's findings of a record that could not be read
  const bool read_error = std::any_of(r.findings.begin(), r.findings.end(), [](const Finding& f) {
    return f.severity == Severity::error;
  });
  if (r.refused || !r.form || read_error) {  // not read, or not read completely
    outcome.failed = true;
    unread = r.findings;
    count_rules(unread, outcome);
  } else {
    if (options.work != BatchWork::score) {
      const Report report = review_read_form(*r.form, options.rules, r.findings, r.source_map ? &*r.source_map : nullptr);
      outcome.problems = !report.ok();
      outcome.review_grade = to_string(report.grade());
      count_rules(report.findings(), outcome);
      report_text = one_line(report_json(report));
    }
    if (options.work == BatchWork::score || (options.work == BatchWork::check_and_score && r.actuals)) {
      const Scorecard card = score(*r.form, r.actuals.value_or(Actuals{}), options.rules.profile());
      outcome.problems = outcome.problems || !card.complete() || !card.missing_reasons.empty() || card.budget_missing_reason;
      outcome.score_rating = card.rating;
      count_rules(card.findings, outcome);
      if (options.work == BatchWork::score) count_rules(r.findings, outcome);
      card_text = one_line(scorecard_json(card));
    }
  }
  detail::JsonObject o(result.line);
  o.text("schema", "jixiao.batch/1").text("id", r.id).integer("record", static_cast<long long>(record.number));
  o.text("status", outcome.failed ? "error" : outcome.problems ? "problems" : "clean");
  o.member("report") += report_text;
  o.member("scorecard") += card_text;
  findings_member(o, unread);
  o.close();
  return result;
}

}  // namespace jixiao::io
