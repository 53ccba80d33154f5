package dev.briefing.core.internal.quantity;

import dev.briefing.core.Quantity;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

/**
 * Test oracle: a frozen copy of the quantity parser as it was before its allocation-lean
 * rewrite. {@link QuantityParserDifferentialTest} proves the production parser gives the same
 * result for every value; nothing outside the tests uses this class.
 */
final class ReferenceQuantityParser {

  private ReferenceQuantityParser() {}

  static Optional<Quantity> parse(String value) {
    return Parser.parse(value);
  }

  /**
   * Reads figure values such as {@code $72.3B}, {@code 2,300–5,000}, {@code ~40%}.
   *
   * <p>A single left-to-right scan with no regular expressions, so its cost is linear in the
   * input whatever the input is. Values longer than {@link #MAX_LENGTH} are not quantities.
   */
  static final class Parser {

    static final int MAX_LENGTH = 100;

    private Parser() {}

    /**
     * Parses a value; never throws.
     *
     * @param value the value as written
     * @return the quantity, or empty
     */
    public static Optional<Quantity> parse(String value) {
      if (value == null || value.length() > MAX_LENGTH) {
        return Optional.empty();
      }
      return new Scan(Normalized.of(value)).quantity();
    }

    /** One scan over one value. */
    private static final class Scan extends Cursor {
      private boolean approximate;

      Scan(String text) {
        super(text);
      }

      Optional<Quantity> quantity() {
        approximate = ApproximationWords.skip(this);
        Amount first = amount();
        if (first == null) {
          return Optional.empty();
        }
        String unitBeforeRange = shortUnit();
        Amount second = null;
        int beforeSeparator = pos;
        if (rangeSeparator()) {
          second = amount();
          if (second == null) {
            pos = beforeSeparator;
          }
        }
        String unit = unitBeforeRange;
        skipSpaces();
        String rest = s.substring(pos).strip();
        if (rest.endsWith("+")) {
          approximate = true;
          rest = rest.substring(0, rest.length() - 1).strip();
        }
        if (!rest.isEmpty()) {
          String trailing = Units.read(rest);
          if (trailing == null || (unit != null && !unit.equals(trailing))) {
            return Optional.empty();
          }
          unit = trailing;
        }
        return build(first, second, unit);
      }

      private Optional<Quantity> build(Amount first, Amount second, String unit) {
        Amount low = first;
        Amount high = second == null ? first : second;
        // "$10–12B": a scale or currency written once applies to both ends.
        BigDecimal lowScale = low.scale != null ? low.scale : high.scale;
        BigDecimal highScale = high.scale != null ? high.scale : low.scale;
        String lowCurrency = low.currency != null ? low.currency : high.currency;
        String highCurrency = high.currency != null ? high.currency : low.currency;
        if (lowCurrency != null && highCurrency != null && !lowCurrency.equals(highCurrency)) {
          return Optional.empty();
        }
        BigDecimal lowValue = scaled(low.number, lowScale);
        BigDecimal highValue = scaled(high.number, highScale);
        if (lowValue.compareTo(highValue) > 0) {
          return Optional.empty();
        }
        Quantity.Builder builder = Quantity.builder().low(lowValue).high(highValue).approximate(approximate);
        if (lowCurrency != null) {
          builder.currency(lowCurrency);
        }
        if (unit != null) {
          builder.unit(unit);
        }
        return Optional.of(builder.build());
      }

      private static BigDecimal scaled(BigDecimal number, BigDecimal scale) {
        BigDecimal value = scale == null ? number : number.multiply(scale);
        value = value.stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
      }

      /** A "%" or "x" written between the first number and a range separator. */
      private String shortUnit() {
        int save = pos;
        skipSpaces();
        if (pos < s.length()) {
          char c = s.charAt(pos);
          if (c == '%' || ((c == 'x' || c == '×') && !letterAt(pos + 1))) {
            pos++;
            return c == '%' ? "%" : "x";
          }
        }
        pos = save;
        return null;
      }

      private boolean rangeSeparator() {
        int save = pos;
        skipSpaces();
        if (pos < s.length()) {
          char c = s.charAt(pos);
          if (c == '–' || c == '—' || c == '-') {
            pos++;
            return true;
          }
          if (consumeWord( "to") || consumeWord( "and")) {
            return true;
          }
        }
        pos = save;
        return false;
      }

      private Amount amount() {
        int save = pos;
        skipSpaces();
        boolean negative = sign();
        String currency = Currencies.prefix(this);
        if (currency != null) {
          skipSpaces();
          if (!negative) {
            negative = sign();
          }
        }
        BigDecimal number = number();
        if (number == null) {
          pos = save;
          return null;
        }
        BigDecimal scale = Scales.read(this, currency != null);
        if (currency == null) {
          currency = Currencies.suffix(this);
        }
        return new Amount(negative ? number.negate() : number, scale, currency);
      }

      private boolean sign() {
        if (pos < s.length() && (s.charAt(pos) == '-' || s.charAt(pos) == '+')) {
          boolean negative = s.charAt(pos) == '-';
          pos++;
          return negative;
        }
        return false;
      }

