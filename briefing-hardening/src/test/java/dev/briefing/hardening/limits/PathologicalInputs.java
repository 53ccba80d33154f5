package dev.briefing.hardening.limits;

import dev.briefing.core.Briefing;
import dev.briefing.core.Figure;
import dev.briefing.core.WatchItem;
import dev.briefing.core.format.BriefingRenderer;
import dev.briefing.hardening.support.BenignBriefing;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Inputs built to make a reader slow if it backtracks or loops over what it has read: for each
 * format, shapes whose size can be doubled, so time per size shows whether work grows linearly.
 *
 * <pre>{@code
 * String oneMiB = PathologicalInputs.forReader("text").get("many figure lines").apply(1 << 20);
 * }</pre>
 */
final class PathologicalInputs {

  private PathologicalInputs() {}

  /**
   * Large valid documents in the format's own layout, written by its renderer (when it has one),
   * so the reader does its full work rather than refusing at the first unexpected character.
   *
   * @return named input builders, each taking a size in characters
   */
  static Map<String, IntFunction<String>> written(BriefingRenderer renderer) {
    Map<String, IntFunction<String>> shapes = new LinkedHashMap<>();
    shapes.put("written: many figures", n -> grow(renderer, n, (b, i) -> figures(b, i)));
    shapes.put("written: many watch items", n -> grow(renderer, n, (b, i) -> watchItems(b, i)));
    shapes.put("written: many paragraphs", n -> grow(renderer, n, (b, i) -> b.withWhatHappened(
        String.join("\n\n", java.util.Collections.nCopies(i, "A <b>paragraph</b> with *markup* & [links](x) \u0E42.")))));
    return shapes;
  }

  private interface Grower {
    Briefing apply(Briefing briefing, int count);
  }

  /** Doubles the count until the written document reaches {@code size}, then bisects once. */
  private static String grow(BriefingRenderer renderer, int size, Grower grower) {
    Briefing base = BenignBriefing.create();
    int count = 1;
    String written = renderer.render(grower.apply(base, count));
    while (written.length() < size) {
      count *= 2;
      written = renderer.render(grower.apply(base, count));
    }
    int scaled = Math.max(1, (int) ((long) count * size / written.length()));
    return renderer.render(grower.apply(base, scaled));
  }

  private static Briefing figures(Briefing base, int count) {
    List<Figure> figures = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      figures.add(Figure.builder().value("$" + i + ".5B").label("Label <i>" + i + "</i> & more")
          .source("Source (" + i + ")").build());
    }
    return base.withFigures(figures);
  }

  private static Briefing watchItems(Briefing base, int count) {
    List<WatchItem> items = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      items.add(WatchItem.of("Watch " + i + ": **x**", "Look for `signals` # " + i + "."));
    }
    return base.withWatchItems(items);
  }

  /**
   * @param reader a reader of {@link Readers}; tolerant readings and {@code html} get the shapes
   *     of {@link TolerantShapes} too
   * @return named hand-made input builders, each taking a size in characters
   */
  static Map<String, IntFunction<String>> forReader(String reader) {
    return TolerantShapes.withFormatShapes(reader, PathologicalInputs::forFormat);
  }

  private static Map<String, IntFunction<String>> forFormat(String format) {
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
