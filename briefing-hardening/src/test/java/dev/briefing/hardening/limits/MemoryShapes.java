package dev.briefing.hardening.limits;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Inputs built to make a text or Markdown parser hold much more than the input while it reads:
 * many tiny lines (one object each, if a parser keeps one per line), runs of emphasis
 * delimiters (one delimiter each, for CommonMark) and lists nested ever deeper (one block per
 * level). Each builder takes a size in characters.
 *
 * <pre>{@code
 * String fourMiB = MemoryShapes.forReader("markdown").get("- lines").apply(4 << 20);
 * }</pre>
 */
final class MemoryShapes {

  private MemoryShapes() {}

  /**
   * @param reader a reader of {@link Readers}: {@code text}, {@code markdown}, their tolerant
   *     readings (which get the shapes of {@link TolerantShapes} too) or {@code html} (only those)
   * @return the shapes, by name
   */
  static Map<String, IntFunction<String>> forReader(String reader) {
    return TolerantShapes.withFormatShapes(reader, MemoryShapes::forFormat);
  }

  private static Map<String, IntFunction<String>> forFormat(String format) {
    String signal = format.equals("markdown") ? "## The Signal\n\n" : "The Signal\n\n";
    String watch = format.equals("markdown") ? "## What To Watch\n\n" : "What To Watch\n\n";
    Map<String, IntFunction<String>> shapes = new LinkedHashMap<>();
    shapes.put("- lines", n -> signal + "s\n\n" + watch + repeat("- \n", n));
    shapes.put("** runs", n -> signal + repeat("**", n));
    shapes.put("deep lists", n -> signal + "s\n\n" + watch + deepList(n));
    return shapes;
  }

  /** Lines "- a", "  - a", "    - a", ... each one level deeper, restarting every 64 levels. */
  private static String deepList(int size) {
    StringBuilder out = new StringBuilder(size + 256);
    int depth = 0;
    while (out.length() < size) {
      out.append("  ".repeat(depth)).append("- a\n");
      depth = (depth + 1) % 64;
    }
    return out.toString();
  }

  private static String repeat(String unit, int size) {
    return unit.repeat(Math.max(1, size / unit.length()));
  }
}
