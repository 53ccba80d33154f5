package dev.briefing.render.internal.repair;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text at line breaks as CommonMark counts them: {@code \n}, {@code \r\n} and a lone
 * {@code \r}. Other separators (U+2028, U+0085) are text, not line breaks, so that a line
 * number here is the line number an editor and the Markdown parser show.
 */
public final class LineSplitter {

  private LineSplitter() {}

  /**
   * @param text the text
   * @return its lines without their breaks; a text ending in a break ends in an empty line
   */
  public static List<String> lines(CharSequence text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(text.subSequence(start, i).toString());
        i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
        start = i;
      } else {
        i++;
      }
    }
    lines.add(text.subSequence(start, text.length()).toString());
    return lines;
  }

  /**
   * @param text the text
   * @return the line breaks in order, as written; one fewer than {@link #lines(CharSequence)}
   */
  public static List<String> breaks(CharSequence text) {
    List<String> breaks = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        breaks.add("\r\n");
        i += 2;
      } else {
        if (c == '\n' || c == '\r') {
          breaks.add(String.valueOf(c));
        }
        i++;
      }
    }
    return breaks;
  }
}
