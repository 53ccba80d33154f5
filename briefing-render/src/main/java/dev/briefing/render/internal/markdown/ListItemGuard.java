package dev.briefing.render.internal.markdown;

import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.Location;

/**
 * Refuses, before CommonMark parses it, a document with more list items, or lists nested more
 * deeply, than any briefing written as Markdown has.
 *
 * <p>CommonMark keeps a node (and, while it parses, a block parser) for every list item: some
 * hundred bytes for an item such as {@code "- "} of three characters, so that a few megabytes of
 * such lines would take more memory than a default JVM has. A briefing has at most 1,603 list
 * items (100 impacts, 1,000 figures, 200 watch items and 303 details); the guard allows ten
 * times that. It counts every line whose first character after any indentation is a bullet
 * ({@code -}, {@code *}, {@code +}) or a number ending in {@code .} or {@code )}, followed by a
 * space, a tab or the line's end, and each further marker that follows on the line ({@code "- -
 * - a"} opens three lists), so it counts nested items and errs on the side of counting too
 * much. Nested lists cost more again, since a reader of the briefing's layout looks at the text
 * of every level: the layout's lists are flat, and a list item that could sit more than
 * {@link #MAX_DEPTH} levels deep (by its indentation, two columns a level, and the markers before
 * it on its line) is refused too.
 */
final class ListItemGuard {
  static final int MAX_LIST_ITEMS = 16_384;
  static final int MAX_DEPTH = 16;

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
      int i = start;
      int columns = 0;
      while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
        columns += text.charAt(i) == '\t' ? 4 : 1;
        i++;
      }
      int depth = columns / 2;
      for (int next = afterMarker(text, i, end); next >= 0; next = afterMarker(text, i, end)) {
        depth++;
        if (++items > MAX_LIST_ITEMS) {
          throw refusal(line, "more than " + MAX_LIST_ITEMS + " list items");
        }
        if (depth > MAX_DEPTH) {
          throw refusal(line, "a list item that may be nested more than " + MAX_DEPTH + " levels deep");
        }
        i = next;
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
          i++;
        }
      }
      start = end + 1;
    }
  }

  private static BriefingFormatException refusal(int line, String what) {
    return new BriefingFormatException(Location.at(line, 1), what + " (at line " + line
        + "), more than any briefing written as Markdown has; the document is refused before parsing");
  }

  /** @return where a list marker at {@code i} ends (before its space), or -1 when there is none */
  private static int afterMarker(String text, int i, int to) {
    if (i == to) {
      return -1;
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
        return -1;
      }
      i++;
    }
    return i == to || text.charAt(i) == ' ' || text.charAt(i) == '\t' ? i : -1;
  }
}
