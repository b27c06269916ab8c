package org.jixiao;

import com.sun.jna.ptr.PointerByReference;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The Java binding's call overhead (issue 12, goal ≤ 2× the C++ call): {@code check} of
 * the seed form through Java after a JIT warm-up, as the median over repetitions of the
 * mean time per call, in wall time and in the calling thread's CPU time (what Google
 * Benchmark's CPU column measures; on a busy machine the CPU time is the steadier). Three
 * variants, interleaved in every repetition so that a change of load hits all alike:
 * {@code java_check_report}, what a Java user gets (the report parsed into a
 * {@link Report} with its {@link Finding}s); {@code java_check_text}, the JSON copied into
 * a Java string, not parsed; {@code java_check_native}, the native call through JNA with
 * the JSON freed unread. Compare with {@code BM_CheckCpp} of {@code bench_c_api} run beside
 * it (docs/java.md). Usage: {@code BenchCheck SEED.json [REPETITIONS]}.
 */
public final class BenchCheck {
  private BenchCheck() {}

  interface Call {
    int run();
  }

  public static void main(String[] args) throws Exception {
    int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 9;
    try (Form form = Form.load(Path.of(args[0]), "json"); Ruleset rules = new Ruleset()) {
      String[] names = {"java_check_report", "java_check_text", "java_check_native"};
      Call[] calls = {
        () -> rules.check(form).findings().size(),
        () -> text(rules, form).length(),
        () -> nativeCheck(rules, form)
      };
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      long sink = 0;
      for (Call call : calls) {  // JIT warm-up: 2 s of calls each
        long warm = System.nanoTime() + 2_000_000_000L;
        while (System.nanoTime() < warm) sink += call.run();
      }
      double[][] wall = new double[calls.length][repetitions];
      double[][] cpu = new double[calls.length][repetitions];
      for (int r = 0; r < repetitions; r++) {
        for (int c = 0; c < calls.length; c++) {
          int n = 0;
          long cpuStart = threads.getCurrentThreadCpuTime();
          long start = System.nanoTime();
          long end;
          do {
            sink += calls[c].run();
            n++;
            end = System.nanoTime();
          } while (end - start < 300_000_000L);
          wall[c][r] = (double) (end - start) / n;
          cpu[c][r] = (double) (threads.getCurrentThreadCpuTime() - cpuStart) / n;
        }
      }
      for (int c = 0; c < calls.length; c++) {
        Arrays.sort(wall[c]);
        Arrays.sort(cpu[c]);
        System.out.printf("%-18s median %9.0f ns wall %9.0f ns CPU per call (%d repetitions of 0.3 s)%n", names[c],
            wall[c][repetitions / 2], cpu[c][repetitions / 2], repetitions);
      }
      System.out.println("(sink " + sink % 10 + ")");
    }
  }

  /** The call and the JSON as a Java string, without parsing it. */
  private static String text(Ruleset rules, Form form) {
    PointerByReference out = new PointerByReference();
    Text.check(Lib.jixiao_check(rules.pointer(), form.pointer(), out));
    return Text.take(out);
  }

  /** Only the native call and the free through JNA: no Java string, no parsing. */
  private static int nativeCheck(Ruleset rules, Form form) {
    PointerByReference out = new PointerByReference();
    int rc = Lib.jixiao_check(rules.pointer(), form.pointer(), out);
    Lib.jixiao_free(out.getValue());
    return rc;
  }
}
