package dev.briefing.render.internal.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.WatchItem;
import dev.briefing.core.format.ParseResult;
import dev.briefing.core.testing.BriefingGenerator;
import dev.briefing.kit.ParseOptions;
import dev.briefing.kit.RenderOptions;
import dev.briefing.kit.SectionLabels;
import dev.briefing.render.internal.parse.ParserSettings;
import dev.briefing.render.internal.parse.SourceText;
import dev.briefing.render.markdown.MarkdownParser;
import dev.briefing.render.markdown.MarkdownRenderer;
import dev.briefing.render.testing.AwkwardText;
import dev.briefing.render.testing.MarkupBoundaries;
import java.io.StringReader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The renderer's own Markdown is read without CommonMark, in every label language and with
 * text that looks like markup; Markdown that only looks like it is either refused at its line
 * or read as something the renderer would write otherwise, and then read by the tolerant reader.
 */
class OwnMarkdownReaderTest {

  private static final ParseOptions TOLERANT = ParseOptions.builder().tolerant(true).build();
  private static final ParserSettings SETTINGS = ParserSettings.of(TOLERANT);
  private static final OwnMarkdownReader READER = new OwnMarkdownReader(SETTINGS.vocabulary());
  private static final String OWN_LAYOUT = "read as the library's own Markdown layout, exactly";

  private static final Briefing QUICK_START = Briefing.builder()
      .title("Talent moves")
      .signal("R&D talent, not scale, is the new frontier.")
      .whatHappened("A founding researcher joined a rival lab's pre-training team.\n\nThe move was announced on Monday.")
      .addImpacts(Impact.of(1, "The lab gains a proven operator."), Impact.of(2, "Rivals raise retention offers."))
      .addFigures(Figure.builder().value("$72.3B").label("Capital raised to date").source("various sources").build())
      .addWatchItems(WatchItem.of("Counter-moves", "Retention offers from rivals."))
      .build();

  static Stream<Arguments> generatedInEveryLanguage() {
    return Stream.concat(BriefingGenerator.validBriefings(200, 20_261_204L),
            BriefingGenerator.validEditorialBriefings(200, 20_261_205L))
        .flatMap(briefing -> SectionLabels.builtIn().stream().map(labels -> Arguments.of(labels.signal(), briefing)));
  }

  @Tag("generated-corpus")
  @ParameterizedTest(name = "{0}")
  @MethodSource("generatedInEveryLanguage")
  void readsTheRenderersOutputInEveryLabelLanguageAsTheLibrarysOwnLayout(String signalLabel, Briefing briefing) {
    SectionLabels labels = SectionLabels.builtIn().stream().filter(l -> l.signal().equals(signalLabel)).findFirst().orElseThrow();
    String markdown = MarkdownRenderer.of(RenderOptions.builder().labels(labels).build()).render(briefing);

    assertReadAsOwnLayout(markdown, briefing);
  }

  static Stream<Arguments> awkward() {
    return Stream.concat(AwkwardText.inEveryField(), AwkwardText.inEveryField(MarkupBoundaries.chosen()));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("awkward")
  void undoesEveryEscapeOfTextThatLooksLikeMarkup(String field, String text, Briefing briefing) {
    assertReadAsOwnLayout(MarkdownRenderer.standard().render(briefing), briefing);
  }

  private static void assertReadAsOwnLayout(String markdown, Briefing briefing) {
    assertThat(READER.read(SourceText.read(new StringReader(markdown), SETTINGS)).briefing()).as(markdown).isEqualTo(briefing);
    ParseResult tolerant = MarkdownParser.of(TOLERANT).read(new StringReader(markdown));
    assertThat(tolerant.briefing()).as(markdown).isEqualTo(briefing);
    assertThat(tolerant.notes()).as(markdown).singleElement().asString().contains(OWN_LAYOUT);
  }

  /**
   * Hand-written Markdown of the quick-start briefing, one line changed from the renderer's, that
   * the line reader reads without a complaint but wrongly: writing its reading again differs from
   * the input, so the tolerant reader reads it, and reads the briefing.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "emphasis in a paragraph       | R&D talent, not scale,             | R&D talent, *not* scale,",
      "a named entity                | R&D talent                         | R&amp;D talent",
      "a second space after a label  | '- **First-order:** The lab'       | '- **First-order:**  The lab'",
  })
  void readsWhatOnlyLooksLikeTheOwnLayoutThroughTheTolerantReader(String what, String own, String handWritten) {
    String markdown = MarkdownRenderer.standard().render(QUICK_START);
    assertThat(markdown).contains(own);
    String edited = markdown.replace(own, handWritten);

    Briefing guess = READER.read(SourceText.read(new StringReader(edited), SETTINGS)).briefing();
    ParseResult tolerant = MarkdownParser.of(TOLERANT).read(new StringReader(edited));

    assertThat(guess).as(edited).isNotEqualTo(QUICK_START);
    assertThat(tolerant.briefing()).as(edited).isEqualTo(QUICK_START);
    assertThat(tolerant.notes()).as(edited).noneSatisfy(note -> assertThat(note.toString()).contains(OWN_LAYOUT));
  }

  /** A line the renderer never writes ends the line reading there; the tolerant reader still reads the briefing. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a heading of no section       | '## What To Watch'                       | '## Background'                    | 22",
      "a figure without bold         | '- **$72.3B**: Capital'                  | '- $72.3B: Capital'                | 20",
      "an impact without its label   | '- **Second-order:** Rivals'             | '- Rivals'                         | 16",
      "a detail of no known label    | '## What To Watch'                       | '## Details\\n\\n- **Colour:** red'   | 24",
  })
  void refusesALineTheRendererDoesNotWriteAtThatLine(String what, String own, String handWritten, int line) {
    String markdown = MarkdownRenderer.standard().render(QUICK_START);
    assertThat(markdown).contains(own);
    String edited = markdown.replace(own, handWritten.replace("\\n", "\n"));

    assertThatThrownBy(() -> READER.read(SourceText.read(new StringReader(edited), SETTINGS)))
        .as(edited)
        .isInstanceOf(BriefingFormatException.class)
        .hasMessageContaining("not the library's own Markdown layout at line " + line);
    ParseResult tolerant = MarkdownParser.of(TOLERANT).read(new StringReader(edited));
    assertThat(tolerant.briefing().signal()).isEqualTo(QUICK_START.signal());
    assertThat(tolerant.notes()).as(edited).noneSatisfy(note -> assertThat(note.toString()).contains(OWN_LAYOUT));
  }
}
