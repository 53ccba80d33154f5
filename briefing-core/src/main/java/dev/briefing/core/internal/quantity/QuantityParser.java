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
