package dev.briefing.json.internal;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Decimals in a quantity travel as JSON strings of plain decimal text ({@code "72300000000"},
 * {@code "-12"}, {@code "0.5"}): exact, with no exponent, so consumers in languages whose JSON
 * numbers are doubles lose nothing.
 */
public final class WireDecimal {

  private static final Pattern FORM = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");

  private WireDecimal() {}

  /** @return the canonical text: no exponent, no trailing fractional zeros */
  public static String format(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.scale() < 0) {
      stripped = stripped.setScale(0);
    }
    return stripped.toPlainString();
  }

  /** @return the decimal, or null when the text is not plain decimal text */
  public static BigDecimal parse(String text) {
    if (text.length() > 200 || !FORM.matcher(text).matches()) {
      return null;
    }
    return new BigDecimal(text);
  }
}
