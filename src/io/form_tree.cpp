// The canonical tree of a form: which keys, in which order, when omitted.
#include "form_tree.hpp"

namespace jixiao::io::detail {
namespace {

void put_text(Node& obj, const char* key, const std::string& value, bool always = false) {
  if (always || !value.empty()) obj.add(key, Node::text(value));
}

void put_decimal(Node& obj, const char* key, const std::optional<Decimal>& value) {
  if (value) obj.add(key, Node::text(value->to_string()));
}

Node line_tree(const BudgetLine& line) {
  Node n = Node::object();
  n.add("category", Node::text(to_string(line.category)));
  n.add("name", Node::text(line.name));
  n.add("amount", Node::text(line.amount.to_string()));
  n.add("unit", Node::text(line.unit.text()));
  put_decimal(n, "share", line.share);
  return n;
}

Node budget_tree(const BudgetOverview& budget) {
  Node n = Node::object();
  if (!budget.breakdowns.empty()) {
    Node& list = n.add("breakdowns", Node::array());
    for (const BudgetBreakdown& b : budget.breakdowns) {
      Node item = Node::object();
      item.add("kind", Node::text(to_string(b.kind)));
      item.add("title", Node::text(b.title));
      put_decimal(item, "declared_total", b.declared_total);
      if (b.unit != MoneyUnit::wan_yuan) item.add("unit", Node::text(chinese_name(b.unit)));
      if (!b.lines.empty()) {
        Node& lines = item.add("lines", Node::array());
        for (const BudgetLine& line : b.lines) lines.push(line_tree(line));
      }
      list.push(std::move(item));
    }
  }
  if (!budget.execution.empty()) {
    Node& list = n.add("execution", Node::array());
    for (const ExecutionLine& e : budget.execution) {
      Node item = Node::object();
      item.add("category", Node::text(to_string(e.category)));
      item.add("name", Node::text(e.name));
      put_decimal(item, "initial_budget", e.initial_budget);
      put_decimal(item, "full_year_budget", e.full_year_budget);
      put_decimal(item, "executed", e.executed);
      put_decimal(item, "weight", e.weight);
      put_text(item, "rate", e.rate_text);
      put_decimal(item, "score", e.score);
      item.add("unit", Node::text(e.unit.text()));
      list.push(std::move(item));
    }
  }
  return n;
}

Node indicator_tree(const Indicator& ind) {
  Node n = Node::object();
  n.add("level1", Node::text(ind.level1_text));
  n.add("level1_key", Node::text(to_string(ind.level1)));
  n.add("level2", Node::text(ind.level2_text));
  n.add("level2_key", Node::text(to_string(ind.level2)));
  n.add("name", Node::text(ind.name));
  put_text(n, "period_target", ind.period_target.text());
  put_text(n, "annual_target", ind.annual_target.text());
  put_text(n, "unit", ind.unit);
  if (ind.nature != Nature::unspecified) n.add("nature", Node::text(to_string(ind.nature)));
  if (ind.basis != Basis::unspecified) n.add("basis", Node::text(to_string(ind.basis)));
  put_decimal(n, "weight", ind.weight);
  put_text(n, "note", ind.note);
  put_text(n, "actual", ind.actual);
  put_decimal(n, "score", ind.score);
  put_text(n, "deviation_reason", ind.deviation_reason);
  return n;
}

}  // namespace

Node to_tree(const PerformanceForm& form) {
  Node root = Node::object();
  root.add("schema", Node::text(schema_id));
  root.add("kind", Node::text(to_string(form.kind)));
  root.add("stage", Node::text(to_string(form.stage)));
  root.add("unit_name", Node::text(form.unit_name));
  if (form.year) root.add("year", Node::integer(std::to_string(*form.year)));
  if (form.project) {
    const ProjectInfo& p = *form.project;
    Node& n = root.add("project", Node::object());
    n.add("name", Node::text(p.name));
    put_text(n, "competent_department", p.competent_department);
    put_text(n, "implementing_unit", p.implementing_unit);
    put_text(n, "attribute", p.attribute);
    put_text(n, "period", p.period);
  }
  if (!form.goals.empty()) {
    Node& goals = root.add("goals", Node::array());
    for (const std::string& g : form.goals) goals.push(Node::text(g));
  }
  if (!form.budget.breakdowns.empty() || !form.budget.execution.empty()) {
    root.add("budget", budget_tree(form.budget));
  }
  if (!form.key_tasks.empty()) {
    Node& list = root.add("key_tasks", Node::array());
    for (const KeyTask& t : form.key_tasks) {
      Node item = Node::object();
      item.add("name", Node::text(t.name));
      put_text(item, "content", t.content);
      put_decimal(item, "planned_funds", t.planned_funds);
      put_text(item, "expected_result", t.expected_result.text());
      list.push(std::move(item));
    }
  }
  if (!form.other_tasks.empty()) {
    Node& list = root.add("other_tasks", Node::array());
    for (const OtherTask& t : form.other_tasks) {
      Node item = Node::object();
      item.add("text", Node::text(t.text));
      put_decimal(item, "amount", t.amount);
      put_text(item, "unit", t.unit);
      list.push(std::move(item));
    }
  }
  if (!form.indicators.empty()) {
    Node& list = root.add("indicators", Node::array());
    for (const Indicator& ind : form.indicators) list.push(indicator_tree(ind));
  }
  put_decimal(root, "total_score", form.total_score);
  put_text(root, "grade", form.rating);
  if (!form.metadata.empty()) {
    Node& list = root.add("metadata", Node::array());
    for (const auto& [k, v] : form.metadata) {
      Node item = Node::object();
      item.add("key", Node::text(k));
      item.add("value", Node::text(v));
      list.push(std::move(item));
    }
  }
  return root;
}

}  // namespace jixiao::io::detail
