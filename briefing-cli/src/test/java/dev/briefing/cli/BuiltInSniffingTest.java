package dev.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.format.BriefingFormat;
import dev.briefing.core.format.FormatRegistry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** What the built-in formats' probes tell an input to be, all of them asked together as the CLI asks. */
class BuiltInSniffingTest {

  private static final FormatRegistry FORMATS = FormatRegistry.loadDefault();

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvFileSource(resources = "/sniffing/built-in-formats.csv", delimiter = '|', quoteCharacter = '\'')
  void theFormatsTellAnInputByItsFirstLines(String escaped, String expected) {
    String head = escaped == null ? "" : escaped.replace("\\n", "\n").replace("\\r", "\r").replace("\\t", "\t")
        .replace("\\uFEFF", "\uFEFF");
    assertThat(FORMATS.sniff(head).map(BriefingFormat::name)).contains(expected);
  }
}
