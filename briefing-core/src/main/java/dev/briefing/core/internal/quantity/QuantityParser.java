package dev.briefing.core.internal.quantity;

import dev.briefing.core.Quantity;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads figure values such as {@code $72.3B}, {@code 2,300–5,000}, {@code ~40%}.
 *
 * <p>A single left-to-right scan with no regular expressions, so its cost is linear in the
 * input whatever the input is. Values longer than {@link #MAX_LENGTH} are not quantities.
 */
public final class QuantityParser {

  static final int MAX_LENGTH = 100;

  private QuantityParser() {}

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
      // The rest of the value, stripped, as bounds rather than a copy.
      int start = pos;
      int end = stripEnd(start, s.length());
      while (start < end && Character.isWhitespace(s.charAt(start))) {
        start++;
      }
      if (start < end && s.charAt(end - 1) == '+') {
        approximate = true;
        end = stripEnd(start, end - 1);
      }
      if (start < end) {
        String trailing = Units.read(s, start, end);
        if (trailing == null || (unit != null && !unit.equals(trailing))) {
          return Optional.empty();
        }
        unit = trailing;
      }
      return build(first, second, unit);
    }

    private int stripEnd(int start, int end) {
      while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
        end--;
      }
      return end;
    }

    private Optional<Quantity> build(Amount first, Amount second, String unit) {
      Amount low = first;
      Amount high = second == null ? first : second;
      // "$10–12B": a scale or currency written once applies to both ends.
      int lowScale = low.scale != Scales.NONE ? low.scale : high.scale;
      int highScale = high.scale != Scales.NONE ? high.scale : low.scale;
      String lowCurrency = low.currency != null ? low.currency : high.currency;
      String highCurrency = high.currency != null ? high.currency : low.currency;
      if (lowCurrency != null && highCurrency != null && !lowCurrency.equals(highCurrency)) {
        return Optional.empty();
      }
      BigDecimal lowValue = low.scaled(lowScale);
      // A single value is both ends: scaled once.
      BigDecimal highValue = second == null ? lowValue : high.scaled(highScale);
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
      Amount amount = number(negative);
      if (amount == null) {
        pos = save;
        return null;
      }
      amount.scale = Scales.read(this, currency != null);
      if (currency == null) {
        currency = Currencies.suffix(this);
      }
      amount.currency = currency;
      return amount;
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
    private Amount number(boolean negative) {
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
        BigDecimal number = new BigDecimal(s.substring(start, pos).replace(",", ""));
        return new Amount(0, 0, negative ? number.negate() : number);
      }
      return new Amount(negative ? -unscaled : unscaled, fractionDigits, null);
    }
  }

  /**
   * One end of a quantity as written: signed number, optional scale and currency. The number is
   * {@code unscaled / 10^fractionDigits}, or {@code big} when it has too many digits for a long.
   */
  private static final class Amount {
    private static final long[] POWERS_OF_TEN = {
      1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L, 1_000_000_000L,
      10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L, 10_000_000_000_000L, 100_000_000_000_000L,
      1_000_000_000_000_000L, 10_000_000_000_000_000L, 100_000_000_000_000_000L, 1_000_000_000_000_000_000L
    };

    final long unscaled;
    final int fractionDigits;
    final BigDecimal big;
    int scale = Scales.NONE;
    String currency;

    Amount(long unscaled, int fractionDigits, BigDecimal big) {
      this.unscaled = unscaled;
      this.fractionDigits = fractionDigits;
      this.big = big;
    }

    /**
     * The number times {@code 10^exponent}, without trailing zeros and never with a negative
     * scale: 72.3 and 9 give 72300000000, 2.50 and none give 2.5.
     */
    BigDecimal scaled(int exponent) {
      int powerOfTen = exponent == Scales.NONE ? 0 : exponent;
      if (big != null) {
        return canonical(powerOfTen == 0 ? big : big.multiply(BigDecimal.TEN.pow(powerOfTen)));
      }
      if (unscaled == 0) {
        return BigDecimal.ZERO;
      }
      long digits = unscaled;
      int scale = fractionDigits - powerOfTen;
      while (digits % 10 == 0) {
        digits /= 10;
        scale--;
      }
      if (scale >= 0) {
        return BigDecimal.valueOf(digits, scale);
      }
      // A whole number: the trailing zeros come back, in long arithmetic while it fits.
      if (-scale < POWERS_OF_TEN.length) {
        long power = POWERS_OF_TEN[-scale];
        long high = Math.multiplyHigh(digits, power);
        long product = digits * power;
        if (high == 0 && product >= 0 || high == -1 && product < 0) {
          return BigDecimal.valueOf(product);
        }
      }
      return BigDecimal.valueOf(digits, scale).setScale(0);
    }

    private static BigDecimal canonical(BigDecimal value) {
      BigDecimal stripped = value.stripTrailingZeros();
      return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
  }
}
