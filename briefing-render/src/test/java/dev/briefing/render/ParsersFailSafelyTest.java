package dev.briefing.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.kit.ParseOptions;
import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.format.BriefingParser;
import dev.briefing.core.format.ParseResult;
import dev.briefing.render.markdown.MarkdownParser;
import dev.briefing.render.text.TextParser;
import java.io.StringReader;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Garbage made of the layouts' own pieces never escapes as anything but a
 * {@link BriefingFormatException} with a line, and a lenient parser reads all of it.
 */
class ParsersFailSafelyTest {

  private static final String[] PIECES = {
    "The Signal", "## What Happened", "Why It Matters:", "# The Numbers", "what to watch", "Details",
    "Das Signal", "Les chiffres", "First-order:", "11th-order:", "Zweite Ordnung:", "- ", "* ", "• ", "+ ",
    "1. ", "> ", "**", "*", "_", "`", "```", "(", ")", "(*", "*)", ", as of ", " (as of ", ":", ": ",
    "[", "](", "<", ">", "<https://x.y/>", "&amp;", "&#0;", "\\", "ID:", "Published:", "Language:",
    "Source:", "Author:", "Tag:", "2026", "x", "word", "$72.3B", "\u0E42", "โรง", "â€", "â€™", "Ã",
    "Ã©", "Â", "\uFEFF", "\uFFFD", "\u0000", "\t", " ", "   ", "\n", "\n", "\n\n", "\r\n", "\r",
    "\u2028", "😀", "|", "---", "===", "    code", "<!--", "-->", "<div>"
  };

  static Stream<String> garbage() {
    Random random = new Random(4_242L);
    return IntStream.range(0, 1_500).mapToObj(i -> {
      StringBuilder out = new StringBuilder();
      int pieces = random.nextInt(60);
      for (int p = 0; p < pieces; p++) {
        out.append(PIECES[random.nextInt(PIECES.length)]);
      }
      return out.toString();
    });
  }

  private static final List<BriefingParser> STRICT = List.of(TextParser.standard(), MarkdownParser.standard());
  private static final List<BriefingParser> LENIENT = List.of(
      TextParser.of(ParseOptions.builder().lenient(true).build()), MarkdownParser.of(ParseOptions.builder().lenient(true).build()));

  @Tag("generated-corpus")
  @ParameterizedTest
  @MethodSource("garbage")
  void strictParsersReadOrReportAFormatProblemWithALine(String input) {
    for (BriefingParser parser : STRICT) {
      try {
        assertThat(parser.read(new StringReader(input)).briefing()).isNotNull();
      } catch (BriefingFormatException e) {
        assertThat(e.location().line()).isPresent();
        assertThat(e.problem()).isNotBlank();
      }
    }
  }

  @Tag("generated-corpus")
  @ParameterizedTest
  @MethodSource("garbage")
  void lenientParsersReadAnythingThatIsNotEmpty(String input) {
    for (BriefingParser parser : LENIENT) {
      if (input.isBlank() || input.strip().equals("\uFEFF")) {
        continue;
      }
      try {
        ParseResult result = parser.read(new StringReader(input));
        assertThat(result.warnings()).allSatisfy(w -> assertThat(w.location().line()).isPresent());
      } catch (BriefingFormatException e) {
        assertThat(e.problem()).contains("empty");
      }
    }
  }
}
