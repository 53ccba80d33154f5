package dev.briefing.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.briefing.core.Quantity;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityFormatTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "$72.3B       | en | 72.3 billion USD",
    "2,300–5,000  | en | 2.3 thousand–5 thousand",
    "~40%         | en | ~40%",
    "3.5x         | en | 3.5x",
    "18 months    | en | 18 months",
    "$72.3B       | de | 72,3 Milliarden USD",
    "999.456      | en | 999.46",
    "1,000        | en | 1 thousand",
    "-999         | en | -999",
    "~$2–3M       | en | ~2 million–3 million USD",
    // The scale word agrees in number with the value, by each language's own rule, on every JDK.
    "$72.3B   | fr | 72,3 milliards USD",
    "$1B      | fr | 1 milliard USD",
    "$1.5B    | fr | 1,5 milliard USD",
    "$2B      | fr | 2 milliards USD",
    "2M       | fr | 2 millions",
    "1.5M     | fr | 1,5 million",
    "$72.3B   | de | 72,3 Milliarden USD",
    "$1B      | de | 1 Milliarde USD",
    "1.5M     | de | 1,5 Millionen",
    "1M       | de | 1 Million",
    "$72.3B   | es | 72,3 mil millones USD",
    "1M       | es | 1 millón",
    "1.5M     | es | 1,5 millones",
    "72.3M    | es | 72,3 millones",
    "1.5M     | en | 1.5 million",
  })
  void compactFormatUsesScaleWordsOfTheLocaleInTheLanguagesPlural(String value, String language, String expected) {
    Quantity quantity = Quantity.parse(value).orElseThrow();
    assertThat(QuantityFormat.compact(Locale.forLanguageTag(language)).format(quantity)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "$72.3B      | en | 72,300,000,000 USD",
    "$72.3B      | de | 72.300.000.000 USD",
    "2,300–5,000 | en | 2,300–5,000",
  })
  void fullFormatWritesEveryDigit(String value, String language, String expected) {
    Quantity quantity = Quantity.parse(value).orElseThrow();
    assertThat(QuantityFormat.full(Locale.forLanguageTag(language)).format(quantity)).isEqualTo(expected);
  }

  @Test
  void namesItsLocaleAndKind() {
    assertThat(QuantityFormat.compact(Locale.GERMANY).locale()).isEqualTo(Locale.GERMANY);
    assertThat(QuantityFormat.compact(Locale.GERMANY)).hasToString("QuantityFormat[de-DE, compact]");
    assertThat(QuantityFormat.full(Locale.US)).hasToString("QuantityFormat[en-US, full]");
    assertThatNullPointerException().isThrownBy(() -> QuantityFormat.full(null)).withMessage("locale");
  }
}
