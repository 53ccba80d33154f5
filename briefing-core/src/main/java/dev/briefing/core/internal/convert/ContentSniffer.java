package dev.briefing.core.internal.convert;

import dev.briefing.core.BriefingIOException;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Tells a format name from the first characters of an input, without consuming them.
 *
 * <p>The rules are deliberately few and predictable, so a user can tell what will happen:
 * a first line starting with '{' is JSON, or NDJSON when the next non-blank line also starts
 * with '{'; {@code '<'} is HTML; an ATX heading ('#' to '######' then a space) is Markdown; anything
 * else is the plain-text layout.
 */
public final class ContentSniffer {

  /** How far to look ahead; long enough to see past one large NDJSON record. */
  public static final int WINDOW = 64 * 1024;

  private static final Pattern ATX_HEADING = Pattern.compile("#{1,6}(?:[ \\t].*|)");

  private ContentSniffer() {}

  /**
   * @param in the input; must support {@link BufferedReader#mark(int)}; left where it was
   * @return the format name the content looks like
   */
  public static String sniff(BufferedReader in) {
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
    return classify(new String(head, 0, length));
  }

  /**
   * @param head the first characters of an input
   * @return the format name they look like
   */
  public static String classify(String head) {
    String text = head.startsWith("\uFEFF") ? head.substring(1) : head;
    String[] lines = text.split("\r\n|\r|\n", -1);
    int first = nextNonBlank(lines, 0);
    if (first < 0) {
      return "text";
    }
    String line = lines[first].strip();
    if (line.startsWith("{")) {
      int second = nextNonBlank(lines, first + 1);
      return second >= 0 && lines[second].strip().startsWith("{") ? "ndjson" : "json";
    }
    if (line.startsWith("<")) {
      return "html";
    }
    if (ATX_HEADING.matcher(line).matches()) {
      return "markdown";
    }
    return "text";
  }

  private static int nextNonBlank(String[] lines, int from) {
    for (int i = from; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        return i;
      }
    }
    return -1;
  }
}
