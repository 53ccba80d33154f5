package dev.briefing.kit;

import dev.briefing.kit.internal.TextRuns;
import java.io.IOException;

/**
 * Writes user text into the plain-text layout, one line per call. Text in normal form passes
 * through unchanged; anything that could break the line structure or drive a terminal is
 * neutralised: line breaks (CR, LF, NEL) become a space, other control characters and lone
 * surrogates become U+FFFD. Tabs and Unicode line separators are kept, as readers of lines
 * do not split on them.
 */
public final class PlainText {
  private static final char REPLACEMENT = '\uFFFD';

  private PlainText() {}

  /**
   * @param out where to write
   * @param text the text
   * @param from first index
   * @param to end index (exclusive)
   * @throws IOException when {@code out} fails
   */
  public static void append(Appendable out, String text, int from, int to) throws IOException {
    int run = from;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7F || c == '\t' || c > 0x9F && !Character.isSurrogate(c)) {
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
        continue;
      }
      TextRuns.copy(out, text, run, i);
      if (c == '\r' && i + 1 < to && text.charAt(i + 1) == '\n') {
        i++;
      }
      out.append(c == '\n' || c == '\r' || c == '\u0085' ? ' ' : REPLACEMENT);
      run = i + 1;
    }
    TextRuns.copy(out, text, run, to);
  }

  /**
   * @param out where to write
   * @param text the whole text
   * @throws IOException when {@code out} fails
   */
  public static void append(Appendable out, String text) throws IOException {
    append(out, text, 0, text.length());
  }

  /**
   * @param text the text
   * @return the text as {@link #append(Appendable, String)} would write it
   */
  public static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    try {
      append(out, text, 0, text.length());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("StringBuilder does not throw", e);
    }
    return out.toString();
  }
}
