package dev.briefing.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class ObservationDateTest {

  /** Each row: an as-of as written, and the ISO 8601 date it reads as (empty: not a date). */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvFileSource(resources = "observation-dates.csv", numLinesToSkip = 1, nullValues = "")
  void readsAnAsOfAsADateAtThePrecisionWrittenOrNotAtAll(String asOf, String expected) {
    assertThat(ObservationDate.parse(asOf).orElse(null)).isEqualTo(expected);
  }
}
