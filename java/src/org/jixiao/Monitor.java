package org.jixiao;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * In-year monitoring (运行监控, {@code jixiao.monitor/1}, docs/schema.md and
 * docs/scoring.md) of a form at a month. The common fields have getters; every other field
 * is in {@link #json()}.
 */
public final class Monitor extends JsonResult {
  Monitor(String text) {
    super(text);
  }

  /** The month monitored (1–12). */
  public int month() {
    return ((BigDecimal) json().get("month")).intValueExact();
  }

  /** Budget progress ÷ time progress × 100, or null without budget figures. */
  public BigDecimal budgetRatio() {
    Object r = json().get("budget_ratio");
    return r == null ? null : new BigDecimal((String) r);
  }

  /** The light of the budget: {@code green}, {@code yellow}, {@code red} or {@code none}. */
  public String budgetColour() {
    return (String) json().get("budget_colour");
  }

  /** The monitored indicator rows, as schema objects (decimals as strings). */
  @SuppressWarnings("unchecked")
  public List<Map<String, Object>> rows() {
    return (List<Map<String, Object>>) json().get("rows");
  }
}
