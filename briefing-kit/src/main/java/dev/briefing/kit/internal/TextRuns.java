package dev.briefing.kit.internal;

import java.io.IOException;
import java.io.Writer;

/**
 * Copies a run of a string onto the output the quick way. On Java 17, {@code
 * StringBuilder.append(CharSequence, int, int)} copies a run of a Latin-1 string into a builder
 * that already holds wider characters one character at a time, four times slower than
 * appending a whole string, which is one bulk copy. So a whole string goes whole, a long run of
 * Latin-1 characters goes as a substring (a bulk copy twice over is still quicker), and
 * anything else as a range. A {@link Writer} gets every run through {@code write(String, int,
 * int)}, which copies without the substring its {@code append} would make. The characters
 * written are the same either way.
 */
public final class TextRuns {

  /** Shorter runs cost less as a range than as a new string. */
  private static final int LONG_RUN = 16;

  private TextRuns() {}

  /**
   * @param out where to write
   * @param text the text
   * @param from the run's start
   * @param to the run's end (exclusive)
   * @throws IOException when {@code out} fails
   */
  public static void copy(Appendable out, String text, int from, int to) throws IOException {
    if (out instanceof Writer) {
      // Writer.append(CharSequence, int, int) makes a substring of every run; write does not.
      ((Writer) out).write(text, from, to - from);
    } else if (from == 0 && to == text.length()) {
      out.append(text);
    } else if (to - from >= LONG_RUN && isLatin1(text, from, to)) {
      out.append(text.substring(from, to));
    } else {
      out.append(text, from, to);
    }
  }

  /** Stops at the first wide character, which in prose comes early. */
  private static boolean isLatin1(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) > 0xFF) {
        return false;
      }
    }
    return true;
  }
}
