package dev.briefing.render.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.kit.RenderOptions;
import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingValidationException;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.WatchItem;
import dev.briefing.core.testing.BriefingGenerator;
import dev.briefing.core.testing.SeedBriefing;
import dev.briefing.kit.FigureLayout;
import dev.briefing.kit.Section;
import dev.briefing.kit.SectionLabels;
import dev.briefing.render.testing.AwkwardText;
import dev.briefing.render.testing.Golden;
import dev.briefing.render.testing.Samples;
import java.io.StringWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class TextRendererTest {

  private static final TextRenderer TEXT = TextRenderer.standard();

  @Test
  void seedRendersAsTheSeedFileWithItsDamagedCharactersRepaired() {
    assertThat(TEXT.render(SeedBriefing.briefing())).isEqualTo(SeedBriefing.repairedText());
  }

  @Test
  void seedMatchesGoldenFile() {
    Golden.assertMatches("seed.txt", TEXT.render(SeedBriefing.briefing()));
  }

  @Test
  void seedWithTitleAndDetailsMatchesGoldenFile() {
    Golden.assertMatches("seed-details.txt", TEXT.render(Samples.seedWithDetails()));
  }

  @Test
  void germanLabelsMatchGoldenFile() {
    TextRenderer german = TextRenderer.of(RenderOptions.builder().labels(SectionLabels.german()).build());
    Golden.assertMatches("seed-details.de.txt", german.render(Samples.seedWithDetails()));
  }

  @Test
  void tableLayoutMatchesGoldenFile() {
    TextRenderer table = TextRenderer.of(RenderOptions.builder().figureLayout(FigureLayout.TABLE).build());
    Golden.assertMatches("seed-table.txt", table.render(SeedBriefing.briefing()));
  }

  @Test
  void figureWritesSourceAndDateInTheAgreedForms() {
    Briefing briefing = minimal().withFigures(
        Figure.of("1", "neither"),
        Figure.builder().value("2").label("source only").source("S").build(),
        Figure.builder().value("3").label("date only").asOf("2026").build(),
        Figure.builder().value("4").label("both").source("S").asOf("Q3 2025").build());
    assertThat(TEXT.render(briefing)).endsWith("The Numbers\n"
        + "- 1: neither.\n"
        + "- 2: source only (S).\n"
        + "- 3: date only (2026).\n"
        + "- 4: both (S, Q3 2025).");
  }

  @Test
  void furtherParagraphsOfAnImpactFollowOnTheirOwnLines() {
    Briefing briefing = minimal().withImpacts(Impact.of(1, "One.\n\nTwo."), Impact.of(2, "Three."));
    assertThat(TEXT.render(briefing)).endsWith("Why It Matters\nFirst-order: One.\nTwo.\nSecond-order: Three.");
  }

  @Test
  void emptySectionsAndMissingTitleAreLeftOut() {
    assertThat(TEXT.render(minimal())).isEqualTo("The Signal\nS.\nWhat Happened\nW.");
  }

  @Test
  void excludedSectionsAreNotWritten() {
    TextRenderer signalOnly = TextRenderer.of(RenderOptions.builder().sections(EnumSet.of(Section.SIGNAL)).build());
    assertThat(signalOnly.render(SeedBriefing.briefing().withTitle("T")))
        .isEqualTo("The Signal\n" + SeedBriefing.briefing().signal());
  }

  @Test
  void impactOrderWithoutLabelIsReportedAsViolationWithItsPath() {
    Briefing briefing = minimal().withImpacts(Impact.of(1, "ok"), Impact.of(11, "too far"));
    assertThatThrownBy(() -> TEXT.render(briefing))
        .isInstanceOf(BriefingValidationException.class)
        .satisfies(e -> assertThat(((BriefingValidationException) e).violations().get(0).path())
            .isEqualTo("impacts[1].order"));
  }

  static Stream<Arguments> anyTarget() {
    return Stream.of(
            BriefingGenerator.validBriefings(200, 41), BriefingGenerator.hostileBriefings(300, 42),
            AwkwardText.inEveryField().map(arguments -> (Briefing) arguments.get()[2]))
        .flatMap(briefings -> briefings)
        .map(Arguments::of);
  }

  /**
   * A StringBuilder target gets the lines written into it directly and checked in place; any
   * other target gets each line through a buffer. Both must write the same characters,
   * whatever the builder held before.
   */
  @ParameterizedTest
  @MethodSource("anyTarget")
  void writesTheSameTextToAWriterAsToAStringBuilderThatAlreadyHoldsText(Briefing briefing) {
    StringWriter writer = new StringWriter();
    TEXT.render(briefing, writer);
    StringBuilder builder = new StringBuilder("before \\");

    TEXT.render(briefing, builder);

    assertThat(builder.toString()).isEqualTo("before \\" + writer);
  }

  static Stream<Briefing> hostile() {
    return BriefingGenerator.hostileBriefings(1_000, 4);
  }

  @Tag("generated-corpus")
  @ParameterizedTest
  @MethodSource("hostile")
  void hostileTextAddsNoLinesButEscapedLineBreaksAndNoControlCharacters(Briefing briefing) {
    String text = TEXT.render(briefing);
    assertThat(text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c <= 0x9F))
        .isEmpty();
    assertThat(text.lines().count()).isEqualTo(expectedLines(briefing));
  }

  private static long expectedLines(Briefing b) {
    long lines = 2 + paragraphs(b.signal()) + paragraphs(b.whatHappened());
    if (b.title().isPresent()) {
      lines += 2;
    }
    if (!b.impacts().isEmpty()) {
      lines += 1 + b.impacts().stream().mapToLong(i -> paragraphs(i.text())).sum();
    }
    if (!b.figures().isEmpty()) {
      lines += 1 + b.figures().size();
    }
    if (!b.watchItems().isEmpty()) {
      lines += 1 + b.watchItems().stream().map(WatchItem::description).mapToLong(TextRendererTest::paragraphs).sum();
    }
    var m = b.metadata();
    if (!m.isEmpty()) {
      lines += 1 + m.id().stream().count() + m.published().stream().count() + m.language().stream().count()
          + m.authors().size() + m.tags().size() + m.sources().size();
    }
    return lines;
  }

  /**
   * One line per paragraph, and two more per line break inside a paragraph: a line of one
   * backslash, then the rest on a line of its own. Line breaks anywhere else become spaces.
   */
  private static long paragraphs(String text) {
    return dev.briefing.kit.Paragraphs.of(text).stream()
        .mapToLong(p -> 1 + 2 * p.chars().filter(c -> c == '\n').count())
        .sum();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      // a whole line that would read as structure gets one backslash before it
      "What To Watch        | \\What To Watch",
      "## the signal:       | \\## the signal:",
      "- not a bullet       | \\- not a bullet",
      "First-order: no      | \\First-order: no",
      "Zweite Ordnung: no   | \\Zweite Ordnung: no",
      // whitespace and backslashes at the ends are kept by a backslash outside them
      "\"  padded \"       | \\  padded \\",
      "\\path\\          | \\\\path\\\\",
      // undamaged text the repair would change: one backslash before the character
      "Â¯ and aโb           | \\Â¯ and a\\โb",
      "ภาษาไทย โดย          | ภาษาไทย โดย",
      // text that needs nothing is written as it is
      "Signal: plain        | Signal: plain",
  })
  void escapesAParagraphOnlyWhereTheParserWouldMisreadIt(String paragraph, String line) {
    String text = TEXT.render(minimal().withWhatHappened("W.\n\n" + paragraph));

    assertThat(text).endsWith("\nW.\n" + line);
  }

  @Test
  void writesFiguresAndWatchItemsThatThePlainFormWouldSplitWronglyInTheEscapedForm() {
    Briefing briefing = minimal()
        .withFigures(Figure.of("$1B", "Total (est)"), Figure.of("1", "ratio 3: 1"),
            Figure.builder().value("a: b").label("l").source("Reuters, 2026").build(),
            Figure.builder().value("2").label("l").asOf("soon").build())
        .withWatchItems(WatchItem.of("Q: what next", " Lead space."));

    assertThat(TEXT.render(briefing)).endsWith("\nThe Numbers\n"
        + "- \\$1B: Total \\(est\\).\n"
        + "- 1: ratio 3: 1.\n"
        + "- \\a\\: b: l (Reuters\\, 2026, ).\n"
        + "- \\2: l (, soon).\n"
        + "What To Watch\n"
        + "- \\Q\\: what next: \\ Lead space.");
  }

  private static Briefing minimal() {
    return Briefing.builder().signal("S.").whatHappened("W.").build();
  }

  @Test
  void optionsAreKept() {
    TextRenderer renderer = TextRenderer.of(RenderOptions.builder().labels(SectionLabels.spanish())
        .sections(EnumSet.of(Section.SIGNAL)).figureLayout(FigureLayout.TABLE).build());
    assertThat(List.of(renderer.options().labels(), renderer.options().sections(), renderer.options().figureLayout()))
        .containsExactly(SectionLabels.spanish(), EnumSet.of(Section.SIGNAL), FigureLayout.TABLE);
  }
}
