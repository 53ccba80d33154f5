package dev.briefing.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownTextTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(chars = {'\\', '`', '*', '_', '[', ']', '<', '>', '&', '#', '|', '~', '!'})
  void inlineMarkupCharactersGetABackslashAnywhere(char c) {
    assertThat(inline("a" + c + "b")).isEqualTo("a\\" + c + "b");
    assertThat(inline(c + "b")).isEqualTo("\\" + c + "b");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(chars = {'-', '+', '=', '.', ')', '(', '"', '\'', '/', ':', ';', '?', '@', '$', '%', '^', '{', '}', ','})
  void otherPunctuationInsideALineIsWrittenAsIs(char c) {
    assertThat(inline("a" + c + "b")).isEqualTo("a" + c + "b");
  }

  /** Characters CommonMark would strip, fold or refuse are written as character references. */
  @ParameterizedTest(name = "U+{0} -> {1}")
  @CsvSource({
      "0001, &#1;",
      "000A, &#10;",
      "000D, &#13;",
      "001F, &#31;",
      "007F, &#127;",
      "0080, &#128;",
      "009F, &#159;",
  })
  void controlCharactersBecomeCharacterReferences(String hex, String reference) {
    assertThat(inline("a" + (char) Integer.parseInt(hex, 16) + "b")).isEqualTo("a" + reference + "b");
  }

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(strings = {"0009", "0020", "007D", "00A0", "2003", "FFFD"})
  void printableCharactersAndInnerSpacesAreWrittenAsIs(String hex) {
    String text = "a" + (char) Integer.parseInt(hex, 16) + "b";
    assertThat(inline(text)).isEqualTo(text);
  }

  @Test
  void leadingAndTrailingWhitespaceBecomesReferencesSoItSurvives() {
    assertThat(inline("  x ")).isEqualTo("&#32;&#32;x&#32;");
    assertThat(inline("\tx\t")).isEqualTo("&#9;x&#9;");
    assertThat(inline("\u00A0x\u2003")).isEqualTo("&#160;x&#8195;");
    assertThat(inline("\nx\r")).isEqualTo("&#10;x&#13;");
    assertThat(inline("\u000Bx\f")).isEqualTo("&#11;x&#12;");
    assertThat(inline("   ")).isEqualTo("&#32;&#32;&#32;");
    assertThat(inline("")).isEmpty();
  }

  @Test
  void nulAndLoneSurrogatesBecomeTheReplacementCharacter() {
    assertThat(inline("a\u0000b")).isEqualTo("a\uFFFDb");
    assertThat(inline("a\uD83Db")).isEqualTo("a\uFFFDb");
    assertThat(inline("a\uDE00b")).isEqualTo("a\uFFFDb");
    assertThat(inline("a\uD83D")).isEqualTo("a\uFFFD");
    assertThat(inline("\u0000x")).isEqualTo("\uFFFDx");
  }

  @Test
  void charactersTheParsersRepairWouldChangeBecomeReferences() {
    // Undamaged text that looks like mojibake or the seed's damage must not be "repaired" on the way back.
    assertThat(inline("Ã©t")).isEqualTo("&#195;©t");
    assertThat(inline("Anthropic\u0E42s")).isEqualTo("Anthropic&#3650;s");
    assertThat(inline("x Ã y")).isEqualTo("x Ã y");
    assertThat(inline("é")).isEqualTo("é");
  }

  @Test
  void surrogatePairsAreWrittenAsIs() {
    assertThat(inline("a\uD83D\uDE00b")).isEqualTo("a\uD83D\uDE00b");
    assertThat(inline("\uD83D\uDE00\uD83D\uDE00")).isEqualTo("\uD83D\uDE00\uD83D\uDE00");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "- item        | \\- item",
      "+ item        | \\+ item",
      "= underline   | \\= underline",
      "1. item       | 1\\. item",
      "12) item      | 12\\) item",
      "1234567890. x | 1234567890\\. x",
      "12345678901. x| 12345678901. x",
      "2026          | 2026",
      "3 x           | 3 x",
      "1.5 x         | 1\\.5 x",
      "a- b          | a- b",
  })
  void blockMarkersAreEscapedAtTheStartOfALine(String text, String expected) throws IOException {
    StringBuilder out = new StringBuilder();
    MarkdownText.append(out, text, 0, text.length(), true);
    assertThat(out).hasToString(expected);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"- item", "+ item", "= underline", "1. item", "12) item"})
  void blockMarkersInsideALineAreWrittenAsIs(String text) {
    assertThat(inline(text)).isEqualTo(text);
  }

  @Test
  void blockMarkersAfterLeadingWhitespaceAreStillEscaped() throws IOException {
    StringBuilder out = new StringBuilder();
    MarkdownText.append(out, " - x", 0, 4, true);
    assertThat(out).hasToString("&#32;\\- x");
  }

  @Test
  void aBlankPieceAtTheStartOfALineIsOnlyReferences() throws IOException {
    assertThat(lineStart("  ", 0, 2)).isEqualTo("&#32;&#32;");
    assertThat(lineStart("  -", 0, 2)).isEqualTo("&#32;&#32;");
    assertThat(lineStart("", 0, 0)).isEmpty();
  }

  @Test
  void punctuationWithoutDigitsBeforeItStartsNoList() throws IOException {
    assertThat(lineStart(". x", 0, 3)).isEqualTo(". x");
    assertThat(lineStart(") x", 0, 3)).isEqualTo(") x");
  }

  @Test
  void aLineStartInsideTheTextIsJudgedFromTheSpan() throws IOException {
    String text = "0123456789" + "1. item";
    assertThat(lineStart(text, 10, text.length())).isEqualTo("1\\. item");
    assertThat(lineStart("ab cd", 3, 5)).isEqualTo("cd");
    assertThat(lineStart(" x", 0, 2)).isEqualTo("&#32;x");
  }

  @Test
  void writesOnlyTheSpanAskedFor() throws IOException {
    StringBuilder out = new StringBuilder();
    MarkdownText.append(out, "ab-c*d ef", 2, 6, true);
    assertThat(out).hasToString("\\-c\\*d");

    StringBuilder pair = new StringBuilder();
    MarkdownText.append(pair, "a\uD83D\uDE00", 0, 2, false);
    assertThat(pair).hasToString("a\uFFFD");

    StringBuilder digits = new StringBuilder();
    MarkdownText.append(digits, "12. x", 0, 2, true);
    assertThat(digits).hasToString("12");
  }

  private static String lineStart(String text, int from, int to) throws IOException {
    StringBuilder out = new StringBuilder();
    MarkdownText.append(out, text, from, to, true);
    return out.toString();
  }

  private static String inline(String text) {
    StringBuilder out = new StringBuilder();
    try {
      MarkdownText.append(out, text);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out.toString();
  }
}
