package dev.briefing.render.internal.parse;

import dev.briefing.core.Figure;

/**
 * A figure written as plain text, {@code value: label (source).}, the way the text layout and
 * hand-written Markdown put it. A parenthesised date or period at the end becomes the as-of
 * ({@code (2026)}), anything else the source ({@code (various sources)}), and
 * {@code (source, date)} both. The final period is optional.
 */
public final class FigureText {

  private FigureText() {}

  /**
   * @param text the line after its bullet
   * @return the figure, or null when the text has no {@code ": "} after a value or no label
   */
  public static Figure parse(String text) {
    int colon = text.indexOf(": ");
    if (colon <= 0) {
      return null;
    }
    String value = text.substring(0, colon).strip();
    String rest = text.substring(colon + 2).strip();
    if (rest.endsWith(".")) {
      rest = rest.substring(0, rest.length() - 1).stripTrailing();
    }
    if (value.isEmpty() || rest.isEmpty()) {
      return null;
    }
    Figure.Builder figure = Figure.builder().value(value);
    int open = rest.endsWith(")") ? openingParenthesis(rest) : -1;
    if (open <= 0 || rest.charAt(open - 1) != ' ' || rest.substring(0, open).isBlank()) {
      return figure.label(rest).build();
    }
    figure.label(rest.substring(0, open).strip());
    String inner = rest.substring(open + 1, rest.length() - 1).strip();
    if (inner.isEmpty()) {
      return figure.label(rest).build();
    }
    if (DateLike.test(inner)) {
      return figure.asOf(inner).build();
    }
    int comma = inner.lastIndexOf(", ");
    if (comma > 0 && DateLike.test(inner.substring(comma + 2).strip())) {
      return figure.source(inner.substring(0, comma).strip()).asOf(inner.substring(comma + 2).strip()).build();
    }
    return figure.source(inner).build();
  }

  /**
   * @param text text ending with {@code )}
   * @return the index of the '(' that the final ')' closes, or -1
   */
  public static int openingParenthesis(String text) {
    int depth = 0;
    for (int i = text.length() - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == ')') {
        depth++;
      } else if (c == '(') {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }
}
