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

  /** Enough for {@link #formatTo}: a sign, 18 digits, a point and up to 18 zeros after it. */
  public static final int BUFFER_LENGTH = 40;
  /** The most digits a {@code long} holds whatever they are. */
  private static final int LONG_DIGITS = 18;

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
   * Writes the same characters as {@link #format} into {@code out} without making a String, for
   * the common decimals: at most 18 digits and a scale from 0 to 18.
   *
   * @param value the decimal
   * @param out at least {@link #BUFFER_LENGTH} characters
   * @return how many characters were written, or -1 when the decimal is not a common one (then
   *     nothing is written; use {@link #format})
   */
  public static int formatTo(BigDecimal value, char[] out) {
    return formatTo(value, out, 0);
  }

  /**
   * {@link #formatTo(BigDecimal, char[])} at an offset.
   *
   * @param value the decimal
   * @param out at least {@link #BUFFER_LENGTH} characters from {@code offset}
   * @param offset where to write the first character
   * @return how many characters were written, or -1 when the decimal is not a common one
   */
  public static int formatTo(BigDecimal value, char[] out, int offset) {
    int scale = value.scale();
    if (scale < 0 || scale > LONG_DIGITS || value.precision() > LONG_DIGITS) {
      return -1;
    }
    // A scale of zero with few digits is held as a long, which longValue returns as it is.
    long unscaled = scale == 0 ? value.longValue() : value.unscaledValue().longValue();
    // Trailing fractional zeros are not written.
    while (scale > 0 && unscaled % 10 == 0) {
      unscaled /= 10;
      scale--;
    }
    int length = offset;
    if (unscaled < 0) {
      out[length++] = '-';
      unscaled = -unscaled;
    }
    int digits = digitCount(unscaled);
    int integerDigits = Math.max(digits - scale, 1);
    int end = length + integerDigits + (scale > 0 ? 1 + scale : 0);
    // Written from the right: fraction digits, the point, then the integer digits (at least a 0).
    int at = end;
    for (int i = 0; i < scale; i++) {
      out[--at] = (char) ('0' + unscaled % 10);
      unscaled /= 10;
    }
    if (scale > 0) {
      out[--at] = '.';
    }
    do {
      out[--at] = (char) ('0' + unscaled % 10);
      unscaled /= 10;
    } while (at > length);
    return end - offset;
  }

  private static int digitCount(long value) {
    int count = 1;
    for (long bound = 10; count < 19 && value >= bound; bound *= 10) {
      count++;
    }
    return count;
  }

  /**
   * @return the decimal, or null when the text is not plain decimal text: an optional minus,
   *     {@code 0} or digits not starting with {@code 0}, then optionally a point and digits
   */
  public static BigDecimal parse(String text) {
    return text.length() > MAX_LENGTH ? null : parse(text.toCharArray(), 0, text.length());
  }

  /**
   * {@link #parse(String)} over characters in place, such as a JSON parser's buffer, so that
   * reading a quantity makes no String for its bounds.
   *
   * @param chars holds the text
   * @param offset where it starts
   * @param length how long it is
   * @return the decimal, or null when the text is not plain decimal text
   */
  public static BigDecimal parse(char[] chars, int offset, int length) {
    if (length > MAX_LENGTH) {
      return null;
    }
    int end = offset + length;
    int i = offset;
    if (i < end && chars[i] == '-') {
      i++;
    }
    int integerStart = i;
    long unscaled = 0;
    while (i < end && isDigit(chars[i])) {
      unscaled = unscaled * 10 + (chars[i] - '0');
      i++;
    }
    int integerDigits = i - integerStart;
    if (integerDigits == 0 || (integerDigits > 1 && chars[integerStart] == '0')) {
      return null;
    }
    int fractionDigits = 0;
    if (i < end && chars[i] == '.') {
      i++;
      int fractionStart = i;
      while (i < end && isDigit(chars[i])) {
        unscaled = unscaled * 10 + (chars[i] - '0');
        i++;
      }
      fractionDigits = i - fractionStart;
      if (fractionDigits == 0) {
        return null;
      }
    }
    if (i != end) {
      return null;
    }
    if (integerDigits + fractionDigits <= LONG_DIGITS) {
      // The long did not overflow: the same value and scale as new BigDecimal(text), without its copy.
      return BigDecimal.valueOf(chars[offset] == '-' ? -unscaled : unscaled, fractionDigits);
    }
    return new BigDecimal(chars, offset, length);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
