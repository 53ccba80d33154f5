package dev.briefing.hardening.limits;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Inputs built to make a reader slow if it backtracks or loops over what it has read: for each
 * format, shapes whose size can be doubled, so time per size shows whether work grows linearly.
 *
 * <pre>{@code
 * String oneMiB = PathologicalInputs.forFormat("text").get("many figure lines").apply(1 << 20);
 * }</pre>
 */
final class PathologicalInputs {

  private PathologicalInputs() {}

  /** @return named input builders for {@code format}, each taking a size in characters */
  static Map<String, IntFunction<String>> forFormat(String format) {
    Map<String, IntFunction<String>> shapes = new LinkedHashMap<>();
    switch (format) {
      case "json":
      case "ndjson":
        shapes.put("escapes in one string", n -> "{\"signal\":\"" + repeat("\\u00e9\\n\\\"", n) + "\"}");
        shapes.put("deep nesting", n -> repeat("[", n / 2) + repeat("]", n / 2));
        shapes.put("many figures", n -> "{\"signal\":\"s\",\"whatHappened\":\"w\",\"figures\":["
            + repeat("{\"value\":\"$1B\",\"label\":\"l\"},", n) + "{\"value\":\"1\",\"label\":\"l\"}]}");
        shapes.put("whitespace", n -> "{" + repeat(" \n\t", n) + "}");
        shapes.put("long number", n -> "{\"signal\":" + repeat("9", n) + "}");
        break;
      case "markdown":
        shapes.put("emphasis delimiters", n -> "## The Signal\n\n" + repeat("*a_", n));
        shapes.put("open brackets", n -> "## The Signal\n\n" + repeat("[a](", n));
        shapes.put("backticks", n -> "## The Signal\n\n" + repeat("`a``", n));
        shapes.put("nested quotes", n -> "## The Signal\n\n" + repeat(">", Math.min(n, 10_000)) + repeat(" a", n / 2));
        shapes.put("many list items", n -> "## Why It Matters\n\n" + repeat("- **First-order:** a\n", n));
        break;
      default:
        shapes.put("one paragraph", n -> "The Signal\n\n" + repeat("word ", n));
        shapes.put("damaged characters", n -> "The Signal\n\n" + repeat("a\u0E42b 1\u0E422 \u00E2\u20AC\u2122 ", n));
        shapes.put("many figure lines", n -> "The Numbers\n\n" + repeat("- $1B: label (source).\n", n));
        shapes.put("nested parentheses", n -> "The Numbers\n\n- $1B: label " + repeat("(", n) + "\n");
        shapes.put("blank lines", n -> "The Signal\n\n" + repeat("\n", n) + "x");
        shapes.put("colons", n -> "What To Watch\n\n- " + repeat(":", n) + "\n");
        break;
    }
    return shapes;
  }

  private static String repeat(String unit, int size) {
    return unit.repeat(Math.max(1, size / unit.length()));
  }
}
