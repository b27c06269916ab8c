// PerformanceForm: kind/stage keys, totals, metadata lookup and printing.
#include "jixiao/form.hpp"

namespace jixiao {

const char* to_string(FormKind kind) noexcept { return kind == FormKind::project ? "project" : "department"; }

template <>
std::optional<FormKind> from_string<FormKind>(std::string_view text) {
  if (text == "department") return FormKind::department;
  if (text == "project") return FormKind::project;
  return std::nullopt;
}

const char* to_string(FormStage stage) noexcept {
  switch (stage) {
    case FormStage::declaration: return "declaration";
    case FormStage::monitoring: return "monitoring";
    case FormStage::self_evaluation: return "self_evaluation";
  }
  return "declaration";
}

template <>
std::optional<FormStage> from_string<FormStage>(std::string_view text) {
  if (text == "declaration") return FormStage::declaration;
  if (text == "monitoring") return FormStage::monitoring;
  if (text == "self_evaluation") return FormStage::self_evaluation;
  return std::nullopt;
}

Decimal PerformanceForm::key_tasks_total() const {
  Decimal sum;
  for (const KeyTask& task : key_tasks) {
    if (task.planned_funds) sum += *task.planned_funds;
  }
  return sum;
}

Decimal PerformanceForm::other_tasks_total() const {
  Decimal sum;
  for (const OtherTask& task : other_tasks) {
    if (task.amount) sum += *task.amount;
  }
  return sum;
}

const std::string* PerformanceForm::metadata_value(std::string_view key) const noexcept {
  for (const auto& [k, v] : metadata) {
    if (k == key) return &v;
  }
  return nullptr;
}

std::ostream& operator<<(std::ostream& out, FormKind kind) { return out << to_string(kind); }
std::ostream& operator<<(std::ostream& out, FormStage stage) { return out << to_string(stage); }

std::ostream& operator<<(std::ostream& out, const ProjectInfo& project) {
  return out << '"' << project.name << "\" department=\"" << project.competent_department << "\" unit=\""
             << project.implementing_unit << "\" attribute=\"" << project.attribute << "\" period=\""
             << project.period << '"';
}

std::ostream& operator<<(std::ostream& out, const PerformanceForm& form) {
  out << "PerformanceForm " << to_string(form.kind) << ' ' << to_string(form.stage) << " \"" << form.unit_name << '"';
  if (form.year) out << " year=" << *form.year;
  out << '\n';
  if (form.project) out << "  project " << *form.project << '\n';
  for (std::size_t i = 0; i < form.goals.size(); ++i) out << "  goal " << i << ": " << form.goals[i] << '\n';
  out << form.budget;
  for (std::size_t i = 0; i < form.key_tasks.size(); ++i) out << "  key_task " << i << ": " << form.key_tasks[i] << '\n';
  for (std::size_t i = 0; i < form.other_tasks.size(); ++i) out << "  other_task " << i << ": " << form.other_tasks[i] << '\n';
  for (std::size_t i = 0; i < form.indicators.size(); ++i) out << "  indicator " << i << ": " << form.indicators[i] << '\n';
  for (const auto& [k, v] : form.metadata) out << "  metadata " << k << " = " << v << '\n';
  if (form.total_score) out << "  total_score " << *form.total_score << '\n';
  if (!form.rating.empty()) out << "  grade " << form.rating << '\n';
  return out;
}

}  // namespace jixiao
