package dev.briefing.render.internal.repair;

/**
 * UTF-8 punctuation read through a Thai code page (TIS-620 / Windows-874): its lead byte 0xE2
 * becomes {@code โ} (U+0E42) and the continuation bytes are lost, so only the surroundings
 * tell which character it was:
 * {@code ’} between letters, {@code –} between digits, {@code —} between spaces, {@code “} at a
 * word's start, {@code ”} at a word's end.
 *
 * <p>{@code โ} is also a Thai vowel sign, always written next to Thai letters; next to a Thai
 * character it is left alone.
 */
final class ThaiCodePageRule {

  static final char DAMAGE = '\u0E42';

  private ThaiCodePageRule() {}

  /**
   * @param text a line
   * @param index where a {@code โ} is
   * @return the replacement, or null when it is Thai text or its surroundings do not tell
   */
  static String replacement(String text, int index) {
    int before = index == 0 ? -1 : text.codePointBefore(index);
    int after = index + 1 >= text.length() ? -1 : text.codePointAt(index + 1);
    if (isThai(before) || isThai(after)) {
      return null;
    }
    if (isLetter(before) && isLetter(after)) {
      return "\u2019";
    }
    if (isDigit(before) && isDigit(after)) {
      return "\u2013";
    }
    if (isSpace(before) && isSpace(after)) {
      return "\u2014";
    }
    if ((before < 0 || isSpace(before) || isOpening(before)) && (isLetter(after) || isDigit(after))) {
      return "\u201C";
    }
    if ((isLetter(before) || isDigit(before) || isClosing(before)) && (after < 0 || isSpace(after) || isClosing(after))) {
      return "\u201D";
    }
    return null;
  }

  /**
   * @param text a line
   * @param index where a {@code โ} is
   * @return whether it is part of Thai text
   */
  static boolean isThaiText(String text, int index) {
    int before = index == 0 ? -1 : text.codePointBefore(index);
    int after = index + 1 >= text.length() ? -1 : text.codePointAt(index + 1);
    return isThai(before) || isThai(after);
  }

  private static boolean isThai(int cp) {
    return cp >= 0x0E00 && cp <= 0x0E7F;
  }

  private static boolean isLetter(int cp) {
    return cp >= 0 && (Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK);
  }

  private static boolean isDigit(int cp) {
    return cp >= 0 && Character.isDigit(cp);
  }

  private static boolean isSpace(int cp) {
    return cp >= 0 && (Character.isWhitespace(cp) || Character.isSpaceChar(cp));
  }

  private static boolean isOpening(int cp) {
    return cp == '(' || cp == '[' || cp == '{';
  }

  private static boolean isClosing(int cp) {
    return cp == '.' || cp == ',' || cp == ';' || cp == ':' || cp == '!' || cp == '?'
        || cp == ')' || cp == ']' || cp == '}';
  }
}
