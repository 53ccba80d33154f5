package dev.briefing.flink.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineReaderTest {

  /**
   * Input and expected lines as number:text, with \n and \r written out for line feed and
   * carriage return; lines joined by '|', a too-long one's text as '~' followed by the reason
   * the line reader gave. Blank lines are passed over, and so is a byte-order mark at the
   * start, as the NDJSON reader does.
   */
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "a\\nb\\nc;1:a|2:b|3:c",
      "a\\nb\\nc\\n;1:a|2:b|3:c",
      "\\n \\r\\na;3:a",
      "a\\r\\nb;1:a\\r|2:b",
      "short\\nthis line is too long\\nok;1:short|2:~the line is longer than the limit of 12 characters|3:ok",
      "this line is too long;1:~the line is longer than the limit of 12 characters",
      "\uFEFFa\\nb;1:a|2:b",
      "'';''"})
  void splitsAtLineFeedsNumbersFromOneAndPassesOverBlankLines(String input, String expected) throws IOException {
    String text = unescape(input);
    LineReader reader = new LineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 12);
    List<String> lines = new ArrayList<>();
    for (NdjsonLine line = reader.read(); line != null; line = reader.read()) {
      lines.add(line.line() + ":" + (line.bytes() == null ? "~" + line.refused() : new String(line.bytes(), StandardCharsets.UTF_8)));
    }

    assertThat(String.join("|", lines)).isEqualTo(unescape(expected));
  }

  @Test
  void limitIsInCharactersNotBytes() throws IOException {
    String twelve = "\u00e9".repeat(12);
    LineReader reader = new LineReader(new ByteArrayInputStream((twelve + "\n" + twelve + "e").getBytes(StandardCharsets.UTF_8)), 12);

    assertThat(new String(reader.read().bytes(), StandardCharsets.UTF_8)).isEqualTo(twelve);
    assertThat(reader.read().bytes()).isNull();
    assertThat(reader.read()).isNull();
  }

  private static String unescape(String text) {
    return text.replace("\\n", "\n").replace("\\r", "\r");
  }
}
