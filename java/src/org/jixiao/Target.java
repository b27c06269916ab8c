package org.jixiao;

import java.util.List;
import java.util.Map;

/**
 * One target (指标值) as {@link Jixiao#parseTarget} reads it: the JSON object of
 * {@code jixiao target} (docs/targets.md). A text that does not parse is a result too
 * (kind {@code unparseable}, with diagnostics), not an exception.
 */
public final class Target {
  private final Map<String, Object> json;

  @SuppressWarnings("unchecked")
  Target(String text) {
    this.json = (Map<String, Object>) Json.parse(text);
  }

  /** The kind ({@code value}, {@code range}, {@code date}, {@code qualitative}, {@code unparseable}, …). */
  public String kind() {
    return (String) json.get("kind");
  }

  /** False when the text did not parse. */
  public boolean parsed() {
    return !"unparseable".equals(kind());
  }

  /** The canonical spelling ({@code ≥95%}). */
  public String canonical() {
    return (String) json.get("canonical");
  }

  /** The diagnostics, as objects of the schema. */
  @SuppressWarnings("unchecked")
  public List<Object> diagnostics() {
    Object d = json.get("diagnostics");
    return d == null ? List.of() : (List<Object>) d;
  }

  /** The whole object, parsed (numbers as {@link java.math.BigDecimal} or decimal strings). */
  public Map<String, Object> json() {
    return json;
  }
}
