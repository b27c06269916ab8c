package org.jixiao;

import java.util.Locale;

/** The severity of a finding. */
public enum Severity {
  /** An error: the form is not acceptable as it is. */
  ERROR,
  /** A warning. */
  WARNING,
  /** Information. */
  INFO;

  /** The schema's key ({@code "error"}, {@code "warning"}, {@code "info"}). */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The severity of the schema's key. */
  public static Severity of(String key) {
    return valueOf(key.toUpperCase(Locale.ROOT));
  }
}
