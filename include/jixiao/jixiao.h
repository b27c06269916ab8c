/// @file jixiao.h
/// @brief The stable C ABI of jixiao (docs/c-api.md): opaque handles, UTF-8 text in and
/// out, results as JSON text in the documented schemas (docs/schema.md), a status code
/// from every call and a per-thread last error. C99; usable from C, C++ and any host
/// with a C foreign-function interface (Python ctypes, Java JNA).
///
/// Conventions of every call:
/// - Text in is UTF-8, given as a pointer and a length in bytes (`text`, `length`), or as
///   a NUL-terminated string where the parameter is a short name (`format`, `profile`).
/// - Text out is a NUL-terminated UTF-8 string the library allocates; free it with
///   `jixiao_free`. An out-parameter is set to NULL first, so it is safe to free after
///   any status.
/// - Every call returns a `jixiao_status` and records it, with a message, as the calling
///   thread's last error (`jixiao_last_error_code`, `jixiao_last_error_message`); a call
///   that succeeds records `JIXIAO_OK` and an empty message.
/// - No C++ exception leaves the library; a failure inside it is `JIXIAO_INTERNAL`.
#ifndef JIXIAO_JIXIAO_H
#define JIXIAO_JIXIAO_H

#include <stddef.h>

#if defined(_WIN32)
/// Marks a function of the C ABI as exported from the shared library.
#define JIXIAO_API __declspec(dllexport)
#elif defined(__GNUC__)
/// Marks a function of the C ABI as exported from the shared library.
#define JIXIAO_API __attribute__((visibility("default")))
#else
/// Marks a function of the C ABI as exported from the shared library.
#define JIXIAO_API
#endif

