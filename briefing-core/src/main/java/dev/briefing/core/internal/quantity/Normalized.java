package dev.briefing.core.internal.quantity;

/** Folds the typographic variants of spaces and minus signs that figure values arrive with. */
final class Normalized {
  private Normalized() {}

  static String of(String value) {
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
}
