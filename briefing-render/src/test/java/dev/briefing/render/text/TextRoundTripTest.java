package dev.briefing.render.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.Briefing;
import dev.briefing.core.format.BriefingRenderer;
import dev.briefing.core.format.FormatRegistry;
import dev.briefing.core.format.ParseResult;
import dev.briefing.core.testing.BriefingGenerator;
import dev.briefing.core.testing.SeedBriefing;
import dev.briefing.render.testing.AwkwardText;
import java.io.StringReader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed read by this parser and written by the registered {@code text} renderer is the
 * repaired seed; any valid briefing in normal form comes back exactly, escapes and all.
 */
class TextRoundTripTest {

  static Stream<Briefing> generated() {
    return BriefingGenerator.validBriefings(1000, 20_260_211L);
  }

  @Tag("generated-corpus")
  @ParameterizedTest
  @MethodSource("generated")
  void readsTheRenderersOutputBackAsTheSameModelAndText(Briefing briefing) {
    BriefingRenderer renderer = FormatRegistry.loadDefault().renderer("text");
    String text = renderer.render(briefing);

    ParseResult result = TextParser.standard().read(new StringReader(text));

    assertThat(result.briefing()).as(text).isEqualTo(briefing);
    assertThat(result.repairs()).isEmpty();
    assertThat(result.warnings()).isEmpty();
    assertThat(renderer.render(result.briefing())).isEqualTo(text);
  }

  static Stream<Arguments> awkward() {
    return AwkwardText.inEveryField();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("awkward")
  void readsTextThatLooksLikeTheLayoutBackUnchanged(String field, String text, Briefing briefing) {
    String written = TextRenderer.standard().render(briefing);

    ParseResult result = TextParser.standard().read(new StringReader(written));

    assertThat(result.briefing()).as(written).isEqualTo(briefing);
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void writesTheParsedRawSeedBackAsTheRepairedSeedText() {
    Briefing parsed = TextParser.standard().parse(SeedBriefing.rawText());

    String text = FormatRegistry.loadDefault().renderer("text").render(parsed);

    assertThat(text).isEqualTo(SeedBriefing.repairedText());
    assertThat(TextParser.standard().parse(text)).isEqualTo(SeedBriefing.briefing());
  }
}
