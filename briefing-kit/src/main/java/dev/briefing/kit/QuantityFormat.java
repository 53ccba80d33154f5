package dev.briefing.kit;

import dev.briefing.core.Quantity;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes a {@link Quantity} for readers in one language, the way a custom renderer would show
 * a figure's parsed value next to (or instead of) the value as written. Immutable and
 * thread-safe.
 *
 * <p>Numbers use the locale's digits and separators; currencies are written as their ISO 4217
 * code after the number (unambiguous in every language); units follow the number, with no
 * space for {@code %} and {@code x}; ranges use an en dash; approximate values start with
 * {@code ~}.
 *
 * <pre>{@code
 * Quantity capital = Quantity.parse("$72.3B").orElseThrow();
 * QuantityFormat.compact(Locale.ENGLISH).format(capital); // "72.3 billion USD"
 * QuantityFormat.full(Locale.GERMAN).format(capital);     // "72.300.000.000 USD"
 * QuantityFormat.compact(Locale.ENGLISH).format(Quantity.parse("2,300–5,000").orElseThrow());
 *                                                          // "2.3 thousand–5 thousand"
 * }</pre>
 */
public final class QuantityFormat {

  private final Locale locale;
  private final boolean compact;

  private QuantityFormat(Locale locale, boolean compact) {
    this.locale = Objects.requireNonNull(locale, "locale");
    this.compact = compact;
  }

  /**
   * @param locale the readers' locale
   * @return a format with scale words: "72.3 billion", "72,3 Milliarden"
   */
  public static QuantityFormat compact(Locale locale) {
    return new QuantityFormat(locale, true);
  }

  /**
   * @param locale the readers' locale
   * @return a format with every digit: "72,300,000,000"
   */
  public static QuantityFormat full(Locale locale) {
    return new QuantityFormat(locale, false);
  }

  /**
   * @param quantity a parsed figure value
   * @return the quantity written for readers
   */
  public String format(Quantity quantity) {
    // NumberFormat is mutable and not thread-safe, so each call gets its own.
    NumberFormat numbers = compact
        ? NumberFormat.getCompactNumberInstance(locale, NumberFormat.Style.LONG)
        : NumberFormat.getNumberInstance(locale);
    numbers.setMaximumFractionDigits(compact ? 2 : 20);
    NumberFormat small = NumberFormat.getNumberInstance(locale);
    small.setMaximumFractionDigits(2);
    StringBuilder out = new StringBuilder(32);
    if (quantity.approximate()) {
      out.append('~');
    }
    out.append(number(compact && isSmall(quantity.low()) ? small : numbers, quantity.low(), compact));
    if (quantity.isRange()) {
      out.append('–').append(number(compact && isSmall(quantity.high()) ? small : numbers, quantity.high(), compact));
    }
    quantity.unit().ifPresent(unit -> {
      if (!unit.equals("%") && !unit.equals("x")) {
        out.append(' ');
      }
      out.append(unit);
    });
    quantity.currency().ifPresent(code -> out.append(' ').append(code));
    return out.toString();
  }

  /** Below a thousand there is no scale word, and the compact format would round to integers. */
  private static boolean isSmall(BigDecimal value) {
    return value.abs().compareTo(BigDecimal.valueOf(1000)) < 0;
  }

  private static String number(NumberFormat numbers, BigDecimal value, boolean compact) {
    // The compact format ignores fraction digits for BigDecimal ("72 billion" for 72.3e9); two
    // decimals of a scaled number are well within a double's precision.
    return compact ? numbers.format(value.doubleValue()) : numbers.format(value);
  }

  /** @return the locale numbers are written for */
  public Locale locale() {
    return locale;
  }

  @Override
  public String toString() {
    return "QuantityFormat[" + locale.toLanguageTag() + (compact ? ", compact]" : ", full]");
  }
}
