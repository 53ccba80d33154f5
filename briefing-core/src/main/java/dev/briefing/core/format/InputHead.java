package dev.briefing.core.format;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The first non-blank lines of an input's head, for a format's {@link
 * BriefingFormat#probe(CharSequence) probe}: most formats are told by how their first line or
 * two start. Lines end at LF, CR or CRLF; each is stripped of surrounding whitespace.
 *
 * <pre>{@code
 * List<String> lines = InputHead.nonBlankLines("\n  {\"a\":1}\n\n{\"a\":2}\n", 2); // ["{\"a\":1}", "{\"a\":2}"]
 * Function<CharSequence, MatchStrength> house = InputHead.firstLine(l -> l.startsWith("%house"), MatchStrength.FULL_MATCH);
 * }</pre>
 */
public final class InputHead {

  private InputHead() {}

  /**
   * @param head the first characters of an input
   * @param max how many lines to give at most
   * @return up to {@code max} non-blank lines from the start, stripped; the last may be cut
   *     where the head ends
   */
  public static List<String> nonBlankLines(CharSequence head, int max) {
    List<String> lines = new ArrayList<>(max);
    int start = 0;
    int length = head.length();
    while (start < length && lines.size() < max) {
      int end = start;
      while (end < length && head.charAt(end) != '\n' && head.charAt(end) != '\r') {
        end++;
      }
      String line = head.subSequence(start, end).toString().strip();
      if (!line.isEmpty()) {
        lines.add(line);
      }
      start = end + 1;
    }
    return lines;
  }

  /**
   * The probe most formats need: how their first non-blank line starts.
   *
   * @param test what the first non-blank line, stripped, must pass
   * @param strength how strongly an input whose first line passes looks like the format
   * @return a probe giving {@code strength} for such an input and {@link MatchStrength#NO_MATCH}
   *     for any other, a blank one included
   */
  public static Function<CharSequence, MatchStrength> firstLine(Predicate<String> test, MatchStrength strength) {
    return head -> {
      List<String> lines = nonBlankLines(head, 1);
      return !lines.isEmpty() && test.test(lines.get(0)) ? strength : MatchStrength.NO_MATCH;
    };
  }
}
