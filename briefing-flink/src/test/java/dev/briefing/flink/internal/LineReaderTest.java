package dev.briefing.flink.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineReaderTest {

  /** Input and expected lines, with \n and \r written out for line feed and carriage return; lines joined by '|', a too-long one as '~'. */
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "a\\nb\\nc;a|b|c",
      "a\\nb\\nc\\n;a|b|c",
      "\\n\\na;||a",
      "a\\r\\nb;a\\r|b",
      "short\\nthis line is too long\\nok;short|~|ok",
      "this line is too long;~",
      "'';''"})
  void splitsAtLineFeedsAndNumbersFromOne(String input, String expected) throws IOException {
    String text = unescape(input);
    LineReader reader = new LineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 12);
    List<String> lines = new ArrayList<>();
    for (NdjsonLine line = reader.read(); line != null; line = reader.read()) {
      assertThat(line.line()).isEqualTo(lines.size() + 1);
      lines.add(line.bytes() == null ? "~" : new String(line.bytes(), StandardCharsets.UTF_8));
    }

    assertThat(String.join("|", lines)).isEqualTo(unescape(expected));
  }

  private static String unescape(String text) {
    return text.replace("\\n", "\n").replace("\\r", "\r");
  }
}
