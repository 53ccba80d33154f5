package dev.briefing.render.tolerant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.Briefing;
import dev.briefing.core.format.ParseResult;
import dev.briefing.core.testing.BriefingGenerator;
import dev.briefing.kit.ParseOptions;
import dev.briefing.kit.RenderOptions;
import dev.briefing.kit.SectionLabels;
import dev.briefing.render.markdown.MarkdownParser;
import dev.briefing.render.markdown.MarkdownRenderer;
import dev.briefing.render.text.TextParser;
import dev.briefing.render.text.TextRenderer;
import java.io.StringReader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tolerant reading of what the library writes gives exactly what strict reading gives: for
 * generated valid briefings in every label language, the text and Markdown renderers' output
 * read tolerantly is the strict parser's briefing, with the same repairs and no warnings (and the
 * Markdown read as the library's own layout); the generated briefings with the model 1.1 parts
 * (judgments, alternative views, signposts) too.
 */
class TolerantDifferentialTest {

  private static final ParseOptions TOLERANT = ParseOptions.builder().tolerant(true).build();

  static Stream<Briefing> generated() {
    return Stream.concat(BriefingGenerator.validBriefings(500, 20_261_202L),
        BriefingGenerator.validEditorialBriefings(300, 20_261_203L));
  }

  @Tag("generated-corpus")
  @ParameterizedTest
  @MethodSource("generated")
  void tolerantReadingOfTheTextLayoutIsStrictReading(Briefing briefing) {
    SectionLabels labels = labelsFor(briefing);
    String text = TextRenderer.of(RenderOptions.builder().labels(labels).build()).render(briefing);

    ParseResult strict = TextParser.standard().read(new StringReader(text));
    ParseResult tolerant = TextParser.of(TOLERANT).read(new StringReader(text));

    assertThat(tolerant.briefing()).as(text).isEqualTo(strict.briefing()).isEqualTo(briefing);
    assertThat(tolerant.repairs()).isEqualTo(strict.repairs());
    assertThat(tolerant.warnings()).isEmpty();
  }

  @Tag("generated-corpus")
  @ParameterizedTest
  @MethodSource("generated")
  void tolerantReadingOfTheMarkdownLayoutIsStrictReading(Briefing briefing) {
    SectionLabels labels = labelsFor(briefing);
    String markdown = MarkdownRenderer.of(RenderOptions.builder().labels(labels).build()).render(briefing);

    ParseResult strict = MarkdownParser.standard().read(new StringReader(markdown));
    ParseResult tolerant = MarkdownParser.of(TOLERANT).read(new StringReader(markdown));

    assertThat(tolerant.briefing()).as(markdown).isEqualTo(strict.briefing()).isEqualTo(briefing);
    assertThat(tolerant.repairs()).isEqualTo(strict.repairs());
    assertThat(tolerant.warnings()).isEmpty();
    assertThat(tolerant.notes()).as(markdown).singleElement().asString()
        .contains("read as the library's own Markdown layout, exactly");
  }

  /** Each briefing in one of the four label languages, by its hash, so all four are covered. */
  static SectionLabels labelsFor(Briefing briefing) {
    return SectionLabels.builtIn().get(Math.floorMod(briefing.hashCode(), SectionLabels.builtIn().size()));
  }
}
