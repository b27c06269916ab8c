package org.jixiao;

import com.sun.jna.ptr.PointerByReference;

/**
 * A profile (policy: taxonomy, thresholds, weights, rating bands; docs/profiles.md).
 * Immutable: may be shared by threads. Close it when done.
 */
public final class Profile extends Handle {
  private Profile(PointerByReference p) {
    super(p.getValue(), Lib::jixiao_profile_free);
  }

  /** A built-in profile by name ({@code "national"}, …; {@link Jixiao#listProfiles()}). */
  public static Profile builtin(String name) {
    PointerByReference out = new PointerByReference();
    Text.check(Lib.jixiao_profile_builtin(Text.cString(name, "name"), out));
    return new Profile(out);
  }

  /** A profile read from {@code text} (INFO, JSON or XML); its error findings are in the exception. */
  public static Profile load(String text) {
    byte[] bytes = Text.utf8(text, "text");
    PointerByReference out = new PointerByReference();
    PointerByReference findings = new PointerByReference();
    int rc = Lib.jixiao_profile_load(bytes, new Lib.SizeT(bytes.length), out, findings);
    String findingsJson = Text.take(findings);
    if (rc != 0) throw JixiaoException.last(Status.of(rc), Finding.parseList(findingsJson));
    return new Profile(out);
  }
}
