package dev.briefing.kit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParagraphsTest {

  @ParameterizedTest
  @ValueSource(strings = {"a", "a\n\nb", "a\n\n\n\nb", "\n\na", "a\n\n", "a\n\nb\n\n", "\n", "\n\n\n\n\n", "a\nb", " \n\n "})
  void joiningTheParagraphsGivesBackTheTextAndNoneIsEmpty(String text) {
    assertThat(String.join("\n\n", Paragraphs.of(text))).isEqualTo(text);
    assertThat(Paragraphs.of(text)).allSatisfy(p -> assertThat(p).isNotEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"One.\n\nTwo.\n\nThree."})
  void normalFormTextSplitsAtEveryBlankLine(String text) {
    assertThat(Paragraphs.of(text)).containsExactly("One.", "Two.", "Three.");
  }

  @ParameterizedTest
  @ValueSource(strings = {""})
  void emptyTextHasNoParagraphs(String text) {
    assertThat(Paragraphs.of(text)).isEmpty();
  }
}
