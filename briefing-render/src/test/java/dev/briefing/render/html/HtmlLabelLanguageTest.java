package dev.briefing.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.Briefing;
import dev.briefing.core.testing.SeedBriefing;
import dev.briefing.kit.FigureLayout;
import dev.briefing.kit.RenderOptions;
import dev.briefing.kit.SectionLabels;
import dev.briefing.render.testing.Samples;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every word is in the language it is written in: the labels' words in the labels' language,
 * the briefing's text in the briefing's, as a browser, screen reader or hyphenator resolves
 * {@code lang} (the nearest one up the tree).
 */
class HtmlLabelLanguageTest {

  /** Elements that hold a label's word and nothing of the user's. */
  private static final String LABELS = "section > h3, li > p > strong, th, dl.details > dt, dl.figures > dd > span:not(.as-of)";
  /** Elements that hold the user's text, around or beside the labels. */
  private static final String TEXTS = "h2, section > p, li > p, dl.figures > dt, dl.figures > dd, span.as-of, td, cite, "
      + "dl.watch-items > dt, dl.watch-items > dd, dl.details > dd";

  private static NuChecker nu;

  @BeforeAll
  static void startChecker() throws Exception {
    nu = new NuChecker();
  }

  static Stream<Arguments> layouts() {
    return Stream.of(FigureLayout.values()).flatMap(layout -> Stream.of(Arguments.of(layout, true), Arguments.of(layout, false)));
  }

  private static Briefing britishEnglish() {
    Briefing briefing = Samples.seedWithDetails();
    return briefing.withMetadata(briefing.metadata().withLanguage(Locale.forLanguageTag("en-GB")));
  }

  private static HtmlRenderer german(FigureLayout layout, boolean fragment) {
    return HtmlRenderer.of(RenderOptions.builder().labels(SectionLabels.german()).headingLevel(2)
        .figureLayout(layout).fragment(fragment).build());
  }

  @ParameterizedTest(name = "{0}, fragment {1}")
  @MethodSource("layouts")
  void germanLabelsAroundAnEnglishBriefingAreGermanWhereTheyAreWritten(FigureLayout layout, boolean fragment) {
    String html = german(layout, fragment).render(britishEnglish());
    Document page = Jsoup.parse(html);

    assertThat(page.select(LABELS)).as(html).hasSizeGreaterThan(10)
        .allSatisfy(label -> assertThat(languageAt(label)).as(label.outerHtml()).isEqualTo("de"));
    assertThat(page.select(TEXTS)).as(html).hasSizeGreaterThan(10)
        .allSatisfy(text -> assertThat(languageAt(text)).as(text.outerHtml()).isEqualTo("en-GB"));
  }

  @ParameterizedTest
  @EnumSource(FigureLayout.class)
  void theMarkedDocumentPassesTheNuChecker(FigureLayout layout) throws Exception {
    String html = german(layout, false).render(britishEnglish());

    assertThat(nu.errors(html)).isEmpty();
  }

  @Test
  void englishLabelsAroundAGermanBriefingAreEnglishWhereTheyAreWritten() {
    Briefing briefing = britishEnglish().withMetadata(britishEnglish().metadata().withLanguage(Locale.GERMAN));
    String html = HtmlRenderer.standard().render(briefing);

    assertThat(html).contains("<html lang=\"de\">", "<article class=\"briefing\" lang=\"de\">",
        "<h2 lang=\"en\">The Signal</h2>", "<strong lang=\"en\">First-order:</strong> ",
        "(<span lang=\"en\">as of</span> <span class=\"as-of\">", "<dt lang=\"en\">Language</dt>\n<dd>de</dd>");
  }

  @Test
  void labelsInTheBriefingsLanguageCarryNoLangOfTheirOwn() {
    Briefing austrian = SeedBriefing.briefing().withMetadata(britishEnglish().metadata().withLanguage(Locale.forLanguageTag("de-AT")));
    Briefing unnamed = SeedBriefing.briefing();

    assertThat(german(FigureLayout.TABLE, true).render(austrian)).startsWith("<article class=\"briefing\" lang=\"de-AT\">")
        .doesNotContain(" lang=\"de\"");
    assertThat(german(FigureLayout.LIST, false).render(unnamed)).startsWith("<!DOCTYPE html>\n<html lang=\"de\">")
        .contains("<article class=\"briefing\">").containsOnlyOnce(" lang=");
  }

  /** The language in force at an element, as HTML defines it: the nearest {@code lang} up the tree. */
  private static String languageAt(Element element) {
    for (Element e = element; e != null; e = e.parent()) {
      if (e.hasAttr("lang")) {
        return e.attr("lang");
      }
    }
    return "";
  }
}
