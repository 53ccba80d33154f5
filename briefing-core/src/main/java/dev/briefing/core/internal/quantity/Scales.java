package dev.briefing.core.internal.quantity;

import java.math.BigDecimal;

/** Scale words and suffixes: {@code k}, {@code M}, {@code bn}, "trillion", "crore". */
final class Scales {
  private static final Object[][] WORDS = {
    {"thousand", BigDecimal.TEN.pow(3)}, {"million", BigDecimal.TEN.pow(6)},
    {"billion", BigDecimal.TEN.pow(9)}, {"trillion", BigDecimal.TEN.pow(12)},
    {"crore", BigDecimal.TEN.pow(7)}, {"lakh", BigDecimal.TEN.pow(5)},
    {"mln", BigDecimal.TEN.pow(6)}, {"mn", BigDecimal.TEN.pow(6)},
    {"bn", BigDecimal.TEN.pow(9)}, {"tn", BigDecimal.TEN.pow(12)}
  };

  private static final BigDecimal THOUSAND = BigDecimal.TEN.pow(3);
  private static final BigDecimal MILLION = BigDecimal.TEN.pow(6);
  private static final BigDecimal BILLION = BigDecimal.TEN.pow(9);
  private static final BigDecimal TRILLION = BigDecimal.TEN.pow(12);

  private Scales() {}

  /**
   * Reads a scale after a number. A single letter counts when attached ({@code 380B},
   * {@code 1.2k}) or, after a space, when upper case or after a currency; so "10 m" stays metres.
   */
  static BigDecimal read(Cursor cursor, boolean afterCurrency) {
    int save = cursor.pos;
    cursor.skipSpaces();
    boolean attached = cursor.pos == save;
    if (!cursor.letterAt(cursor.pos)) {
      // Every scale starts with a letter; most numbers are followed by a unit sign or nothing.
      cursor.pos = save;
      return null;
    }
    for (Object[] word : WORDS) {
      if (cursor.consumeWord((String) word[0])) {
        return (BigDecimal) word[1];
      }
    }
    if (cursor.pos < cursor.s.length() && !cursor.letterAt(cursor.pos + 1)) {
      char c = cursor.s.charAt(cursor.pos);
      BigDecimal scale = letter(Character.toLowerCase(c));
      if (scale != null && (attached || afterCurrency || Character.isUpperCase(c))) {
        cursor.pos++;
        return scale;
      }
    }
    cursor.pos = save;
    return null;
  }

  private static BigDecimal letter(char c) {
    switch (c) {
      case 'k':
        return THOUSAND;
      case 'm':
        return MILLION;
      case 'b':
        return BILLION;
      case 't':
        return TRILLION;
      default:
        return null;
    }
  }
}
