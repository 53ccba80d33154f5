package dev.briefing.render.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.kit.ParseOptions;
import dev.briefing.core.Briefing;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Metadata;
import dev.briefing.core.Source;
import dev.briefing.core.WatchItem;
import dev.briefing.render.Fixtures;
import dev.briefing.kit.SectionLabels;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextParserLayoutTest {

  @Test
  void readsEveryPartOfTheLayout() {
    Briefing briefing = TextParser.standard().parse(Fixtures.read("text/full.txt"));

    assertThat(briefing).isEqualTo(Briefing.builder()
        .title("Karpathy joins Anthropic")
        .signal("Talent, not scale, is the new frontier.\n\nA second paragraph of the signal.")
        .whatHappened("A founding researcher joined a rival lab.")
        .addImpacts(Impact.of(1, "The lab gains a proven operator.\n\nIt also gains a teacher."))
        .addImpacts(Impact.of(2, "Rivals re-evaluate retention."))
        .addImpacts(Impact.of(2, "Compensation rises."))
        .addFigures(Figure.builder().value("$72.3B").label("Capital raised to date").source("various sources").build())
        .addFigures(Figure.builder().value("2,300–5,000").label("Employees").asOf("2026").build())
        .addFigures(Figure.builder().value("$380B").label("Valuation").source("TechCrunch").asOf("February 2026").build())
        .addFigures(Figure.of("record", "Hiring pace"))
        .addWatchItems(WatchItem.of("Counter-moves", "Retention offers from rivals."))
        .addWatchItems(WatchItem.of("Compute", "Signs of throttling."))
        .metadata(Metadata.builder()
            .id("2026-02-karpathy")
            .published(OffsetDateTime.parse("2026-02-10T09:00Z"))
            .language(Locale.forLanguageTag("en-US"))
            .addAuthors("Desk Editor", "Second Editor")
            .addTags("ai", "talent")
            .addSources(Source.of("TechCrunch", URI.create("https://techcrunch.com/")))
            .addSources(Source.of("The <b> Report", URI.create("https://example.com/a?b=c&d=e")))
            .build())
        .build());
  }

  @Test
  void readsLabelsInAnyBuiltInLanguage() {
    Briefing briefing = TextParser.standard().parse(Fixtures.read("text/german.txt"));

    assertThat(briefing.signal()).isEqualTo("Talent, nicht Größe, ist die neue Grenze.");
    assertThat(briefing.impacts()).extracting(Impact::order).containsExactly(1, 2);
    assertThat(briefing.figures()).containsExactly(Figure.builder()
        .value("72,3 Mrd. $").label("Bisher eingesammeltes Kapital").source("verschiedene Quellen").build());
    assertThat(briefing.watchItems()).containsExactly(WatchItem.of("Gegenzüge", "Halteangebote der Rivalen."));
    assertThat(briefing.metadata().language()).contains(Locale.forLanguageTag("de-DE"));
    assertThat(briefing.metadata().authors()).containsExactly("Redaktion");
    assertThat(briefing.metadata().tags()).containsExactly("KI");
    assertThat(briefing.metadata().sources()).extracting(Source::title).containsExactly("Heise");
  }

  @Test
  void readsHouseLabelsAddedToTheBuilder() {
    SectionLabels house = SectionLabels.english().withSignal("Bottom Line").withImpactOrders(
        List.of("Direct", "Knock-on", "3", "4", "5", "6", "7", "8", "9", "10"));
    String text = "Bottom Line\nThesis.\nWhat Happened\nNarrative.\nWhy It Matters\nKnock-on: Effect.";

    Briefing briefing = TextParser.of(ParseOptions.builder().addLabels(house).build()).parse(text);

    assertThat(briefing.signal()).isEqualTo("Thesis.");
    assertThat(briefing.impacts()).containsExactly(Impact.of(2, "Effect."));
  }

  @Test
  void takesAFirstLineThatReadsLikeAHeadingAsTheTitleWhenTheSignalFollows() {
    Briefing briefing = TextParser.standard().parse("The Signal\n\nThe Signal\nThesis.\nWhat Happened\nNarrative.");

    assertThat(briefing.title()).contains("The Signal");
    assertThat(briefing.signal()).isEqualTo("Thesis.");
  }

  @Test
  void readsAHeadingOfAnEarlierSectionAsText() {
    Briefing briefing = TextParser.standard().parse("The Signal\nThesis.\nWhat Happened\nThe Signal\nWhy It Matters");

    assertThat(briefing.whatHappened()).isEqualTo("The Signal");
    assertThat(briefing.impacts()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "- 1: l (2026).                 | 1      | l          |                  | 2026",
      "- 1: l (Q3 2025).              | 1      | l          |                  | Q3 2025",
      "- 1: l (mid-2025).             | 1      | l          |                  | mid-2025",
      "- 1: l (2026-02-10).           | 1      | l          |                  | 2026-02-10",
      "- 1: l (FY2025).               | 1      | l          |                  | FY2025",
      "- 1: l (Reuters).              | 1      | l          | Reuters          |",
      "- 1: l (Reuters, 2025).        | 1      | l          | Reuters          | 2025",
      "- 1: l (Reuters, AP).          | 1      | l          | Reuters, AP      |",
      "- 1: l (a (b) c).              | 1      | l          | a (b) c          |",
      "- 1: l (1,000 firms).          | 1      | l          | 1,000 firms      |",
      "- 3:1: ratio.                  | 3:1    | ratio      |                  |",
      "- 1: l (x) end.                | 1      | l (x) end  |                  |",
      "- 1: Inc..                     | 1      | Inc.       |                  |",
      "- 1: (only parentheses).       | 1      | (only parentheses) |          |",
  })
  void tellsAFiguresDateFromItsSource(String line, String value, String label, String source, String asOf) {
    Briefing briefing = TextParser.standard().parse("The Signal\nS.\nWhat Happened\nW.\nThe Numbers\n" + line);

    Figure.Builder expected = Figure.builder().value(value).label(label);
    if (source != null) {
      expected.source(source);
    }
    if (asOf != null) {
      expected.asOf(asOf);
    }
    assertThat(briefing.figures()).containsExactly(expected.build());
  }

  @Test
  void removesTheLayoutsBackslashesAndKeepsWhatTheyProtect() {
    Briefing briefing = TextParser.standard().parse(String.join("\n",
        "\\  Padded title \\",
        "",
        "The Signal",
        "\\What Happened",
        "What Happened",
        "\\Â¯ is meant, Â° is damage",
        "Why It Matters",
        "First-order: \\ lead",
        "\\Second-order: still the first impact",
        "The Numbers",
        "- \\a\\: b: l \\(x\\) (, 2026).",
        "What To Watch",
        "- \\Q\\: why: d",
        "\\- more of d",
        "Details",
        "Tag: \\ spaced \\"));

    assertThat(briefing.title()).contains("  Padded title ");
    assertThat(briefing.signal()).isEqualTo("What Happened");
    assertThat(briefing.whatHappened()).isEqualTo("Â¯ is meant, ° is damage");
    assertThat(briefing.impacts()).containsExactly(Impact.of(1, " lead\n\nSecond-order: still the first impact"));
    assertThat(briefing.figures()).containsExactly(Figure.builder().value("a: b").label("l (x)").asOf("2026").build());
    assertThat(briefing.watchItems()).containsExactly(WatchItem.of("Q: why", "d\n\n- more of d"));
    assertThat(briefing.metadata().tags()).containsExactly(" spaced ");
  }

  @Test
  void takesABackslashAtTheEndsOfHandWrittenTextAsAnEscape() {
    Briefing briefing = TextParser.standard().parse("The Signal\n\\S.\nWhat Happened\nW.\\\nC:\\dir\\ and more");

    assertThat(briefing.signal()).isEqualTo("S.");
    assertThat(briefing.whatHappened()).isEqualTo("W.\n\nC:\\dir\\ and more");
  }

  @Test
  void joinsTheLinesAroundALineOfOneBackslashWithALineBreak() {
    Briefing briefing = TextParser.standard().parse(
        "The Signal\nS.\n\\\n\\The Numbers\nWhat Happened\nW.\n\\\n\\\\\nWhy It Matters\nFirst-order: a\n\\\nb");

    assertThat(briefing.signal()).isEqualTo("S.\nThe Numbers");
    assertThat(briefing.whatHappened()).isEqualTo("W.\n");
    assertThat(briefing.impacts()).containsExactly(Impact.of(1, "a\nb"));
  }
}
