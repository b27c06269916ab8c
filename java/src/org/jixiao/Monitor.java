package org.jixiao;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * In-year monitoring (运行监控, {@code jixiao.monitor/1}, docs/schema.md and
 * docs/scoring.md) of a form at a month. The common fields have getters; every other field
 * is in {@link #json()}.
 */
public final class Monitor {
  private final String text;
  private final Map<String, Object> json;
  private final List<Finding> findings;

  @SuppressWarnings("unchecked")
  Monitor(String text) {
    this.text = text;
    this.json = (Map<String, Object>) Json.parse(text);
    this.findings = Finding.list(json.get("findings"));
  }

  /** The month monitored (1–12). */
  public int month() {
    return ((BigDecimal) json.get("month")).intValueExact();
  }

  /** Budget progress ÷ time progress × 100, or null without budget figures. */
  public BigDecimal budgetRatio() {
    Object r = json.get("budget_ratio");
    return r == null ? null : new BigDecimal((String) r);
  }

  /** The light of the budget: {@code green}, {@code yellow}, {@code red} or {@code none}. */
  public String budgetColour() {
    return (String) json.get("budget_colour");
  }

  /** The monitored indicator rows, as schema objects (decimals as strings). */
  @SuppressWarnings("unchecked")
  public List<Map<String, Object>> rows() {
    return (List<Map<String, Object>>) json.get("rows");
  }

  /** The monitor's findings ({@code JX-M…}). */
  public List<Finding> findings() {
    return findings;
  }

  /** The whole result, parsed. */
  public Map<String, Object> json() {
    return json;
  }

  /** The JSON text as the library wrote it. */
  public String text() {
    return text;
  }
}
