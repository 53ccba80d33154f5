package dev.briefing.core.internal.quantity;

/** The unit written after a value: {@code %}, {@code x}, {@code GW}, {@code months}. */
final class Units {
  static final int MAX_LENGTH = 30;

  private Units() {}

  /**
   * Returns the unit written in {@code s} from {@code start} to {@code end} (not empty, no
   * surrounding whitespace), or null when that text is not a unit.
   */
  static String read(String s, int start, int end) {
    int length = end - start;
    char first = s.charAt(start);
    if (length == 1 && first == '%' || lowerCaseIs(s, start, end, "percent")
        || lowerCaseIs(s, start, end, "per cent") || lowerCaseIs(s, start, end, "pct")) {
      return "%";
    }
    if (lowerCaseIs(s, start, end, "x") || length == 1 && first == '×' || lowerCaseIs(s, start, end, "times")
        || lowerCaseIs(s, start, end, "fold")) {
      return "x";
    }
    if (length > MAX_LENGTH) {
      return null;
    }
    if (!(Character.isLetter(first) || first == '°' || first == 'µ' || first == '/')) {
      return null;
    }
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      boolean allowed = Character.isLetter(c) || c == ' ' || c == '/' || c == '°' || c == '²'
          || c == '³' || c == '·' || c == '.' || c == '-' || c == '%';
      if (!allowed) {
        return null;
      }
    }
    return s.substring(start, end);
  }

  /**
   * Whether the text lower-cased in the root locale equals {@code word} (lower-case ASCII), without
   * making the lower-cased copy. Only A to Z and the Kelvin sign lower-case to ASCII letters; any
   * other character, including the dotted capital I (which lower-cases to two characters), cannot
   * be part of a match.
   */
  private static boolean lowerCaseIs(String s, int start, int end, String word) {
    if (end - start != word.length()) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      char c = s.charAt(start + i);
      char w = word.charAt(i);
      boolean same = c == w || c >= 'A' && c <= 'Z' && c + ('a' - 'A') == w || c == '\u212A' && w == 'k';
      if (!same) {
        return false;
      }
    }
    return true;
  }
}
