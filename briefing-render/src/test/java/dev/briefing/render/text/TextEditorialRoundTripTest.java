package dev.briefing.render.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.format.ParseResult;
import dev.briefing.core.testing.BriefingGenerator;
import dev.briefing.core.testing.SeedBriefing;
import dev.briefing.kit.RenderOptions;
import dev.briefing.kit.SectionLabels;
import dev.briefing.render.testing.Golden;
import java.io.StringReader;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The model 1.1 parts (judgments, alternative views, signposts) written in the text layout read
 * back exactly by the strict parser, in every built-in label language, for valid generated
 * briefings; the seed's 1.1 edition is written as its golden file.
 */
class TextEditorialRoundTripTest {

  static Stream<Arguments> valid() {
    return inEveryLanguage(seed -> BriefingGenerator.validEditorialBriefings(150, seed));
  }

  private static Stream<Arguments> inEveryLanguage(LongFunction<Stream<Briefing>> briefings) {
    return SectionLabels.builtIn().stream().flatMap(labels -> briefings
        .apply(19_011L + labels.language().getLanguage().hashCode())
        .map(briefing -> Arguments.of(labels.language().toLanguageTag(), labels, briefing)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void readsAValidBriefingsModel11PartsBackExactlyInEveryLabelLanguage(String language, SectionLabels labels,
      Briefing briefing) {
    TextRenderer renderer = TextRenderer.of(RenderOptions.builder().labels(labels).build());
    String text = renderer.render(briefing);

    ParseResult result = TextParser.standard().read(new StringReader(text));

    assertThat(result.briefing()).as(text).isEqualTo(briefing);
    assertThat(result.warnings()).as(text).isEmpty();
    assertThat(renderer.render(result.briefing())).isEqualTo(text);
  }

  @Test
  void writesTheSeedsEditorialEditionAsItsGoldenAndReadsItBack() {
    String text = TextRenderer.standard().render(SeedBriefing.editorialBriefing());

    Golden.assertMatches("seed-1.1.txt", text);
    assertThat(TextParser.standard().parse(text)).isEqualTo(SeedBriefing.editorialBriefing());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Likelihood: likely", "Horizon: P1Y", "Room for disagreement", "Status: open", "Indicador: x"})
  void userTextThatReadsAsAModel11LineIsMarkedAndReadBackAsText(String paragraph) {
    Briefing briefing = SeedBriefing.editorialBriefing();
    Briefing awkward = briefing.withSignal(paragraph + "\n\n" + briefing.signal())
        .withWatchItems(briefing.watchItems().stream()
            .map(item -> item.withDescription(item.description() + "\n\n" + paragraph)).toList());
    String text = TextRenderer.standard().render(awkward);

    assertThat(text).contains("\\" + paragraph);
    assertThat(TextParser.standard().parse(text)).isEqualTo(awkward);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Likelihood: likely | Likelihood: maybe | line 3, column 13 in The Signal: expected a likelihood of the scale",
    "Horizon: P18M | Horizon: 18 months | line 5, column 10 in The Signal: expected a horizon as an ISO 8601 period",
    "Status: triggered | Status: seen | line 35, column 9 in What To Watch: expected a signpost status",
    "Review by: 2026-05-31 | Review by: 31 May | line 34, column 12 in What To Watch: expected a review-by date such as 2026-06-30",
  })
  void aModel11LineWithAWrongValueIsAnErrorThatSaysWhere(String written, String wrong, String message) {
    String text = TextRenderer.standard().render(SeedBriefing.editorialBriefing()).replace(written, wrong);

    assertThatThrownBy(() -> TextParser.standard().parse(text))
        .isInstanceOf(BriefingFormatException.class).hasMessageStartingWith(message);
  }
}
