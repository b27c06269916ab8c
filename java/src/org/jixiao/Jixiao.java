package org.jixiao;

import com.sun.jna.ptr.PointerByReference;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The calls that need no handle of their own: version, scoring, monitoring, targets, catalogues. */
public final class Jixiao {
  private Jixiao() {}

  /** The library's version ({@code "0.1.0"}). */
  public static String version() {
    return Text.read(Lib.jixiao_version());
  }

  /**
   * Scores {@code form} (自评) with the actuals document {@code actuals} (docs/scoring.md;
   * null: the actuals the form carries) under the built-in profile {@code profile}.
   */
  public static Scorecard score(Form form, String actuals, String profile) {
    try (Profile p = Profile.builtin(profile)) {
      return score(form, actuals, p);
    }
  }

  /** Scores {@code form} with {@code actuals} (null: the form's) under {@code profile} (null: national). */
  public static Scorecard score(Form form, String actuals, Profile profile) {
    byte[] bytes = actuals == null ? null : Text.utf8(actuals, "actuals");
    PointerByReference out = new PointerByReference();
    try {
      int rc = Lib.jixiao_score(form.pointer(), bytes, new Lib.SizeT(bytes == null ? 0 : bytes.length),
          profile == null ? null : profile.pointer(), out);
      String json = Text.take(out);
      if (rc != 0) throw JixiaoException.last(Status.of(rc), rc == Status.PARSE_ERROR.code ? Finding.parseList(json) : null);
      return new Scorecard(json);
    } finally {
      Reference.reachabilityFence(form);
      Reference.reachabilityFence(profile);
    }
  }

  /**
   * Monitors {@code form} at {@code month} (1..12) with the progress document
   * {@code progress} (docs/scoring.md) under {@code profile} (null: national).
   */
  public static Monitor monitor(Form form, String progress, int month, Profile profile) {
    byte[] bytes = Text.utf8(progress, "progress");
    PointerByReference out = new PointerByReference();
    try {
      int rc = Lib.jixiao_monitor(form.pointer(), bytes, new Lib.SizeT(bytes.length), month,
          profile == null ? null : profile.pointer(), out);
      String json = Text.take(out);
      if (rc != 0) throw JixiaoException.last(Status.of(rc), rc == Status.PARSE_ERROR.code ? Finding.parseList(json) : null);
      return new Monitor(json);
    } finally {
      Reference.reachabilityFence(form);
      Reference.reachabilityFence(profile);
    }
  }

  /** Parses one target ({@code ≥95%}, {@code 12月底前}, {@code 不低于95％}). */
  public static Target parseTarget(String text) {
    byte[] bytes = Text.utf8(text, "text");
    PointerByReference out = new PointerByReference();
    int rc = Lib.jixiao_parse_target(bytes, new Lib.SizeT(bytes.length), out);
    String json = Text.take(out);
    Text.check(rc, Status.PARSE_ERROR);
    return new Target(json);
  }

  /** The names of the built-in profiles. */
  public static List<String> listProfiles() {
    PointerByReference out = new PointerByReference();
    Text.check(Lib.jixiao_list_profiles(out));
    List<String> names = new ArrayList<>();
    for (Object o : (List<?>) Json.parse(Text.take(out))) names.add((String) o);
    return names;
  }

  /** The built-in review rules: id, severity, dimension, titles, parameters (schema objects). */
  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> listRules() {
    PointerByReference out = new PointerByReference();
    Text.check(Lib.jixiao_list_rules(out));
    return (List<Map<String, Object>>) Json.parse(Text.take(out));
  }
}
