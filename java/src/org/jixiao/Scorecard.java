package org.jixiao;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A self-evaluation scorecard (绩效自评, {@code jixiao.scorecard/1}, docs/schema.md and
 * docs/scoring.md). The common fields have getters; every other field is in {@link #json()}.
 */
public final class Scorecard extends JsonResult {
  Scorecard(String text) {
    super(text);
  }

  /** The name of the profile used. */
  public String profile() {
    return (String) json().get("profile");
  }

  /** 总分, rounded per the profile. */
  public BigDecimal total() {
    return new BigDecimal((String) json().get("total"));
  }

  /** The highest total possible. */
  public BigDecimal maxTotal() {
    return new BigDecimal((String) json().get("max_total"));
  }

  /** 自评等级 the total earns ({@code 优}). */
  public String rating() {
    return (String) json().get("rating");
  }

  /** Every applicable row got points and no finding is an error. */
  public boolean complete() {
    return (Boolean) json().get("complete");
  }

  /** The scored indicator rows, as schema objects (decimals as strings). */
  @SuppressWarnings("unchecked")
  public List<Map<String, Object>> rows() {
    return (List<Map<String, Object>>) json().get("rows");
  }
}
