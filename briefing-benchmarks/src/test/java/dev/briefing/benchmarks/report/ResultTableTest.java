package dev.briefing.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResultTableTest {

  @Test
  void aRowShowsOursEachBaselineWithTheRatioAndTheVerdict() {
    Row row = new Row("JSON write", "seed", "µs/op", Optional.of(2.0),
        List.of(new Row.Baseline("Jackson streaming", Optional.of(1.6)), new Row.Baseline("databind", Optional.of(4.0))),
        "≤ 1.2× streaming", Optional.of(false));

    String table = ResultTable.render(List.of(row));

    assertThat(table.lines()).hasSize(3);
    assertThat(table.lines().toList().get(2))
        .isEqualTo("| JSON write | seed | µs/op | 2.00 | Jackson streaming 1.60 (1.25×); databind 4.00 (0.50×) | ≤ 1.2× streaming | NO |");
  }

  @Test
  void whatWasNotMeasuredShowsAsNotAvailableWithoutARatio() {
    Row row = new Row("HTML render", "large", "µs/op", Optional.empty(),
        List.of(new Row.Baseline("jte", Optional.of(12.345))), "< jte", Optional.empty());

    assertThat(ResultTable.render(List.of(row)))
        .contains("| HTML render | large | µs/op | n/a | jte 12.3 | < jte | – |");
  }

  @Test
  void numbersKeepThreeSignificantDigits() {
    assertThat(ResultTable.number(Optional.of(1234.56))).isEqualTo("1235");
    assertThat(ResultTable.number(Optional.of(12.345))).isEqualTo("12.3");
    assertThat(ResultTable.number(Optional.of(1.2345))).isEqualTo("1.23");
    assertThat(ResultTable.number(Optional.of(0.012345))).isEqualTo("0.0123");
  }
}
