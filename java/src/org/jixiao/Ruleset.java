package org.jixiao;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in review rules under a profile, a rule configuration and custom checks
 * written in Java. Checking only reads the set and may run from many threads at once;
 * {@link #configure} and {@link #addCheck} change it and must not run while another
 * thread uses it (configure first, then share). Close it when done.
 */
public final class Ruleset extends Handle {
  /**
   * The JNA callbacks of the custom checks. Held here so that the garbage collector does
   * not free a callback the native set still calls (JNA frees a callback's native
   * trampoline when its Java object is collected).
   */
  private final List<Lib.CheckCallback> callbacks = new ArrayList<>();

  /** The built-in rules under the national profile. */
  public Ruleset() {
    this(null);
  }

  /** The built-in rules under {@code profile} (null: national); the set keeps its own copy. */
  public Ruleset(Profile profile) {
    super(create(profile), Lib::jixiao_ruleset_free);
  }

  private static Pointer create(Profile profile) {
    PointerByReference out = new PointerByReference();
    try {
      Text.check(Lib.jixiao_ruleset_new(profile == null ? null : profile.pointer(), out));
      return out.getValue();
    } finally {
      Reference.reachabilityFence(profile);
    }
  }

  /**
   * Applies a rule configuration ({@code rules.<id>.enabled}, {@code .severity},
   * {@code .parameters.<name>}; docs/rules.md). A configuration with errors leaves the set
   * unchanged and throws {@link JixiaoException} with its findings.
   */
  public Ruleset configure(String text) {
    byte[] bytes = Text.utf8(text, "text");
    PointerByReference findings = new PointerByReference();
    try {
      int rc = Lib.jixiao_ruleset_configure(pointer(), bytes, new Lib.SizeT(bytes.length), findings);
      String json = Text.take(findings);
      if (rc != 0) throw JixiaoException.last(Status.of(rc), Finding.parseList(json));
      return this;
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  /** Adds a custom check with id {@code id} (not a built-in id) and {@code severity}. */
  public Ruleset addCheck(String id, Severity severity, CustomCheck check) {
    return addCheck(id, severity, "", "", Map.of(), check);
  }

  /**
   * Adds a custom check: its id, severity, titles and parameters with their defaults
   * (a configuration may override them), and the Java function.
   */
  public Ruleset addCheck(String id, Severity severity, String titleZh, String titleEn,
                          Map<String, String> parameters, CustomCheck check) {
    if (check == null) throw new NullPointerException("check must not be null");
    Map<String, String> description = new LinkedHashMap<>();
    description.put("id", id);
    description.put("severity", severity.key());
    description.put("title_zh", titleZh);
    description.put("title_en", titleEn);
    String rule = Json.object(description);
    rule = rule.substring(0, rule.length() - 1) + ", \"parameters\": " + Json.object(parameters) + "}";
    byte[] bytes = Text.utf8(rule, "rule");
    Lib.CheckCallback callback = (user, form, params, output) -> run(check, form, params, output);
    try {
      Text.check(Lib.jixiao_ruleset_add_check(pointer(), bytes, new Lib.SizeT(bytes.length), callback, null));
      callbacks.add(callback);
      return this;
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  /** Runs a custom check inside the native callback; nothing may be thrown into native code. */
  @SuppressWarnings("unchecked")
  private static int run(CustomCheck check, Pointer form, Pointer params, Pointer output) {
    try {
      Map<String, Object> formJson = (Map<String, Object>) Json.parse(Text.read(form));
      Map<String, String> parameters = new LinkedHashMap<>();
      ((Map<String, Object>) Json.parse(Text.read(params))).forEach((k, v) -> parameters.put(k, (String) v));
      List<CustomFinding> found = check.check(formJson, parameters);
      if (found == null || found.isEmpty()) return 0;
      StringBuilder b = new StringBuilder("[");
      for (CustomFinding f : found) {
        if (b.length() > 1) b.append(",\n");
        b.append(f.json());
      }
      byte[] bytes = b.append(']').toString().getBytes(StandardCharsets.UTF_8);
      return Lib.jixiao_check_output_set(output, bytes, new Lib.SizeT(bytes.length)) == 0 ? 0 : 1;
    } catch (Throwable e) {  // becomes the rule's "could not finish" finding, naming e
      sayWhy(output, e);
      return 1;
    }
  }

  /**
   * Passes {@code e}'s class and message ({@code java.lang.IllegalStateException: a Java bug}) to
   * {@code jixiao_check_output_fail}, so the report names them. Throws nothing: it runs inside the
   * native callback.
   */
  private static void sayWhy(Pointer output, Throwable e) {
    try {
      String message = e.getMessage();
      String why = e.getClass().getName() + (message == null ? "" : ": " + message);
      byte[] bytes = why.getBytes(StandardCharsets.UTF_8);  // a lone surrogate becomes '?'
      Lib.jixiao_check_output_fail(output, bytes, new Lib.SizeT(bytes.length));
    } catch (Throwable ignored) {  // e.getMessage() itself threw: the finding says "returned 1"
    }
  }

  /** Reviews {@code form}: the findings of reading it, then the rules', graded by the set's profile. */
  public Report check(Form form) {
    PointerByReference out = new PointerByReference();
    try {
      Text.check(Lib.jixiao_check(pointer(), form.pointer(), out));
      return new Report(Text.take(out));
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(form);
    }
  }
}
