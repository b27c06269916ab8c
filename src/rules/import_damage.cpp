// How reliably the importer read each block of a form, for the rules that must not
// report its damage as the form's fault (one root cause, one finding).
#include <algorithm>

#include "catalogue.hpp"
#include "../target_text.hpp"
#include "jixiao/text.hpp"

namespace jixiao::detail {
namespace {

// The import findings that mean a cell of the text is not in the form.
bool lost_cell(const Finding& f) {
  return f.rule_id == "JX-I001" || f.rule_id == "JX-I007" || f.rule_id == "JX-I008";
}

bool in_block(std::string_view path, std::string_view block) {
  if (path.size() < block.size() || path.compare(0, block.size(), block) != 0) return false;
  return path.size() == block.size() || path[block.size()] == '/';
}

// The lost cell's text as the importer recorded it, if it did.
const Argument* cell_text(const Finding& f) { return f.argument("text"); }

bool holds_digit(const Finding& f) {
  if (f.rule_id == "JX-I007") return true;
  const Argument* text = cell_text(f);
  if (!text) return true;  // unknown: it may have
  const std::string t = text->text();
  if (t.find_first_of("0123456789") != std::string::npos) return true;
  for (std::size_t at = t.find("\xEF\xBC"); at != std::string::npos; at = t.find("\xEF\xBC", at + 1)) {
    const auto c = at + 2 < t.size() ? static_cast<unsigned char>(t[at + 2]) : 0;
    if (c >= 0x90 && c <= 0x99) return true;  // a full-width digit (０ … ９)
  }
  return false;
}

bool holds_letters(const Finding& f) {
  const Argument* text = cell_text(f);
  if (!text) return true;
  const std::string t = text->text();
  return std::any_of(t.begin(), t.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

}  // namespace

BlockReading amount_reading(const RuleContext& context, std::string_view block) {
  BlockReading out;
  for (const Finding& f : context.import_findings()) {
    if (!lost_cell(f) || !holds_digit(f)) continue;
    const std::string& path = f.location.path;
    if (!in_block(path, block) && path != "/budget" && path != "/budget/breakdowns" && !path.empty()) continue;
    ++out.unplaced;
    if (!out.first && f.location.source) out.first = f.location.source;
  }
  return out;
}

std::size_t name_cells_lost(const RuleContext& context) {
  std::size_t n = 0;
  for (const Finding& f : context.import_findings()) {
    if (f.rule_id == "JX-I008") return static_cast<std::size_t>(-1);  // the table itself was not found
    if (!lost_cell(f) || !holds_letters(f)) continue;
    if (in_block(f.location.path, "/indicators") || f.location.path.empty()) ++n;
  }
  return n;
}

BlockReading block_reading(const RuleContext& context, std::string_view block, bool anywhere) {
  BlockReading out;
  for (const Finding& f : context.import_findings()) {
    if (!lost_cell(f)) continue;
    const std::string& path = f.location.path;
    if (!in_block(path, block) && !(anywhere && path.empty())) continue;
    ++out.unplaced;
    if (!out.first && f.location.source) out.first = f.location.source;
  }
  return out;
}

const Finding* import_finding(const RuleContext& context, std::string_view id) {
  for (const Finding& f : context.import_findings()) {
    if (f.rule_id == id) return &f;
  }
  return nullptr;
}

const Finding* table_cut_off(const RuleContext& context) { return import_finding(context, "JX-I019"); }

std::size_t rows_before_cut(const PerformanceForm& form, const RuleContext& context) {
  if (table_cut_off(context) == nullptr || form.indicators.empty()) return form.indicators.size();
  const std::string_view last = trim(form.indicators.back().annual_target.text());
  const bool open = last.empty() || detail::stops_at_number_or_comparator(last);
  return form.indicators.size() - (open ? 1 : 0);
}

Finding& add_unreliable(FindingSink& sink, const std::string& path, const BlockReading& reading, std::size_t count,
                        const char* zh, const char* en) {
  Finding& f = sink.add(path, zh, en);
  f.severity = Severity::info;
  f.arg("cells", Decimal(static_cast<std::int64_t>(reading.unplaced)));
  f.arg("count", Decimal(static_cast<std::int64_t>(count)));
  if (reading.first) f.location.source = reading.first;
  return f;
}

}  // namespace jixiao::detail
