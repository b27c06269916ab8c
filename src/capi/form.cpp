// jixiao_form_load, jixiao_form_save, jixiao_form_free: a form from JSON, XML, INFO or a
// published table, written back in the canonical layout.
#include <jixiao/io/form_io.hpp>
#include <jixiao/io/table_import.hpp>

#include <cstring>
#include <memory>

#include "handles.hpp"

namespace jixiao::capi {
namespace {

io::Format canonical_format(const char* format, const char* entry) {
  require(format, entry, "format");
  if (const auto f = from_string<io::Format>(format)) return *f;
  throw Failure{JIXIAO_INVALID_ARGUMENT,
                std::string(entry) + ": unknown format '" + format + "' (json, xml, info" +
                    (std::strcmp(entry, "jixiao_form_load") == 0 ? ", table)" : ")")};
}

// A published table, read by the importer as `jixiao check` reads a .tsv; `refused`
// when nothing was read (past a limit, UTF-16).
std::unique_ptr<jixiao_form> import_table(std::string_view text, const char* name, bool& refused) {
  auto imported = io::import_form(text, name != nullptr ? name : "");
  refused = imported.refused();
  auto handle = std::make_unique<jixiao_form>();
  handle->form = std::move(imported.form);
  handle->read_findings = std::move(imported.findings);
  handle->source_map = std::move(imported.source_map);
  handle->imported = true;
  return handle;
}

}  // namespace
}  // namespace jixiao::capi

using namespace jixiao::capi;

extern "C" {

jixiao_status jixiao_form_load(const char* text, size_t length, const char* format, const char* name,
                               jixiao_form** form, char** findings_json_out) {
  static const char* const entry = "jixiao_form_load";
  if (form != nullptr) *form = nullptr;
  if (findings_json_out != nullptr) *findings_json_out = nullptr;
  return guarded(entry, [&] {
    require(form, entry, "form");
    const std::string_view input = checked_text(text, length, entry, "text");
    require(format, entry, "format");
    std::unique_ptr<jixiao_form> handle;
    bool refused = false;
    if (std::strcmp(format, "table") == 0) {
      handle = import_table(input, name, refused);
    } else {
      jixiao::io::LoadOptions options;
      if (name != nullptr) options.file_name = name;
      auto loaded = jixiao::io::load_form_from_string(input, canonical_format(format, entry), options);
      if (loaded.value) {
        handle = std::make_unique<jixiao_form>();
        handle->form = std::move(*loaded.value);
        handle->read_findings = std::move(loaded.findings);
      } else {
        put(findings_json_out, findings_json(loaded.findings));
        Failure outcome = read_status(loaded.findings, entry);
        if (outcome.status == JIXIAO_OK) outcome = {JIXIAO_PARSE_ERROR, std::string(entry) + ": no form read"};
        return outcome;
      }
    }
    put(findings_json_out, findings_json(handle->read_findings));
    const Failure outcome = read_status(handle->read_findings, entry);
    // A table past a limit or in UTF-16 was not read at all: no handle, as `jixiao check`
    // refuses it, and as a document that gave no form.
    if (!refused) *form = handle.release();
    return outcome;
  });
}

void jixiao_form_free(jixiao_form* form) { delete form; }

jixiao_status jixiao_form_save(const jixiao_form* form, const char* format, char** text) {
  static const char* const entry = "jixiao_form_save";
  if (text != nullptr) *text = nullptr;
  return guarded(entry, [&] {
    require(form, entry, "form");
    require(text, entry, "text");
    *text = copy_out(jixiao::io::save_form_to_string(form->form, canonical_format(format, entry)));
    return success();
  });
}

}  // extern "C"
