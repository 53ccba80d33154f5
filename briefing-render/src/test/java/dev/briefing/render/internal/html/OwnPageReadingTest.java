package dev.briefing.render.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.Briefing;
import dev.briefing.core.format.ParseResult;
import dev.briefing.core.testing.BriefingGenerator;
import dev.briefing.kit.FigureLayout;
import dev.briefing.kit.ParseOptions;
import dev.briefing.kit.RenderOptions;
import dev.briefing.kit.SectionLabels;
import dev.briefing.render.html.HtmlRenderer;
import dev.briefing.render.internal.parse.Vocabulary;
import dev.briefing.render.testing.AwkwardText;
import dev.briefing.render.testing.Samples;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A page the renderer wrote is read without jsoup, to the briefing jsoup's reading gives, and a
 * page that is not quite the renderer's goes to jsoup: every generated briefing in every label
 * language, page or fragment, with and without JSON-LD, figures as a list and as a table, at every
 * heading level; hostile and awkward text; and pages that differ from the renderer's in one place.
 */
class OwnPageReadingTest {

  private static final List<SectionLabels> LABELS = ParseOptions.standard().knownLabels();
  private static final OwnPageReading OWN = new OwnPageReading(Vocabulary.of(LABELS), LABELS);
  private static final HtmlReading READING = new HtmlReading(ParseOptions.standard());

  private static Briefing readWithoutJsoup(String page) {
    return OWN.read(page, OwnDocument.articleStart(page));
  }

  /** Both ways of reading give the same result: briefing, notes, warnings and repairs. */
  private static void assertReadAsJsoupReadsIt(String page) {
    ParseResult withJsoup = READING.readWithJsoup(new StringReader(page));
    assertThat(READING.read(new StringReader(page))).as(page).isEqualTo(withJsoup);
  }

  static Stream<Arguments> pages() {
    List<Arguments> all = new ArrayList<>();
    List<Briefing> briefings = Stream.concat(BriefingGenerator.validBriefings(120, 20_261_205L),
        BriefingGenerator.validEditorialBriefings(120, 20_261_206L)).toList();
    int i = 0;
    for (Briefing briefing : briefings) {
      SectionLabels labels = SectionLabels.builtIn().get(i % SectionLabels.builtIn().size());
      boolean fragment = i % 3 == 0;
      boolean jsonLd = i % 2 == 0;
      FigureLayout layout = (i / 4) % 2 == 0 ? FigureLayout.LIST : FigureLayout.TABLE;
      int level = 1 + (i / 8) % RenderOptions.MAX_HEADING_LEVEL;
      RenderOptions options = RenderOptions.builder().labels(labels).fragment(fragment).figureLayout(layout)
          .headingLevel(level).build();
      String page = HtmlRenderer.builder().options(options).jsonLd(jsonLd).build().render(briefing);
      all.add(Arguments.of(labels.language().toLanguageTag() + (fragment ? " fragment" : jsonLd ? " page" : " page without JSON-LD")
          + " " + layout + " h" + level, page, briefing));
      i++;
    }
    return all.stream();
  }

  @Tag("generated-corpus")
  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void readsThePagesTheRendererWritesWithoutJsoup(String name, String page, Briefing briefing) {
    assertThat(readWithoutJsoup(page)).as(page).isEqualTo(briefing);
    assertReadAsJsoupReadsIt(page);
  }

  static Stream<Arguments> oddPages() {
    List<Arguments> all = new ArrayList<>();
    int i = 0;
    for (Briefing briefing : Stream.concat(BriefingGenerator.hostileBriefings(150, 20_261_207L),
        BriefingGenerator.hostileEditorialBriefings(150, 20_261_208L)).toList()) {
      all.add(Arguments.of("hostile " + i, page(briefing, i++)));
    }
    for (Arguments awkward : AwkwardText.inEveryField().toList()) {
      Object[] parts = awkward.get();
      all.add(Arguments.of("awkward " + parts[0] + " " + parts[1], page((Briefing) parts[2], i++)));
    }
    return all.stream();
  }

  private static String page(Briefing briefing, int i) {
    SectionLabels labels = SectionLabels.builtIn().get(i % SectionLabels.builtIn().size());
    RenderOptions options = RenderOptions.builder().labels(labels).fragment(i % 3 == 0)
        .figureLayout(i % 2 == 0 ? FigureLayout.LIST : FigureLayout.TABLE).build();
    return HtmlRenderer.of(options).render(briefing);
  }

  @Tag("generated-corpus")
  @ParameterizedTest(name = "{0}")
  @MethodSource("oddPages")
  void readsHostileAndAwkwardTextAsJsoupReadsIt(String name, String page) {
    assertReadAsJsoupReadsIt(page);
  }

