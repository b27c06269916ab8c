/* The C ABI from C99 (issue 12): the seed form loaded, checked, scored, monitored, saved
   and reloaded; a custom check's finding in the report; NULL pointers, text that is not
   UTF-8, empty text and a 50 MB text each give a status with a clear message.
   With the tool's JSON for the same calls (`jixiao check|score|monitor --format json`,
   written by the C++ API), the C ABI's JSON must equal it byte for byte.
   Usage: capi_c_test SEED.json SEED.tsv ACTUALS.json PROGRESS.json
                      [CHECK.json SCORE.json MONITOR.json] */
#include <jixiao/jixiao.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures = 0;

#define EXPECT(cond)                                                        \
  do {                                                                      \
    if (!(cond)) {                                                          \
      fprintf(stderr, "%s:%d: failed: %s (last error %d: %s)\n", __FILE__, \
              __LINE__, #cond, (int)jixiao_last_error_code(),               \
              jixiao_last_error_message());                                 \
      ++failures;                                                           \
    }                                                                       \
  } while (0)

static char* slurp(const char* path, size_t* size) {
  FILE* f = fopen(path, "rb");
  char* text;
  long n;
  if (f == NULL) {
    fprintf(stderr, "cannot open %s\n", path);
    exit(2);
  }
  fseek(f, 0, SEEK_END);
  n = ftell(f);
  fseek(f, 0, SEEK_SET);
  text = (char*)malloc((size_t)n + 1);
  if (text == NULL || fread(text, 1, (size_t)n, f) != (size_t)n) exit(2);
  text[n] = '\0';
  fclose(f);
  *size = (size_t)n;
  return text;
}

static int contains(const char* text, const char* part) { return text != NULL && strstr(text, part) != NULL; }

/* A custom check: one finding on the first indicator when the form has indicators. */
static int first_indicator_check(void* user, const char* form_json, const char* parameters_json,
                                 jixiao_check_output* output) {
  static const char findings[] =
      "[{\"path\": \"/indicators/0\", \"message_zh\": \"自定义检查：{what}\", "
      "\"message_en\": \"custom check: {what}\", \"arguments\": {\"what\": \"first\"}}]";
  int* calls = (int*)user;
  ++*calls;
  if (!contains(form_json, "\"indicators\"") || !contains(parameters_json, "\"label\":\"first\"")) return 1;
  return jixiao_check_output_set(output, findings, sizeof findings - 1) == JIXIAO_OK ? 0 : 1;
}

/* A custom check that fails and says why, as a host's exception would. */
static int failing_check(void* user, const char* form_json, const char* parameters_json, jixiao_check_output* output) {
  static const char why[] = "ValueError: no \xe5\x8d\x95\xe4\xbd\x8d \xff";  /* 单位, then a byte that is not UTF-8 */
  (void)user;
  (void)form_json;
  (void)parameters_json;
  if (jixiao_check_output_fail(output, why, sizeof why - 1) != JIXIAO_OK) return 2;
  return 1;
}

