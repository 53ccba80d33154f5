package dev.briefing.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.briefing.kit.RenderOptions;
import dev.briefing.core.Briefing;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Metadata;
import dev.briefing.core.Source;
import dev.briefing.core.WatchItem;
import dev.briefing.core.testing.SeedBriefing;
import dev.briefing.kit.FigureLayout;
import dev.briefing.kit.Section;
import dev.briefing.kit.SectionLabels;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Markdown renderer's options and the parts of its layout the golden files do not show. */
class MarkdownRendererOptionsTest {

  private static final MarkdownRenderer MARKDOWN = MarkdownRenderer.standard();


  @Test
  void keepsTheOptionsItWasMadeWith() {
    RenderOptions options = RenderOptions.builder().labels(SectionLabels.french())
        .sections(EnumSet.of(Section.SIGNAL, Section.DETAILS)).figureLayout(FigureLayout.TABLE).headingLevel(5).build();
    assertThat(MarkdownRenderer.of(options).options()).isEqualTo(options);
    assertThat(MARKDOWN.options()).isEqualTo(RenderOptions.standard());
  }

  @Test
  void sectionsAreACopyThatChangesNothing() {
    Set<Section> asked = EnumSet.of(Section.SIGNAL);
    MarkdownRenderer renderer = MarkdownRenderer.of(RenderOptions.builder().sections(asked).build());
    asked.add(Section.TITLE);
    assertThat(renderer.options().sections()).containsExactly(Section.SIGNAL);
    assertThat(renderer.render(SeedBriefing.briefing().withTitle("T").withSignal("S.")))
        .isEqualTo("## The Signal\n\nS.\n");
  }

  @Test
  void headingLevelRunsFromOneToFive() {
    String five = MarkdownRenderer.of(RenderOptions.builder().headingLevel(5).build()).render(SeedBriefing.briefing().withTitle("T"));
    assertThat(five).startsWith("##### T\n\n###### The Signal\n\n");
    assertThat(MarkdownRenderer.of(RenderOptions.builder().headingLevel(1).build()).render(SeedBriefing.briefing().withTitle("T")))
        .startsWith("# T\n\n## The Signal\n\n");
  }


  @Test
  void writesEachSectionAsOneBlockAfterItsHeading() {
    Briefing briefing = Briefing.builder().signal("S1.\n\nS2.").whatHappened("W.")
        .addImpacts(Impact.of(1, "I1.\n\nI2."), Impact.of(3, "J."))
        .addWatchItems(WatchItem.of("Watch", "D1.\n\nD2."))
        .build();
    assertThat(MARKDOWN.render(briefing)).isEqualTo("## The Signal\n\nS1.\n\nS2.\n\n"
        + "## What Happened\n\nW.\n\n"
        + "## Why It Matters\n\n- **First-order:** I1.\n\n  I2.\n- **Third-order:** J.\n\n"
        + "## What To Watch\n\n- **Watch**: D1.\n\n  D2.\n");
  }

  @Test
  void anItemWithoutTextStillEndsItsLine() {
    Briefing briefing = Briefing.builder().signal("S.").whatHappened("W.")
        .addImpacts(Impact.of(1, "")).addWatchItems(WatchItem.of("Watch", "")).build();
    assertThat(MARKDOWN.render(briefing)).endsWith("## Why It Matters\n\n- **First-order:** \n\n"
        + "## What To Watch\n\n- **Watch**: \n");
  }

  @Test
  void figureListWritesSourceAndDateOnlyWhenPresent() {
    Briefing briefing = Briefing.builder().signal("S.").whatHappened("W.").addFigures(
        Figure.of("1", "bare"),
        Figure.builder().value("2").label("sourced").source("S").build(),
        Figure.builder().value("3").label("dated").asOf("2026").build(),
        Figure.builder().value("4").label("both").source("S").asOf("2026").build()).build();
    assertThat(MARKDOWN.render(briefing)).endsWith("## The Numbers\n\n"
        + "- **1**: bare\n"
        + "- **2**: sourced (*S*)\n"
        + "- **3**: dated (as of *2026*)\n"
        + "- **4**: both (*S*, as of *2026*)\n");
  }

  @Test
  void figureTableLeavesMissingSourceAndDateCellsEmpty() {
    Briefing briefing = Briefing.builder().signal("S.").whatHappened("W.").addFigures(
        Figure.of("1", "bare"), Figure.builder().value("4").label("both").source("S").asOf("2026").build()).build();
    assertThat(MarkdownRenderer.of(RenderOptions.builder().figureLayout(FigureLayout.TABLE).build()).render(briefing))
        .endsWith("## The Numbers\n\n| Value | Measure | Source | As of |\n| --- | --- | --- | --- |\n"
            + "| 1 | bare |  |  |\n| 4 | both | S | 2026 |\n");
  }

  @Test
  void writesEveryDetailInTheLabelsLanguage() {
    Briefing briefing = Briefing.builder().signal("S.").whatHappened("W.").metadata(Metadata.builder()
        .id("x-1").published(OffsetDateTime.parse("2026-02-10T09:00:00.5+01:00")).language(Locale.GERMANY)
        .addAuthors("A", "B").addTags("t1", "t2")
        .addSources(Source.of("Web (main)", URI.create("https://example.com/a_(b)")))
        .addSources(Source.of("Unlinked", URI.create("ftp://example.com/")))
        .build()).build();
    assertThat(MarkdownRenderer.of(RenderOptions.builder().labels(SectionLabels.german()).build()).render(briefing))
        .endsWith("## Details\n\n"
            + "- **ID:** x-1\n"
            + "- **Veröffentlicht:** 2026-02-10T09:00:00.5+01:00\n"
            + "- **Sprache:** de-DE\n"
            + "- **Autor:** A\n- **Autor:** B\n"
            + "- **Schlagwort:** t1\n- **Schlagwort:** t2\n"
            + "- **Quelle:** [Web (main)](https://example.com/a_\\(b\\))\n"
            + "- **Quelle:** Unlinked\n");
  }
}