      /** Digits with optional thousands commas (in groups of three) and a decimal point. */
      private BigDecimal number() {
        int start = pos;
        // Up to 18 digits fit a long: the value is built as it is read, without a copy of the text.
        long unscaled = 0;
        int digitCount = 0;
        int groupLength = 0;
        boolean grouped = false;
        while (pos < s.length()) {
          char c = s.charAt(pos);
          if (c >= '0' && c <= '9') {
            unscaled = unscaled * 10 + (c - '0');
            digitCount++;
            groupLength++;
            pos++;
          } else if (c == ',' && digitAt(pos + 1) && digitAt(pos + 2) && digitAt(pos + 3)
              && !digitAt(pos + 4) && (grouped ? groupLength == 3 : groupLength >= 1 && groupLength <= 3)) {
            grouped = true;
            groupLength = 0;
            pos++;
          } else {
            break;
          }
        }
        if (digitCount == 0 || grouped && groupLength != 3) {
          pos = start;
          return null;
        }
        int fractionDigits = 0;
        if (pos < s.length() && s.charAt(pos) == '.' && digitAt(pos + 1)) {
          pos++;
          while (digitAt(pos)) {
            unscaled = unscaled * 10 + (s.charAt(pos++) - '0');
            fractionDigits++;
          }
        }
        if (digitCount + fractionDigits > 18) {
          // The long overflowed: read the digits again as text (only digits, commas and a point).
          return new BigDecimal(s.substring(start, pos).replace(",", ""));
        }
        return BigDecimal.valueOf(unscaled, fractionDigits);
      }
    }

    /** One end of a quantity as written: signed number, optional scale and currency. */
    private static final class Amount {
      final BigDecimal number;
      final BigDecimal scale;
      final String currency;

      Amount(BigDecimal number, BigDecimal scale, String currency) {
        this.number = number;
        this.scale = scale;
        this.currency = currency;
      }
    }

  }

  /** A read position in a normalized value, with the primitive steps every reader shares. */
  static class Cursor {
    final String s;
    int pos;

    Cursor(String text) {
      this.s = text;
    }

    final boolean digitAt(int i) {
      return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
    }

    final boolean letterAt(int i) {
      return i < s.length() && Character.isLetter(s.charAt(i));
    }

    final void skipSpaces() {
      while (pos < s.length() && s.charAt(pos) == ' ') {
        pos++;
      }
    }

    /** Consumes {@code word} (case-insensitive) when it stands alone at the cursor. */
    final boolean consumeWord(String word) {
      if (!s.regionMatches(true, pos, word, 0, word.length())) {
        return false;
      }
      int end = pos + word.length();
      if (!word.endsWith(".") && letterAt(end)) {
        return false;
      }
      pos = end;
      return true;
    }
  }

  /** Folds the typographic variants of spaces and minus signs that figure values arrive with. */
  static final class Normalized {
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

  /** Currency symbols and ISO 4217 codes written before or after an amount. */
  static final class Currencies {
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

  /** Scale words and suffixes: {@code k}, {@code M}, {@code bn}, "trillion", "crore". */
  static final class Scales {
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

  /** The unit written after a value: {@code %}, {@code x}, {@code GW}, {@code months}. */
  static final class Units {
    static final int MAX_LENGTH = 30;

    private Units() {}

    /** Returns the unit in {@code rest}, or null when {@code rest} is not a unit. */
    static String read(String rest) {
      String lower = rest.toLowerCase(java.util.Locale.ROOT);
      if (rest.equals("%") || lower.equals("percent") || lower.equals("per cent") || lower.equals("pct")) {
        return "%";
      }
      if (lower.equals("x") || rest.equals("×") || lower.equals("times") || lower.equals("fold")) {
        return "x";
      }
      if (rest.length() > MAX_LENGTH) {
        return null;
      }
      char first = rest.charAt(0);
      if (!(Character.isLetter(first) || first == '°' || first == 'µ' || first == '/')) {
        return null;
      }
      for (int i = 0; i < rest.length(); i++) {
        char c = rest.charAt(i);
        boolean allowed = Character.isLetter(c) || c == ' ' || c == '/' || c == '°' || c == '²'
            || c == '³' || c == '·' || c == '.' || c == '-' || c == '%';
        if (!allowed) {
          return null;
        }
      }
      return rest;
    }
  }

  /** Markers written before a value that make it approximate: {@code ~40%}, "about 300". */
  static final class ApproximationWords {
    private static final String SYMBOLS = "~≈><≥≤";
    private static final String[] WORDS = {
      "approximately", "approx.", "approx", "about", "around", "roughly", "nearly", "almost",
      "circa", "ca.", "c.", "some", "over", "more than", "less than", "under", "up to", "at least",
      "est.", "an estimated", "estimated"
    };

    private ApproximationWords() {}

    /** Skips every marker at the cursor; returns whether there was one. */
    static boolean skip(Cursor cursor) {
      boolean found = false;
      boolean again = true;
      while (again) {
        again = false;
        cursor.skipSpaces();
        if (cursor.pos < cursor.s.length() && SYMBOLS.indexOf(cursor.s.charAt(cursor.pos)) >= 0) {
          cursor.pos++;
          found = again = true;
          continue;
        }
        if (!cursor.letterAt(cursor.pos)) {
          // Every word starts with a letter; a value mostly starts with a digit or a currency.
          break;
        }
        for (String word : WORDS) {
          if (cursor.consumeWord(word)) {
            found = again = true;
            break;
          }
        }
      }
      return found;
    }
  }
}
