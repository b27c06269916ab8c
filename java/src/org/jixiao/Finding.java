package org.jixiao;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One finding (the finding object of docs/schema.md), from a review rule, the form
 * loader, the scorer or a custom check.
 *
 * @param id the rule or diagnostic id ({@code JX-B001}, {@code JX-IO012}, a custom id)
 * @param severity error, warning or info
 * @param path JSON Pointer into the canonical form ({@code ""} for the whole form)
 * @param messageZh the message in zh-CN
 * @param messageEn the message in English
 * @param arguments the message's named arguments (name → text)
 * @param expected what the rule expected, or null
 * @param actual what the form has, or null
 * @param line 1-based line in the file read, 0 when unknown
 * @param column 1-based column in the file read, 0 when unknown
 */
public record Finding(String id, Severity severity, String path, String messageZh, String messageEn,
                      Map<String, String> arguments, String expected, String actual, int line, int column) {
  /** The message in zh-CN (the language the forms are written in). */
  public String message() {
    return messageZh;
  }

  /** {@code path: severity[id]: message_en}. */
  @Override
  public String toString() {
    return path + ": " + severity.key() + "[" + id + "]: " + messageEn;
  }

  /** A finding from its schema object. */
  @SuppressWarnings("unchecked")
  static Finding of(Object json) {
    Map<String, Object> m = (Map<String, Object>) json;
    Map<String, String> args = new LinkedHashMap<>();
    ((Map<String, Object>) m.get("arguments")).forEach((k, v) -> args.put(k, (String) v));
    Map<String, Object> source = (Map<String, Object>) m.get("source");
    int line = source == null ? 0 : ((Number) source.get("line")).intValue();
    int column = source == null ? 0 : ((Number) source.get("column")).intValue();
    return new Finding((String) m.get("rule_id"), Severity.of((String) m.get("severity")), (String) m.get("path"),
        (String) m.get("message_zh"), (String) m.get("message_en"), Collections.unmodifiableMap(args),
        (String) m.get("expected"), (String) m.get("actual"), line, column);
  }

  /** The findings of a JSON array of finding objects (null text gives none). */
  static List<Finding> list(Object json) {
    List<Finding> out = new ArrayList<>();
    if (json != null) {
      for (Object f : (List<?>) json) out.add(of(f));
    }
    return Collections.unmodifiableList(out);
  }

  /** The findings of a JSON text holding an array of finding objects (null gives none). */
  static List<Finding> parseList(String text) {
    return text == null ? List.of() : list(Json.parse(text));
  }
}
