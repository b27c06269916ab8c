// The structs behind the opaque handles of jixiao.h, and the helpers every entry point
// shares: the exception guard, the per-thread last error and the checks of arguments.
#pragma once

#include <jixiao/jixiao.h>
#include <jixiao/finding.hpp>
#include <jixiao/form.hpp>
#include <jixiao/io/table_import.hpp>
#include <jixiao/profile.hpp>
#include <jixiao/rules.hpp>

#include <initializer_list>
#include <new>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

/// A form and what reading it found; the source map when it came from a table, so the
/// review's findings carry table positions as `jixiao check` gives them.
struct jixiao_form {
  jixiao::PerformanceForm form;
  std::vector<jixiao::Finding> read_findings;
  std::optional<jixiao::io::SourceMap> source_map;
  bool imported = false;
};

struct jixiao_profile {
  jixiao::Profile profile;
};

struct jixiao_ruleset {
  jixiao::RuleSet rules;
};

/// What a custom check gave: its findings (`jixiao_check_output_set`) or why it failed
/// (`jixiao_check_output_fail`, already made valid UTF-8 and cut to a bounded length).
struct jixiao_check_output {
  std::optional<std::string> findings_json;
  std::optional<std::string> failure;
};

namespace jixiao::capi {

/// A failure an entry point reports: the status and the message for the last error.
struct Failure {
  jixiao_status status;
  std::string message;
};

/// Records `status` and the concatenated `message` parts as the calling thread's last
/// error; returns `status`. Never throws (out of memory keeps a fixed message).
jixiao_status set_last_error(jixiao_status status, std::initializer_list<std::string_view> message) noexcept;

/// The outcome of an entry point's body that did not throw: OK, or a status with
/// outputs already set (a parse error with its findings) and its message.
inline Failure success() { return Failure{JIXIAO_OK, {}}; }

/// Runs `body` (returning a Failure, `success()` when all went well) so that no
/// exception leaves it: a thrown `Failure` becomes its status, `std::bad_alloc`
/// JIXIAO_NO_MEMORY, anything else JIXIAO_INTERNAL; the outcome is the last error. In the test-hook build (JIXIAO_CAPI_TEST_HOOKS) an
/// exception is first thrown inside when JIXIAO_CAPI_FORCE_THROW is set.
template <class Body>
jixiao_status guarded(const char* entry, Body&& body) noexcept;

/// Throws a Failure (JIXIAO_INVALID_ARGUMENT) when `pointer` is NULL.
void require(const void* pointer, const char* entry, const char* name);

/// The text `text`/`length` after the checks every text input gets: not NULL, not empty,
/// valid UTF-8 (JIXIAO_INVALID_ARGUMENT), at most the readers' byte limit (JIXIAO_LIMIT).
std::string_view checked_text(const char* text, std::size_t length, const char* entry, const char* name);

/// A copy of `text` in memory from malloc, for the caller to free with jixiao_free.
char* copy_out(std::string_view text);

/// Sets `*out` (when `out` is not NULL) to a copy of `text`.
void put(char** out, std::string_view text);

/// Findings as a JSON array of finding objects, one per line (docs/c-api.md).
std::string findings_json(const std::vector<Finding>& findings);

/// The status of a read with `findings`: JIXIAO_LIMIT when one is a size-limit error,
/// JIXIAO_PARSE_ERROR when one is another error, else JIXIAO_OK; the message names the
/// first error.
Failure read_status(const std::vector<Finding>& findings, const char* entry);

/// Throws a test exception when the test hook is armed (test-hook build only).
void test_hook(const char* entry);

template <class Body>
jixiao_status guarded(const char* entry, Body&& body) noexcept {
  try {
    test_hook(entry);
    const Failure outcome = body();
    return set_last_error(outcome.status, {outcome.message});
  } catch (const Failure& failure) {
    return set_last_error(failure.status, {failure.message});
  } catch (const std::bad_alloc&) {
    return set_last_error(JIXIAO_NO_MEMORY, {entry, ": out of memory"});
  } catch (const std::exception& e) {
    return set_last_error(JIXIAO_INTERNAL, {entry, ": internal error: ", e.what()});
  } catch (...) {
    return set_last_error(JIXIAO_INTERNAL, {entry, ": internal error: unknown exception"});
  }
}

}  // namespace jixiao::capi
