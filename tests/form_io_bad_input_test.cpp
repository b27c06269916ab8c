// Hostile and broken documents: each gives a clear finding, never a crash, never a
// partial form presented as complete.
#include <jixiao/io/form_io.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

namespace jixiao::io {
namespace {

const char* kMinimal = R"({
  "schema": "jixiao.form/1",
  "kind": "department",
  "unit_name": "某单位",
  "budget": {"breakdowns": [{"kind": "expenditure", "lines": [{"name": "基本支出", "amount": "966.36"}]}]}
}
)";

std::string describe(const ReadResult<PerformanceForm>& r) {
  std::string s;
  for (const Finding& f : r.findings) s += f.render(Lang::en) + "\n";
  return s;
}

const Finding* find(const ReadResult<PerformanceForm>& r, const std::string& rule, const std::string& path = "*") {
  for (const Finding& f : r.findings) {
    if (f.rule_id == rule && (path == "*" || f.location.path == path)) return &f;
  }
  return nullptr;
}

// The document itself fails: no form at all.
void expect_rejected(const ReadResult<PerformanceForm>& r, const std::string& rule) {
  EXPECT_FALSE(r.ok());
  EXPECT_FALSE(r.value) << "a broken document must not yield a form";
  EXPECT_NE(find(r, rule), nullptr) << describe(r);
}