static void lifecycle(const char* seed, size_t seed_size, const char* actuals, size_t actuals_size,
                      const char* progress, size_t progress_size) {
  jixiao_form* form = NULL;
  jixiao_form* again = NULL;
  jixiao_profile* profile = NULL;
  jixiao_ruleset* rules = NULL;
  char* findings = NULL;
  char* report = NULL;
  char* card = NULL;
  char* monitored = NULL;
  char* saved = NULL;
  char* resaved = NULL;
  int calls = 0;
  static const char rule[] = "{\"id\": \"ORG-FIRST\", \"severity\": \"warning\", \"parameters\": {\"label\": \"first\"}}";
  static const char failing_rule[] = "{\"id\": \"ORG-FAIL\"}";

  EXPECT(strcmp(jixiao_version(), "") != 0);
  EXPECT(jixiao_form_load(seed, seed_size, "json", "seed.json", &form, &findings) == JIXIAO_OK);
  EXPECT(form != NULL && contains(findings, "["));
  EXPECT(jixiao_profile_builtin("national", &profile) == JIXIAO_OK);
  EXPECT(jixiao_ruleset_new(profile, &rules) == JIXIAO_OK);
  EXPECT(jixiao_ruleset_add_check(rules, rule, sizeof rule - 1, first_indicator_check, &calls) == JIXIAO_OK);
  EXPECT(jixiao_ruleset_add_check(rules, failing_rule, sizeof failing_rule - 1, failing_check, NULL) == JIXIAO_OK);

  EXPECT(jixiao_check(rules, form, &report) == JIXIAO_OK);
  EXPECT(calls == 1);
  EXPECT(contains(report, "\"schema\": \"jixiao.report/1\""));
  EXPECT(contains(report, "\"rule_id\": \"ORG-FIRST\", \"severity\": \"warning\", \"path\": \"/indicators/0\""));
  EXPECT(contains(report, "\"message_en\": \"custom check: first\""));
  EXPECT(contains(report, "\"rule_id\": \"ORG-FAIL\", \"severity\": \"error\""));
  EXPECT(contains(report, "rule ORG-FAIL could not finish: the check returned 1: ValueError: no \xe5\x8d\x95\xe4\xbd\x8d \xef\xbf\xbd\""));
  EXPECT(contains(report, "\"rule_id\": \"JX-Q010\""));

  EXPECT(jixiao_score(form, actuals, actuals_size, profile, &card) == JIXIAO_OK);
  EXPECT(contains(card, "\"schema\": \"jixiao.scorecard/1\"") && contains(card, "\"actual\": \"56次\""));
  EXPECT(jixiao_monitor(form, progress, progress_size, 6, profile, &monitored) == JIXIAO_OK);
  EXPECT(contains(monitored, "\"schema\": \"jixiao.monitor/1\""));

  EXPECT(jixiao_form_save(form, "xml", &saved) == JIXIAO_OK);
  EXPECT(jixiao_form_load(saved, strlen(saved), "xml", "saved.xml", &again, NULL) == JIXIAO_OK);
  jixiao_free(saved);
  saved = NULL;
  EXPECT(jixiao_form_save(form, "json", &saved) == JIXIAO_OK);
  EXPECT(jixiao_form_save(again, "json", &resaved) == JIXIAO_OK);
  EXPECT(saved != NULL && resaved != NULL && strcmp(saved, resaved) == 0);

  jixiao_free(findings);
  jixiao_free(report);
  jixiao_free(card);
  jixiao_free(monitored);
  jixiao_free(saved);
  jixiao_free(resaved);
  jixiao_ruleset_free(rules);
  jixiao_profile_free(profile);
  jixiao_form_free(again);
  jixiao_form_free(form);
}

/* A table (the published seed) reads into a form whose review names table positions. */
static void table(const char* tsv, size_t size) {
  jixiao_form* form = NULL;
  jixiao_ruleset* rules = NULL;
  char* report = NULL;
  EXPECT(jixiao_form_load(tsv, size, "table", "seed.tsv", &form, NULL) == JIXIAO_OK);
  EXPECT(jixiao_ruleset_new(NULL, &rules) == JIXIAO_OK);
  EXPECT(jixiao_check(rules, form, &report) == JIXIAO_OK);
  EXPECT(contains(report, "\"file\": \"seed.tsv\""));
  jixiao_free(report);
  jixiao_ruleset_free(rules);
  jixiao_form_free(form);
}

static void expect_refused(jixiao_status status, jixiao_status expected, const char* words) {
  if (status != expected) fprintf(stderr, "expected status %d (\"%s\"), got %d\n", (int)expected, words, (int)status);
  EXPECT(status == expected);
  EXPECT(jixiao_last_error_code() == expected);
  EXPECT(contains(jixiao_last_error_message(), words));
}

