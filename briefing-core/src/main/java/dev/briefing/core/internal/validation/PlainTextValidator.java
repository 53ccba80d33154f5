package dev.briefing.core.internal.validation;

/** Checks {@link PlainText}; says which character at which index broke it. */
public final class PlainTextValidator extends ProblemValidator<PlainText, String> {
  private boolean singleLine;

  @Override
  public void initialize(PlainText annotation) {
    singleLine = annotation.singleLine();
  }

  @Override
  String problem(String value) {
    return firstProblem(value, singleLine);
  }

  /**
   * @return whether the text is plain text; allocates nothing
   */
  static boolean isPlain(String value, boolean singleLine) {
    int length = value.length();
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (isCommon(c)) {
        continue;
      }
      i = endOfPlainCharacter(c, i + 1 < length ? value.charAt(i + 1) : -1, i, singleLine);
      if (i < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@link #isPlain(String, boolean)} over characters in place, such as a JSON parser's buffer
   * before it becomes a String: the same rule, without a String's per-character checks.
   */
  static boolean isPlain(char[] chars, int offset, int length, boolean singleLine) {
    int end = offset + length;
    int i = offset;
    while (true) {
      // The common characters in a loop of their own, whose index only counts up: the compiler
      // unrolls it, which it does not do for a loop whose index the rare path may move. A line
      // break of prose stays in it too: leaving and entering the unrolled loop at every
      // paragraph made a paragraph-rich text's scan take 1.8 times as long.
      while (i < end && (isCommon(chars[i]) || chars[i] == '\n' && !singleLine)) {
        i++;
      }
      if (i == end) {
        return true;
      }
      char c = chars[i];
      i = endOfPlainCharacter(c, i + 1 < end ? chars[i + 1] : -1, i, singleLine);
      if (i < 0) {
        return false;
      }
      i++;
    }
  }

  /**
   * Printable ASCII, the BMP between the C1 controls and the surrogates, or after the
   * surrogates and short of the noncharacters (the private use area, the presentation forms,
   * the variation selectors that follow many emoji): always plain, and nearly every character
   * of real text, mostly decided by the first range test.
   */
  private static boolean isCommon(char c) {
    // Split so that this stays small enough for the quick compiler to inline: until the
    // optimising compiler has the scan, which in a short batch is most of the batch, a call
    // per character would cost more than the test.
    return c >= 0x20 && c < 0x7F || isCommonBeyondAscii(c);
  }

  private static boolean isCommonBeyondAscii(char c) {
    return c >= 0xA0 && c < 0xD800 || c >= 0xE000 && c < 0xFDD0 || c >= 0xFDF0 && c < 0xFFFE;
  }

  /**
   * The rare characters, in a method of their own: with their messages inlined into the scans
   * above, the compiler no longer unrolls them, and the scan of every text costs several times
   * as much.
   *
   * @param next the character after {@code c}, or -1 at the end
   * @return the index of the last char of the plain character at {@code i} (the low surrogate
   *     of a pair), or -1 when it is not plain
   */
  private static int endOfPlainCharacter(char c, int next, int i, boolean singleLine) {
    // What isCommon leaves: tab and line feed, the other controls, surrogates and noncharacters.
    if (c == '\t' || c == '\n' && !singleLine) {
      return i;
    }
    if (Character.isHighSurrogate(c) && next >= 0 && Character.isLowSurrogate((char) next)
        && (Character.toCodePoint(c, (char) next) & 0xFFFE) != 0xFFFE) {
      return i + 1;
    }
    return -1;
  }

  /** @return the first problem and its index, or null when the text is plain: the rule the scans above must agree with */
  static String firstProblem(String value, boolean singleLine) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      String problem = problem(c, i + 1 < value.length() ? value.charAt(i + 1) : -1, singleLine);
      if (problem != null) {
        return problem + " at index " + i;
      }
      if (Character.isHighSurrogate(c)) {
        i++;
      }
    }
    return null;
  }

  /** Unicode's noncharacters in the BMP: HTML and XML treat them as errors, so text may not hold them. */
  private static boolean isNoncharacter(char c) {
    return c >= 0xFDD0 && c <= 0xFDEF || c >= 0xFFFE;
  }

  /** @param next the character after {@code c}, or -1 at the end of the text */
  private static String problem(char c, int next, boolean singleLine) {
    if (c == '\n') {
      return singleLine ? "must be a single line, but has a line break" : null;
    }
    if (c == '\t') {
      return null;
    }
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
      return String.format("must not contain control character U+%04X", (int) c);
    }
    if (isNoncharacter(c)) {
      return String.format("must not contain noncharacter U+%04X", (int) c);
    }
    if (Character.isHighSurrogate(c)) {
      if (next < 0 || !Character.isLowSurrogate((char) next)) {
        return "must not contain a lone surrogate";
      }
      int codePoint = Character.toCodePoint(c, (char) next);
      return (codePoint & 0xFFFE) == 0xFFFE
          ? String.format("must not contain noncharacter U+%X", codePoint)
          : null;
    }
    if (Character.isLowSurrogate(c)) {
      return "must not contain a lone surrogate";
    }
    return null;
  }
}
