package dev.briefing.core.internal.convert;

import dev.briefing.core.BriefingIOException;
import java.io.BufferedReader;
import java.io.IOException;

/**
 * Reads the first characters of an input without consuming them, for the formats' probes to
 * tell its format ({@link dev.briefing.core.format.FormatRegistry#sniff(CharSequence)}); what
 * any format looks like is the format's own knowledge, not this class's.
 */
public final class ContentSniffer {

  /** How far to look ahead; long enough to see past one large NDJSON record. */
  public static final int WINDOW = 64 * 1024;

  private ContentSniffer() {}

  /**
   * @param in the input; must support {@link BufferedReader#mark(int)}; left where it was
   * @return up to {@link #WINDOW} characters from its start
   */
  public static String head(BufferedReader in) {
    char[] head = new char[WINDOW];
    int length = 0;
    try {
      in.mark(WINDOW);
      while (length < WINDOW) {
        int read = in.read(head, length, WINDOW - length);
        if (read < 0) {
          break;
        }
        length += read;
      }
      in.reset();
    } catch (IOException e) {
      throw new BriefingIOException("Could not read the input to tell its format", e);
    }
    return new String(head, 0, length);
  }
}