  /** A briefing whose page holds every reference the renderer writes. */
  private static final Briefing SEED = Samples.seedWithDetails().withSignal("R&D <up> \"quoted\" 'single'");
  private static final String PAGE = HtmlRenderer.standard().render(SEED);

  private static UnaryOperator<String> replacing(String what, String with) {
    return page -> {
      assertThat(page).contains(what);
      return page.replaceFirst(java.util.regex.Pattern.quote(what), java.util.regex.Matcher.quoteReplacement(with));
    };
  }

  static Stream<Arguments> changes() {
    int body = PAGE.indexOf(OwnDocument.ARTICLE);
    int jsonLd = PAGE.indexOf(OwnDocument.SCRIPT_OPEN) + OwnDocument.SCRIPT_OPEN.length();
    return Stream.of(
        // Still the rendering of a briefing: read without jsoup.
        Arguments.of("text changed inside the JSON-LD", true, SEED,
            (UnaryOperator<String>) p -> p.substring(0, jsonLd) + "{\"changed\":1}" + p.substring(p.indexOf(OwnDocument.SCRIPT_CLOSE))),
        Arguments.of("no JSON-LD", true, SEED,
            (UnaryOperator<String>) p -> p.substring(0, jsonLd - OwnDocument.SCRIPT_OPEN.length())
                + p.substring(p.indexOf(OwnDocument.SCRIPT_CLOSE) + OwnDocument.SCRIPT_CLOSE.length())),
        Arguments.of("the final line break missing", true, SEED, (UnaryOperator<String>) p -> p.substring(0, p.length() - 1)),
        Arguments.of("a line break more at the end", true, SEED, (UnaryOperator<String>) p -> p + "\n"),
        Arguments.of("a paragraph's text changed", true, SEED.withSignal("R&D <down> \"quoted\" 'single'"),
            replacing("&lt;up&gt;", "&lt;down&gt;")),
        // Not as the renderer writes it: read by jsoup.
        Arguments.of("an extra attribute", false, null, replacing("<p>", "<p class=\"lead\">")),
        Arguments.of("an attribute in single quotes", false, null,
            replacing("<section class=\"signal\">", "<section class='signal'>")),
        Arguments.of("a reference the renderer never writes", false, null, replacing("R&amp;D", "R&#38;D")),
        Arguments.of("a named reference the renderer never writes", false, null, replacing("R&amp;D", "R&nbsp;D")),
        Arguments.of("a bare ampersand", false, null, replacing("R&amp;D", "R&D")),
        Arguments.of("an upper-case tag", false, null, replacing("<p>R&amp;D", "<P>R&amp;D")),
        Arguments.of("an element the renderer never writes", false, null, replacing("R&amp;D", "R<br>D")),
        Arguments.of("a comment", false, null, replacing("R&amp;D", "R<!-- x -->D")),
        Arguments.of("an end tag left out", false, null, replacing("</p>", "")),
        Arguments.of("a changed title", false, null, replacing("<title>", "<title>Other ")),
        Arguments.of("a changed page language", false, null,
            (UnaryOperator<String>) p -> OwnDocument.START + "fr" + p.substring(p.indexOf(OwnDocument.HEAD))),
        Arguments.of("a heading in other labels", false, null, replacing("The Numbers</h2>", "Die Zahlen</h2>")),
        Arguments.of("the article's language changed", false, null,
            replacing(OwnDocument.ARTICLE + " lang=\"", OwnDocument.ARTICLE + " lang=\"x")),
        Arguments.of("text after the page", false, null, (UnaryOperator<String>) p -> p + "<p>More</p>\n"),
        Arguments.of("text before the article", false, null,
            (UnaryOperator<String>) p -> p.substring(0, body) + "<p>Lead</p>\n" + p.substring(body)),
        Arguments.of("a carriage return", false, null, replacing("\n<p>", "\r\n<p>")),
        Arguments.of("a NUL in a paragraph", false, null, replacing("R&amp;D", "R\u0000&amp;D")),
        Arguments.of("a NUL after the article", false, null, replacing("</article>\n", "</article>\u0000\n")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("changes")
  void aPageThatDiffersInOnePlaceReadsAsJsoupReadsIt(String name, boolean withoutJsoup, Briefing read,
      UnaryOperator<String> change) {
    String page = change.apply(PAGE);

    assertThat(page).isNotEqualTo(PAGE);
    assertThat(readWithoutJsoup(page)).as(page).isEqualTo(withoutJsoup ? read : null);
    assertReadAsJsoupReadsIt(page);
  }
}