static void bad_input(const char* seed, size_t seed_size) {
  jixiao_form* form = NULL;
  jixiao_profile* profile = NULL;
  jixiao_ruleset* rules = NULL;
  char* out = NULL;
  static const char not_utf8[] = "{\"schema\": \"jixiao.form/1\", \"x\": \"\xC3\x28\"}";
  const size_t big = (size_t)50 << 20;
  char* huge = (char*)malloc(big);

  expect_refused(jixiao_form_load(NULL, 10, "json", NULL, &form, &out), JIXIAO_INVALID_ARGUMENT, "text is NULL");
  expect_refused(jixiao_form_load(seed, seed_size, "json", NULL, NULL, &out), JIXIAO_INVALID_ARGUMENT, "form is NULL");
  expect_refused(jixiao_form_load(seed, seed_size, NULL, NULL, &form, &out), JIXIAO_INVALID_ARGUMENT, "format is NULL");
  expect_refused(jixiao_form_load(seed, seed_size, "yaml", NULL, &form, &out), JIXIAO_INVALID_ARGUMENT,
                 "unknown format 'yaml'");
  expect_refused(jixiao_form_load("", 0, "json", NULL, &form, &out), JIXIAO_INVALID_ARGUMENT, "text is empty");
  expect_refused(jixiao_form_load(not_utf8, sizeof not_utf8 - 1, "json", NULL, &form, &out), JIXIAO_INVALID_ARGUMENT,
                 "not UTF-8 (byte 34)");
  EXPECT(huge != NULL);
  if (huge != NULL) {
    memset(huge, ' ', big);
    expect_refused(jixiao_form_load(huge, big, "json", NULL, &form, &out), JIXIAO_LIMIT, "52428800 bytes");
    expect_refused(jixiao_form_load(huge, big, "table", NULL, &form, &out), JIXIAO_LIMIT, "more than the limit");
    expect_refused(jixiao_parse_target(huge, big, &out), JIXIAO_LIMIT, "more than the limit");
  }
  EXPECT(form == NULL && out == NULL);
  expect_refused(jixiao_form_load("{", 1, "json", NULL, &form, &out), JIXIAO_PARSE_ERROR, "JX-IO");
  EXPECT(form == NULL && contains(out, "\"rule_id\": \"JX-IO"));
  jixiao_free(out);
  out = NULL;

  expect_refused(jixiao_check(NULL, NULL, &out), JIXIAO_INVALID_ARGUMENT, "ruleset is NULL");
  expect_refused(jixiao_score(NULL, NULL, 0, NULL, &out), JIXIAO_INVALID_ARGUMENT, "form is NULL");
  expect_refused(jixiao_monitor(NULL, "{}", 2, 6, NULL, &out), JIXIAO_INVALID_ARGUMENT, "form is NULL");
  expect_refused(jixiao_form_save(NULL, "json", &out), JIXIAO_INVALID_ARGUMENT, "form is NULL");
  expect_refused(jixiao_parse_target(NULL, 3, &out), JIXIAO_INVALID_ARGUMENT, "text is NULL");
  expect_refused(jixiao_parse_target("\xff", 1, &out), JIXIAO_INVALID_ARGUMENT, "not UTF-8");
  expect_refused(jixiao_list_rules(NULL), JIXIAO_INVALID_ARGUMENT, "rules_json is NULL");
  expect_refused(jixiao_profile_builtin(NULL, &profile), JIXIAO_INVALID_ARGUMENT, "name is NULL");
  expect_refused(jixiao_profile_load("", 0, &profile, &out), JIXIAO_INVALID_ARGUMENT, "text is empty");
  expect_refused(jixiao_ruleset_configure(NULL, "{}", 2, &out), JIXIAO_INVALID_ARGUMENT, "ruleset is NULL");
  expect_refused(jixiao_check_output_set(NULL, "[]", 2), JIXIAO_INVALID_ARGUMENT, "output is NULL");
  expect_refused(jixiao_check_output_fail(NULL, "why", 3), JIXIAO_INVALID_ARGUMENT, "output is NULL");
  EXPECT(out == NULL && profile == NULL);

  EXPECT(jixiao_form_load(seed, seed_size, "json", NULL, &form, NULL) == JIXIAO_OK);
  expect_refused(jixiao_monitor(form, "{}", 2, 13, NULL, &out), JIXIAO_INVALID_ARGUMENT, "month 13");
  expect_refused(jixiao_score(form, "", 0, NULL, &out), JIXIAO_INVALID_ARGUMENT, "actuals_text is empty");
  expect_refused(jixiao_score(form, "{\"indicators\": [{\"nme\": \"x\"}]}", 30, NULL, &out), JIXIAO_PARSE_ERROR,
                 "JX-IO011");
  EXPECT(contains(out, "\"rule_id\""));
  jixiao_free(out);
  out = NULL;
  EXPECT(jixiao_ruleset_new(NULL, &rules) == JIXIAO_OK);
  expect_refused(jixiao_ruleset_add_check(rules, "{", 1, first_indicator_check, NULL), JIXIAO_INVALID_ARGUMENT,
                 "rule_json is not JSON");
  expect_refused(jixiao_check(rules, form, NULL), JIXIAO_INVALID_ARGUMENT, "report_json is NULL");
  jixiao_ruleset_free(rules);
  jixiao_form_free(form);
  free(huge);
}

