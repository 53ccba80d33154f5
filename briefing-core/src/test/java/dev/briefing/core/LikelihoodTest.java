package dev.briefing.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LikelihoodTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "ALMOST_NO_CHANCE, almost no chance, remote, 1, 5",
    "VERY_UNLIKELY, very unlikely, highly improbable, 5, 20",
    "UNLIKELY, unlikely, improbable, 20, 45",
    "ROUGHLY_EVEN_CHANCE, roughly even chance, roughly even odds, 45, 55",
    "LIKELY, likely, probable, 55, 80",
    "VERY_LIKELY, very likely, highly probable, 80, 95",
    "ALMOST_CERTAIN, almost certain, nearly certain, 95, 99"
  })
  void eachRowHoldsIcd203sTermsAndRange(Likelihood row, String term, String alternative, int low, int high) {
    assertThat(row.term()).isEqualTo(term);
    assertThat(row.alternativeTerm()).isEqualTo(alternative);
    assertThat(row.lowPercent()).isEqualTo(low);
    assertThat(row.highPercent()).isEqualTo(high);
    assertThat(Likelihood.ofTerm(term)).contains(row);
    assertThat(Likelihood.ofTerm(alternative.toUpperCase(java.util.Locale.ROOT))).contains(row);
  }

  @ParameterizedTest
  @CsvSource({"certain", "likely-ish", "''", "very  likely"})
  void aWordOffTheScaleNamesNoRow(String term) {
    assertThat(Likelihood.ofTerm(term)).isEmpty();
  }
}
