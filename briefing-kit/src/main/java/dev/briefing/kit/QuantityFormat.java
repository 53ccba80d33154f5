package dev.briefing.kit;

import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.Notation;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.Precision;
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
 * {@code ~}. Scale words agree in number with the value, as CLDR's plural rules say for each
 * language ("1 milliard", "1,5 milliard", "72,3 milliards"; "1 Milliarde", "72,3 Milliarden";
 * "1 millón", "72,3 millones", "72,3 mil millones"): the compact form is ICU4J's, since the
 * JDK's compact numbers pick the wrong plural in several languages and differ between JDK
 * releases.
 *
 * <pre>{@code
 * Quantity capital = Quantity.parse("$72.3B").orElseThrow();
 * QuantityFormat.compact(Locale.ENGLISH).format(capital); // "72.3 billion USD"
 * QuantityFormat.compact(Locale.FRENCH).format(capital);  // "72,3 milliards USD"
 * QuantityFormat.full(Locale.GERMAN).format(capital);     // "72.300.000.000 USD"
 * QuantityFormat.compact(Locale.ENGLISH).format(Quantity.parse("2,300–5,000").orElseThrow());
 *                                                          // "2.3 thousand–5 thousand"
 * }</pre>
 */
public final class QuantityFormat {

  private final Locale locale;
  private final boolean compact;
  /** Immutable and thread-safe, unlike a JDK NumberFormat; null for the full form. */
  private final LocalizedNumberFormatter scaled;

  private QuantityFormat(Locale locale, boolean compact) {
    this.locale = Objects.requireNonNull(locale, "locale");
    this.compact = compact;
    this.scaled = compact
        ? NumberFormatter.withLocale(locale).notation(Notation.compactLong()).precision(Precision.maxFraction(2))
        : null;
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
    StringBuilder out = new StringBuilder(32);
    if (quantity.approximate()) {
      out.append('~');
    }
    out.append(number(quantity.low()));
    if (quantity.isRange()) {
      out.append('–').append(number(quantity.high()));
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

  private String number(BigDecimal value) {
    if (compact) {
      return scaled.format(value).toString();
    }
    // NumberFormat is mutable and not thread-safe, so each call gets its own.
    NumberFormat numbers = NumberFormat.getNumberInstance(locale);
    numbers.setMaximumFractionDigits(20);
    return numbers.format(value);
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
