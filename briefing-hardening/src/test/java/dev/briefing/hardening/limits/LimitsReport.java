package dev.briefing.hardening.limits;

import dev.briefing.core.format.BriefingParser;
import dev.briefing.core.format.FormatRegistry;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The scaling report run by the {@code limits} profile (never as a unit test: it measures time).
 * For each reader of {@link Readers} and each pathological shape it times inputs of 256 KiB, 512 KiB and 1 MiB in
 * one JVM (best of seven after warm-up) and prints one table. It exits with status 1 when a
 * 1 MiB input takes 500 ms or more, or when doubling an input more than triples its time, the
 * margin over 2x absorbing noise on a shared machine.
 *
 * <pre>{@code
 * java -cp ... dev.briefing.hardening.limits.LimitsReport json:rw,text:rw
 * }</pre>
 */
public final class LimitsReport {
  private static final int[] SIZES = {256 << 10, 512 << 10, 1 << 20};
  private static final double MAX_RATIO = 3.0;
  private static final double MAX_MILLIS_AT_ONE_MIB = 500;
  /** Below this, a ratio measures the garbage collector and the JIT more than the reader. */
  private static final double MIN_MILLIS_FOR_RATIO = 20;

  private LimitsReport() {}

  /** @param args the hardening.formats list, e.g. {@code json:rw,text:rw} */
  public static void main(String[] args) {
    FormatRegistry registry = FormatRegistry.loadDefault();
    boolean failed = false;
    System.out.printf(Locale.ROOT, "%-17s %-28s %10s %10s %10s %7s %7s  %s%n",
        "reader", "input", "256KiB ms", "512KiB ms", "1MiB ms", "x2", "x2", "outcome");
    for (String entry : args[0].split(",")) {
      String[] parts = entry.split(":");
      if (parts.length != 2 || parts[1].indexOf('r') < 0) {
        continue;
      }
      for (String reader : Readers.of(parts[0])) {
        BriefingParser parser = Readers.parser(reader);
        Map<String, IntFunction<String>> shapes = new LinkedHashMap<>();
        if (parts[1].indexOf('w') >= 0) {
          shapes.putAll(PathologicalInputs.written(registry.renderer(parts[0])));
        }
        shapes.putAll(PathologicalInputs.forReader(reader));
        for (Map.Entry<String, IntFunction<String>> shape : shapes.entrySet()) {
          double[] millis = new double[SIZES.length];
          String outcome = "";
          for (int i = 0; i < SIZES.length; i++) {
            String input = shape.getValue().apply(SIZES[i]);
            outcome = run(parser, input);
            millis[i] = best(parser, input);
          }
          double r1 = millis[1] / Math.max(millis[0], 0.05);
          double r2 = millis[2] / Math.max(millis[1], 0.05);
          boolean bad = millis[2] >= MAX_MILLIS_AT_ONE_MIB || (millis[2] > MIN_MILLIS_FOR_RATIO && (r1 > MAX_RATIO || r2 > MAX_RATIO))
              || outcome.startsWith("ESCAPED");
          failed |= bad;
          System.out.printf(Locale.ROOT, "%-17s %-28s %10.2f %10.2f %10.2f %7.2f %7.2f  %s%s%n", reader,
              shape.getKey(), millis[0], millis[1], millis[2], r1, r2, outcome, bad ? "  <-- FAIL" : "");
        }
      }
    }
    if (failed) {
      System.exit(1);
    }
  }

  private static double best(BriefingParser parser, String input) {
    for (int i = 0; i < 3; i++) {
      run(parser, input);
    }
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 7; i++) {
      long start = System.nanoTime();
      run(parser, input);
      best = Math.min(best, System.nanoTime() - start);
    }
    return best / 1e6;
  }

  private static String run(BriefingParser parser, String input) {
    try {
      parser.parseAll(new StringReader(input)).forEach(b -> { });
      return "read";
    } catch (dev.briefing.core.BriefingException e) {
      return "refused: " + e.getClass().getSimpleName();
    } catch (RuntimeException | StackOverflowError e) {
      return "ESCAPED " + e.getClass().getName();
    }
  }
}
