/* Review a form from C through the stable C ABI (docs/c-api.md): load it, add a custom
   check written in C, check it under the national profile and print the report JSON.
   Build: cc -std=c99 c_api_check.c $(pkg-config --cflags --libs jixiao-c)
   Run:   ./a.out seed-suigang-2024-department.json */
#include <jixiao/jixiao.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Reads a whole file into memory; NULL when it cannot be read. */
static char* read_file(const char* path, size_t* size) {
  FILE* f = fopen(path, "rb");
  char* text = NULL;
  long n;
  if (f == NULL) return NULL;
  if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0) {
    text = (char*)malloc((size_t)n + 1);
    if (text != NULL && fread(text, 1, (size_t)n, f) == (size_t)n) {
      text[n] = '\0';
      *size = (size_t)n;
    } else {
      free(text);
      text = NULL;
    }
  }
  fclose(f);
  return text;
}

/* A custom check: the form must name its unit (填报单位). It gets the form as
   jixiao.form/1 JSON and its parameters as a JSON object, and gives findings as JSON. */
static int unit_named(void* user_data, const char* form_json, const char* parameters_json,
                      jixiao_check_output* output) {
  static const char finding[] =
      "[{\"path\": \"/unit_name\", \"message_zh\": \"未填写单位名称\", \"message_en\": \"the unit is not named\"}]";
  (void)user_data;
  (void)parameters_json;
  if (strstr(form_json, "\"unit_name\": \"\"") != NULL)
    return jixiao_check_output_set(output, finding, sizeof finding - 1) == JIXIAO_OK ? 0 : 1;
  return 0; /* no finding */
}

int main(int argc, char** argv) {
  static const char rule[] = "{\"id\": \"ORG-UNIT\", \"severity\": \"error\", \"title_en\": \"unit named\"}";
  jixiao_form* form = NULL;
  jixiao_profile* profile = NULL;
  jixiao_ruleset* rules = NULL;
  char* findings = NULL;
  char* report = NULL;
  size_t size = 0;
  char* text;
  int rc = 1;

  if (argc != 2) {
    fprintf(stderr, "usage: %s FORM.json\n", argv[0]);
    return 2;
  }
  text = read_file(argv[1], &size);
  if (text == NULL) {
    fprintf(stderr, "cannot read %s\n", argv[1]);
    return 2;
  }
  printf("jixiao %s\n", jixiao_version());
  /* Every call returns a status; the message of the last one is per thread. */
  if (jixiao_form_load(text, size, "json", argv[1], &form, &findings) != JIXIAO_OK ||
      jixiao_profile_builtin("national", &profile) != JIXIAO_OK ||
      jixiao_ruleset_new(profile, &rules) != JIXIAO_OK ||
      jixiao_ruleset_add_check(rules, rule, sizeof rule - 1, unit_named, NULL) != JIXIAO_OK ||
      jixiao_check(rules, form, &report) != JIXIAO_OK) {
    fprintf(stderr, "error %d: %s\n", (int)jixiao_last_error_code(), jixiao_last_error_message());
  } else {
    fputs(report, stdout); /* jixiao.report/1 */
    rc = 0;
  }
  /* What the library allocated, it frees: strings with jixiao_free, handles with their
     own free function. All accept NULL. */
  jixiao_free(findings);
  jixiao_free(report);
  jixiao_ruleset_free(rules);
  jixiao_profile_free(profile);
  jixiao_form_free(form);
  free(text);
  return rc;
}
