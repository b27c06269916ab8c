package org.jixiao;

import java.util.Map;

/**
 * A finding a {@link CustomCheck} reports; it gets the rule's id and severity. The
 * messages may name arguments as {@code {name}}.
 *
 * @param path JSON Pointer into the form ({@code /indicators/3}, {@code ""} for the whole form)
 * @param messageZh the message in zh-CN (at least one message is needed)
 * @param messageEn the message in English
 * @param arguments named arguments of the messages (may be empty)
 * @param expected what the rule expected, or null
 * @param actual what the form has, or null
 */
public record CustomFinding(String path, String messageZh, String messageEn, Map<String, String> arguments,
                            String expected, String actual) {
  /** A finding at {@code path} with two messages and nothing else. */
  public CustomFinding(String path, String messageZh, String messageEn) {
    this(path, messageZh, messageEn, Map.of(), null, null);
  }

  /** The finding object of the C ABI's custom-check array. */
  String json() {
    StringBuilder b = new StringBuilder("{\"path\": ").append(Json.quote(path));
    if (messageZh != null) b.append(", \"message_zh\": ").append(Json.quote(messageZh));
    if (messageEn != null) b.append(", \"message_en\": ").append(Json.quote(messageEn));
    if (arguments != null && !arguments.isEmpty()) b.append(", \"arguments\": ").append(Json.object(arguments));
    if (expected != null) b.append(", \"expected\": ").append(Json.quote(expected));
    if (actual != null) b.append(", \"actual\": ").append(Json.quote(actual));
    return b.append('}').toString();
  }
}
