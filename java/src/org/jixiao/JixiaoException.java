package org.jixiao;

import java.util.List;

/**
 * A call that failed: the status code of the C ABI, its message (the thread's last error,
 * English) and, when the input was read, its findings.
 */
public class JixiaoException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The status of the failed call. */
  private final Status status;
  /** The findings of reading the input (empty when there are none). */
  private final transient List<Finding> findings;

  /** A failure with {@code status}, {@code message} and {@code findings} (null: none). */
  public JixiaoException(Status status, String message, List<Finding> findings) {
    super(status + ": " + message);
    this.status = status;
    this.findings = findings == null ? List.of() : List.copyOf(findings);
  }

  /** A failure with the calling thread's last error message. */
  static JixiaoException last(Status status, List<Finding> findings) {
    return new JixiaoException(status, Text.read(Lib.jixiao_last_error_message()), findings);
  }

  /** The status code. */
  public Status status() {
    return status;
  }

  /** The findings that came with the failure (loader or reader findings), maybe empty. */
  public List<Finding> findings() {
    return findings;
  }
}
