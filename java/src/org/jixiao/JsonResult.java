package org.jixiao;

import java.util.List;
import java.util.Map;

/**
 * What every result of the library is: the JSON text it wrote ({@code jixiao.report/1},
 * {@code jixiao.scorecard/1}, {@code jixiao.monitor/1}; docs/schema.md), that text parsed,
 * and its findings. {@link Report}, {@link Scorecard} and {@link Monitor} add getters for
 * their own fields.
 */
abstract class JsonResult {
  private final String text;
  private final Map<String, Object> json;
  private final List<Finding> findings;

  @SuppressWarnings("unchecked")
  JsonResult(String text) {
    this.text = text;
    this.json = (Map<String, Object>) Json.parse(text);
    this.findings = Finding.list(json.get("findings"));
  }

  /** The result's findings, in the order the library wrote them. */
  public List<Finding> findings() {
    return findings;
  }

  /** The whole result, parsed (decimals stay strings as in the schema). */
  public Map<String, Object> json() {
    return json;
  }

  /** The JSON text as the library wrote it. */
  public String text() {
    return text;
  }
}
