package org.jixiao;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The Java binding's test (docs/java.md), without JUnit: each step asserts with
 * {@link #expect} and the program exits non-zero on the first failure.
 *
 * <p>Usage: {@code java -cp … org.jixiao.BindingTest TOOL SEED.json ACTUALS.json PROGRESS.json}; TOOL is
 * the {@code jixiao} command-line tool, whose JSON for the same calls (the C++ API's) the
 * binding's results must equal after parsing.
 */
public final class BindingTest {
  private static int checks;

  private BindingTest() {}

  public static void main(String[] args) throws Exception {
    String tool = args[0];
    Path seed = Path.of(args[1]);
    Path actuals = Path.of(args[2]);
    Path progress = Path.of(args[3]);
    version();
    jsonReader();
    sameAsTool(tool, seed, actuals, progress);
    customChecks(seed);
    badInput(seed);
    targets(tool);
    threads(seed);
    System.out.println("BindingTest: " + checks + " checks passed");
  }

  static void expect(boolean condition, String what) {
    checks++;
    if (!condition) throw new AssertionError("failed: " + what);
  }

  /** Runs {@code body} and returns the exception of class {@code type} it throws. */
  static <T extends Throwable> T thrown(Class<T> type, ThrowingRunnable body, String what) {
    try {
      body.run();
    } catch (Throwable e) {
      expect(type.isInstance(e), what + ": threw " + e + " instead of " + type.getSimpleName());
      return type.cast(e);
    }
    throw new AssertionError("failed: " + what + ": nothing thrown");
  }

  interface ThrowingRunnable {
    void run() throws Exception;
  }

  /** The tool's standard output for {@code args} (exit 0 or 1: a result either way). */
  static String runTool(String tool, String input, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(tool);
    command.addAll(Arrays.asList(args));
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    try (OutputStream in = p.getOutputStream()) {
      if (input != null) in.write(input.getBytes(StandardCharsets.UTF_8));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (InputStream s = p.getInputStream()) {
      s.transferTo(out);
    }
    int rc = p.waitFor();
    expect(rc == 0 || rc == 1, "jixiao " + String.join(" ", args) + " exits 0 or 1, not " + rc);
    return out.toString(StandardCharsets.UTF_8);
  }

  static void version() {
    expect(Jixiao.version().matches("\\d+\\.\\d+\\.\\d+"), "version is x.y.z: " + Jixiao.version());
    expect(Jixiao.listProfiles().contains("national"), "the national profile is listed");
    expect(Jixiao.listRules().stream().anyMatch(r -> "JX-B001".equals(r.get("id"))), "JX-B001 is listed");
  }

  static void jsonReader() {
    Object v = Json.parse("{\"a\": [1, -0.10, 2e3, true, false, null], \"b\": \"\\u4e2d\\ud83d\\ude00\\n\"}");
    Map<?, ?> m = (Map<?, ?>) v;
    List<?> a = (List<?>) m.get("a");
    expect(a.get(1).equals(new BigDecimal("-0.10")), "numbers are BigDecimal with their scale");
    expect(a.get(3) == Boolean.TRUE && a.get(5) == null, "true and null");
    expect("中😀\n".equals(m.get("b")), "escapes and surrogate pairs");
    for (String bad : new String[] {"", "{", "[1,]", "{\"a\":1,}", "01", "1.", "\"\\ud800\"", "{\"a\":1,\"a\":2}",
                                    "[1] x", "'a'", "\"a\tb\"", "1e99999999999", "[".repeat(300) + "]".repeat(300)}) {
      thrown(IllegalArgumentException.class, () -> Json.parse(bad), "JSON reader refuses " + bad.substring(0, Math.min(bad.length(), 20)));
    }
    expect(Json.quote("a\"\\\n\u0001中").equals("\"a\\\"\\\\\\n\\u0001中\""), "quote escapes");
  }

  /** The seed form checked and scored through Java equals the tool's JSON after parsing. */
  static void sameAsTool(String tool, Path seed, Path actuals, Path progress) throws Exception {
    Object toolReport = Json.parse(runTool(tool, null, "check", seed.toString(), "--format", "json"));
    Object toolScore = Json.parse(runTool(tool, null, "score", seed.toString(), actuals.toString(), "--format", "json"));
    Object toolMonitor = Json.parse(runTool(tool, null, "monitor", seed.toString(), progress.toString(), "--month", "6",
        "--format", "json"));
    try (Form form = Form.load(seed, "json")) {
      expect(form.findings().isEmpty(), "the seed form reads without findings");
      Report report = form.check("national");
      expect(report.json().equals(toolReport), "check equals jixiao check --format json");
      expect(report.findings().size() == report.count(Severity.ERROR) + report.count(Severity.WARNING)
             + report.count(Severity.INFO), "findings and counts agree");
      Map<?, ?> toolMap = (Map<?, ?>) toolReport;
      expect(report.score().equals(new BigDecimal((String) toolMap.get("score"))), "score is the exact decimal");
      expect(report.ok() == (report.count(Severity.ERROR) == 0), "ok means no error");
      expect(!report.findings().isEmpty() && report.findings().get(0).id().startsWith("JX-"), "findings have ids");
      Scorecard card = Jixiao.score(form, Files.readString(actuals), "national");
      expect(card.json().equals(toolScore), "score equals jixiao score --format json");
      expect(card.total().equals(new BigDecimal((String) ((Map<?, ?>) toolScore).get("total"))), "total is exact");
      expect(card.total().scale() > 0 || card.total().signum() == 0, "total keeps its scale");
      Monitor monitor = Jixiao.monitor(form, Files.readString(progress), 6, null);
      expect(monitor.json().equals(toolMonitor), "monitor equals jixiao monitor --month 6 --format json");
      expect(monitor.month() == 6 && !monitor.rows().isEmpty(), "month and rows");
      JixiaoException month = thrown(JixiaoException.class, () -> Jixiao.monitor(form, "{}", 13, null), "month 13");
      expect(month.status() == Status.INVALID_ARGUMENT, "month 13 is INVALID_ARGUMENT");
      String saved = form.save("json");
      expect(saved.equals(Files.readString(seed)), "save gives the canonical file back");
    }
  }

  static void customChecks(Path seed) throws Exception {
    try (Form form = Form.load(seed, "json"); Ruleset rules = new Ruleset()) {
      rules.addCheck("ORG-JAVA", Severity.WARNING, "单位名称", "unit name", Map.of("prefix", "unit"),
          (f, p) -> List.of(new CustomFinding("/unit_name", "单位：{name}", p.get("prefix") + " {name}",
              Map.of("name", (String) f.get("unit_name")), "named", null)));
      rules.addCheck("ORG-FAIL", Severity.INFO, (f, p) -> {
        throw new IllegalStateException("a Java bug");
      });
      rules.addCheck("ORG-NONE", Severity.ERROR, (f, p) -> List.of());
      rules.addCheck("ORG-NULL", Severity.INFO, (f, p) -> {
        throw new NullPointerException();
      });
      rules.configure("{\"rules\": {\"ORG-JAVA\": {\"parameters\": {\"prefix\": \"Unit\"}}}}");
      System.gc();  // the callbacks must survive a collection: the rule set holds them
      Report report = form.check(rules);
      Finding mine = report.findings().stream().filter(f -> f.id().equals("ORG-JAVA")).findFirst().orElse(null);
      expect(mine != null, "the Java check's finding is in the report");
      String unit = (String) ((Map<?, ?>) Json.parse(form.save("json"))).get("unit_name");
      expect(mine.severity() == Severity.WARNING && mine.path().equals("/unit_name"), "its severity and path");
      expect(mine.messageEn().equals("Unit " + unit), "its message, configured parameter and argument: " + mine.messageEn());
      expect(mine.messageZh().equals("单位：" + unit), "its Chinese message");
      expect("named".equals(mine.expected()) && mine.actual() == null, "expected and actual");
      Finding failed = report.findings().stream().filter(f -> f.id().equals("ORG-FAIL")).findFirst().orElse(null);
      expect(failed != null && failed.severity() == Severity.ERROR && failed.messageEn().contains("could not finish"),
          "a check that throws gives its rule's could-not-finish error");
      expect(failed.messageEn().endsWith("the check returned 1: java.lang.IllegalStateException: a Java bug"),
          "the finding names the exception's class and message: " + failed.messageEn());
      expect(failed.messageZh().endsWith("java.lang.IllegalStateException: a Java bug"),
          "the Chinese message too: " + failed.messageZh());
      Finding silent = report.findings().stream().filter(f -> f.id().equals("ORG-NULL")).findFirst().orElse(null);
      expect(silent != null && silent.messageEn().endsWith("the check returned 1: java.lang.NullPointerException"),
          "an exception without a message gives its class alone: " + (silent == null ? null : silent.messageEn()));
      expect(report.findings().stream().noneMatch(f -> f.id().equals("ORG-NONE")), "no findings, none reported");
      expect(report.findings().stream().anyMatch(f -> f.id().startsWith("JX-")), "built-in rules still run");
      JixiaoException dup = thrown(JixiaoException.class,
          () -> rules.addCheck("ORG-JAVA", Severity.INFO, (f, p) -> List.of()), "a duplicate id");
      expect(dup.status() == Status.INVALID_ARGUMENT, "a duplicate id is INVALID_ARGUMENT");
      JixiaoException conf = thrown(JixiaoException.class, () -> rules.configure("{\"rules\": {\"JX-NOPE\": {}}}"),
          "an unknown rule in a configuration");
      expect(conf.status() == Status.PARSE_ERROR && !conf.findings().isEmpty(), "with status and findings: " + conf);
    }
  }

  static void badInput(Path seed) throws Exception {
    byte[] invalid = "{\"schema\": \"jixiao.form/1\", \"unit_name\": \"\u5355\"}".getBytes(StandardCharsets.UTF_8);
    invalid[invalid.length - 3] = (byte) 0xff;
    JixiaoException e = thrown(JixiaoException.class, () -> Form.load(invalid, "json", null), "invalid UTF-8");
    expect(e.status() != Status.OK && e.getMessage().contains("UTF-8"), "invalid UTF-8 is named: " + e.getMessage());
    e = thrown(JixiaoException.class, () -> Form.load("", "json"), "empty text");
    expect(e.status() == Status.INVALID_ARGUMENT && e.getMessage().length() > 20, "empty text: " + e.getMessage());
    String big = "{\"unit_name\": \"" + "x".repeat(50 * 1024 * 1024) + "\"}";
    e = thrown(JixiaoException.class, () -> Form.load(big, "json"), "50 MB of text");
    expect(e.status() == Status.LIMIT, "50 MB is LIMIT: " + e.getMessage());
    thrown(NullPointerException.class, () -> Form.load((String) null, "json"), "null text");
    thrown(NullPointerException.class, () -> Form.load("{}", null), "null format");
    thrown(NullPointerException.class, () -> Jixiao.parseTarget(null), "null target");
    e = thrown(JixiaoException.class, () -> Form.load("{\"a\": \ud800}", "json"), "a lone surrogate");
    expect(e.status() == Status.INVALID_ARGUMENT, "a lone surrogate is INVALID_ARGUMENT");
    e = thrown(JixiaoException.class, () -> Form.load("{\"schema\": ", "json"), "not JSON");
    expect(e.status() == Status.PARSE_ERROR && e.findings().get(0).id().equals("JX-IO001"), "not JSON: JX-IO001");
    e = thrown(JixiaoException.class, () -> Form.load("{}", "yaml"), "an unknown format");
    expect(e.status() == Status.INVALID_ARGUMENT && e.getMessage().contains("yaml"), "names it: " + e.getMessage());
    e = thrown(JixiaoException.class, () -> Profile.builtin("nowhere"), "an unknown profile");
    expect(e.status() == Status.INVALID_ARGUMENT, "an unknown profile is INVALID_ARGUMENT");
    try (Form partial = Form.load("{\"schema\": \"jixiao.form/1\", \"kind\": \"部门\", \"unit_name\": \"u\"}", "json")) {
      expect(partial.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR), "a partial form keeps its errors");
      expect(!partial.check("national").ok(), "and its report is not ok");
    } catch (JixiaoException x) {
      expect(x.status() == Status.PARSE_ERROR && !x.findings().isEmpty(), "or gives no form, with findings");
    }
    Form closed = Form.load(seed, "json");
    closed.close();
    closed.close();
    thrown(IllegalStateException.class, () -> closed.check("national"), "a closed form");
  }

  static void targets(String tool) throws Exception {
    for (String text : new String[] {"不低于95％", "12月底前", "≥**%"}) {
      Target t = Jixiao.parseTarget(text);
      Object fromTool = Json.parse(runTool(tool, text + "\n", "target").trim());
      expect(t.json().equals(fromTool), "parseTarget equals jixiao target for " + text);
      expect(t.parsed() == !text.contains("*"), "parsed() for " + text);
    }
    expect("≥95%".equals(Jixiao.parseTarget("不低于95％").canonical()), "canonical ≥95%");
    JixiaoException e = thrown(JixiaoException.class, () -> Jixiao.parseTarget(""), "an empty target");
    expect(e.status() == Status.INVALID_ARGUMENT, "an empty target is INVALID_ARGUMENT");
  }

  /** Eight threads share one form and one rule set with a Java check; each report equals the first. */
  static void threads(Path seed) throws Exception {
    try (Form form = Form.load(seed, "json"); Ruleset rules = new Ruleset()) {
      rules.addCheck("ORG-THREAD", Severity.INFO,
          (f, p) -> List.of(new CustomFinding("", "线程", "thread " + Thread.currentThread().getName().length())));
      String first = form.check(rules).text();
      ExecutorService pool = Executors.newFixedThreadPool(8, r -> {
        Thread t = new Thread(r, "worker");
        t.setDaemon(true);
        return t;
      });
      List<Future<String>> results = new ArrayList<>();
      for (int k = 0; k < 32; k++) results.add(pool.submit(() -> form.check(rules).text()));
      for (Future<String> r : results) expect(r.get().equals(first.replace("thread 4", "thread 6")), "same report");
      pool.shutdown();
    }
  }
}
