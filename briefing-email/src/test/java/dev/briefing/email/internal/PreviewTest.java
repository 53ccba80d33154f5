package dev.briefing.email.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one-line previews: the first paragraph, on one line, cut at a word. */
class PreviewTest {

  @Test
  void aShortFirstParagraphIsTheWholeLine() {
    assertThat(Preview.of("Talent moves.\n\nSecond paragraph.", 140)).isEqualTo("Talent moves.");
  }

  @Test
  void aLongLineIsCutAtAWordWithAnEllipsis() {
    assertThat(Preview.of("one two three four five", 12)).isEqualTo("one two\u2026");
  }

  @Test
  void aLongWordIsCutBetweenCharactersButNeverInsideASurrogatePair() {
    String emoji = "\uD83D\uDE00".repeat(10);

    assertThat(Preview.of(emoji, 6)).isEqualTo("\uD83D\uDE00\uD83D\uDE00\u2026");
    assertThat(Preview.of("abcdefghij", 6)).isEqualTo("abcde\u2026");
  }

  @Test
  void lineBreaksAndControlsCannotBreakTheLine() {
    assertThat(Preview.of("two\nlines\u001B[31m", 140)).isEqualTo("two lines\uFFFD[31m");
  }
}
