package dev.briefing.render.internal.tolerant;

/**
 * Where a separator splits an item into a lead (an order word, a figure's value, a watch item's
 * title) and the rest: the first {@code :}, {@code  — }, {@code  – } or {@code  - } (and, where
 * asked, {@code .} before a space), outside marks.
 *
 * @param start where the separator starts
 * @param end where the text after it starts
 * @param name how reports name it
 */
public record Separator(int start, int end, String name) {

  /**
   * @param text marked text
   * @param from where to start looking
   * @param limit where to stop looking
   * @param fullStop whether a full stop before a space separates too
   * @return the first separator, or null
   */
  public static Separator find(String text, int from, int limit, boolean fullStop) {
    int to = Math.min(limit, text.length());
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == ':' && (i + 1 == text.length() || Inline.isSpace(text.charAt(i + 1)) || Inline.isMark(text.charAt(i + 1)))) {
        return new Separator(i, i + 1, "':'");
      }
      if ((c == '\u2014' || c == '\u2013' || c == '-') && i > from && Inline.isSpace(text.charAt(i - 1))
          && i + 1 < text.length() && Inline.isSpace(text.charAt(i + 1))) {
        return new Separator(i - 1, i + 2, c == '-' ? "' - '" : c == '\u2014' ? "' — '" : "' – '");
      }
      if (fullStop && c == '.' && (i + 1 == text.length() || Inline.isSpace(text.charAt(i + 1)) || Inline.isMark(text.charAt(i + 1)))) {
        return new Separator(i, i + 1, "'.'");
      }
    }
    return null;
  }
}
