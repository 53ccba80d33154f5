package dev.briefing.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.render.testing.MarkupBoundaries;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownTextTest {

  private static final Parser COMMONMARK = Parser.builder().build();
  private static final HtmlRenderer HTML = HtmlRenderer.builder().build();

  @ParameterizedTest(name = "{0}")
  @ValueSource(chars = {'\\', '`', '*', '_', '[', ']', '#', '|', '~', '!'})
  void inlineMarkupCharactersGetABackslashAnywhere(char c) {
    assertThat(inline("a" + c + "b")).isEqualTo("a\\" + c + "b");
    assertThat(inline(c + "b")).isEqualTo("\\" + c + "b");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(chars = {'-', '+', '=', '.', ')', '(', '"', '\'', '/', ':', ';', '?', '@', '$', '%', '^', '{', '}', ',', '>'})
  void otherPunctuationInsideALineIsWrittenAsIs(char c) {
    assertThat(inline("a" + c + "b")).isEqualTo("a" + c + "b");
  }

  /** Only where the name or number runs into a ";" or into the piece's end can it be a reference. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "&amp;          | \\&amp;",
      "&amp           | \\&amp",
      "&              | \\&",
      "x &            | x \\&",
      "&#             | \\&\\#",
      "&#38;          | \\&\\#38;",
      "&#x;           | \\&\\#x;",
      "&#a            | \\&\\#a",
      "AT&T           | AT\\&T",
      "a&b1;          | a\\&b1;",
      "&1;            | \\&1;",
      "&Z;            | \\&Z;",
      "&z;            | \\&z;",
      "&0;            | \\&0;",
      "&9;            | \\&9;",
      "&A;            | \\&A;",
      "&&amp;         | &\\&amp;",
      "R&D budgets    | R&D budgets",
      "AT&T's         | AT&T's",
      "&;             | &;",
      "& amp;         | & amp;",
      "&amp ;         | &amp ;",
      "&ab_c;         | &ab\\_c;",
      "&a-b;          | &a-b;",
      "&é;            | &é;",
      "&@;            | &@;",
      "&[;            | &\\[;",
      "&`;            | &\\`;",
      "&{;            | &{;",
      "&/;            | &/;",
      "&:;            | &:;",
  })
  void anAmpersandGetsABackslashOnlyWhereItCouldStartACharacterReference(String text, String expected) {
    assertThat(inline(text)).isEqualTo(expected);
  }

  /** Tags, comments, processing instructions, declarations and autolinks all start this way. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "<b>            | \\<b>",
      "<B>            | \\<B>",
      "<z>            | \\<z>",
      "<Z>            | \\<Z>",
      "<a>            | \\<a>",
      "<A>            | \\<A>",
      "</b>           | \\</b>",
      "<!-- c -->     | \\<\\!-- c -->",
      "<?php ?>       | \\<?php ?>",
      "<              | \\<",
      "x <            | x \\<",
      "<3             | \\<3",
      "<3.-           | \\<3.-",
      "<3@x.y>        | \\<3@x.y>",
      "<.@x>          | \\<.@x>",
      "<-a@b.c>       | \\<-a@b.c>",
      "<3&@x>         | \\<3&@x>",
      "<3*@x>         | \\<3\\*@x>",
      "<#@x>          | \\<\\#@x>",
      "<~a@b>         | \\<\\~a@b>",
      "<0@x>          | \\<0@x>",
      "<9@x>          | \\<9@x>",
      "<$%'+=^{}@x>   | \\<$%'+=^{}@x>",
      "<3>            | <3>",
      "<->            | <->",
      "<=>            | <=>",
      "< 3            | < 3",
      "<3 @x>         | <3 @x>",
      "<3,@x>         | <3,@x>",
      "<3:@x>         | <3:@x>",
      "<3(@x>         | <3(@x>",
      "<3\\@x>         | <3\\\\@x>",
      "<@x.y>         | <@x.y>",
      "<<a>           | <\\<a>",
      "<é@x>          | <é@x>",
      "<3>@x          | <3>@x",
      "lab <3>        | lab <3>",
  })
  void aLessThanSignGetsABackslashOnlyWhereItCouldStartATagOrAnAutolink(String text, String expected) {
    assertThat(inline(text)).isEqualTo(expected);
  }

  @Test
  void aGreaterThanSignGetsABackslashOnlyAtTheStartOfALine() throws IOException {
    assertThat(lineStart("> quote", 0, 7)).isEqualTo("\\> quote");
    assertThat(lineStart(">", 0, 1)).isEqualTo("\\>");
    assertThat(lineStart(">>", 0, 2)).isEqualTo("\\>>");
    assertThat(lineStart("a > b", 0, 5)).isEqualTo("a > b");
    assertThat(lineStart(" >x", 0, 3)).isEqualTo("&#32;\\>x");
    assertThat(inline("> quote")).isEqualTo("> quote");
  }

  @Test
  void theLookAheadStopsAtTheEndOfTheSpanNotOfTheString() throws IOException {
    // What follows the span is the caller's, unknown here: the character is escaped.
    assertThat(lineStart("&amp;", 0, 4)).isEqualTo("\\&amp");
    assertThat(lineStart("x<3@y", 0, 3)).isEqualTo("x\\<3");
    assertThat(lineStart("x&a b", 0, 3)).isEqualTo("x\\&a");
    assertThat(lineStart("x<3 b", 0, 3)).isEqualTo("x\\<3");
    // Trailing whitespace becomes references after the piece's text, which ends before it.
    assertThat(inline("&amp ")).isEqualTo("\\&amp&#32;");
    assertThat(inline("<3 ")).isEqualTo("\\<3&#32;");
    assertThat(lineStart("&a;x", 1, 4)).isEqualTo("a;x");
  }

  static Stream<String> boundaries() {
    return Stream.concat(MarkupBoundaries.chosen().stream(), MarkupBoundaries.generated(300, 20_260_611L).stream());
  }

  /**
   * CommonMark reads every piece back as text only, whatever the caller writes after it: no
   * entity, raw HTML, autolink or block the text did not hold, and the HTML shows it exactly.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("boundaries")
  void commonmarkReadsEachPieceBackAsItsOwnText(String text) throws IOException {
    for (String after : List.of("", ";", "@x.y>", ">", "b>", "x;")) {
      assertReadsAsText("x " + inline(text) + after, "x " + text + after);
      assertReadsAsText(lineStart(text, 0, text.length()) + after, text + after);
    }
  }

  /** The reader of the library's own Markdown undoes the escapes exactly, wherever the piece stands. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("boundaries")
  void unescapeGivesBackEachPiece(String text) throws IOException {
    String inline = inline(text);
    String atLineStart = lineStart(text, 0, text.length());
    StringBuilder destination = new StringBuilder();
    MarkdownText.destination(destination, text);

    assertThat(MarkdownText.unescape(inline, 0, inline.length())).as(inline).isEqualTo(text);
    assertThat(MarkdownText.unescape(atLineStart, 0, atLineStart.length())).as(atLineStart).isEqualTo(text);
    assertThat(MarkdownText.unescape(destination.toString(), 0, destination.length())).as(destination.toString()).isEqualTo(text);
    assertThat(MarkdownText.unescape("[" + inline + "]", 1, inline.length() + 1)).isEqualTo(text);
  }

  static Stream<Arguments> written() {
    return Stream.of(
        Arguments.of("&#32;lead", " lead"),
        Arguments.of("tab&#9;", "tab\t"),
        Arguments.of("\\\\", "\\"),
        Arguments.of("1\\. one", "1. one"),
        Arguments.of("&#128512;", "\uD83D\uDE00"),
        Arguments.of("&#;", "&#;"),
        Arguments.of("&#12345678;", "&#12345678;"),
        Arguments.of("&amp;", "&amp;"),
        Arguments.of("a\\b", "a\\b"),
        Arguments.of("end\\", "end\\"));
  }

  /** Only what the writer writes is undone: a backslash before punctuation and a decimal reference. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("written")
  void unescapeUndoesBackslashesAndDecimalReferencesOnly(String written, String text) {
    assertThat(MarkdownText.unescape(written, 0, written.length())).isEqualTo(text);
  }

  private static void assertReadsAsText(String markdown, String text) {
    Node document = COMMONMARK.parse(markdown);
    Node paragraph = document.getFirstChild();
    assertThat(paragraph).as(markdown).isInstanceOf(Paragraph.class);
    assertThat(paragraph.getNext()).as(markdown).isNull();
    StringBuilder literal = new StringBuilder();
    for (Node node = paragraph.getFirstChild(); node != null; node = node.getNext()) {
      assertThat(node).as(markdown).isInstanceOf(Text.class);
      literal.append(((Text) node).getLiteral());
    }
    assertThat(literal).as(markdown).hasToString(text);
    assertThat(HTML.render(document)).as(markdown).isEqualTo("<p>" + htmlText(text) + "</p>\n");
  }

  /** The escape commonmark-java's HTML renderer applies to text. */
  private static String htmlText(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
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

  /** Each case: the written text, the end of the range read (-1 for all of it), the text read back. */
  static Stream<Arguments> unescapeEdges() {
    return Stream.of(
        // the first and last character of each range of ASCII punctuation a backslash escapes
        Arguments.of("\\!", -1, "!"), Arguments.of("\\/", -1, "/"), Arguments.of("\\:", -1, ":"),
        Arguments.of("\\@", -1, "@"), Arguments.of("\\[", -1, "["), Arguments.of("\\`", -1, "`"),
        Arguments.of("\\{", -1, "{"), Arguments.of("\\~", -1, "~"),
        // their neighbours are not punctuation: the backslash stays
        Arguments.of("\\ ", -1, "\\ "), Arguments.of("\\0", -1, "\\0"), Arguments.of("\\9", -1, "\\9"),
        Arguments.of("\\A", -1, "\\A"), Arguments.of("\\Z", -1, "\\Z"), Arguments.of("\\a", -1, "\\a"),
        Arguments.of("\\z", -1, "\\z"), Arguments.of("\\\u007F", -1, "\\\u007F"),
        // a backslash or reference cut by the end of the range is text
        Arguments.of("x\\", -1, "x\\"), Arguments.of("x\\*y", 2, "x\\"), Arguments.of("&#65;", 4, "&#65"),
        Arguments.of("&#65", -1, "&#65"), Arguments.of("a&", -1, "a&"), Arguments.of("a&#", -1, "a&#"),
        // decimal references: only a valid code point above 0, of at most seven digits
        Arguments.of("ab&#65;", -1, "abA"), Arguments.of("&#1114111;", -1, new String(Character.toChars(0x10FFFF))),
        Arguments.of("&#1114112;", -1, "&#1114112;"), Arguments.of("&#12345678;", -1, "&#12345678;"),
        Arguments.of("&#0000065;", -1, "A"), Arguments.of("&#00000065;", -1, "&#00000065;"),
        Arguments.of("&#0;", -1, "&#0;"), Arguments.of("&#;", -1, "&#;"), Arguments.of("&amp;", -1, "&amp;"),
        Arguments.of("&#65;&#66;", -1, "AB"), Arguments.of("\\*\\*", -1, "**"));
  }

  @ParameterizedTest
  @MethodSource("unescapeEdges")
  void unescapeUndoesOnlyWhatTheWriterWrites(String written, int end, String expected) {
    assertThat(MarkdownText.unescape(written, 0, end < 0 ? written.length() : end)).isEqualTo(expected);
  }
}
