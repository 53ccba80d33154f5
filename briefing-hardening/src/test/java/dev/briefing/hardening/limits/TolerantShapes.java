package dev.briefing.hardening.limits;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Inputs built against the tolerant reader and the HTML parser, which look at more than a line
 * at a time: many headings (each a section to open and close), one huge table, nesting far
 * deeper than any briefing, one giant line, a hard-wrapped paragraph of many lines (joined
 * into one), many lines that read as labels, and many tiny elements. Each builder takes a size
 * in characters; the same shapes check memory ({@link MemoryShapes}) and time
 * ({@link PathologicalInputs}).
 *
 * <pre>{@code
 * String oneMiB = TolerantShapes.forReader("html").get("huge table").apply(1 << 20);
 * }</pre>
 */
final class TolerantShapes {

  private TolerantShapes() {}

  /**
   * @param reader a reader of {@link Readers}
   * @param formatShapes the shapes of a format's own checks, by format name
   * @return the format's shapes (none for {@code html}) followed by this class's shapes for the reader
   */
  static Map<String, IntFunction<String>> withFormatShapes(String reader,
      Function<String, Map<String, IntFunction<String>>> formatShapes) {
    Map<String, IntFunction<String>> shapes = new LinkedHashMap<>();
    if (!reader.equals("html")) {
      shapes.putAll(formatShapes.apply(Readers.format(reader)));
    }
    shapes.putAll(forReader(reader));
    return shapes;
  }

  /** @return the shapes for {@code tolerant text}, {@code tolerant markdown} or {@code html}; none for others */
  static Map<String, IntFunction<String>> forReader(String reader) {
    Map<String, IntFunction<String>> shapes = new LinkedHashMap<>();
    if (reader.equals("html")) {
      String signal = "<h2>The Signal</h2><p>s</p>";
      shapes.put("deep nesting", n -> signal + repeat("<div>", n));
      shapes.put("huge table", n -> signal + "<h2>The Numbers</h2><table><tr><th>Value</th><th>Label</th>"
          + "<th>Source</th></tr>" + repeat("<tr><td>$1B</td><td>label</td><td>s</td></tr>", n) + "</table>");
      shapes.put("many headings", n -> repeat("<h2>By the numbers</h2>", n));
      shapes.put("one giant line", n -> signal + "<p>" + repeat("word ", n));
      shapes.put("many label-like paragraphs", n -> repeat("<p><strong>Why it matters:</strong> a</p>", n));
      shapes.put("many tiny elements", n -> signal + "<h2>What To Watch</h2><ul>" + repeat("<li></li>", n));
    } else if (Readers.isTolerant(reader)) {
      boolean markdown = Readers.format(reader).equals("markdown");
      String signal = markdown ? "## The Signal\n\ns\n\n" : "The Signal\ns\n\n";
      shapes.put("many headings", n -> repeat(markdown ? "## By the numbers\n" : "BY THE NUMBERS:\n", n));
      shapes.put("huge table", n -> signal + "The Numbers\n\n| Value | Label | Source |\n| --- | --- | --- |\n"
          + repeat("| $1B | label | s |\n", n));
      shapes.put("one giant line", n -> signal + "What Happened\n" + repeat("word ", n));
      shapes.put("hard-wrapped paragraph", n -> signal + "What Happened\n" + repeat("word\n", n));
      shapes.put("many label-like lines", n -> repeat("**Why it matters:** a\n", n));
      shapes.put("many order words", n -> signal + "Why it matters\n" + repeat("2. *Second order* — a\n", n));
      shapes.put("many figure separators", n -> signal + "By the numbers\n" + repeat("- `$1B` — a – b - c (2026)\n", n));
    }
    return shapes;
  }

  private static String repeat(String unit, int size) {
    return unit.repeat(Math.max(1, size / unit.length()));
  }
}
