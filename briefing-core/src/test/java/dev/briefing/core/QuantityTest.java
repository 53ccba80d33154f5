package dev.briefing.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class QuantityTest {

  static Stream<Arguments> realWorldValues() {
    return Stream.of(
        // value, low, high, currency, unit, approximate
        Arguments.of("$72.3B", "72300000000", "72300000000", "USD", null, false),
        Arguments.of("$380B", "380000000000", "380000000000", "USD", null, false),
        Arguments.of("€1.2 trillion", "1200000000000", "1200000000000", "EUR", null, false),
        Arguments.of("380B", "380000000000", "380000000000", null, null, false),
        Arguments.of("2,300–5,000", "2300", "5000", null, null, false),
        Arguments.of("2,300-5,000", "2300", "5000", null, null, false),
        Arguments.of("2,300 to 5,000", "2300", "5000", null, null, false),
        Arguments.of("2,300 — 5,000", "2300", "5000", null, null, false),
        Arguments.of("~40%", "40", "40", null, "%", true),
        Arguments.of("3.5x", "3.5", "3.5", null, "x", false),
        Arguments.of("-12%", "-12", "-12", null, "%", false),
        Arguments.of("−12%", "-12", "-12", null, "%", false),
        Arguments.of("+15%", "15", "15", null, "%", false),
        Arguments.of("1.2 GW", "1.2", "1.2", null, "GW", false),
        Arguments.of("18 months", "18", "18", null, "months", false),
        Arguments.of("£200m", "200000000", "200000000", "GBP", null, false),
        Arguments.of("US$5bn", "5000000000", "5000000000", "USD", null, false),
        Arguments.of("USD 4.2 billion", "4200000000", "4200000000", "USD", null, false),
        Arguments.of("4.2 billion USD", "4200000000", "4200000000", "USD", null, false),
        Arguments.of("$10–12B", "10000000000", "12000000000", "USD", null, false),
        Arguments.of("$2.5B–$3B", "2500000000", "3000000000", "USD", null, false),
        Arguments.of("about 1,000", "1000", "1000", null, null, true),
        Arguments.of("approx. 7,500 employees", "7500", "7500", null, "employees", true),
        Arguments.of("over 100", "100", "100", null, null, true),
        Arguments.of("100,000+", "100000", "100000", null, null, true),
        Arguments.of("1.2k", "1200", "1200", null, null, false),
        Arguments.of("¥3 billion", "3000000000", "3000000000", "JPY", null, false),
        Arguments.of("₹500 crore", "5000000000", "5000000000", "INR", null, false),
        Arguments.of("CHF 1.2bn", "1200000000", "1200000000", "CHF", null, false),
        Arguments.of("12.5 percent", "12.5", "12.5", null, "%", false),
        Arguments.of("50 bps", "50", "50", null, "bps", false),
        Arguments.of("10–15 years", "10", "15", null, "years", false),
        Arguments.of("-12% to -5%", "-12", "-5", null, "%", false),
        Arguments.of("2026", "2026", "2026", null, null, false),
        Arguments.of("$0.99", "0.99", "0.99", "USD", null, false),
        Arguments.of("1.5°C", "1.5", "1.5", null, "°C", false),
        Arguments.of("4 TWh", "4", "4", null, "TWh", false),
        Arguments.of("€ 300 million", "300000000", "300000000", "EUR", null, false),
        Arguments.of("≈ 2 million", "2000000", "2000000", null, null, true),
        Arguments.of("1 000 000", null, null, null, null, false),
        Arguments.of("10 m", "10", "10", null, "m", false),
        Arguments.of("5 T", "5000000000000", "5000000000000", null, null, false),
        // The edges of the grammar: each row is read differently if one rule slips.
        Arguments.of("40 %–50 %", "40", "50", null, "%", false),
        Arguments.of("1.5M× to 2M×", "1500000", "2000000", null, "x", false),
        Arguments.of("3 xylophones", "3", "3", null, "xylophones", false),
        Arguments.of("10 and 12 GW", "10", "12", null, "GW", false),
        Arguments.of("-$5M", "-5000000", "-5000000", "USD", null, false),
        Arguments.of("$-5M", "-5000000", "-5000000", "USD", null, false),
        Arguments.of("90 days", "90", "90", null, "days", false),
        Arguments.of("1,234,567", "1234567", "1234567", null, null, false),
        Arguments.of("$4/month", "4", "4", "USD", "/month", false),
        Arguments.of("20 µg", "20", "20", null, "µg", false),
        Arguments.of("Rs 500", "500", "500", "INR", null, false),
        Arguments.of("Rs. 1,200", "1200", "1200", "INR", null, false),
        Arguments.of("AUD 5 million", "5000000", "5000000", "AUD", null, false),
        Arguments.of("ZAR 12bn", "12000000000", "12000000000", "ZAR", null, false),
        Arguments.of("5 USDT", "5", "5", null, "USDT", false),
        Arguments.of("8 GPU", "8", "8", null, "GPU", false),
        Arguments.of("est. ~40%", "40", "40", null, "%", true),
        // Numbers too long for a long, and text whose spaces and minus signs need folding.
        Arguments.of("999999999999999999", "999999999999999999", "999999999999999999", null, null, false),
        Arguments.of("123,456,789,012,345,678,901", "123456789012345678901", "123456789012345678901", null, null, false),
        Arguments.of("1234567890123456789.25x", "1234567890123456789.25", "1234567890123456789.25", null, "x", false),
        Arguments.of("$72.3\u00A0B", "72300000000", "72300000000", "USD", null, false),
        Arguments.of("  40 %  ", "40", "40", null, "%", false),
        Arguments.of("4.2\tbillion  USD", "4200000000", "4200000000", "USD", null, false),
        Arguments.of("\u20121\u2009000", null, null, null, null, false),
        Arguments.of("\u20105\u202Fkm", "-5", "-5", null, "km", false),
        Arguments.of("300 €", "300", "300", "EUR", null, false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("realWorldValues")
  void readsRealWorldValues(String value, String low, String high, String currency, String unit, boolean approximate) {
    Optional<Quantity> parsed = Quantity.parse(value);
    if (low == null) {
      assertThat(parsed).isEmpty();
      return;
    }
    assertThat(parsed).hasValueSatisfying(q -> {
      assertThat(q.low()).isEqualByComparingTo(new BigDecimal(low));
      assertThat(q.high()).isEqualByComparingTo(new BigDecimal(high));
      assertThat(q.currency()).isEqualTo(Optional.ofNullable(currency));
      assertThat(q.unit()).isEqualTo(Optional.ofNullable(unit));
      assertThat(q.approximate()).isEqualTo(approximate);
      assertThat(q.isRange()).isEqualTo(!low.equals(high));
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "record", "n/a", "TBD", "three", "$", "%", "1,23", "12,3456",
      "5,000–2,300", "$5 to €6", "1.2.3", "3 of 5", "<b>9</b>", "[3](x)", "--", "1e309",
      "12 15", "overweight", "1,234,56"})
  void valuesThatAreNotQuantitiesGiveEmpty(String value) {
    assertThat(Quantity.parse(value)).isEmpty();
  }

  static Stream<String> randomValues() {
    java.util.Random random = new java.util.Random(42);
    String alphabet = "0123456789.,-–—+~≈<>$€£¥₹%xX kKmMbBtTnoalrsupbillionUSDCHF°/()\u00A0\u2212";
    return Stream.generate(() -> {
      StringBuilder value = new StringBuilder();
      int length = random.nextInt(24);
      for (int i = 0; i < length; i++) {
        value.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      return value.toString();
    }).limit(2_000);
  }

  @ParameterizedTest
  @MethodSource("randomValues")
  void anyValueGivesAQuantityInOrderOrNothing(String value) {
    Quantity.parse(value).ifPresent(q -> assertThat(q.low()).isLessThanOrEqualTo(q.high()));
  }

  @Test
  void nullAndOverlongValuesGiveEmptyRatherThanThrow() {
    assertThat(Quantity.parse(null)).isEmpty();
    assertThat(Quantity.parse("1".repeat(101))).isEmpty();
  }

  @Test
  void valuesUpToTheLengthLimitAreRead() {
    assertThat(Quantity.parse("1".repeat(100))).isPresent();
  }

  @Test
  void unitsUpToThirtyCharactersAreRead() {
    String unit = "u".repeat(30);
    assertThat(Quantity.parse("5 " + unit).orElseThrow().unit()).contains(unit);
    assertThat(Quantity.parse("5 " + unit + "u")).isEmpty();
  }

  @Test
  void aBuiltQuantityIsExactUnlessMarkedApproximate() {
    assertThat(Quantity.builder().low(BigDecimal.ONE).high(BigDecimal.ONE).build().approximate()).isFalse();
  }

  @Test
  void valuesAreNormalisedWithoutTrailingZeros() {
    assertThat(Quantity.parse("$1.50B").orElseThrow().low()).isEqualTo(new BigDecimal("1500000000"));
    assertThat(Quantity.parse("2.50").orElseThrow().low()).isEqualTo(new BigDecimal("2.5"));
  }

  @Test
  void figureDerivesItsQuantityFromItsValue() {
    Figure figure = Figure.of("$72.3B", "Capital");
    assertThat(figure.quantity().orElseThrow().currency()).contains("USD");
    assertThat(figure.withValue("record").quantity()).isEmpty();
  }

  @Test
  void figureParsesItsValueOnceAndACopyWithAnotherValueParsesItsOwn() {
    Figure figure = Figure.builder().value("$72.3B").label("Capital").source("filings").build();
    Figure other = figure.withValue("€3.4bn");

    assertThat(figure.quantity()).isSameAs(figure.quantity());
    assertThat(other.quantity().orElseThrow().currency()).contains("EUR");
    assertThat(figure.withSource("elsewhere").quantity()).isEqualTo(figure.quantity());
    assertThat(other).isNotEqualTo(figure);
    Figure parsed = Figure.of("$72.3B", "Capital");
    parsed.quantity();
    assertThat(parsed).isEqualTo(Figure.of("$72.3B", "Capital")).hasSameHashCodeAs(Figure.of("$72.3B", "Capital"));
  }

  @Test
  void builderRefusesLowAboveHigh() {
    assertThatThrownBy(() -> Quantity.builder().low(BigDecimal.TEN).high(BigDecimal.ONE).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("low 10 is above high 1");
  }
}
