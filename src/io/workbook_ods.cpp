// An .ods made plain for orcus 0.17 before it reads it (workbook_detail.hpp says what
// and why): only the start tags of table cells in content.xml are touched, so what
// orcus parses is the file's own XML with two of its readings spelled out.
#include <string>
#include <string_view>
#include <vector>

#include "workbook_detail.hpp"

namespace jixiao::io::detail {
namespace {

constexpr std::string_view kCovered = "table:covered-table-cell";
constexpr std::string_view kCell = "table:table-cell";
constexpr std::string_view kValueType = "office:value-type=\"";

// True when `tag` (from its `<` or `</`) names the element `name` exactly.
bool names(std::string_view tag, std::size_t at, std::string_view name) {
  if (tag.compare(at, name.size(), name) != 0) return false;
  const std::size_t end = at + name.size();
  return end < tag.size() && (tag[end] == ' ' || tag[end] == '/' || tag[end] == '>' || tag[end] == '\t' ||
                              tag[end] == '\n' || tag[end] == '\r');
}

// True when the content after a start tag is a non-empty `<text:p>` (spaces before it
// allowed): the cell shows a text.
bool shows_text(std::string_view after) {
  std::size_t i = 0;
  while (i < after.size() && (after[i] == ' ' || after[i] == '\n' || after[i] == '\r' || after[i] == '\t')) ++i;
  if (after.compare(i, 7, "<text:p") != 0 || i + 7 >= after.size()) return false;
  if (after[i + 7] != '>' && after[i + 7] != ' ') return false;
  const std::size_t close = after.find('>', i);
  return close != std::string_view::npos && after[close - 1] != '/';
}

// The start tag of a cell, a number cell that shows its text turned into a text cell.
std::string cell_tag(std::string_view tag, std::string_view after) {
  std::string out(tag);
  if (tag.size() < 2 || tag[tag.size() - 2] == '/' || tag.find("table:formula=") != std::string_view::npos) return out;
  const std::size_t at = tag.find(kValueType);
  if (at == std::string_view::npos) return out;
  const std::size_t from = at + kValueType.size();
  const std::size_t to = tag.find('"', from);
  if (to == std::string_view::npos) return out;
  const std::string_view type = tag.substr(from, to - from);
  if ((type == "float" || type == "percentage" || type == "currency") && shows_text(after)) {
    out.replace(from, to - from, "string");
  }
  return out;
}

}  // namespace

std::string ods_content_for_orcus(std::string_view xml) {
  std::string out;
  out.reserve(xml.size() + xml.size() / 16);
  std::size_t i = 0;
  while (i < xml.size()) {
    const std::size_t lt = xml.find('<', i);
    if (lt == std::string_view::npos) break;
    out.append(xml.substr(i, lt - i));
    const std::size_t gt = xml.find('>', lt);
    if (gt == std::string_view::npos) {
      i = lt;
      break;
    }
    const std::string_view tag = xml.substr(lt, gt - lt + 1);
    const std::size_t name_at = tag.size() > 1 && tag[1] == '/' ? 2 : 1;
    if (names(tag, name_at, kCovered)) {
      out.append(tag.substr(0, name_at)).append(kCell).append(tag.substr(name_at + kCovered.size()));
    } else if (name_at == 1 && names(tag, name_at, kCell)) {
      out += cell_tag(tag, xml.substr(gt + 1));
    } else {
      out.append(tag);
    }
    i = gt + 1;
  }
  if (i < xml.size()) out.append(xml.substr(i));
  return out;
}

std::optional<std::string> ods_for_orcus(std::string_view bytes, std::size_t max_unzipped) {
  std::optional<std::vector<ZipMember>> members = zip_members(bytes, max_unzipped);
  if (!members) return std::nullopt;
  bool spreadsheet = false;
  ZipMember* content = nullptr;
  for (ZipMember& m : *members) {
    if (m.name == "mimetype") spreadsheet = m.data.rfind("application/vnd.oasis.opendocument.spreadsheet", 0) == 0;
    if (m.name == "content.xml") content = &m;
  }
  if (!spreadsheet || content == nullptr) return std::nullopt;
  content->data = ods_content_for_orcus(content->data);
  return stored_zip(*members);
}

}  // namespace jixiao::io::detail
