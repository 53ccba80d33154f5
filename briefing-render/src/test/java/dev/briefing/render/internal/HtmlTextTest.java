package dev.briefing.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.Briefing;
import dev.briefing.core.testing.BriefingGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlTextTest {

  static Stream<Briefing> briefings() {
    return Stream.concat(BriefingGenerator.validBriefings(100, 5), BriefingGenerator.hostileBriefings(100, 6));
  }

  @Tag("generated-corpus")
  @Test
  void everyCharacterIsWrittenAsTheCleaningEncoderWritesIt() throws IOException {
    // Differences are gathered and asserted once: an assertion per character made this test the
    // slowest of the mutation gate, which runs it again for every mutant of the escaping.
    Map<String, String> wrong = new LinkedHashMap<>();
    for (int c = 0; c <= 0xFFFF; c++) {
      String text = "a" + (char) c + "b&<>\"' c";
      String whole = fast(text, 0, text.length());
      String expected = reference(text);
      if (!whole.equals(expected)) {
        wrong.put(String.format("U+%04X", c), whole + " instead of " + expected);
      }
      String span = fast(text, 1, 3);
      String expectedSpan = reference(text.substring(1, 3));
      if (!span.equals(expectedSpan)) {
        wrong.put(String.format("U+%04X in a span", c), span + " instead of " + expectedSpan);
      }
    }
    assertThat(wrong).isEmpty();
  }

  /** The long way writes the same, so only asking the fast path shows that it takes what it may. */
  @Test
  void theFastPathTakesEveryTextThatNeedsNeitherCleaningNorIsolation() {
    Map<String, Boolean> wrong = new LinkedHashMap<>();
    for (int c = 0; c <= 0xFFFF; c++) {
      for (String text : new String[] {"a" + (char) c + "b&<>", "x\uD83D\uDE00" + (char) c, (char) c + "\uDE00y"}) {
        boolean plain = HtmlText.clean(text).equals(text) && !HtmlText.hasBidiControl(text);
        if (HtmlText.isPlain(text, 0, text.length()) != plain) {
          wrong.put(String.format("U+%04X in %s, isPlain", c, text), plain);
        }
        if (HtmlText.escapeIfPlain(new StringBuilder(), text, 0, text.length()) != plain) {
          wrong.put(String.format("U+%04X in %s, escapeIfPlain", c, text), plain);
        }
        String span = text.substring(1, text.length() - 1);
        boolean spanPlain = HtmlText.clean(span).equals(span) && !HtmlText.hasBidiControl(span);
        if (HtmlText.isPlain(text, 1, text.length() - 1) != spanPlain
            || HtmlText.escapeIfPlain(new StringBuilder(), text, 1, text.length() - 1) != spanPlain) {
          wrong.put(String.format("U+%04X in the span of %s", c, text), spanPlain);
        }
      }
    }
    assertThat(wrong).as("texts the fast path judged wrongly, with what it should have said").isEmpty();
  }

  /** Longer than the array a thread keeps at first, and than the largest it keeps. */
  @ParameterizedTest
  @ValueSource(ints = {4095, 4097, 9000, 70_000})
  void aLongTextIsWrittenAsTheCleaningEncoderWritesIt(int length) throws IOException {
    StringBuilder text = new StringBuilder();
    while (text.length() < length) {
      text.append("d\u00e9j\u00e0 \u4e2d\u6587 \uD83D\uDE00 & <b> ");
    }
    String plain = text.toString();
    String bidi = plain.substring(0, length / 2) + "\u202E" + plain.substring(length / 2);

    assertThat(fast(plain, 0, plain.length())).isEqualTo(reference(plain));
    assertThat(fast(plain, 3, plain.length() - 1)).isEqualTo(reference(plain.substring(3, plain.length() - 1)));
    assertThat(fast(bidi, 0, bidi.length())).isEqualTo(reference(bidi));
    assertThat(fast("short & <plain>", 0, 15)).as("after a long one").isEqualTo(reference("short & <plain>"));
  }

  @Test
  void supplementaryCharactersAndBrokenPairsAreWrittenAsTheCleaningEncoderWritesThem() throws IOException {
    String[] texts = {"emoji \uD83D\uDE00 & more", "lone \uD83D high", "lone \uDE00 low", "nonchar \uDBFF\uDFFF end",
        "at end \uD83D", "\uDE00 at start", "\uD83D\uDE00", "plane 1 nonchar \uD83F\uDFFE<", "pair then bidi \uD83D\uDE00\u202E",
        "reversed \uDE00\uD83D pair", "two \uD83D\uDC69\u200D\uD83D\uDCBB&"};
    for (String text : texts) {
      assertThat(fast(text, 0, text.length())).as(text).isEqualTo(reference(text));
    }
  }

  @Test
  void spansThatCutASurrogatePairAreWrittenAsTheCleaningEncoderWritesThem() throws IOException {
    String text = "a\uD83D\uDE00b\uD83D\uDE00";
    for (int from = 0; from <= text.length(); from++) {
      for (int to = from; to <= text.length(); to++) {
        assertThat(fast(text, from, to)).as("[%d, %d)", from, to).isEqualTo(reference(text.substring(from, to)));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("briefings")
  void briefingTextIsWrittenAsTheCleaningEncoderWritesIt(Briefing briefing) throws IOException {
    for (String text : new String[] {briefing.signal(), briefing.whatHappened()}) {
      assertThat(fast(text, 0, text.length())).isEqualTo(reference(text));
    }
    for (var watch : briefing.watchItems()) {
      assertThat(fast(watch.title(), 0, watch.title().length())).isEqualTo(reference(watch.title()));
      assertThat(fast(watch.description(), 0, watch.description().length())).isEqualTo(reference(watch.description()));
    }
  }

  /**
   * Writes through both of content's paths, after something already written: a StringBuilder
   * (escaped in one pass, taken back when the text is not plain) and any other Appendable.
   */
  private static String fast(String text, int from, int to) throws IOException {
    StringBuilder builder = new StringBuilder("<p>");
    HtmlText.content(builder, text, from, to);
    StringWriter writer = new StringWriter();
    writer.write("<p>");
    HtmlText.content(writer, text, from, to);
    if (!builder.toString().startsWith("<p>") || !writer.toString().equals(builder.toString())) {
      // Not an encoding of anything, so it differs from the reference and the test shows both.
      return "through a StringBuilder [" + builder + "], through a Writer [" + writer + "]";
    }
    return builder.substring("<p>".length());
  }

  private static String reference(String text) throws IOException {
    StringBuilder out = new StringBuilder();
    HtmlText.encodeContent(out, text);
    return out.toString();
  }
}
