package dev.briefing.render.markdown;

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
import java.util.stream.Stream;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The model 1.1 parts (judgments, alternative views, signposts) written in the Markdown layout
 * read back exactly by the strict parser, in every built-in label language, for valid generated
 * briefings, and a CommonMark parser finds them where the layout puts them; the seed's 1.1
 * edition is written as its golden file.
 */
class MarkdownEditorialRoundTripTest {

  private static final Parser COMMONMARK = Parser.builder().build();

  static Stream<Arguments> valid() {
    return SectionLabels.builtIn().stream().flatMap(labels -> BriefingGenerator
        .validEditorialBriefings(150, 19_011L + labels.language().getLanguage().hashCode())
        .map(briefing -> Arguments.of(labels.language().toLanguageTag(), labels, briefing)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void readsAValidBriefingsModel11PartsBackExactlyInEveryLabelLanguage(String language, SectionLabels labels,
      Briefing briefing) {
    MarkdownRenderer renderer = MarkdownRenderer.of(RenderOptions.builder().labels(labels).build());
    String markdown = renderer.render(briefing);

    ParseResult result = MarkdownParser.standard().read(new StringReader(markdown));

    assertThat(result.briefing()).as(markdown).isEqualTo(briefing);
    assertThat(result.warnings()).as(markdown).isEmpty();
    assertThat(renderer.render(result.briefing())).isEqualTo(markdown);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void commonMarkReadsTheModel11PartsAsTheLayoutsListsInEveryLabelLanguage(String language, SectionLabels labels,
      Briefing briefing) {
    String markdown = MarkdownRenderer.of(RenderOptions.builder().labels(labels).build()).render(briefing);

    assertThat(MarkdownStructure.read(COMMONMARK.parse(markdown))).as(markdown)
        .containsExactlyElementsOf(ExpectedMarkdown.of(briefing, labels));
  }

  @Test
  void writesTheSeedsEditorialEditionAsItsGoldenAndReadsItBack() {
    String markdown = MarkdownRenderer.standard().render(SeedBriefing.editorialBriefing());

    Golden.assertMatches("seed-1.1.md", markdown);
    assertThat(MarkdownStructure.read(COMMONMARK.parse(markdown)))
        .containsExactlyElementsOf(ExpectedMarkdown.of(SeedBriefing.editorialBriefing(), SectionLabels.english()));
    assertThat(MarkdownParser.standard().parse(markdown)).isEqualTo(SeedBriefing.editorialBriefing());
  }

  @ParameterizedTest
  @ValueSource(strings = {"**Likelihood:** likely", "- **Horizon:** P1Y", "**Room for disagreement**", "Status: open"})
  void userTextThatReadsAsAModel11LineIsEscapedAndReadBackAsText(String paragraph) {
    Briefing briefing = SeedBriefing.editorialBriefing();
    Briefing awkward = briefing.withSignal(briefing.signal() + "\n\n" + paragraph)
        .withAlternativeViews(briefing.alternativeViews().stream().map(view -> view.withText(paragraph)).toList())
        .withWatchItems(briefing.watchItems().stream()
            .map(item -> item.withDescription(item.description() + "\n\n" + paragraph)).toList());
    String markdown = MarkdownRenderer.standard().render(awkward);

    assertThat(MarkdownParser.standard().parse(markdown)).isEqualTo(awkward);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "- **Likelihood:** likely | - **Likelihood:** maybe | line 5, column 3 in The Signal: expected a likelihood of the scale",
    "- **Horizon:** P18M | - **Horizon:** 18 months | line 7, column 3 in The Signal: expected a horizon as an ISO 8601 period",
    "**Status:** triggered | **Status:** seen | line 47, column 5 in What To Watch: expected a signpost status",
    "**Review by:** 2026-05-31 | **Review by:** 31 May | line 46, column 5 in What To Watch: expected a review-by date such as 2026-06-30",
    "**Likelihood:** unlikely | **Confidence:** low | line 29, column 5 in Why It Matters: an alternative view has a likelihood only",
    "**Indicator:** OpenAI | Indicator: OpenAI | line 45, column 5 in What To Watch: expected a signpost's part such as '- **Indicator:** what to observe'",
  })
  void aModel11ItemWithAWrongValueIsAnErrorThatSaysWhere(String written, String wrong, String message) {
    String markdown = MarkdownRenderer.standard().render(SeedBriefing.editorialBriefing())
        .replace(written, wrong);

    assertThatThrownBy(() -> MarkdownParser.standard().parse(markdown))
        .isInstanceOf(BriefingFormatException.class).hasMessageStartingWith(message);
  }
}
