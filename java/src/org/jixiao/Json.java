package org.jixiao;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON reader (RFC 8259) and string writer for the documents the library
 * returns (docs/schema.md). Objects become insertion-ordered {@code Map<String,Object>},
 * arrays {@code List<Object>}, numbers {@link BigDecimal} (never double), {@code true}
 * and {@code false} {@link Boolean}, {@code null} Java null. Duplicate keys, trailing
 * text, lone surrogates and nesting deeper than 256 are errors. Ours rather than a jar:
 * the JDK has none and these are the library's own documents (docs/java.md).
 */
public final class Json {
  private static final int MAX_DEPTH = 256;
  private final String s;
  private int i;

  private Json(String s) {
    this.s = s;
  }

  /** The value {@code text} holds; {@link IllegalArgumentException} with the offset if it is not JSON. */
  public static Object parse(String text) {
    Json p = new Json(text);
    p.space();
    Object v = p.value(0);
    p.space();
    if (p.i != text.length()) throw p.error("text after the value");
    return v;
  }

  /** {@code text} as a JSON string literal (quotes, backslash and control characters escaped). */
  public static String quote(String text) {
    StringBuilder b = new StringBuilder(text.length() + 2).append('"');
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      switch (c) {
        case '"': b.append("\\\""); break;
        case '\\': b.append("\\\\"); break;
        case '\n': b.append("\\n"); break;
        case '\r': b.append("\\r"); break;
        case '\t': b.append("\\t"); break;
        default:
          if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
          else b.append(c);
      }
    }
    return b.append('"').toString();
  }

  /** A JSON object of texts, in the map's order. */
  public static String object(Map<String, String> map) {
    StringBuilder b = new StringBuilder("{");
    for (Map.Entry<String, String> e : map.entrySet()) {
      if (b.length() > 1) b.append(", ");
      b.append(quote(e.getKey())).append(": ").append(quote(e.getValue()));
    }
    return b.append('}').toString();
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException("JSON: " + what + " at offset " + i);
  }

  private void space() {
    while (i < s.length() && " \t\n\r".indexOf(s.charAt(i)) >= 0) i++;
  }

  private Object value(int depth) {
    if (depth > MAX_DEPTH) throw error("nested too deep");
    if (i >= s.length()) throw error("unexpected end");
    char c = s.charAt(i);
    if (c == '{') return object(depth);
    if (c == '[') return array(depth);
    if (c == '"') return string();
    if (c == '-' || (c >= '0' && c <= '9')) return number();
    if (s.startsWith("true", i)) { i += 4; return Boolean.TRUE; }
    if (s.startsWith("false", i)) { i += 5; return Boolean.FALSE; }
    if (s.startsWith("null", i)) { i += 4; return null; }
    throw error("unexpected character '" + c + "'");
  }

  private Map<String, Object> object(int depth) {
    Map<String, Object> m = new LinkedHashMap<>();
    i++;
    space();
    if (eat('}')) return m;
    do {
      space();
      if (i >= s.length() || s.charAt(i) != '"') throw error("expected a key");
      String key = string();
      space();
      if (!eat(':')) throw error("expected ':'");
      space();
      if (m.containsKey(key)) throw error("duplicate key \"" + key + "\"");
      m.put(key, value(depth + 1));
      space();
    } while (eat(','));
    if (!eat('}')) throw error("expected ',' or '}'");
    return m;
  }

  private List<Object> array(int depth) {
    List<Object> a = new ArrayList<>();
    i++;
    space();
    if (eat(']')) return a;
    do {
      space();
      a.add(value(depth + 1));
      space();
    } while (eat(','));
    if (!eat(']')) throw error("expected ',' or ']'");
    return a;
  }

  private boolean eat(char c) {
    if (i < s.length() && s.charAt(i) == c) {
      i++;
      return true;
    }
    return false;
  }

  private String string() {
    StringBuilder b = new StringBuilder();
    boolean surrogates = false;
    i++;
    while (true) {
      int run = i;  // a run of plain characters is copied at once
      while (i < s.length()) {
        char c = s.charAt(i);
        if (c == '"' || c == '\\' || c < 0x20) break;
        surrogates |= Character.isSurrogate(c);
        i++;
      }
      b.append(s, run, i);
      if (i >= s.length()) throw error("unterminated string");
      char c = s.charAt(i++);
      if (c == '"') break;
      if (c < 0x20) throw error("control character in a string");
      if (i >= s.length()) throw error("unterminated escape");
      char e = s.charAt(i++);
      switch (e) {
        case '"': case '\\': case '/': b.append(e); break;
        case 'b': b.append('\b'); break;
        case 'f': b.append('\f'); break;
        case 'n': b.append('\n'); break;
        case 'r': b.append('\r'); break;
        case 't': b.append('\t'); break;
        case 'u':
          if (i + 4 > s.length()) throw error("short \\u escape");
          try {
            char u = (char) Integer.parseInt(s.substring(i, i + 4), 16);
            surrogates |= Character.isSurrogate(u);
            b.append(u);
          } catch (NumberFormatException x) {
            throw error("bad \\u escape");
          }
          i += 4;
          break;
        default: throw error("bad escape");
      }
    }
    String out = b.toString();
    if (surrogates) checkPairs(out);
    return out;
  }

  /** Refuses a surrogate that is not half of a pair (UTF-8 cannot carry it). */
  private void checkPairs(String out) {
    for (int k = 0; k < out.length(); k++) {
      char c = out.charAt(k);
      if (Character.isHighSurrogate(c) && k + 1 < out.length() && Character.isLowSurrogate(out.charAt(k + 1))) k++;
      else if (Character.isSurrogate(c)) throw error("lone surrogate in a string");
    }
  }

  private BigDecimal number() {
    int start = i;
    eat('-');
    if (eat('0')) {
      // no leading zeros
    } else if (!digits()) {
      throw error("bad number");
    }
    if (eat('.') && !digits()) throw error("bad fraction");
    if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (!eat('+')) eat('-');
      if (!digits()) throw error("bad exponent");
    }
    try {
      return new BigDecimal(s.substring(start, i));
    } catch (NumberFormatException x) {  // an exponent past int
      throw error("number out of range");
    }
  }

  private boolean digits() {
    int start = i;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') i++;
    return i > start;
  }
}