#ifdef __cplusplus
extern "C" {
#endif

/// What a call did. The values are stable: new codes are added at the end.
typedef enum jixiao_status {
  JIXIAO_OK = 0,                ///< Success.
  JIXIAO_INVALID_ARGUMENT = 1,  ///< A NULL pointer, text that is not UTF-8, empty text, an unknown name or format.
  JIXIAO_PARSE_ERROR = 2,       ///< The input was read but has error findings (returned as JSON where the call says so).
  JIXIAO_LIMIT = 3,             ///< The input is past a limit (size, depth, cells; docs/reliability.md).
  JIXIAO_NO_MEMORY = 4,         ///< Memory ran out.
  JIXIAO_INTERNAL = 5           ///< A failure inside the library (a bug); the message says what.
} jixiao_status;

/// A performance form (绩效目标申报表) read by `jixiao_form_load`, with the findings of
/// reading it. Immutable after loading: may be shared by threads.
typedef struct jixiao_form jixiao_form;
/// A profile (policy: taxonomy, thresholds, weights, rating bands). Immutable: may be
/// shared by threads.
typedef struct jixiao_profile jixiao_profile;
/// A configured rule set (the built-in review rules plus custom checks). Checking only
/// reads it and may run from many threads at once; `jixiao_ruleset_configure` and
/// `jixiao_ruleset_add_check` modify it and must not run while another thread uses it.
typedef struct jixiao_ruleset jixiao_ruleset;
/// Where a custom check puts its findings (see `jixiao_check_callback`).
typedef struct jixiao_check_output jixiao_check_output;

/// A custom check written in the host language. Called once per `jixiao_check` with the
/// form as `jixiao.form/1` JSON and the rule's parameters as a JSON object (name → text),
/// both NUL-terminated and valid only during the call. It reports findings by calling
/// `jixiao_check_output_set` once with a JSON array of
/// `{"path": "/indicators/0", "message_zh": "…", "message_en": "…"}` objects (optional
/// `arguments` object of texts, `expected`, `actual`); the rule id and severity are the
/// rule's. Returns 0 on success; any other value, or findings that are not such JSON,
/// gives one error finding of the rule ("could not finish") instead. A callback that
/// fails says why with `jixiao_check_output_fail` before returning non-zero; the finding
/// then carries that message. It may be called from several threads at once when checks
/// run at once.
typedef int (*jixiao_check_callback)(void* user_data, const char* form_json, const char* parameters_json,
                                     jixiao_check_output* output);

/// The library's version (`"0.1.0"`), a static string: never freed, never NULL. Sets no
/// last error.
JIXIAO_API const char* jixiao_version(void);

/// Frees a string the library returned. NULL is allowed. Sets no last error.
JIXIAO_API void jixiao_free(void* memory);

/// The status of the calling thread's last call (`JIXIAO_OK` before any call).
JIXIAO_API jixiao_status jixiao_last_error_code(void);

/// The message of the calling thread's last call: English, naming the argument or the
/// first error finding; `""` after success. Valid until the thread's next call into the
/// library; never NULL; do not free.
JIXIAO_API const char* jixiao_last_error_message(void);

/// Reads a form from `text` in `format`: `"json"`, `"xml"`, `"info"` (`jixiao.form/1`)
/// or `"table"` (a published table, read by the importer; `name` is used in its source
/// positions and may be NULL). Sets `*findings_json` (when not NULL) to a JSON array of
/// finding objects (docs/schema.md) of reading, and `*form` to the form whenever one was
/// read, even with errors (free it with `jixiao_form_free`). Returns `JIXIAO_OK` when
/// nothing is an error, `JIXIAO_PARSE_ERROR` when some finding is (the form, if any, is
/// partial), `JIXIAO_LIMIT` when the text is past a limit (no form).
JIXIAO_API jixiao_status jixiao_form_load(const char* text, size_t length, const char* format, const char* name,
                                          jixiao_form** form, char** findings_json);

/// Frees a form. NULL is allowed.
JIXIAO_API void jixiao_form_free(jixiao_form* form);

/// Writes `form` as `"json"`, `"xml"` or `"info"` (`jixiao.form/1`, canonical layout)
/// to `*text`.
JIXIAO_API jixiao_status jixiao_form_save(const jixiao_form* form, const char* format, char** text);

/// A built-in profile by name (`"national"`, …; see `jixiao_list_profiles`).
/// `JIXIAO_INVALID_ARGUMENT` for an unknown name.
JIXIAO_API jixiao_status jixiao_profile_builtin(const char* name, jixiao_profile** profile);

/// A profile read from `text` (INFO, JSON or XML; docs/profiles.md). On
/// `JIXIAO_PARSE_ERROR` there is no profile and `*findings_json` (when not NULL) holds
/// the findings as a JSON array; on success it holds `[]`.
JIXIAO_API jixiao_status jixiao_profile_load(const char* text, size_t length, jixiao_profile** profile,
                                             char** findings_json);

/// Frees a profile. NULL is allowed.
JIXIAO_API void jixiao_profile_free(jixiao_profile* profile);

/// The built-in rules under `profile` (its review thresholds and rubric; NULL means the
/// national profile). The rule set keeps its own copy of the profile.
JIXIAO_API jixiao_status jixiao_ruleset_new(const jixiao_profile* profile, jixiao_ruleset** ruleset);

/// Applies a rule configuration (`rules.<id>.enabled`, `.severity`, `.parameters.<name>`;
/// docs/rules.md) to `ruleset`, custom checks included. On `JIXIAO_PARSE_ERROR` the set
/// is unchanged and `*findings_json` (when not NULL) holds the findings; on success `[]`.
/// Not thread-safe on one set.
JIXIAO_API jixiao_status jixiao_ruleset_configure(jixiao_ruleset* ruleset, const char* text, size_t length,
                                                  char** findings_json);

/// Adds a custom check. `rule_json` describes it:
/// `{"id": "ORG-001", "severity": "warning", "title_zh": "…", "title_en": "…",
/// "parameters": {"name": "default"}}` (`id` required, not a built-in id; `severity`
/// `error`, `warning` (default) or `info`). `user_data` is passed back to `callback` and
/// must stay valid while the set (or a copy made by checking) lives. Not thread-safe on
/// one set.
JIXIAO_API jixiao_status jixiao_ruleset_add_check(jixiao_ruleset* ruleset, const char* rule_json, size_t length,
                                                  jixiao_check_callback callback, void* user_data);

/// Frees a rule set. NULL is allowed.
JIXIAO_API void jixiao_ruleset_free(jixiao_ruleset* ruleset);

/// Gives the findings of a custom check (a JSON array, see `jixiao_check_callback`); the
/// library copies `findings_json`. Call it only inside the callback, at most once.
JIXIAO_API jixiao_status jixiao_check_output_set(jixiao_check_output* output, const char* findings_json,
                                                 size_t length);

/// Says why a custom check failed (e.g. the host exception's class and message), for the
/// rule's "could not finish" finding: `rule ORG-001 could not finish: the check returned
/// 1: KeyError: 'unit_name'`. Call it only inside the callback, before returning
/// non-zero; the last call's message counts, and it counts even if the callback then
/// returns 0 (the findings are then dropped). `message` is UTF-8 of `length` bytes (not
/// NULL, not empty); bytes that are not valid text (invalid UTF-8, C0 controls other
/// than tab, LF, CR) become U+FFFD, and a message past 4096 bytes is cut at a character
/// boundary and ends in "…". The library copies it.
JIXIAO_API jixiao_status jixiao_check_output_fail(jixiao_check_output* output, const char* message, size_t length);

/// Reviews `form` with `ruleset` and writes the `jixiao.report/1` JSON to `*report_json`:
/// the findings of reading the form, then the rules' findings, graded by the set's
/// profile (as `jixiao check --format json`). Thread-safe on shared handles.
JIXIAO_API jixiao_status jixiao_check(const jixiao_ruleset* ruleset, const jixiao_form* form, char** report_json);

/// Scores `form` (self-evaluation, 绩效自评) under `profile` (NULL: national) and writes the
/// `jixiao.scorecard/1` JSON to `*scorecard_json`. `actuals_text` is an actuals document
/// (docs/scoring.md); NULL (with length 0) takes the actuals the form carries, and what
/// reading them found is the scorecard's `actuals_diagnostics` (as `jixiao score`). On
/// `JIXIAO_PARSE_ERROR` the actuals did not read and `*scorecard_json` holds their
/// findings as a JSON array. Thread-safe on shared handles.
JIXIAO_API jixiao_status jixiao_score(const jixiao_form* form, const char* actuals_text, size_t length,
                                      const jixiao_profile* profile, char** scorecard_json);

/// Monitors `form` at `month` (1..12) with a progress document (docs/scoring.md) under
/// `profile` (NULL: national) and writes the `jixiao.monitor/1` JSON to `*monitor_json`. On
/// `JIXIAO_PARSE_ERROR` the progress did not read and `*monitor_json` holds its findings
/// as a JSON array. Thread-safe on shared handles.
JIXIAO_API jixiao_status jixiao_monitor(const jixiao_form* form, const char* progress_text, size_t length, int month,
                                        const jixiao_profile* profile, char** monitor_json);

/// Parses one target (指标值, `≥95%`, `12月底前`) and writes the JSON object of
/// `jixiao target` (kind, op, lo, hi, unit, parts, canonical, diagnostics in English) to
/// `*target_json`. A target that does not parse is `JIXIAO_PARSE_ERROR` with the object
/// (kind `unparseable` and its diagnostics) still written.
JIXIAO_API jixiao_status jixiao_parse_target(const char* text, size_t length, char** target_json);

/// The built-in review rules as a JSON array of `{"id", "severity", "dimension",
/// "title_zh", "title_en", "parameters": [{"name", "default", "type", "description"}]}`.
JIXIAO_API jixiao_status jixiao_list_rules(char** rules_json);

/// The names of the built-in profiles as a JSON array of strings.
JIXIAO_API jixiao_status jixiao_list_profiles(char** profiles_json);

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // JIXIAO_JIXIAO_H
