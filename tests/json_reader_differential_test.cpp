// The simdjson form reader (src/io/json_tree.cpp) against the property_tree reader it
// replaces for JSON: the same form and the same findings (ids, paths, line:column,
// messages) on every test file, every fuzz-corpus entry and hostile texts, under the
// default and small limits. The reference stays until this test is retired with it.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "io/form_reader.hpp"
#include "io/json_tree.hpp"
#include "reading_text.hpp"
#include "test_files.hpp"

namespace {

namespace fs = std::filesystem;
using namespace jixiao;

// The two readings of `text` as JSON under `options`, for a failure message.
void expect_same(const std::string& text, const io::LoadOptions& options, const std::string& what) {
  const std::string fast = test::reading_text(io::load_form_from_string(text, io::Format::json, options));
  const std::string reference = test::reading_text(io::detail::load_form_reference(text, io::Format::json, options));
  EXPECT_EQ(fast, reference) << what;
}

std::vector<fs::path> files_under(const fs::path& root) {
  std::vector<fs::path> out;
  for (const auto& e : fs::recursive_directory_iterator(root)) {
    if (e.is_regular_file() && e.file_size() <= (std::uintmax_t{4} << 20)) out.push_back(e.path());
  }
  return out;
}

io::LoadOptions small_limits() {
  io::LoadOptions o;
  o.max_rows = 5;
  o.max_text_bytes = 40;
  o.max_depth = 4;
  o.max_cells = 60;
  return o;
}

TEST(JsonReaderDifferential, EveryTestFileAndFuzzCorpusEntry) {
  const fs::path source(JIXIAO_SOURCE_DIR);
  std::size_t files = 0, forms = 0;
  for (const fs::path& dir : {source / "tests" / "data", source / "examples" / "data", source / "fuzz" / "corpus"}) {
    for (const fs::path& path : files_under(dir)) {
      const std::string text = test::read_file(path);
      io::LoadOptions options;
      options.file_name = path.filename().string();
      expect_same(text, options, path.string());
      io::LoadOptions small = small_limits();
      small.file_name = options.file_name;
      expect_same(text, small, path.string() + " (small limits)");
      ++files;
      forms += io::load_form_from_string(text, io::Format::json).value.has_value();
    }
  }
  // The walk must have met the JSON forms the project ships, not an empty folder.
  EXPECT_GT(files, 300u);
  EXPECT_GT(forms, 30u);
}

// What a form's JSON may hold where a text is expected, and whole documents that test
// the edges of the JSON grammar; each is read by both readers.
const std::vector<std::string> kValues = {
    R"("plain")", R"("")", R"(null)", R"(true)", R"(false)", R"(0)", R"(-0)", R"(1.50)", R"(1e2)", R"(1E+2)",
    R"(-1.5e-3)", R"(123456789012345678901234567890)", R"(01)", R"(1.)", R"(-)", R"(.5)", R"(1e)", R"(+1)",
    R"(NaN)", R"(Infinity)", R"(tru)", R"(nul)", R"(falsey)", R"({})", R"([])", R"({"a":1})", R"([1,2])",
    R"([{}])", R"([[]])", R"("\u0001x")", R"("a\u001fb\tc")", "\"raw\x01control\"", "\"raw\ttab\"",
    R"("abcdefghijklmnop\u0001")", R"("a\tbcdefghijklmnopq\u0002r")", R"("abcdefgh\u001f")",
    R"("一二三四五六七八\n九十\u0007")", R"("abcdefghijklmnopqrstuvwx\r\n")", R"("\ud83d\ude00")", R"("\ud800")", R"("\udc00x")", R"("\u0000")", R"("\/\b\f\n\r\t\\\"")", R"("\x")",
    R"("\u12")", R"("x\by")", R"("x\fy")", R"("unterminated)", R"("十二月底前")", R"("≥95%")", "\"\xe2\x80\xae\"", R"("a"  )",
    R"(1 2)", R"("a" "b")", R"()", R"(,)", R"([1,])", R"({"a":1,})", R"({'a':1})", R"({"a" 1})",
};

const std::vector<std::string> kDocuments = {
    "", " ", "{}", "[]", "\"\"", "\"x\"", "5", "null", "true", "{} {}", "{} x", "{}\n", "[{}]", "{\"\":1}",
    "\xEF\xBB\xBF{}", "\xEF\xBB\xBF\xEF\xBB\xBF{\"schema\":\"jixiao.form/1\"}", "{\"schema\":\"jixiao.form/1\"",
    "{\"schema\":\"jixiao.form/1\",\"schema\":\"x\"}", "{\"a\":{\"b\":{\"c\":{\"d\":{\"e\":{}}}}}}",
    "{\"indicators\":[1,\"x\",[],{},null]}", "{\"goals\":[\"a\",{},[],1,null]}", "/* c */ {}", "{} // c",
    "{\"na\\u006de\":1}", "{\"<xmlattr>\":{\"a\":\"1\"}}", "\r\n{\r\n}\r\n", "\t{ }\t",
};

std::string form_with(const std::string& value) {
  return R"({"schema":"jixiao.form/1","kind":"department","unit_name":)" + value +
         R"(,"year":)" + value + R"(,"indicators":[{"level1":"产出指标","level2":"数量指标","name":)" + value +
         R"(,"annual_target":)" + value + R"(,"weight":)" + value + R"(}],"goals":[)" + value + R"(]})";
}

TEST(JsonReaderDifferential, HostileValuesAndDocuments) {
  for (const io::LoadOptions& options : {io::LoadOptions{}, small_limits()}) {
    for (const std::string& value : kValues) expect_same(form_with(value), options, form_with(value));
    for (const std::string& doc : kDocuments) expect_same(doc, options, doc);
  }
}

// The fast path is taken: every JSON form the project ships is read by simdjson.
TEST(JsonReaderDifferential, ShippedFormsAreReadBySimdjson) {
  std::size_t read = 0;
  for (const fs::path& path : files_under(fs::path(JIXIAO_SOURCE_DIR) / "examples" / "data")) {
    if (path.extension() != ".json") continue;
    std::vector<Finding> findings;
    std::optional<io::detail::JsonTree> tree;
    EXPECT_EQ(io::detail::read_json_tree(test::read_file(path), io::LoadOptions{}, findings, tree),
              io::detail::JsonOutcome::read)
        << path;
    read += tree.has_value();
  }
  EXPECT_GT(read, 3u);
}

// Texts with control characters decoded from escapes are repaired and reported the
// same way, past the 100 reported one by one.
TEST(JsonReaderDifferential, ManyRepairedTexts) {
  std::string goals;
  for (int i = 0; i < 120; ++i) goals += std::string(i ? "," : "") + R"("g\u0001)" + std::to_string(i) + "\"";
  expect_same(R"({"schema":"jixiao.form/1","kind":"department","unit_name":"u","goals":[)" + goals + "]}",
              io::LoadOptions{}, "120 repaired goals");
}

}  // namespace
