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
   * @param factory makes the quantity from its parts
   * @return the quantity, or empty
   */
  public static Optional<Quantity> parse(String value, QuantityFactory factory) {
    if (value == null || value.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    return new Scan(Normalized.of(value)).quantity(factory);
  }

  /** One scan over one value. */
  private static final class Scan extends Cursor {
    private boolean approximate;
    // The low end as read, in fields rather than an object so that a parse allocates little:
    // its number is lowUnscaled / 10^lowFraction, or lowBig when it has too many digits for a
    // long. The high end of a range, less common, is an object.
    private long lowUnscaled;
    private byte lowFraction;
    private byte lowScale;
    private BigDecimal lowBig;
    private String lowCurrency;
    private HighEnd high;

    Scan(String text) {
      super(text);
    }

    Optional<Quantity> quantity(QuantityFactory factory) {
      approximate = ApproximationWords.skip(this);
      if (!amount(false)) {
        return Optional.empty();
      }
      String unitBeforeRange = shortUnit();
      boolean range = false;
      int beforeSeparator = pos;
      if (rangeSeparator()) {
        range = amount(true);
        if (!range) {
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
      return build(range, unit, factory);
    }

    private int stripEnd(int start, int end) {
      while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
        end--;
      }
      return end;
    }

    private Optional<Quantity> build(boolean range, String unit, QuantityFactory factory) {
      int highScale = range ? high.scale : lowScale;
      String highCurrency = range ? high.currency : lowCurrency;
      // "$10–12B": a scale or currency written once applies to both ends.
      int lowExponent = lowScale != Scales.NONE ? lowScale : highScale;
      int highExponent = highScale != Scales.NONE ? highScale : lowScale;
      String lowCode = lowCurrency != null ? lowCurrency : highCurrency;
      String highCode = highCurrency != null ? highCurrency : lowCurrency;
      if (lowCode != null && highCode != null && !lowCode.equals(highCode)) {
        return Optional.empty();
      }
      BigDecimal lowValue = scaled(lowUnscaled, lowFraction, lowBig, lowExponent);
      // A single value is both ends: scaled once.
      BigDecimal highValue = range ? scaled(high.unscaled, high.fraction, high.big, highExponent) : lowValue;
      if (lowValue.compareTo(highValue) > 0) {
        return Optional.empty();
      }
      return Optional.of(factory.create(lowValue, highValue, Currencies.optional(lowCode), Units.optional(unit), approximate));
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

    /** Reads one end into the low or high fields; leaves the cursor alone when there is none. */
    private boolean amount(boolean high) {
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
      if (!number(negative, high)) {
        pos = save;
        return false;
      }
      int scale = Scales.read(this, currency != null);
      if (currency == null) {
        currency = Currencies.suffix(this);
      }
      if (high) {
        this.high.scale = scale;
        this.high.currency = currency;
      } else {
        lowScale = (byte) scale;
        lowCurrency = currency;
      }
      return true;
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
    private boolean number(boolean negative, boolean high) {
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
        return false;
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
        store(high, 0, 0, negative ? number.negate() : number);
      } else {
        store(high, negative ? -unscaled : unscaled, fractionDigits, null);
      }
      return true;
    }

    private void store(boolean high, long unscaled, int fraction, BigDecimal big) {
      if (high) {
        this.high = new HighEnd(unscaled, fraction, big);
      } else {
        lowUnscaled = unscaled;
        lowFraction = (byte) fraction;
        lowBig = big;
      }
    }
  }

  /** The high end of a range as read: like the low end's fields of {@link Scan}. */
  private static final class HighEnd {
    final long unscaled;
    final int fraction;
    final BigDecimal big;
    int scale;
    String currency;

    HighEnd(long unscaled, int fraction, BigDecimal big) {
      this.unscaled = unscaled;
      this.fraction = fraction;
      this.big = big;
    }
  }

  private static final long[] POWERS_OF_TEN = {
    1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L, 1_000_000_000L,
    10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L, 10_000_000_000_000L, 100_000_000_000_000L,
    1_000_000_000_000_000L, 10_000_000_000_000_000L, 100_000_000_000_000_000L, 1_000_000_000_000_000_000L
  };

  /**
   * The number {@code unscaled / 10^fraction} (or {@code big}) times {@code 10^exponent}, without
   * trailing zeros and never with a negative scale: 72.3 and 9 give 72300000000, 2.50 and none
   * give 2.5.
   */
  private static BigDecimal scaled(long unscaled, int fraction, BigDecimal big, int exponent) {
    int powerOfTen = exponent == Scales.NONE ? 0 : exponent;
    if (big != null) {
      BigDecimal stripped = (powerOfTen == 0 ? big : big.multiply(BigDecimal.TEN.pow(powerOfTen))).stripTrailingZeros();
      return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
    if (unscaled == 0) {
      return BigDecimal.ZERO;
    }
    long digits = unscaled;
    int scale = fraction - powerOfTen;
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
      long product = digits * power;
      if (Math.multiplyHigh(digits, power) == product >> 63) {
        return BigDecimal.valueOf(product);
      }
    }
    return BigDecimal.valueOf(digits, scale).setScale(0);
  }
}
