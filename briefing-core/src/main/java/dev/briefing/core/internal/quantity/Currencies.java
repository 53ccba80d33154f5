package dev.briefing.core.internal.quantity;

import java.util.Currency;

/** Currency symbols and ISO 4217 codes written before or after an amount. */
final class Currencies {
  // Longest first, so that "US$" wins over "$".
  private static final String[][] SYMBOLS = {
    {"US$", "USD"}, {"HK$", "HKD"}, {"NZ$", "NZD"}, {"CA$", "CAD"}, {"AU$", "AUD"},
    {"C$", "CAD"}, {"A$", "AUD"}, {"S$", "SGD"}, {"R$", "BRL"}, {"Rs.", "INR"}, {"Rs", "INR"},
    {"$", "USD"}, {"€", "EUR"}, {"£", "GBP"}, {"¥", "JPY"}, {"₹", "INR"}, {"₩", "KRW"},
    {"₽", "RUB"}, {"₺", "TRY"}, {"₪", "ILS"}, {"₫", "VND"}, {"₱", "PHP"}, {"₦", "NGN"}
  };

  private Currencies() {}

  /** Reads a currency written before the number; leaves the cursor alone when there is none. */
  static String prefix(Cursor cursor) {
    if (cursor.digitAt(cursor.pos)) {
      // No symbol or code starts with a digit.
      return null;
    }
    for (String[] symbol : SYMBOLS) {
      String text = symbol[0];
      if (cursor.s.startsWith(text, cursor.pos)
          && !(Character.isLetter(text.charAt(text.length() - 1)) && cursor.letterAt(cursor.pos + text.length()))) {
        cursor.pos += text.length();
        return symbol[1];
      }
    }
    String code = isoCode(cursor.s, cursor.pos);
    if (code != null) {
      cursor.pos += 3;
      return code;
    }
    return null;
  }

  /** Reads a currency written after the number ("4.2 billion USD", "300 €"). */
  static String suffix(Cursor cursor) {
    int save = cursor.pos;
    cursor.skipSpaces();
    String code = isoCode(cursor.s, cursor.pos);
    if (code != null) {
      cursor.pos += 3;
      return code;
    }
    if (cursor.pos < cursor.s.length()) {
      String symbol = suffixSymbol(cursor.s.charAt(cursor.pos));
      if (symbol != null) {
        cursor.pos++;
        return symbol;
      }
    }
    cursor.pos = save;
    return null;
  }

  private static String suffixSymbol(char c) {
    switch (c) {
      case '€':
        return "EUR";
      case '£':
        return "GBP";
      case '$':
        return "USD";
      default:
        return null;
    }
  }

  private static String isoCode(String s, int at) {
    if (at + 3 > s.length()) {
      return null;
    }
    for (int i = at; i < at + 3; i++) {
      char c = s.charAt(i);
      if (c < 'A' || c > 'Z') {
        return null;
      }
    }
    if (at + 3 < s.length() && Character.isLetter(s.charAt(at + 3))) {
      return null;
    }
    String code = s.substring(at, at + 3);
    try {
      Currency.getInstance(code);
      return code;
    } catch (IllegalArgumentException notACurrency) {
      return null;
    }
  }
}
