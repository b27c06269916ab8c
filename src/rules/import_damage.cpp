// How reliably the importer read each block of a form, for the rules that must not
// report its damage as the form's fault (one root cause, one finding).
#include <algorithm>

#include "catalogue.hpp"

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

}  // namespace

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

Finding& add_unreliable(FindingSink& sink, const std::string& path, const BlockReading& reading, std::size_t count,
                        const char* zh, const char* en) {
  Finding& f = sink.add(path, zh, en);
  f.arg("cells", Decimal(static_cast<std::int64_t>(reading.unplaced)));
  f.arg("count", Decimal(static_cast<std::int64_t>(count)));
  if (reading.first) f.location.source = reading.first;
  return f;
}

}  // namespace jixiao::detail
