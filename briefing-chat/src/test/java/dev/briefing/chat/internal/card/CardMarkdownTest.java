package dev.briefing.chat.internal.card;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.chat.internal.EscapeCases;
import dev.briefing.chat.testing.CardText;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The card Markdown escape, case by case from {@code card-markdown-escape.tsv}, and each case
 * read back by commonmark-java as plain text that says what the user wrote, never emphasis,
 * a link, a list, a heading or code.
 */
class CardMarkdownTest {

  static Stream<Arguments> cases() {
    return EscapeCases.load("/dev/briefing/chat/internal/card-markdown-escape.tsv").stream();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void escapesAsTheCaseSaysAndCommonMarkReadsOnlyText(String text, String expected) {
    String markdown = CardMarkdown.escape(text);
    CardText.Reading reading = CardText.read(markdown);

    assertThat(markdown).isEqualTo(expected);
    assertThat(reading.problems()).isEmpty();
    assertThat(reading.visible()).isEqualTo(text.replaceAll("(?m)^[ \\t]+", "").replaceAll("\r\n|\r|\n", " "));
  }
}
