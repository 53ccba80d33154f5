package dev.briefing.core.internal.quantity;

/** Folds the typographic variants of spaces and minus signs that figure values arrive with. */
final class Normalized {
  private Normalized() {}

  static String of(String value) {
    if (isNormal(value)) {
      // Most values are already folded: no copy.
      return value;
    }
    StringBuilder out = new StringBuilder(value.length());
    boolean space = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\u2007') {
        space = true;
        continue;
      }
      if (space && out.length() > 0) {
        out.append(' ');
      }
      space = false;
      out.append(c == '\u2212' || c == '\u2010' || c == '\u2011' ? '-' : c);
    }
    return out.toString();
  }

  /** Whether {@link #of} would return the value unchanged. */
  private static boolean isNormal(String value) {
    int length = value.length();
    if (length > 0 && (value.charAt(0) == ' ' || value.charAt(length - 1) == ' ')) {
      return false;
    }
    char previous = 'x';
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (c == ' ' ? previous == ' ' : c == '\t' || c >= '\u00A0' && isFolded(c)) {
        return false;
      }
      previous = c;
    }
    return true;
  }

  private static boolean isFolded(char c) {
    return c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\u2007' || c == '\u2212' || c == '\u2010'
        || c == '\u2011';
  }
}
