package dev.briefing.render.internal.markdown;

import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.Location;
import java.util.List;

/**
 * Refuses, before CommonMark parses it, a run of lines that could form one paragraph and is
 * longer than any briefing field written as Markdown can be.
 *
 * <p>CommonMark's inline parsing (emphasis delimiters, brackets) takes time that grows faster
 * than the length of one paragraph on hostile input; every other step is linear. No valid
 * briefing needs such a paragraph: the longest text field is 20,000 characters, which even with
 * every character written as a character reference stays far below {@link #MAX_RUN}. A run
 * ends at a blank line and restarts at a line that always begins a new block (a bullet, a list
 * item numbered 1, an ATX heading); every other line is counted as a possible continuation, so
 * the guard errs on the side of counting too much.
 */
final class InlineRunGuard {
  static final int MAX_RUN = 256 * 1024;

  private InlineRunGuard() {}

  static void check(List<String> lines) {
    long run = 0;
    int runStart = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        run = 0;
        continue;
      }
      if (run == 0 || startsBlock(line)) {
        run = 0;
        runStart = i;
      }
      run += line.length() + 1;
      if (run > MAX_RUN) {
        throw new BriefingFormatException(Location.at(runStart + 1, 1),
            "a paragraph of more than " + MAX_RUN + " characters (lines " + (runStart + 1) + " to " + (i + 1)
                + ") is longer than any briefing field written as Markdown; it is refused before parsing");
      }
    }
  }

  /** A line that ends any paragraph before it: up to 3 spaces, then "- ", "* ", "+ ", "1. ", "1) " or "#". */
  private static boolean startsBlock(String line) {
    int i = 0;
    while (i < line.length() && i < 3 && line.charAt(i) == ' ') {
      i++;
    }
    if (i >= line.length()) {
      return false;
    }
    char c = line.charAt(i);
    if (c == '#') {
      return true;
    }
    if (c == '-' || c == '*' || c == '+') {
      return i + 1 < line.length() && (line.charAt(i + 1) == ' ' || line.charAt(i + 1) == '\t');
    }
    return c == '1' && i + 2 < line.length() && (line.charAt(i + 1) == '.' || line.charAt(i + 1) == ')')
        && (line.charAt(i + 2) == ' ' || line.charAt(i + 2) == '\t');
  }
}
