package dev.briefing.render.internal.parse;

import java.util.Locale;
import java.util.Set;

/**
 * Tells a figure's date ("2026", "February 2026", "Q3 2025", "2026-02-10", "mid-2025") from
 * its source ("TechCrunch") in the text layout, where both are written in parentheses. A date
 * is made only of numbers, month names, quarters, halves and a few period words, and has a
 * year (a four-digit number or {@code FY}-year).
 */
public final class DateLike {

  private static final Set<String> WORDS = Set.of(
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
      "sept", "oct", "nov", "dec", "fy", "q1", "q2", "q3", "q4", "h1", "h2", "early", "mid", "late",
      "end", "start", "of");

  /** German, French and Spanish months and period words, which tolerant reading also takes for dates. */
  private static final Set<String> OTHER_LANGUAGES = Set.of(
      "januar", "jänner", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember", "anfang", "mitte", "ende",
      "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre",
      "décembre", "début", "fin", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
      "septiembre", "setiembre", "octubre", "noviembre", "diciembre", "principios", "mediados", "finales", "de");

  private DateLike() {}

  /**
   * @param text the text in parentheses
   * @return whether it reads as a date or period
   */
  public static boolean test(String text) {
    return test(text, false);
  }

  /**
   * @param text the text in parentheses
   * @return whether it reads as a date or period, with month names in English, German, French
   *     or Spanish
   */
  public static boolean testInAnyLanguage(String text) {
    return test(text, true);
  }

  private static boolean test(String text, boolean anyLanguage) {
    if (text.isEmpty() || text.length() > 40) {
      return false;
    }
    boolean year = false;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || isSeparator(text.charAt(i))) {
        if (i > start) {
          String token = text.substring(start, i).toLowerCase(Locale.ROOT);
          if (isYear(token) || (token.startsWith("fy") && isYear(token.substring(2)))
              || (token.startsWith("fy") && token.length() == 4 && isDigits(token.substring(2)))) {
            year = true;
          } else if (!(isDigits(token) && token.length() <= 2) && !WORDS.contains(token)
              && !(anyLanguage && OTHER_LANGUAGES.contains(token))) {
            return false;
          }
        }
        start = i + 1;
      }
    }
    return year;
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == ',' || c == '/' || c == '-' || c == '.' || c == '\u2013';
  }

  private static boolean isYear(String token) {
    return token.length() == 4 && isDigits(token) && (token.charAt(0) == '1' || token.charAt(0) == '2');
  }

  private static boolean isDigits(String token) {
    if (token.isEmpty()) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      if (token.charAt(i) < '0' || token.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
