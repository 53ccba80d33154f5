package dev.briefing.json.internal;

import java.math.BigDecimal;

/**
 * Decimals in a quantity travel as JSON strings of plain decimal text ({@code "72300000000"},
 * {@code "-12"}, {@code "0.5"}): exact, with no exponent, so consumers in languages whose JSON
 * numbers are doubles lose nothing.
 *
 * <p>Both directions run for every figure with a quantity, so they work on the text directly:
 * no regular expression, and no intermediate {@code BigDecimal} from {@code stripTrailingZeros}.
 */
public final class WireDecimal {

  /** Longer text is not a wire decimal: keeps {@code new BigDecimal} linear and small. */
  private static final int MAX_LENGTH = 200;

  private WireDecimal() {}

  /** @return the canonical text: no exponent, no trailing fractional zeros */
  public static String format(BigDecimal value) {
    String plain = value.toPlainString();
    if (value.scale() <= 0) {
      // toPlainString writes a scale of zero or less as digits only: already canonical.
      return plain;
    }
    int end = plain.length();
    while (plain.charAt(end - 1) == '0') {
      end--;
    }
    if (plain.charAt(end - 1) == '.') {
      end--;
    }
    return end == plain.length() ? plain : plain.substring(0, end);
  }

  /**
   * @return the decimal, or null when the text is not plain decimal text: an optional minus,
   *     {@code 0} or digits not starting with {@code 0}, then optionally a point and digits
   */
  public static BigDecimal parse(String text) {
    int length = text.length();
    if (length > MAX_LENGTH) {
      return null;
    }
    int i = 0;
    if (i < length && text.charAt(i) == '-') {
      i++;
    }
    int integerStart = i;
    while (i < length && isDigit(text.charAt(i))) {
      i++;
    }
    int integerDigits = i - integerStart;
    if (integerDigits == 0 || (integerDigits > 1 && text.charAt(integerStart) == '0')) {
      return null;
    }
    if (i < length && text.charAt(i) == '.') {
      i++;
      int fractionStart = i;
      while (i < length && isDigit(text.charAt(i))) {
        i++;
      }
      if (i == fractionStart) {
        return null;
      }
    }
    return i == length ? new BigDecimal(text) : null;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
