package dev.briefing.kit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextRunsTest {

  private static final String LATIN1 = "R&D budgets grew 40% while margins stayed < 60% \u00D7 2";
  private static final String WIDE = "Karpathy\u2019s move to Anthropic\u2019s pre-training team \u2014 a shift";

  /** Whole strings, long and short runs, Latin-1 and wide text, into narrow and wide builders. */
  @ParameterizedTest(name = "{0} [{1}, {2}) after {3}")
  @CsvSource({
      "latin1, 0, -1, a",
      "latin1, 0, 20, a",
      "latin1, 3, 40, \u2019",
      "latin1, 5, 12, \u2019",
      "latin1, 30, -1, \u2019",
      "wide, 0, -1, \u2019",
      "wide, 2, 30, a",
      "wide, 9, 50, \u2019",
      "wide, 1, 4, a",
  })
  void copiesTheRunsCharactersWhateverTheWayTaken(String which, int from, int to, String before) throws IOException {
    String text = which.equals("latin1") ? LATIN1 : WIDE;
    int end = to < 0 ? text.length() : to;
    StringBuilder builder = new StringBuilder(before);
    StringWriter writer = new StringWriter();

    TextRuns.copy(builder, text, from, end);
    TextRuns.copy(writer, text, from, end);

    assertThat(builder.toString()).isEqualTo(before + text.substring(from, end));
    assertThat(writer.toString()).isEqualTo(text.substring(from, end));
  }
}
