package org.jixiao;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A review report ({@code jixiao.report/1}, docs/schema.md): the findings of reading the
 * form, then the rules' findings, and the review score and grade.
 */
public final class Report {
  private final String text;
  private final Map<String, Object> json;
  private final List<Finding> findings;

  @SuppressWarnings("unchecked")
  Report(String text) {
    this.text = text;
    this.json = (Map<String, Object>) Json.parse(text);
    this.findings = Finding.list(json.get("findings"));
  }

  /** Every finding, in form order then rule id. */
  public List<Finding> findings() {
    return findings;
  }

  /** True when no finding is an error. */
  public boolean ok() {
    return (Boolean) json.get("ok");
  }

  /** The number of findings of {@code severity}. */
  public int count(Severity severity) {
    return ((BigDecimal) ((Map<?, ?>) json.get("counts")).get(severity.key())).intValueExact();
  }

  /** The review score (100 − points per finding, at least 0). */
  public BigDecimal score() {
    return new BigDecimal((String) json.get("score"));
  }

  /** The suggested review grade: {@code excellent}, {@code good}, {@code fair}, {@code poor}. */
  public String reviewGrade() {
    return (String) json.get("review_grade");
  }

  /** The review grade in Chinese: 优, 良, 中 or 差. */
  public String reviewGradeZh() {
    return (String) json.get("review_grade_zh");
  }

  /** The whole report, parsed (decimals stay strings as in the schema). */
  public Map<String, Object> json() {
    return json;
  }

  /** The report's JSON text as the library wrote it. */
  public String text() {
    return text;
  }
}
