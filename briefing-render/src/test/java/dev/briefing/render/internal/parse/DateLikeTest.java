package dev.briefing.render.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateLikeTest {

  @ParameterizedTest
  @ValueSource(strings = {"2026", "February 2026", "Feb. 2026", "Q3 2025", "H1 2026", "FY2025", "FY 2025",
      "2026-02-10", "10/02/2026", "mid-2025", "end of 2025", "2025–2026", "10 February 2026"})
  void readsDatesAndPeriodsAsDates(String text) {
    assertThat(DateLike.test(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "various sources", "TechCrunch", "2026 survey", "1,000 firms", "Reuters 2026",
      "May", "12", "123456", "Q3", "3000"})
  void readsAnythingElseAsNoDate(String text) {
    assertThat(DateLike.test(text)).isFalse();
  }
}
