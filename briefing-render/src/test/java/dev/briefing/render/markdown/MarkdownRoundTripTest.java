package dev.briefing.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.Briefing;
import dev.briefing.core.format.BriefingRenderer;
import dev.briefing.core.format.FormatRegistry;
import dev.briefing.core.format.ParseResult;
import dev.briefing.core.testing.BriefingGenerator;
import dev.briefing.core.testing.SeedBriefing;
import dev.briefing.render.testing.AwkwardText;
import dev.briefing.render.testing.MarkupBoundaries;
import java.io.StringReader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Markdown written by the registered {@code markdown} renderer reads back as the same model,
 * and writing that model again gives the same Markdown.
 */
class MarkdownRoundTripTest {

  static Stream<Briefing> generated() {
    return BriefingGenerator.validBriefings(1000, 20_260_210L);
  }

  @Tag("generated-corpus")
  @ParameterizedTest
  @MethodSource("generated")
  void readsTheRenderersOutputBackAsTheSameModelAndMarkdown(Briefing briefing) {
    BriefingRenderer renderer = FormatRegistry.loadDefault().renderer("markdown");
    String markdown = renderer.render(briefing);

    ParseResult result = MarkdownParser.standard().read(new StringReader(markdown));

    assertThat(result.briefing()).isEqualTo(briefing);
    assertThat(result.repairs()).isEmpty();
    assertThat(result.warnings()).isEmpty();
    assertThat(renderer.render(result.briefing())).isEqualTo(markdown);
  }

  static Stream<Arguments> awkward() {
    return AwkwardText.inEveryField();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("awkward")
  void readsTextThatLooksDamagedOrPaddedBackUnchanged(String field, String text, Briefing briefing) {
    String markdown = MarkdownRenderer.standard().render(briefing);

    ParseResult result = MarkdownParser.standard().read(new StringReader(markdown));

    assertThat(result.briefing()).as(markdown).isEqualTo(briefing);
    assertThat(result.repairs()).isEmpty();
    assertThat(result.warnings()).isEmpty();
  }

  static Stream<Arguments> markupBoundaries() {
    return AwkwardText.inEveryField(MarkupBoundaries.chosen());
  }

  static Stream<Arguments> generatedMarkupBoundaries() {
    return AwkwardText.inEveryField(MarkupBoundaries.generated(150, 20_260_611L));
  }

  /** {@code &}, {@code <} and {@code >} are written bare where they cannot start markup: none may. */
  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("markupBoundaries")
  void readsAmpersandsAndAngleBracketsBackUnchanged(String field, String text, Briefing briefing) {
    assertReadsBackUnchanged(briefing);
  }

  @Tag("generated-corpus")
  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("generatedMarkupBoundaries")
  void readsGeneratedRunsOfMarkupCharactersBackUnchanged(String field, String text, Briefing briefing) {
    assertReadsBackUnchanged(briefing);
  }

  private static void assertReadsBackUnchanged(Briefing briefing) {
    String markdown = MarkdownRenderer.standard().render(briefing);

    ParseResult result = MarkdownParser.standard().read(new StringReader(markdown));

    assertThat(result.briefing()).as(markdown).isEqualTo(briefing);
    assertThat(result.repairs()).as(markdown).isEmpty();
    assertThat(result.warnings()).as(markdown).isEmpty();
  }

  @Test
  void readsTheRenderedSeedBackAsTheSeed() {
    String markdown = FormatRegistry.loadDefault().renderer("markdown").render(SeedBriefing.briefing());

    assertThat(MarkdownParser.standard().parse(markdown)).isEqualTo(SeedBriefing.briefing());
  }
}
