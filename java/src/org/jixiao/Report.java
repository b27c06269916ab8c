package org.jixiao;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A review report ({@code jixiao.report/1}, docs/schema.md): the findings of reading the
 * form, then the rules' findings, and the review score and grade.
 */
public final class Report extends JsonResult {
  Report(String text) {
    super(text);
  }

  /** True when no finding is an error. */
  public boolean ok() {
    return (Boolean) json().get("ok");
  }

  /** The number of findings of {@code severity}. */
  public int count(Severity severity) {
    return ((BigDecimal) ((Map<?, ?>) json().get("counts")).get(severity.key())).intValueExact();
  }

  /** The review score (100 − points per finding, at least 0). */
  public BigDecimal score() {
    return new BigDecimal((String) json().get("score"));
  }

  /** The suggested review grade: {@code excellent}, {@code good}, {@code fair}, {@code poor}. */
  public String reviewGrade() {
    return (String) json().get("review_grade");
  }

  /** The review grade in Chinese: 优, 良, 中 or 差. */
  public String reviewGradeZh() {
    return (String) json().get("review_grade_zh");
  }
}
