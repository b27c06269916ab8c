package org.jixiao;

import com.sun.jna.Callback;
import com.sun.jna.IntegerType;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;

/**
 * The calls of {@code jixiao.h} (docs/c-api.md), bound with JNA's direct mapping: each
 * Java method is the C function of the same name. Text goes in as NUL-terminated UTF-8
 * byte arrays so that no JVM default charset is involved. The library is found as
 * {@code jixiao} on {@code jna.library.path} or the system's paths, or at the file the
 * system property {@code jixiao.library} names.
 */
final class Lib {
  static {
    Native.register(Lib.class, System.getProperty("jixiao.library", "jixiao"));
  }

  private Lib() {}

  /** C {@code size_t}. */
  public static final class SizeT extends IntegerType {
    private static final long serialVersionUID = 1L;

    /** Zero. */
    public SizeT() {
      this(0);
    }

    /** The value {@code value}. */
    public SizeT(long value) {
      super(Native.SIZE_T_SIZE, value, true);
    }
  }

  /** C {@code jixiao_check_callback}; the texts are read as UTF-8 by the caller. */
  interface CheckCallback extends Callback {
    int invoke(Pointer userData, Pointer formJson, Pointer parametersJson, Pointer output);
  }

  static native Pointer jixiao_version();

  static native void jixiao_free(Pointer memory);

  static native int jixiao_last_error_code();

  static native Pointer jixiao_last_error_message();

  static native int jixiao_form_load(byte[] text, SizeT length, byte[] format, byte[] name, PointerByReference form,
                                     PointerByReference findingsJson);

  static native void jixiao_form_free(Pointer form);

  static native int jixiao_form_save(Pointer form, byte[] format, PointerByReference text);

  static native int jixiao_profile_builtin(byte[] name, PointerByReference profile);

  static native int jixiao_profile_load(byte[] text, SizeT length, PointerByReference profile,
                                        PointerByReference findingsJson);

  static native void jixiao_profile_free(Pointer profile);

  static native int jixiao_ruleset_new(Pointer profile, PointerByReference ruleset);

  static native int jixiao_ruleset_configure(Pointer ruleset, byte[] text, SizeT length,
                                             PointerByReference findingsJson);

  static native int jixiao_ruleset_add_check(Pointer ruleset, byte[] ruleJson, SizeT length, CheckCallback callback,
                                             Pointer userData);

  static native void jixiao_ruleset_free(Pointer ruleset);

  static native int jixiao_check_output_set(Pointer output, byte[] findingsJson, SizeT length);

  static native int jixiao_check_output_fail(Pointer output, byte[] message, SizeT length);

  static native int jixiao_check(Pointer ruleset, Pointer form, PointerByReference reportJson);

  static native int jixiao_score(Pointer form, byte[] actualsText, SizeT length, Pointer profile,
                                 PointerByReference scorecardJson);

  static native int jixiao_monitor(Pointer form, byte[] progressText, SizeT length, int month, Pointer profile,
                                   PointerByReference monitorJson);

  static native int jixiao_parse_target(byte[] text, SizeT length, PointerByReference targetJson);

  static native int jixiao_list_rules(PointerByReference rulesJson);

  static native int jixiao_list_profiles(PointerByReference profilesJson);
}
