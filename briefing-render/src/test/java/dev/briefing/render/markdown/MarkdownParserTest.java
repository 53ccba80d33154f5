package dev.briefing.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.Briefing;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Metadata;
import dev.briefing.core.Source;
import dev.briefing.core.WatchItem;
import dev.briefing.core.format.ParseResult;
import dev.briefing.core.format.TextRepair;
import dev.briefing.core.testing.SeedBriefing;
import dev.briefing.render.Fixtures;
import java.io.StringReader;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MarkdownParserTest {

  @Test
  void readsTheSeedInTheRenderersLayoutAsTheSeedModel() {
    ParseResult result = MarkdownParser.standard().read(new StringReader(Fixtures.read("markdown/seed.md")));

    assertThat(result.briefing()).isEqualTo(SeedBriefing.briefing());
    assertThat(result.repairs()).isEmpty();
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void repairsDamagedMarkdownAndListsTheRepairs() {
    String damaged = Fixtures.read("markdown/seed.md").replace("Karpathy’s move", "Karpathy\u0E42s move")
        .replace("2,300–5,000", "2,300â€“5,000");

    ParseResult result = MarkdownParser.standard().read(new StringReader(damaged));

    assertThat(result.briefing()).isEqualTo(SeedBriefing.briefing());
    assertThat(result.repairs()).containsExactly(
        TextRepair.of(3, 16, "\u0E42", "’"),
        TextRepair.of(19, 10, "â€“", "–"));
  }

  @Test
  void readsEscapedMarkupBackAsTheTextItStandsFor() {
    Briefing briefing = MarkdownParser.standard().parse(Fixtures.read("markdown/escaped.md"));

    assertThat(briefing).isEqualTo(Briefing.builder()
        .title("Markup *is* just text: <b>bold</b> & [not a link](x)")
        .signal("*not emphasis* and _not either_, `no code`, 1 < 2 > 0, AT&T, <b>\n\n# not heading")
        .whatHappened("- not a list item\n\n> not a quote\n\n1. not an ordered list | a | b | and a backslash \\")
        .addImpacts(Impact.of(1, "**First-order:** stays in the text\n\n"
            + "Second paragraph with <script>alert(1)</script>"))
        .addFigures(Figure.of("**5**", "label with (parentheses) and [brackets]"))
        .addFigures(Figure.builder().value("#1").label("label").source("source with *stars*").build())
        .addFigures(Figure.builder().value("<b>9</b>").label("label").asOf("_2026_").build())
        .addFigures(Figure.builder().value("1. 2").label("label").source("src (a)").asOf("Q3 2025").build())
        .addWatchItems(WatchItem.of("Title with **bold** look", "description with `ticks` and <http://example.com>"))
        .metadata(Metadata.builder()
            .id("#id [x]")
            .addAuthors("O'Reilly & Sons")
            .addTags("*tag*")
            .addSources(Source.of("Title [1]", URI.create("https://example.com/a?b=c&d=e")))
            .build())
        .build());
  }

  @Test
  void readsHandWrittenMarkdownOfTheSameShape() {
    Briefing briefing = MarkdownParser.standard().parse(Fixtures.read("markdown/handwritten.md"));

    assertThat(briefing).isEqualTo(Briefing.builder()
        .title("Karpathy joins Anthropic")
        .signal("A thesis that was wrapped by hand.")
        .whatHappened("A narrative with emphasis, strong text, code and a link.")
        .addImpacts(Impact.of(1, "Written as a paragraph, colon outside the bold.\n\n"
            + "A second paragraph of the first impact."))
        .addImpacts(Impact.of(2, "In an ordered list."))
        .addFigures(Figure.builder().value("$72.3B").label("Total capital raised to date").source("various sources").build())
        .addFigures(Figure.builder().value("2,300–5,000").label("Employees").source("estimate").asOf("2026").build())
        .addWatchItems(WatchItem.of("Talent", "Watch for counter-offers."))
        .build());
  }

  @Test
  void readsDetailsAndAFigureAsOfInEveryBuiltInLanguage() {
    String markdown = "# Titel\n\n## Das Signal\n\nS.\n\n## Was geschah\n\nW.\n\n"
        + "## Die Zahlen\n\n- **5 %**: Anteil (Stand *2026*)\n- **6 %**: Part (*INSEE*, au *2025*)\n\n"
        + "## Details\n\n- **Veröffentlicht:** 2026-02-10T09:00+01:00\n- **Sprache:** de-CH\n"
        + "- **Autor:** Redaktion\n- **Fuente:** [Heise](https://www.heise.de/)\n";

    Briefing briefing = MarkdownParser.standard().parse(markdown);

    assertThat(briefing.title()).contains("Titel");
    assertThat(briefing.figures()).containsExactly(
        Figure.builder().value("5 %").label("Anteil").asOf("2026").build(),
        Figure.builder().value("6 %").label("Part").source("INSEE").asOf("2025").build());
    assertThat(briefing.metadata()).isEqualTo(Metadata.builder()
        .published(OffsetDateTime.parse("2026-02-10T09:00+01:00"))
        .language(Locale.forLanguageTag("de-CH"))
        .addAuthors("Redaktion")
        .addSources(Source.of("Heise", URI.create("https://www.heise.de/")))
        .build());
  }

  @Test
  void takesAHeadingAboveTheSectionLevelAsTheTitleEvenWhenItNamesASection() {
    Briefing briefing = MarkdownParser.standard().parse("# What Happened\n\n## The Signal\n\nS.\n\n## What Happened\n\nW.\n");

    assertThat(briefing.title()).contains("What Happened");
    assertThat(briefing.signal()).isEqualTo("S.");
    assertThat(briefing.whatHappened()).isEqualTo("W.");
  }

  @Test
  void readsSectionsAtAnyHeadingLevelWithoutATitle() {
    Briefing briefing = MarkdownParser.standard().parse("### The Signal\n\nS.\n\n#### What Happened:\n\nW.");

    assertThat(briefing.title()).isEmpty();
    assertThat(briefing.signal()).isEqualTo("S.");
  }
}
