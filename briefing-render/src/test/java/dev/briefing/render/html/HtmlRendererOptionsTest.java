package dev.briefing.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.briefing.kit.RenderOptions;
import dev.briefing.core.Briefing;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Metadata;
import dev.briefing.core.testing.SeedBriefing;
import dev.briefing.kit.FigureLayout;
import dev.briefing.kit.Section;
import dev.briefing.kit.SectionLabels;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The HTML renderer's options and the parts of its markup the golden files do not show. */
class HtmlRendererOptionsTest {

  private static final HtmlRenderer FRAGMENT = HtmlRenderer.of(RenderOptions.builder().fragment(true).build());



  @Test
  void keepsTheOptionsItWasMadeWith() {
    RenderOptions options = RenderOptions.builder().labels(SectionLabels.french())
        .sections(EnumSet.of(Section.SIGNAL, Section.DETAILS)).figureLayout(FigureLayout.TABLE)
        .headingLevel(3).fragment(true).build();
    assertThat(HtmlRenderer.of(options).options()).isEqualTo(options);
    assertThat(HtmlRenderer.builder().options(options).build().options()).isEqualTo(options);
    assertThat(HtmlRenderer.standard().options()).isEqualTo(RenderOptions.standard());
  }

  @Test
  void headingLevelMovesTheTitleAndSectionsUpToHeadingSix() {
    Briefing briefing = SeedBriefing.briefing().withTitle("T");
    String five = HtmlRenderer.of(RenderOptions.builder().fragment(true).headingLevel(5).build()).render(briefing);
    assertThat(five).contains("<h5>T</h5>\n", "<h6>The Signal</h6>\n").doesNotContain("<h1>", "<h2>");
  }


  @Test
  void documentWithoutATitleIsNamedForTheSignalInTheLabelsLanguage() {
    HtmlRenderer german = HtmlRenderer.of(RenderOptions.builder().labels(SectionLabels.german()).build());
    String html = german.render(SeedBriefing.briefing());
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"de\">\n")
        .contains("<title>Das Signal</title>", "<article class=\"briefing\">\n")
        .endsWith("</article>\n</body>\n</html>\n");
    assertThat(german.render(SeedBriefing.briefing().withTitle(" "))).contains("<title>Das Signal</title>");
    assertThat(german.render(SeedBriefing.briefing().withTitle("A <b> & C")))
        .contains("<title>A &lt;b&gt; &amp; C</title>");
  }

  @Test
  void briefingLanguageNamesTheDocumentAndTheArticle() {
    Briefing briefing = SeedBriefing.briefing()
        .withMetadata(Metadata.builder().language(Locale.forLanguageTag("pt-BR")).build());
    assertThat(HtmlRenderer.standard().render(briefing))
        .startsWith("<!DOCTYPE html>\n<html lang=\"pt-BR\">\n")
        .contains("<article class=\"briefing\" lang=\"pt-BR\">\n", "<dt lang=\"en\">Language</dt>\n<dd>pt-BR</dd>\n");
  }

  @Test
  void publishedTimeKeepsMillisecondsInTheMachineReadableForm() {
    Briefing briefing = SeedBriefing.briefing().withMetadata(Metadata.builder()
        .published(OffsetDateTime.parse("2026-02-10T09:00:00.123456+01:00")).build());
    assertThat(FRAGMENT.render(briefing)).contains(
        "<dt>Published</dt>\n<dd><time datetime=\"2026-02-10T08:00:00.123Z\">2026-02-10T09:00:00.123456+01:00</time></dd>\n");
  }

  @Test
  void furtherParagraphsOfAnImpactAreParagraphsOfTheSameItem() {
    Briefing briefing = SeedBriefing.briefing().withImpacts(Impact.of(2, "One.\n\nTwo.\n\nThree."));
    assertThat(FRAGMENT.render(briefing)).contains(
        "<ol class=\"impacts\">\n<li><p><strong>Second-order:</strong> One.</p><p>Two.</p><p>Three.</p></li>\n</ol>\n");
  }

  @Test
  void anImpactWithoutTextStillClosesItsParagraph() {
    Briefing briefing = SeedBriefing.briefing().withImpacts(Impact.of(1, ""));
    assertThat(FRAGMENT.render(briefing))
        .contains("<li><p><strong>First-order:</strong> </p></li>\n</ol>\n</section>\n");
  }

  @Test
  void figureListWritesSourceAndDateOnlyWhenPresent() {
    Briefing briefing = SeedBriefing.briefing().withFigures(
        Figure.of("1", "bare"),
        Figure.builder().value("2").label("sourced").source("S").build(),
        Figure.builder().value("3").label("dated").asOf("2026").build(),
        Figure.builder().value("4").label("both").source("S").asOf("2026").build());
    assertThat(FRAGMENT.render(briefing)).contains("<dl class=\"figures\">\n"
        + "<dt>1</dt>\n<dd>bare</dd>\n"
        + "<dt>2</dt>\n<dd>sourced (<cite>S</cite>)</dd>\n"
        + "<dt>3</dt>\n<dd>dated (as of <span class=\"as-of\">2026</span>)</dd>\n"
        + "<dt>4</dt>\n<dd>both (<cite>S</cite>, as of <span class=\"as-of\">2026</span>)</dd>\n"
        + "</dl>\n");
  }

  @Test
  void emptySectionsAreLeftOut() {
    Briefing briefing = SeedBriefing.briefing().withImpacts().withFigures().withWatchItems();
    assertThat(FRAGMENT.render(briefing)).doesNotContain("why-it-matters", "the-numbers", "what-to-watch", "details")
        .contains("<section class=\"signal\">", "<section class=\"what-happened\">");
  }

  @Test
  void renderingIntoAnAppendableWritesWhatRenderReturns() throws Exception {
    Briefing briefing = SeedBriefing.briefing().withTitle("T");
    StringBuilder out = new StringBuilder();
    HtmlRenderer.standard().renderTo(briefing, out);
    assertThat(out).hasToString(HtmlRenderer.standard().render(briefing));
  }
}
