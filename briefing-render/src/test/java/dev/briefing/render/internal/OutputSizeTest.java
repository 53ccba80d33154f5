package dev.briefing.render.internal;

import dev.briefing.kit.internal.OutputSize;
import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.Briefing;
import dev.briefing.core.testing.BriefingGenerator;
import dev.briefing.core.testing.SeedBriefing;
import dev.briefing.kit.Section;
import dev.briefing.render.markdown.MarkdownRenderer;
import dev.briefing.render.text.TextRenderer;
import java.util.EnumSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class OutputSizeTest {

  static Stream<Briefing> briefings() {
    return Stream.concat(Stream.of(SeedBriefing.briefing()), BriefingGenerator.validBriefings(60, 17));
  }

  @ParameterizedTest
  @MethodSource("briefings")
  void markdownAndTextOfAValidBriefingFitTheGuessWithoutGrowing(Briefing briefing) {
    int guess = OutputSize.of(briefing, Section.all(), 32, 256, 16);

    assertThat(MarkdownRenderer.standard().render(briefing).length()).isLessThanOrEqualTo(guess);
    assertThat(TextRenderer.standard().render(briefing).length()).isLessThanOrEqualTo(guess);
  }

  @Test
  void guessCountsOnlyTheSectionsWritten() {
    Briefing seed = SeedBriefing.briefing();
    int signal = seed.signal().length();

    assertThat(OutputSize.of(seed, EnumSet.of(Section.SIGNAL), 0, 0, 16)).isEqualTo(signal + signal / 16);
    assertThat(OutputSize.of(seed, EnumSet.noneOf(Section.class), 32, 100, 16)).isEqualTo(100);
    assertThat(OutputSize.of(seed, EnumSet.of(Section.THE_NUMBERS), 10, 0, 16))
        .isGreaterThanOrEqualTo(10 * seed.figures().size());
  }

  @Test
  void everySectionAddsItsTextToTheGuess() {
    Briefing full = BriefingGenerator.validBriefings(2, 3).skip(1).findFirst().orElseThrow();
    int none = OutputSize.of(full, EnumSet.noneOf(Section.class), 32, 0, 16);

    for (Section section : Section.values()) {
      assertThat(OutputSize.of(full, EnumSet.of(section), 32, 0, 16)).as("%s", section).isGreaterThan(none);
    }
  }
}
