package org.jixiao;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/** UTF-8 across the boundary and the status check every call shares. */
final class Text {
  private Text() {}

  /**
   * The UTF-8 bytes of {@code text}; a lone surrogate (which UTF-8 cannot hold) is a
   * {@link JixiaoException} with {@link Status#INVALID_ARGUMENT}, never a silent {@code ?}.
   */
  static byte[] utf8(String text, String what) {
    Objects.requireNonNull(text, what + " must not be null");
    try {
      ByteBuffer b = StandardCharsets.UTF_8.newEncoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .encode(CharBuffer.wrap(text));
      return Arrays.copyOfRange(b.array(), b.arrayOffset() + b.position(), b.arrayOffset() + b.limit());
    } catch (CharacterCodingException e) {
      throw new JixiaoException(Status.INVALID_ARGUMENT, what + " holds a lone surrogate and cannot be UTF-8", null);
    }
  }

  /** {@code name} as a NUL-terminated UTF-8 C string. */
  static byte[] cString(String name, String what) {
    byte[] b = utf8(name, what);
    return Arrays.copyOf(b, b.length + 1);
  }

  /** Reads a NUL-terminated UTF-8 string the library owns (NULL gives null). */
  static String read(Pointer p) {
    return p == null ? null : p.getString(0, "UTF-8");
  }

  /** Reads and frees a string the library allocated (NULL gives null). */
  static String take(PointerByReference out) {
    Pointer p = out.getValue();
    if (p == null) return null;
    try {
      return read(p);
    } finally {
      Lib.jixiao_free(p);
    }
  }

  /** The status of a call; a status other than {@code OK} and the {@code allowed} ones throws. */
  static Status check(int code, Status... allowed) {
    Status status = Status.of(code);
    if (status == Status.OK) return status;
    for (Status a : allowed) {
      if (a == status) return status;
    }
    throw JixiaoException.last(status, null);
  }
}
