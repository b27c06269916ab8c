package org.jixiao;

/** The status codes of the C ABI ({@code jixiao_status}, docs/c-api.md). */
public enum Status {
  /** Success. */
  OK(0),
  /** A null or empty argument, text that is not UTF-8, an unknown name or format. */
  INVALID_ARGUMENT(1),
  /** The input was read but has error findings. */
  PARSE_ERROR(2),
  /** The input is past a limit (size, depth, cells; docs/reliability.md). */
  LIMIT(3),
  /** Memory ran out. */
  NO_MEMORY(4),
  /** A failure inside the library (a bug). */
  INTERNAL(5),
  /** A code this binding does not know (a newer library); treated as a failure. */
  UNKNOWN(-1);

  /** The C value. */
  public final int code;

  Status(int code) {
    this.code = code;
  }

  /** The status of the C value {@code code}. */
  public static Status of(int code) {
    for (Status s : values()) {
      if (s.code == code) return s;
    }
    return UNKNOWN;
  }
}
