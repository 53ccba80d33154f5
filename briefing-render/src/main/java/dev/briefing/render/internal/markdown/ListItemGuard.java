package dev.briefing.render.internal.markdown;

import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.Location;

/**
 * Refuses, before CommonMark parses it, a document with more list items than any briefing
 * written as Markdown has.
 *
 * <p>CommonMark keeps a node (and, while it parses, a block parser) for every list item: some
 * hundred bytes for an item such as {@code "- "} of three characters, so that a few megabytes of
 * such lines would take more memory than a default JVM has. A briefing has at most 1,603 list
 * items (100 impacts, 1,000 figures, 200 watch items and 303 details); the guard allows ten
 * times that. It counts every line whose first character after any indentation is a bullet
 * ({@code -}, {@code *}, {@code +}) or a number ending in {@code .} or {@code )}, followed by a
 * space, a tab or the line's end, so it counts nested items and errs on the side of counting
 * too much.
 */
final class ListItemGuard {
  static final int MAX_LIST_ITEMS = 16_384;

  private ListItemGuard() {}

  /** @param text the whole document, lines separated by {@code \n} */
  static void check(String text) {
    int items = 0;
    int line = 1;
    for (int start = 0; start <= text.length(); line++) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      if (startsItem(text, start, end) && ++items > MAX_LIST_ITEMS) {
        throw new BriefingFormatException(Location.at(line, 1), "more than " + MAX_LIST_ITEMS
            + " list items (this is line " + line + "), more than any briefing written as Markdown has; the document"
            + " is refused before parsing");
      }
      start = end + 1;
    }
  }

  private static boolean startsItem(String text, int from, int to) {
    int i = from;
    while (i < to && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    if (i == to) {
      return false;
    }
    char c = text.charAt(i);
    if (c == '-' || c == '*' || c == '+') {
      i++;
    } else {
      int digits = i;
      while (i < to && i - digits < 9 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        i++;
      }
      if (i == digits || i == to || (text.charAt(i) != '.' && text.charAt(i) != ')')) {
        return false;
      }
      i++;
    }
    return i == to || text.charAt(i) == ' ' || text.charAt(i) == '\t';
  }
}
