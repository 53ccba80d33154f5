package dev.briefing.benchmarks.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.benchmarks.OurFormats;
import dev.briefing.benchmarks.Workload;
import dev.briefing.core.Briefing;
import dev.briefing.core.testing.BriefingGenerator;
import dev.briefing.render.html.HtmlRenderer;
import java.io.StringWriter;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TemplatePagesTest {
  private final JtePage jte = new JtePage();
  private final MustachePage mustache = new MustachePage();
  private final HtmlRenderer withoutJsonLdWritten = HtmlRenderer.builder().jsonLd(false).build();

  static Stream<Workload> workloads() {
    return Stream.of(Workload.values());
  }

  static Stream<Briefing> generated() {
    return BriefingGenerator.validBriefings(200, 17);
  }

  /**
   * Our page less its JSON-LD block: the template baselines write the page a user would write by
   * hand without schema.org data, so the HTML row also counts the JSON-LD that ours embeds, and
   * the JSON-LD row measures that part alone.
   */
  static String withoutJsonLd(String page) {
    int start = page.indexOf("<script type=\"application/ld+json\">");
    assertThat(start).as("the page's JSON-LD").isPositive();
    int end = page.indexOf("</script>\n", start) + "</script>\n".length();
    return page.substring(0, start) + page.substring(end);
  }

  @ParameterizedTest
  @MethodSource("workloads")
  void jteRendersTheSamePageAsOurHtmlFormat(Workload workload) {
    Briefing briefing = workload.briefing();

    assertThat(jte.render(briefing)).isEqualTo(withoutJsonLd(OurFormats.renderer("html").render(briefing)));
  }

  /** The page the HTML row and the batch time as ours: written without its JSON-LD, not cut out after. */
  @ParameterizedTest
  @MethodSource("workloads")
  void jteRendersThePageOurRendererWritesWithoutJsonLd(Workload workload) {
    Briefing briefing = workload.briefing();

    assertThat(withoutJsonLdWritten.render(briefing)).isEqualTo(jte.render(briefing));
  }

  @ParameterizedTest
  @MethodSource("generated")
  void jteRendersTheSamePageAsOurHtmlFormatForGeneratedBriefings(Briefing briefing) {
    assertThat(jte.render(briefing)).isEqualTo(withoutJsonLd(OurFormats.renderer("html").render(briefing)))
        .isEqualTo(withoutJsonLdWritten.render(briefing));
  }

  @Test
  void jteAndMustacheRenderTheSeedPageByteForByte() {
    Briefing seed = Workload.SEED.briefing();

    assertThat(mustache.render(seed)).isEqualTo(jte.render(seed));
  }

  @ParameterizedTest
  @MethodSource("generated")
  void jteAndMustacheRenderTheSamePageUpToHowTheyEscapeQuotes(Briefing briefing) {
    assertThat(sameEntities(mustache.render(briefing))).isEqualTo(sameEntities(jte.render(briefing)));
  }

  @Test
  void thePageEscapesMarkupInTheText() {
    String page = jte.render(Workload.LARGE.briefing());

    assertThat(page).contains("R&amp;D budgets grew 40% while gross margins stayed &lt; 60%")
        .doesNotContain("stayed < 60%");
  }

  @Test
  void thePageHasOneDescriptionPerFigureWatchItemAndDetail() {
    String page = mustache.render(Workload.LARGE.briefing());

    assertThat(page.split("<dd>", -1)).hasSize(1 + 200 + 50 + 1 + 1 + 1 + 2 + 3 + 5);
    assertThat(page.split("<span class=\"as-of\">", -1)).hasSize(1 + 67);
    assertThat(page).contains("<h1>Compute, talent and the end of the scaling era: a long briefing</h1>");
  }

  @Test
  void jteRendersTheSamePageOntoAWriter() {
    StringWriter out = new StringWriter();

    jte.render(Workload.SEED.briefing(), out);

    assertThat(out.toString()).isEqualTo(jte.render(Workload.SEED.briefing()));
  }

  /**
   * jte escapes only what its context needs (in element text: {@code & < >}); Mustache also
   * escapes quotes, {@code =} and the backtick. Undo those so that the rest must be equal.
   */
  private static String sameEntities(String html) {
    return html.replace("&quot;", "\"").replace("&#34;", "\"").replace("&#39;", "'").replace("&#x27;", "'")
        .replace("&#61;", "=").replace("&#96;", "`");
  }
}
