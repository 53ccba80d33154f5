package dev.briefing.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What each entry point of {@link HtmlText} writes, character class by character class. */
class HtmlTextCleaningTest {

  @ParameterizedTest(name = "U+{0} -> {1}")
  @CsvSource({
      "0000, FFFD",
      "0008, FFFD",
      "0009, 0009",
      "000A, 000A",
      "000B, FFFD",
      "001F, FFFD",
      "0020, 0020",
      "007E, 007E",
      "007F, FFFD",
      "0080, FFFD",
      "009F, FFFD",
      "00A0, 00A0",
      "FDCF, FDCF",
      "FDD0, FFFD",
      "FDEF, FFFD",
      "FDF0, FDF0",
      "FFFD, FFFD",
      "FFFE, FFFD",
      "FFFF, FFFD",
      "D83D, FFFD",
      "DE00, FFFD",
  })
  void cleaningKeepsWhatHtmlAllowsAndReplacesTheRest(String in, String out) {
    String text = "a" + (char) Integer.parseInt(in, 16) + "b";
    assertThat(HtmlText.clean(text)).isEqualTo("a" + (char) Integer.parseInt(out, 16) + "b");
  }

  @Test
  void cleaningTurnsCrAndCrLfIntoOneLineFeed() {
    assertThat(HtmlText.clean("a\r\nb\rc\nd")).isEqualTo("a\nb\nc\nd");
    assertThat(HtmlText.clean("a\r")).isEqualTo("a\n");
    assertThat(HtmlText.clean("\r\r\n")).isEqualTo("\n\n");
  }

  @Test
  void cleaningKeepsSurrogatePairsButNotSupplementaryNoncharacters() {
    assertThat(HtmlText.clean("a\uD83D\uDE00b\uDBFF\uDFFD")).isEqualTo("a\uD83D\uDE00b\uDBFF\uDFFD");
    assertThat(HtmlText.clean("x\u0007\uD83D\uDE00")).isEqualTo("x\uFFFD\uD83D\uDE00");
    assertThat(HtmlText.clean("a\uD83F\uDFFEb")).doesNotContain("\uD83F\uDFFE").startsWith("a\uFFFD").endsWith("\uFFFDb");
    assertThat(HtmlText.clean("a\uDBFF\uDFFF")).doesNotContain("\uDBFF\uDFFF").startsWith("a\uFFFD");
    assertThat(HtmlText.clean("end\uD83D")).isEqualTo("end\uFFFD");
    assertThat(HtmlText.clean("\u0007\uD83D")).isEqualTo("\uFFFD\uFFFD");
  }

  @Test
  void cleanTextIsReturnedAsItIs() {
    String text = "Anthropic’s valuation: $380B <b> & \uD83D\uDE00";
    assertThat(HtmlText.clean(text)).isSameAs(text);
  }

  @Test
  void contentEscapesMarkupAndIsolatesBidiControls() throws IOException {
    assertThat(content("<script>alert('x')</script> & \"q\"")).isEqualTo("&lt;script&gt;alert('x')&lt;/script&gt; &amp; \"q\"");
    assertThat(content("abc\u202Edef")).isEqualTo("<bdi>abc\u202Edef</bdi>");
    assertThat(content("a\u0000<b")).isEqualTo("a\uFFFD&lt;b");
  }

  @ParameterizedTest(name = "U+{0}")
  @CsvSource({"061C", "200E", "200F", "202A", "202E", "2066", "2069"})
  void everyBidiControlIsIsolated(String hex) throws IOException {
    String text = "a" + (char) Integer.parseInt(hex, 16) + "b";
    assertThat(content(text)).isEqualTo("<bdi>" + text + "</bdi>");
  }

  @ParameterizedTest(name = "U+{0}")
  @CsvSource({"061B", "200D", "2010", "2029", "202F", "2065", "206A"})
  void neighboursOfBidiControlsAreNotIsolated(String hex) throws IOException {
    String text = "a" + (char) Integer.parseInt(hex, 16) + "b";
    assertThat(content(text)).isEqualTo(text);
  }

  @Test
  void contentWritesOnlyTheSpanAskedFor() throws IOException {
    StringBuilder out = new StringBuilder();
    HtmlText.content(out, "xx<a&b>yy", 2, 7);
    assertThat(out).hasToString("&lt;a&amp;b&gt;");
    StringBuilder plain = new StringBuilder();
    HtmlText.content(plain, "xx abc yy", 3, 6);
    assertThat(plain).hasToString("abc");
    StringBuilder tail = new StringBuilder();
    HtmlText.content(tail, "x<abc", 1, 5);
    assertThat(tail).hasToString("&lt;abc");
    StringBuilder dirty = new StringBuilder();
    HtmlText.content(dirty, "x\u0007<y", 1, 3);
    assertThat(dirty).hasToString("\uFFFD&lt;");
  }

  @Test
  void titleIsEscapedAndCleanedButNeverWrapped() throws IOException {
    StringBuilder out = new StringBuilder();
    HtmlText.title(out, "</title><script>\u202E\r\n");
    assertThat(out).hasToString("&lt;/title&gt;&lt;script&gt;\u202E\n");
  }

  @Test
  void attributeEscapesQuotesAmpersandsAndAngleBrackets() throws IOException {
    StringBuilder out = new StringBuilder();
    HtmlText.attribute(out, "\" onmouseover='x' &<\u0000");
    assertThat(out.toString()).doesNotContain("\"", "'", "<", "\u0000")
        .isEqualTo("&#34; onmouseover=&#39;x&#39; &amp;&lt;\uFFFD");
  }

  private static String content(String text) throws IOException {
    StringBuilder out = new StringBuilder();
    HtmlText.content(out, text);
    return out.toString();
  }
}
