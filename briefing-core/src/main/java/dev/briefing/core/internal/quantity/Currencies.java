package dev.briefing.core.internal.quantity;

import java.util.Currency;
import java.util.Optional;

/** Currency symbols and ISO 4217 codes written before or after an amount. */
final class Currencies {
  // Longest first, so that "US$" wins over "$".
  private static final String[][] SYMBOLS = {
    {"US$", "USD"}, {"HK$", "HKD"}, {"NZ$", "NZD"}, {"CA$", "CAD"}, {"AU$", "AUD"},
    {"C$", "CAD"}, {"A$", "AUD"}, {"S$", "SGD"}, {"R$", "BRL"}, {"Rs.", "INR"}, {"Rs", "INR"},
    {"$", "USD"}, {"€", "EUR"}, {"£", "GBP"}, {"¥", "JPY"}, {"₹", "INR"}, {"₩", "KRW"},
    {"₽", "RUB"}, {"₺", "TRY"}, {"₪", "ILS"}, {"₫", "VND"}, {"₱", "PHP"}, {"₦", "NGN"}
  };

  // Each symbol's first character, so that a scan compares characters rather than strings.
  private static final char[] SYMBOL_STARTS = new char[SYMBOLS.length];

  static {
    for (int i = 0; i < SYMBOLS.length; i++) {
      SYMBOL_STARTS[i] = SYMBOLS[i][0].charAt(0);
    }
  }

  // The codes most figures are written in, each with its Optional made once.
  private static final String[] COMMON = {"USD", "EUR", "GBP", "JPY", "CNY", "INR", "CHF", "CAD", "AUD", "KRW"};
  private static final Optional<String>[] COMMON_OPTIONALS = Units.optionals(COMMON);

  private Currencies() {}

  /** The code as an Optional, made once for the {@link #COMMON} codes. */
  static Optional<String> optional(String code) {
    if (code == null) {
      return Optional.empty();
    }
    for (int i = 0; i < COMMON.length; i++) {
      if (COMMON[i].equals(code)) {
        return COMMON_OPTIONALS[i];
      }
    }
    return Optional.of(code);
  }

  /** Reads a currency written before the number; leaves the cursor alone when there is none. */
  static String prefix(Cursor cursor) {
    if (cursor.pos >= cursor.s.length() || cursor.digitAt(cursor.pos)) {
      // No symbol or code starts with a digit.
      return null;
    }
    char first = cursor.s.charAt(cursor.pos);
    for (int i = 0; i < SYMBOLS.length; i++) {
      if (SYMBOL_STARTS[i] != first) {
        // Symbols match case-sensitively: only those that start with this character can match.
        continue;
      }
      String text = SYMBOLS[i][0];
      if (cursor.s.startsWith(text, cursor.pos)
          && !(Character.isLetter(text.charAt(text.length() - 1)) && cursor.letterAt(cursor.pos + text.length()))) {
        cursor.pos += text.length();
        return SYMBOLS[i][1];
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
    int index = 0;
    for (int i = at; i < at + 3; i++) {
      char c = s.charAt(i);
      if (c < 'A' || c > 'Z') {
        return null;
      }
      index = index * 26 + (c - 'A');
    }
    if (at + 3 < s.length() && Character.isLetter(s.charAt(at + 3))) {
      return null;
    }
    return KnownCodes.lookUp(s, at, index);
  }

  /**
   * The answer of {@link Currency#getInstance(String)} for every three-letter code asked so far,
   * so that a code is copied out of the value and looked up once, not once per value.
   */
  private static final class KnownCodes {
    /** Stands for "asked, and not a currency"; no currency code is empty. */
    private static final String NOT_A_CURRENCY = "";
    // Indexed by the code read as a base-26 number. Racing threads store equal answers, and a
    // String is safe to share without a lock, so a plain array is enough.
    private static final String[] ANSWERS = new String[26 * 26 * 26];

    static String lookUp(String s, int at, int index) {
      String answer = ANSWERS[index];
      if (answer == null) {
        answer = ask(s.substring(at, at + 3));
        ANSWERS[index] = answer;
      }
      return answer.isEmpty() ? null : answer;
    }

    private static String ask(String code) {
      try {
        Currency.getInstance(code);
        return code;
      } catch (IllegalArgumentException notACurrency) {
        return NOT_A_CURRENCY;
      }
    }
  }
}
