package dev.briefing.render.internal.tolerant;

import dev.briefing.core.Figure;
import dev.briefing.render.internal.parse.DateLike;
import dev.briefing.render.internal.parse.FigureText;
import java.util.List;
import java.util.Locale;

/**
 * A figure as people write one on a line: the value (bold, in backticks or plain), a separator
 * ({@code :}, {@code  — }, {@code  – }, {@code  - }), the label, and a source and as-of in
 * parentheses, after {@code Source:}, or in italics at the end. A part that reads as a date is
 * the as-of, without an "as of" or "date" word before it.
 *
 * @param figure the figure
 * @param separator how the value was split from the label
 */
public record FigureItem(Figure figure, String separator) {

  /** A value is never longer; a longer lead is not a value. */
  private static final int MAX_VALUE = 80;
  private static final String[] SOURCE_WORDS = {"source:", "sources:", "via "};

  /**
   * @param text the item's marked text
   * @param asOfWords the "as of" words of the known labels, lower case
   * @return the figure, or null when the text has no value and label
   */
  public static FigureItem read(String text, List<String> asOfWords) {
    int start = Inline.skipMarksAndSpace(text, 0);
    int open = start - 1;
    String value;
    int rest;
    String separator;
    if (open >= 0 && (text.charAt(open) == Inline.STRONG || text.charAt(open) == Inline.CODE)
        && Inline.plain(text.substring(0, open)).isEmpty()) {
      int close = Inline.runEnd(text, open);
      if (close < 0) {
        return null;
      }
      value = Inline.plain(text.substring(open + 1, close));
      if (value.endsWith(":")) {
        value = value.substring(0, value.length() - 1).strip();
      }
      int after = Inline.skipMarksAndSpace(text, close + 1);
      Separator s = Separator.find(text, Math.max(close, after - 1), after + 3, false);
      separator = s == null ? (text.charAt(close - 1) == ':' ? "':'" : "bold") : s.name();
      rest = s == null ? after : Inline.skipMarksAndSpace(text, s.end());
    } else {
      Separator s = Separator.find(text, 0, MAX_VALUE, false);
      if (s == null) {
        return null;
      }
      value = Inline.plain(text.substring(0, s.start()));
      separator = s.name();
      rest = Inline.skipMarksAndSpace(text, s.end());
    }
    if (value.isEmpty() || rest >= text.length()) {
      return null;
    }
    Figure.Builder figure = Figure.builder().value(value);
    String tail = text.substring(rest).strip();
    String source = null;
    String asOf = null;
    // (source, as of) at the end.
    if (Inline.plain(stripEndAndMarks(tail)).endsWith(")")) {
      String plainTail = stripEndAndMarks(tail);
      int openParen = FigureText.openingParenthesis(plainTail);
      if (openParen > 0) {
        String inner = plainTail.substring(openParen + 1, plainTail.length() - 1);
        String[] parts = splitSourceAndDate(Inline.plain(inner), asOfWords);
        source = parts[0];
        asOf = parts[1];
        tail = plainTail.substring(0, openParen);
      }
    } else if (endsWithEmphasis(tail)) {
      String trimmed = stripEnd(tail);
      int close = trimmed.length() - 1;
      int openEm = trimmed.lastIndexOf(Inline.EM, close - 1);
      if (openEm > 0) {
        String[] parts = splitSourceAndDate(Inline.plain(trimmed.substring(openEm + 1, close)), asOfWords);
        source = parts[0];
        asOf = parts[1];
        tail = trimmed.substring(0, openEm);
      }
    }
    if (source == null) {
      int at = sourceWord(tail);
      if (at >= 0) {
        String[] parts = splitSourceAndDate(Inline.plain(tail.substring(at)), asOfWords);
        source = parts[0];
        asOf = asOf == null ? parts[1] : asOf;
        tail = tail.substring(0, at);
      }
    }
    String label = trimLabel(Inline.plain(tail));
    if (label.isEmpty()) {
      return null;
    }
    figure.label(label);
    if (source != null && !source.isEmpty()) {
      figure.source(source);
    }
    if (asOf != null && !asOf.isEmpty()) {
      figure.asOf(asOf);
    }
    return new FigureItem(figure.build(), separator);
  }

  /** Trims white space and a final full stop or separator after a label. */
  private static String trimLabel(String label) {
    String l = label.strip();
    while (!l.isEmpty()) {
      char c = l.charAt(l.length() - 1);
      if (c == '.' || c == ',' || c == ';' || c == '\u2014' || c == '\u2013' || (c == '-' && l.endsWith(" -"))) {
        l = l.substring(0, l.length() - 1).strip();
      } else {
        break;
      }
    }
    return l;
  }

  /** Removes a final full stop and white space, and the marks after the last text. */
  private static String stripEnd(String text) {
    String t = text.strip();
    if (t.endsWith(".")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return t;
  }

  /** Removes final full stops, white space and marks, so that a closing parenthesis ends the text. */
  private static String stripEndAndMarks(String text) {
    int end = text.length();
    while (end > 0 && (Inline.isMark(text.charAt(end - 1)) || Inline.isSpace(text.charAt(end - 1)) || text.charAt(end - 1) == '.')) {
      end--;
    }
    return text.substring(0, end);
  }

  private static boolean endsWithEmphasis(String text) {
    String t = stripEnd(text);
    return !t.isEmpty() && t.charAt(t.length() - 1) == Inline.EM;
  }

  /** The source and the as-of in one piece of text: the last comma-separated part that is a date is the as-of. */
  private static String[] splitSourceAndDate(String inner, List<String> asOfWords) {
    String text = withoutSourceWord(inner.strip());
    String date = withoutDateWord(text, asOfWords);
    if (date != null) {
      return new String[] {null, date};
    }
    for (String separator : new String[] {", ", "; ", " \u2014 ", " \u2013 "}) {
      int cut = text.lastIndexOf(separator);
      if (cut > 0) {
        String last = withoutDateWord(text.substring(cut + separator.length()).strip(), asOfWords);
        if (last != null) {
          return new String[] {withoutSourceWord(text.substring(0, cut).strip()), last};
        }
      }
    }
    return new String[] {text, null};
  }

  /** @return the date without an "as of" or "date" word before it, or null when the text is no date */
  private static String withoutDateWord(String text, List<String> asOfWords) {
    String lower = text.toLowerCase(Locale.ROOT);
    String rest = text;
    for (String word : asOfWords) {
      if (lower.startsWith(word + " ")) {
        rest = text.substring(word.length() + 1).strip();
        break;
      }
    }
    if (rest == text) {
      for (String word : new String[] {"as of:", "date:", "dated", "date", "as at"}) {
        if (lower.startsWith(word + " ")) {
          rest = text.substring(word.length() + 1).strip();
          break;
        }
      }
    }
    return DateLike.testInAnyLanguage(rest) ? rest : null;
  }

  private static String withoutSourceWord(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String word : SOURCE_WORDS) {
      if (lower.startsWith(word)) {
        return text.substring(word.length()).strip();
      }
    }
    return text;
  }

  /** @return where a "Source:" or "Sources:" word starts the end of a label, or -1 */
  private static int sourceWord(String tail) {
    String lower = tail.toLowerCase(Locale.ROOT);
    int at = Math.max(lower.lastIndexOf("source:"), lower.lastIndexOf("sources:"));
    if (at <= 0) {
      return -1;
    }
    while (at > 0 && (Inline.isMark(tail.charAt(at - 1)) || tail.charAt(at - 1) == '(')) {
      at--;
    }
    return at;
  }

}
