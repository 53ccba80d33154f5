package dev.briefing.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlainTextWriterTest {

  /** Each character class at its edges: kept, turned into a space, or replaced. */
  @ParameterizedTest(name = "U+{0} -> {1}")
  @CsvSource({
      "0000, FFFD",
      "0008, FFFD",
      "0009, 0009",
      "000A, 0020",
      "000B, FFFD",
      "000D, 0020",
      "001F, FFFD",
      "0020, 0020",
      "007E, 007E",
      "007F, FFFD",
      "0080, FFFD",
      "0085, 0020",
      "009F, FFFD",
      "00A0, 00A0",
      "2028, 2028",
      "D83D, FFFD",
      "DE00, FFFD",
      "FFFD, FFFD",
  })
  void writesEachCharacterKeptAsASpaceOrReplaced(String in, String out) {
    String text = "a" + (char) Integer.parseInt(in, 16) + "b";
    assertThat(PlainText.clean(text)).isEqualTo("a" + (char) Integer.parseInt(out, 16) + "b");
  }

  @Test
  void aLineBreakOfAnyKindBecomesOneSpace() {
    assertThat(PlainText.clean("a\r\nb\rc\nd\u0085e")).isEqualTo("a b c d e");
    assertThat(PlainText.clean("a\n\nb")).isEqualTo("a  b");
  }

  @Test
  void surrogatePairsAreKeptAndBrokenOnesReplaced() {
    assertThat(PlainText.clean("a\uD83D\uDE00b")).isEqualTo("a\uD83D\uDE00b");
    assertThat(PlainText.clean("\uD83D\uDE00\uD83D\uDE00")).isEqualTo("\uD83D\uDE00\uD83D\uDE00");
    assertThat(PlainText.clean("\uDE00\uD83D")).isEqualTo("\uFFFD\uFFFD");
    assertThat(PlainText.clean("end\uD83D")).isEqualTo("end\uFFFD");
  }

  @Test
  void textInNormalFormPassesThroughUnchanged() {
    String text = "Anthropic’s valuation: $380B — 2,300–5,000 <b>staff</b> & \"more\"\tend";
    assertThat(PlainText.clean(text)).isEqualTo(text);
  }

  @Test
  void writesOnlyTheSpanAskedFor() throws IOException {
    StringBuilder out = new StringBuilder();
    PlainText.append(out, "xx a\u0007b yy", 3, 6);
    assertThat(out).hasToString("a\uFFFDb");
  }

  @Test
  void aSpanEndingInsideAPairOrACrLfSeesOnlyItsOwnCharacters() throws IOException {
    StringBuilder pair = new StringBuilder();
    PlainText.append(pair, "a\uD83D\uDE00", 0, 2);
    assertThat(pair).hasToString("a\uFFFD");

    StringBuilder crlf = new StringBuilder();
    PlainText.append(crlf, "a\r\nb", 0, 2);
    assertThat(crlf).hasToString("a ");
  }

  @Test
  void appendingTheWholeTextWritesWhatCleanReturns() throws IOException {
    String text = "a\u0000b\r\nc\uD83D";
    StringBuilder out = new StringBuilder(">");
    PlainText.append(out, text);
    assertThat(out).hasToString(">" + PlainText.clean(text));
  }
}
