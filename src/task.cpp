// Key tasks and other tasks: printing for test failure messages.
#include "jixiao/task.hpp"

#include <utility>

#include "target_text.hpp"

namespace jixiao {

ExpectedResult::ExpectedResult(std::string text) : text_(std::move(text)) {
  // Without a digit or a date character the parser can only find a qualitative target
  // (or none): no need to run it for the narrative results most tasks have.
  if (text_.empty() || !detail::may_hold_number_or_date(text_)) return;
  Parsed<Target> parsed = Target::parse(text_);
  if (parsed.ok() && parsed.value().kind() != TargetKind::qualitative) target_ = std::move(parsed).value();
}

KeyTask KeyTask::make(std::string name, std::string content, std::optional<Decimal> planned_funds,
                      std::string expected_result) {
  KeyTask task;
  task.name = std::move(name);
  task.content = std::move(content);
  task.planned_funds = planned_funds;
  task.expected_result = ExpectedResult(std::move(expected_result));
  return task;
}

std::ostream& operator<<(std::ostream& out, const KeyTask& task) {
  out << '"' << task.name << "\" content=\"" << task.content << '"';
  if (task.planned_funds) out << " funds=" << *task.planned_funds;
  out << " expected=\"" << task.expected_result.text() << '"';
  if (task.expected_result.target()) out << " = " << task.expected_result.target()->to_string();
  return out;
}

std::ostream& operator<<(std::ostream& out, const OtherTask& task) {
  out << '"' << task.text << '"';
  if (task.amount) out << " amount=" << *task.amount << task.unit;
  return out;
}

}  // namespace jixiao