/* The C ABI's report, scorecard and monitoring report against the tool's bytes. */
static void same_as_tool(const char* seed, size_t seed_size, const char* actuals, size_t actuals_size,
                         const char* progress, size_t progress_size, char** expected) {
  jixiao_form* form = NULL;
  jixiao_profile* profile = NULL;
  jixiao_ruleset* rules = NULL;
  char* got[3] = {NULL, NULL, NULL};
  int i;
  EXPECT(jixiao_form_load(seed, seed_size, "json", "seed.json", &form, NULL) == JIXIAO_OK);
  EXPECT(jixiao_profile_builtin("national", &profile) == JIXIAO_OK);
  EXPECT(jixiao_ruleset_new(profile, &rules) == JIXIAO_OK);
  EXPECT(jixiao_check(rules, form, &got[0]) == JIXIAO_OK);
  EXPECT(jixiao_score(form, actuals, actuals_size, profile, &got[1]) == JIXIAO_OK);
  EXPECT(jixiao_monitor(form, progress, progress_size, 6, profile, &got[2]) == JIXIAO_OK);
  for (i = 0; i < 3; ++i) {
    EXPECT(got[i] != NULL && strcmp(got[i], expected[i]) == 0);
    jixiao_free(got[i]);
  }
  jixiao_ruleset_free(rules);
  jixiao_profile_free(profile);
  jixiao_form_free(form);
}

int main(int argc, char** argv) {
  size_t seed_size, table_size, actuals_size, progress_size;
  char *seed, *tsv, *actuals, *progress;
  if (argc != 5 && argc != 8) {
    fprintf(stderr, "usage: capi_c_test SEED.json SEED.tsv ACTUALS.json PROGRESS.json [CHECK SCORE MONITOR]\n");
    return 2;
  }
  seed = slurp(argv[1], &seed_size);
  tsv = slurp(argv[2], &table_size);
  actuals = slurp(argv[3], &actuals_size);
  progress = slurp(argv[4], &progress_size);
  lifecycle(seed, seed_size, actuals, actuals_size, progress, progress_size);
  table(tsv, table_size);
  bad_input(seed, seed_size);
  if (argc == 8) {
    size_t ignored;
    char* expected[3];
    int i;
    for (i = 0; i < 3; ++i) expected[i] = slurp(argv[5 + i], &ignored);
    same_as_tool(seed, seed_size, actuals, actuals_size, progress, progress_size, expected);
    for (i = 0; i < 3; ++i) free(expected[i]);
    puts("capi_c_test: compared the check, score and monitor JSON with the tool's");
  }
  free(seed);
  free(tsv);
  free(actuals);
  free(progress);
  if (failures != 0) {
    fprintf(stderr, "%d check(s) failed\n", failures);
    return 1;
  }
  puts("capi_c_test: all checks passed");
  return 0;
}
