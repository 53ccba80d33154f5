package dev.briefing.render.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.Briefing;
import dev.briefing.core.format.FormatRegistry;
import dev.briefing.core.testing.SeedBriefing;
import org.junit.jupiter.api.Test;

/** The seed read by this parser and written by the registered {@code text} renderer is the repaired seed. */
class TextRoundTripTest {

  @Test
  void writesTheParsedRawSeedBackAsTheRepairedSeedText() {
    Briefing parsed = TextParser.standard().parse(SeedBriefing.rawText());

    String text = FormatRegistry.loadDefault().renderer("text").render(parsed);

    assertThat(text).isEqualTo(SeedBriefing.repairedText());
    assertThat(TextParser.standard().parse(text)).isEqualTo(SeedBriefing.briefing());
  }
}
