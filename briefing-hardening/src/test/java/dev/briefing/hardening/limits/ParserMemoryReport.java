package dev.briefing.hardening.limits;

import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The parser-memory table in docs/security.md: for the text and Markdown parsers and each
 * {@link MemoryShapes} input of 1, 4 and 16 MiB, the smallest maximum heap (from a ladder of
 * sizes) in which a child JVM reads or refuses the input, and that heap as a multiple of the
 * input. Run by hand; it starts about a hundred JVMs.
 *
 * <pre>{@code
 * java -cp ... dev.briefing.hardening.limits.ParserMemoryReport text,markdown
 * }</pre>
 */
public final class ParserMemoryReport {

  private static final int[] SIZES_MIB = {1, 4, 16};
  private static final int[] LADDER_MIB = {8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512, 768, 1024, 1536, 2048};

  private ParserMemoryReport() {}

  /** @param args comma-separated readers of {@link Readers}, e.g. {@code text,tolerant text,html} */
  public static void main(String[] args) throws Exception {
    System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |%n", "parser", "input", "size",
        "smallest -Xmx that answers", "heap / input", "answer");
    System.out.println("| --- | --- | --- | --- | --- | --- |");
    for (String format : args[0].split(",")) {
      for (Map.Entry<String, IntFunction<String>> shape : MemoryShapes.forReader(format).entrySet()) {
        for (int size : SIZES_MIB) {
          int lo = 0;
          int hi = LADDER_MIB.length - 1;
          BoundedHeap.Outcome best = BoundedHeap.parse(LADDER_MIB[hi], format, shape.getKey(), size << 20);
          if (!best.completed()) {
            System.out.printf(Locale.ROOT, "| %s | `%s` | %d MiB | > %d MiB | - | status %d |%n", format,
                shape.getKey(), size, LADDER_MIB[hi], best.status());
            continue;
          }
          while (lo < hi) {
            int mid = (lo + hi) / 2;
            BoundedHeap.Outcome outcome = BoundedHeap.parse(LADDER_MIB[mid], format, shape.getKey(), size << 20);
            if (outcome.completed()) {
              hi = mid;
              best = outcome;
            } else {
              lo = mid + 1;
            }
          }
          System.out.printf(Locale.ROOT, "| %s | `%s` | %d MiB | %d MiB | %.0fx | %s |%n", format, shape.getKey(), size,
              LADDER_MIB[hi], (double) LADDER_MIB[hi] / size, best.said());
        }
      }
    }
  }
}
