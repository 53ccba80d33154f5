package dev.briefing.benchmarks.baseline;

import dev.briefing.core.Figure;
import java.util.ArrayList;
import java.util.List;

/**
 * The few strings a template-based page shows that are not in the model verbatim: paragraphs,
 * impact order words and the note after a figure. A user of a template engine writes these
 * helpers once; the templates call them.
 *
 * <pre>{@code
 * List<String> paragraphs = PageText.paragraphs("One.\n\nTwo.");   // ["One.", "Two."]
 * String word = PageText.orderWord(2);                          // "Second-order"
 * }</pre>
 */
public final class PageText {
  private static final String[] ORDER_WORDS = {
    "First-order", "Second-order", "Third-order", "Fourth-order", "Fifth-order",
    "Sixth-order", "Seventh-order", "Eighth-order", "Ninth-order", "Tenth-order"
  };

  private PageText() {}

  /**
   * Splits model text at its blank lines, without a regular expression.
   *
   * @param text text in normal form
   * @return its paragraphs
   */
  public static List<String> paragraphs(String text) {
    int at = text.indexOf("\n\n");
    if (at < 0) {
      return List.of(text);
    }
    List<String> out = new ArrayList<>();
    int from = 0;
    while (at >= 0) {
      out.add(text.substring(from, at));
      from = at + 2;
      at = text.indexOf("\n\n", from);
    }
    out.add(text.substring(from));
    return out;
  }

  /**
   * @param order 1 to 10
   * @return {@code First-order} to {@code Tenth-order}
   */
  public static String orderWord(int order) {
    return ORDER_WORDS[order - 1];
  }

  /**
   * @param figure a figure
   * @return its source and as-of joined by {@code ", "}, or the empty string
   */
  public static String note(Figure figure) {
    if (figure.source().isPresent()) {
      return figure.asOf().isPresent() ? figure.source().get() + ", " + figure.asOf().get() : figure.source().get();
    }
    return figure.asOf().orElse("");
  }
}
