package dev.briefing.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputHeadTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', value = {
      "'{\"a\":1}\\n{\"a\":2}\\n'     | '{\"a\":1}/{\"a\":2}'",
      "'\\n\\n  {\"a\":1}\\n'         | '{\"a\":1}'",
      "'a\\r\\n\\r\\nb\\rc'           | 'a/b'",
      "'   \\n\\t\\n'                | ''",
      "''                            | ''",
      "'one'                         | 'one'",
  })
  void givesTheFirstTwoNonBlankLinesStripped(String escaped, String expected) {
    List<String> lines = InputHead.nonBlankLines(unescape(escaped), 2);
    assertThat(String.join("/", lines)).isEqualTo(expected);
  }

  private static String unescape(String text) {
    return text.replace("\\n", "\n").replace("\\r", "\r").replace("\\t", "\t");
  }
}
