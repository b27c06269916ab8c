package org.jixiao;

import java.util.List;
import java.util.Map;

/**
 * A review rule written in Java, registered with {@link Ruleset#addCheck}: given the
 * form ({@code jixiao.form/1} JSON, parsed by {@link Json}) and the rule's parameters,
 * it returns its findings (none: an empty list). It may be called from several threads
 * at once when checks run at once. An exception it throws becomes the rule's error
 * finding "could not finish", naming the exception's class and message; the other rules
 * still run.
 */
@FunctionalInterface
public interface CustomCheck {
  /** The findings of this rule on {@code form}. */
  List<CustomFinding> check(Map<String, Object> form, Map<String, String> parameters) throws Exception;
}
