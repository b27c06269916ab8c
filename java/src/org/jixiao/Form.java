package org.jixiao;

import com.sun.jna.ptr.PointerByReference;
import java.io.IOException;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A performance form (绩效目标申报表) with the findings of reading it. Immutable after
 * loading: may be shared by threads. Close it when done (try-with-resources).
 */
public final class Form extends Handle {
  private final List<Finding> findings;

  private Form(PointerByReference p, List<Finding> findings) {
    super(p.getValue(), Lib::jixiao_form_free);
    this.findings = findings;
  }

  /**
   * Reads a form from {@code text} in {@code format}: {@code "json"}, {@code "xml"},
   * {@code "info"} ({@code jixiao.form/1}) or {@code "table"} (a published table). A form
   * read with error findings is returned (partial) with them; input that gives no form
   * (not well-formed, too large, empty) throws {@link JixiaoException} with the status,
   * the message and the findings. Null arguments throw {@link NullPointerException}.
   */
  public static Form load(String text, String format) {
    return load(Text.utf8(text, "text"), format, null);
  }

  /** Reads the file at {@code path} in {@code format}; its name appears in source positions. */
  public static Form load(Path path, String format) throws IOException {
    return load(Files.readAllBytes(path), format, path.toString());
  }

  /**
   * Reads a form from raw bytes, which the library checks are UTF-8; {@code name} (may be
   * null) is used in source positions.
   */
  public static Form load(byte[] bytes, String format, String name) {
    if (bytes == null) throw new NullPointerException("bytes must not be null");
    byte[] f = Text.cString(format, "format");
    byte[] n = name == null ? null : Text.cString(name, "name");
    PointerByReference out = new PointerByReference();
    PointerByReference findings = new PointerByReference();
    int rc = Lib.jixiao_form_load(bytes, new Lib.SizeT(bytes.length), f, n, out, findings);
    Status status = Status.of(rc);
    List<Finding> list = Finding.parseList(Text.take(findings));
    if (out.getValue() == null || (status != Status.OK && status != Status.PARSE_ERROR)) {
      if (out.getValue() != null) Lib.jixiao_form_free(out.getValue());
      throw JixiaoException.last(status == Status.OK ? Status.INTERNAL : status, list);
    }
    return new Form(out, list);
  }

  /** The findings of reading the form (empty when it read cleanly). */
  public List<Finding> findings() {
    return findings;
  }

  /** The form as {@code "json"}, {@code "xml"} or {@code "info"} text (canonical layout). */
  public String save(String format) {
    PointerByReference out = new PointerByReference();
    try {
      Text.check(Lib.jixiao_form_save(pointer(), Text.cString(format, "format"), out));
      return Text.take(out);
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  /** Reviews the form with the built-in rules of the built-in profile {@code profile} ({@code "national"}). */
  public Report check(String profile) {
    try (Profile p = Profile.builtin(profile); Ruleset rules = new Ruleset(p)) {
      return rules.check(this);
    }
  }

  /** Reviews the form with {@code rules} (built-in rules, configuration and custom checks). */
  public Report check(Ruleset rules) {
    return rules.check(this);
  }
}
