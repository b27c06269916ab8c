// Key tasks and other tasks: printing for test failure messages.
#include "jixiao/task.hpp"

namespace jixiao {

std::ostream& operator<<(std::ostream& out, const KeyTask& task) {
  out << '"' << task.name << "\" content=\"" << task.content << '"';
  if (task.planned_funds) out << " funds=" << *task.planned_funds;
  out << " expected=\"" << task.expected_result << '"';
  if (task.expected_target) out << " = " << task.expected_target->to_string();
  return out;
}

std::ostream& operator<<(std::ostream& out, const OtherTask& task) {
  out << '"' << task.text << '"';
  if (task.amount) out << " amount=" << *task.amount << task.unit;
  return out;
}

}  // namespace jixiao