// The document parses but the form has errors: maybe a form, never complete.
void expect_incomplete(const ReadResult<PerformanceForm>& r, const std::string& rule, const std::string& path) {
  EXPECT_FALSE(r.ok());
  EXPECT_FALSE(r.ok());
  const Finding* f = find(r, rule, path);
  ASSERT_NE(f, nullptr) << "want " << rule << " at " << path << "\n" << describe(r);
  EXPECT_EQ(f->severity, Severity::error);
  EXPECT_FALSE(f->message(Lang::en).empty());
  EXPECT_FALSE(f->message(Lang::zh).empty());
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const std::size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

TEST(FormIoBadInput, MinimalDocumentIsComplete) {
  const ReadResult<PerformanceForm> r = load_form_from_string(kMinimal, Format::json);
  EXPECT_TRUE(r.ok()) << describe(r);
  EXPECT_TRUE(r.findings.empty()) << describe(r);
}

TEST(FormIoBadInput, TruncatedJson) {
  const std::string text = kMinimal;
  for (std::size_t cut : {std::size_t{0}, std::size_t{1}, text.size() / 3, text.size() / 2, text.size() - 3}) {
    const ReadResult<PerformanceForm> r = load_form_from_string(text.substr(0, cut), Format::json);
    expect_rejected(r, "JX-IO001");
    ASSERT_TRUE(find(r, "JX-IO001")->location.source);
    EXPECT_GE(find(r, "JX-IO001")->location.source->line, 1u);
  }
}

TEST(FormIoBadInput, TruncatedXmlAndInfo) {
  PerformanceForm form = load_form_from_string(kMinimal, Format::json).value.value();
  const std::string xml = save_form_to_string(form, Format::xml);
  for (std::size_t cut : {std::size_t{0}, xml.size() / 2, xml.size() - 4}) {
    const ReadResult<PerformanceForm> r = load_form_from_string(xml.substr(0, cut), Format::xml);
    EXPECT_FALSE(r.ok()) << cut;
    EXPECT_FALSE(r.value) << cut << "\n" << describe(r);
  }
  const std::string info = save_form_to_string(form, Format::info);
  const ReadResult<PerformanceForm> r = load_form_from_string(info.substr(0, info.find('}')), Format::info);
  EXPECT_FALSE(r.ok());
}

TEST(FormIoBadInput, WrongTypes) {
  expect_incomplete(load_form_from_string(replaced(kMinimal, "\"某单位\"", "{\"a\": \"b\"}"), Format::json),
                    "JX-IO013", "/unit_name");
  expect_incomplete(load_form_from_string(replaced(kMinimal, "\"budget\": {", "\"goals\": \"不是数组\", \"budget\": {"), Format::json),
                    "JX-IO013", "/goals");
  expect_incomplete(load_form_from_string(replaced(kMinimal, "{\"breakdowns\"", "[1, 2], \"x\": {\"breakdowns\""), Format::json),
                    "JX-IO013", "/budget");
  expect_incomplete(load_form_from_string(replaced(kMinimal, "\"966.36\"", "[\"966.36\"]"), Format::json),
                    "JX-IO013", "/budget/breakdowns/0/lines/0/amount");
  const ReadResult<PerformanceForm> top = load_form_from_string("[1, 2, 3]", Format::json);
  EXPECT_FALSE(top.ok());
  EXPECT_FALSE(top.value);
  expect_incomplete(load_form_from_string(replaced(kMinimal, "\"department\"", "\"部门\""), Format::json),
                    "JX-IO015", "/kind");
}

TEST(FormIoBadInput, MissingAndUnknownKeys) {
  const ReadResult<PerformanceForm> r = load_form_from_string(replaced(kMinimal, "\"kind\": \"department\",", "\"kid\": 1,"), Format::json);
  expect_incomplete(r, "JX-IO012", "/kind");
  const Finding* unknown = find(r, "JX-IO011", "/kid");
  ASSERT_NE(unknown, nullptr) << describe(r);
  EXPECT_EQ(unknown->severity, Severity::warning);
  // JSON findings carry the line and column of the value (or of the enclosing object).
  ASSERT_TRUE(unknown->location.source);
  EXPECT_EQ(unknown->location.source->line, 3u);
  EXPECT_EQ(unknown->location.source->column, 10u);
  ASSERT_TRUE(find(r, "JX-IO012", "/kind")->location.source);
  EXPECT_EQ(find(r, "JX-IO012", "/kind")->location.source->line, 1u);
  expect_incomplete(load_form_from_string(replaced(kMinimal, "\"name\": \"基本支出\", ", ""), Format::json),
                    "JX-IO012", "/budget/breakdowns/0/lines/0/name");
  expect_incomplete(load_form_from_string(replaced(kMinimal, "\"schema\": \"jixiao.form/1\",", ""), Format::json),
                    "JX-IO010", "/schema");
  expect_incomplete(load_form_from_string(replaced(kMinimal, "jixiao.form/1", "jixiao.form/2"), Format::json),
                    "JX-IO010", "/schema");
  expect_incomplete(load_form_from_string(replaced(kMinimal, "\"kind\": \"department\",", "\"kind\": \"department\", \"kind\": \"project\","), Format::json),
                    "JX-IO017", "/kind");
  // An unknown key alone is a warning: the form is still complete.
  const ReadResult<PerformanceForm> extra = load_form_from_string(replaced(kMinimal, "\"unit_name\"", "\"x~y/z\": \"?\", \"unit_name\""), Format::json);
  EXPECT_TRUE(extra.ok()) << describe(extra);
  EXPECT_NE(find(extra, "JX-IO011", "/x~0y~1z"), nullptr) << describe(extra);
}

TEST(FormIoBadInput, BadDecimalsAndHugeNumbers) {
  for (const char* bad : {"1e400", "\"1e400\"", "\"NaN\"", "\"\"", "\"1,99,2.29\"", "\"12345678901234567890\"", "-1e-400"}) {
    const ReadResult<PerformanceForm> r = load_form_from_string(replaced(kMinimal, "\"966.36\"", bad), Format::json);
    expect_incomplete(r, "JX-IO014", "/budget/breakdowns/0/lines/0/amount");
  }
  // Bare NaN / Infinity are not JSON at all.
  for (const char* bad : {"NaN", "Infinity", "-Infinity", "0x10"}) {
    expect_rejected(load_form_from_string(replaced(kMinimal, "\"966.36\"", bad), Format::json), "JX-IO001");
  }
  expect_incomplete(load_form_from_string(replaced(kMinimal, "\"unit_name\"", "\"year\": 1e400, \"unit_name\""), Format::json),
                    "JX-IO013", "/year");
  expect_incomplete(load_form_from_string(replaced(kMinimal, "\"unit_name\"", "\"year\": 99999999999999999999, \"unit_name\""), Format::json),
                    "JX-IO013", "/year");
}

TEST(FormIoBadInput, FiftyMegabyteString) {
  std::string big(50u << 20, 'x');
  const std::string doc = replaced(kMinimal, "某单位", big);
  const ReadResult<PerformanceForm> limited = load_form_from_string(doc, Format::json);
  expect_rejected(limited, "JX-IO003");
  std::istringstream stream(doc);
  expect_rejected(load_form(stream, Format::json), "JX-IO003");
  LoadOptions roomy;
  roomy.max_bytes = std::size_t{64} << 20;
  expect_rejected(load_form_from_string(doc, Format::json, roomy), "JX-IO021");  // max_text_bytes (1 MiB)
  roomy.max_text_bytes = std::size_t{64} << 20;
  const ReadResult<PerformanceForm> loaded = load_form_from_string(doc, Format::json, roomy);
  ASSERT_TRUE(loaded.ok()) << describe(loaded);
  EXPECT_EQ(loaded.value->unit_name.size(), big.size());
}

TEST(FormIoBadInput, DeeplyNestedDocuments) {
  const std::size_t depth = 100000;
  const std::string json = std::string(depth, '[') + std::string(depth, ']');
  expect_rejected(load_form_from_string(json, Format::json), "JX-IO004");
  const std::string nested_value = replaced(kMinimal, "\"某单位\"", std::string(100, '[') + std::string(100, ']'));
  expect_rejected(load_form_from_string(nested_value, Format::json), "JX-IO004");
  std::string xml = "<form>";
  for (std::size_t i = 0; i < depth; ++i) xml += "<a>";
  expect_rejected(load_form_from_string(xml, Format::xml), "JX-IO004");
  const std::string info = "a\n" + std::string(depth, '{');
  expect_rejected(load_form_from_string(info, Format::info), "JX-IO004");
  // Within the limit the schema still decides: too deep for the schema is unknown keys.
  LoadOptions shallow;
  shallow.max_depth = 3;
  expect_rejected(load_form_from_string(kMinimal, Format::json, shallow), "JX-IO004");
}

TEST(FormIoBadInput, InvalidUtf8) {
  for (const char* bad : {"\xFF", "\xC3", "\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xE4\xB8"}) {
    const std::string doc = replaced(kMinimal, "某单位", std::string("某") + bad + "单位");
    const ReadResult<PerformanceForm> r = load_form_from_string(doc, Format::json);
    expect_rejected(r, "JX-IO002");
    const Finding* f = find(r, "JX-IO002");
    ASSERT_TRUE(f->location.source);
    EXPECT_EQ(f->location.source->line, 4u);
    EXPECT_EQ(f->location.source->column, 18u);  // 2 spaces, `"unit_name": "` (14) and 某 before it
  }
  const ReadResult<PerformanceForm> nul = load_form_from_string(std::string("{\"schema\"\0:1}", 13), Format::json);
  expect_rejected(nul, "JX-IO002");
}

TEST(FormIoBadInput, ByteOrderMarkIsIgnoredWithANote) {
  for (Format format : {Format::json, Format::xml, Format::info}) {
    const PerformanceForm form = load_form_from_string(kMinimal, Format::json).value.value();
    const std::string text = "\xEF\xBB\xBF" + save_form_to_string(form, format);
    const ReadResult<PerformanceForm> r = load_form_from_string(text, format);
    EXPECT_TRUE(r.ok()) << to_string(format) << "\n" << describe(r);
    ASSERT_NE(find(r, "JX-IO005"), nullptr);
    EXPECT_EQ(find(r, "JX-IO005")->severity, Severity::info);
    EXPECT_EQ(r.value, form);
  }
}

TEST(FormIoBadInput, CrLfLineEndsReadLikeLf) {
  PerformanceForm form = load_form_from_string(kMinimal, Format::json).value.value();
  form.goals = {"一行", "两行\n第二行"};
  for (Format format : {Format::json, Format::xml, Format::info}) {
    const std::string lf = save_form_to_string(form, format);
    std::string crlf;
    for (char c : lf) {
      if (c == '\n') crlf += '\r';
      crlf += c;
    }
    const ReadResult<PerformanceForm> r = load_form_from_string(crlf, format);
    ASSERT_TRUE(r.ok()) << to_string(format) << "\n" << describe(r);
    EXPECT_EQ(*r.value, form) << to_string(format) << ": " << first_difference(*r.value, form);
    EXPECT_EQ(save_form_to_string(*r.value, format), lf);
  }
}

TEST(FormIoBadInput, InfoIncludeIsRefused) {
  const ReadResult<PerformanceForm> r = load_form_from_string("schema jixiao.form/1\n#include \"/etc/passwd\"\n", Format::info);
  expect_rejected(r, "JX-IO006");
}

TEST(FormIoBadInput, XmlWithTheWrongRootOrAttributes) {
  expect_rejected(load_form_from_string("<?xml version=\"1.0\"?><other/>", Format::xml), "JX-IO010");
  PerformanceForm form = load_form_from_string(kMinimal, Format::json).value.value();
  std::string xml = save_form_to_string(form, Format::xml);
  xml = replaced(xml, "<form>", "<form lang=\"zh\">");
  const ReadResult<PerformanceForm> r = load_form_from_string(xml, Format::xml);
  EXPECT_TRUE(r.ok()) << describe(r);
  EXPECT_NE(find(r, "JX-IO011", "/@lang"), nullptr) << describe(r);
  xml = replaced(xml, "<kind>department</kind>", "<kind><a>1</a></kind>");
  expect_incomplete(load_form_from_string(xml, Format::xml), "JX-IO013", "/kind");
}

TEST(FormIoBadInput, UnreadableFilesAndUnknownFormats) {
  expect_rejected(load_form("/nonexistent/form.json"), "JX-IO007");
  expect_rejected(load_form("form.tsv"), "JX-IO007");
}

TEST(FormIoBadInput, GarbageOfEveryKindNeverCrashes) {
  const std::string samples[] = {"", " ", "{", "}", "null", "\"text\"", "{\"schema\": null}", "<form>", "<form></form>",
                                 "<<<>>>", "{{{", "a b c", "\"", "[{]}", "<form><item>1</item></form>",
                                 "{\"indicators\": [1, 2]}", "{\"indicators\": {\"a\": 1}}", "{\"metadata\": [[]]}"};
  for (const std::string& s : samples) {
    for (Format format : {Format::json, Format::xml, Format::info}) {
      const ReadResult<PerformanceForm> r = load_form_from_string(s, format);
      EXPECT_FALSE(r.ok()) << to_string(format) << ": " << s;
      EXPECT_FALSE(r.findings.empty()) << to_string(format) << ": " << s;
    }
  }
}

}  // namespace
}  // namespace jixiao::io
