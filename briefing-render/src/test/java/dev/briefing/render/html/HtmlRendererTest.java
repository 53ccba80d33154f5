package dev.briefing.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.kit.RenderOptions;
import dev.briefing.core.Briefing;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Metadata;
import dev.briefing.core.Source;
import dev.briefing.core.WatchItem;
import dev.briefing.core.testing.BriefingGenerator;
import dev.briefing.core.testing.SeedBriefing;
import dev.briefing.kit.FigureLayout;
import dev.briefing.kit.Paragraphs;
import dev.briefing.kit.Section;
import dev.briefing.kit.SectionLabels;
import dev.briefing.render.testing.Golden;
import dev.briefing.render.testing.Samples;
import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HtmlRendererTest {

  private static final HtmlRenderer DOCUMENT = HtmlRenderer.standard();
  private static final HtmlRenderer TABLE = HtmlRenderer.of(RenderOptions.builder().figureLayout(FigureLayout.TABLE).build());

  /**
   * Every element the renderer may emit, with the attributes it may carry; those that hold a
   * label carry {@code lang} when the labels' language is not the briefing's.
   */
  private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
      Map.entry("html", Set.of("lang")), Map.entry("head", Set.of()),
      Map.entry("meta", Set.of("charset", "name", "content")), Map.entry("title", Set.of()),
      Map.entry("style", Set.of()), Map.entry("script", Set.of("type")), Map.entry("body", Set.of()),
      Map.entry("article", Set.of("class", "lang")), Map.entry("section", Set.of("class")),
      Map.entry("h1", Set.of()), Map.entry("h2", Set.of("lang")), Map.entry("h3", Set.of("lang")),
      Map.entry("p", Set.of()), Map.entry("ol", Set.of("class")), Map.entry("li", Set.of()),
      Map.entry("strong", Set.of("lang")), Map.entry("dl", Set.of("class")), Map.entry("dt", Set.of("lang")),
      Map.entry("dd", Set.of("class")), Map.entry("data", Set.of("value", "lang")),
      Map.entry("aside", Set.of("class")), Map.entry("ul", Set.of()), Map.entry("h4", Set.of("lang")), Map.entry("cite", Set.of()), Map.entry("span", Set.of("class", "lang")),
      Map.entry("table", Set.of("class")), Map.entry("thead", Set.of()), Map.entry("tbody", Set.of()),
      Map.entry("tr", Set.of()), Map.entry("th", Set.of("scope", "lang")), Map.entry("td", Set.of()),
      Map.entry("a", Set.of("href")), Map.entry("time", Set.of("datetime")), Map.entry("bdi", Set.of()));

  private static NuChecker nu;

  @BeforeAll
  static void startChecker() throws Exception {
    nu = new NuChecker();
  }

  @Test
  void seedDocumentMatchesGoldenFile() {
    Golden.assertMatches("seed.html", DOCUMENT.render(SeedBriefing.briefing()));
  }

  @Test
  void seedEditionOfModel11MatchesGoldenFile() {
    Golden.assertMatches("seed-1.1.html", DOCUMENT.render(SeedBriefing.editorialBriefing()));
  }

  @Test
  void jsoupFindsEveryModel11PartOfTheSeedEditionAsItsTerm() {
    Briefing edition = SeedBriefing.editorialBriefing();
    Document document = Jsoup.parse(DOCUMENT.render(edition));
    assertOnlyAllowedMarkup(document);

    Element signal = document.selectFirst("section.signal > dl.judgment");
    assertThat(signal.select("> dt").eachText()).containsExactly("Likelihood", "Confidence", "Horizon");
    assertThat(signal.select("> dd > data").eachAttr("value")).containsExactly("likely", "moderate", "P18M");
    assertThat(document.select("ol.impacts > li > dl.judgment > dd.likelihood > data").eachAttr("value"))
        .containsExactly("almost certain", "likely", "roughly even chance");
    assertThat(document.select("ol.impacts > li > dl.judgment > dd.horizon > data").eachText()).containsExactly("P18M");
    Element views = document.selectFirst("section.why-it-matters > aside.alternative-views");
    assertThat(views.selectFirst("> h3").text()).isEqualTo("Room for disagreement");
    assertThat(views.select("> ul > li > p").eachText()).containsExactly(edition.alternativeViews().get(0).text());
    assertThat(views.select("> ul > li > dl.judgment > dd.likelihood > data").eachAttr("value")).containsExactly("unlikely");
    Element signposts = document.selectFirst("dl.watch-items > dd > table.signposts");
    assertThat(signposts.select("> thead th").eachText()).containsExactly("Indicator", "Threshold", "Review by", "Status");
    List<Element> cells = signposts.select("> tbody > tr").get(0).children();
    assertThat(cells.get(0).wholeText()).isEqualTo(edition.watchItems().get(0).signposts().get(0).indicator());
    assertThat(cells.get(2).selectFirst("time").attr("datetime")).isEqualTo("2026-08-31");
    assertThat(cells.get(3).selectFirst("data").attr("value")).isEqualTo("open");
    assertThat(document.select("table.signposts")).hasSize(2);
  }

  @Test
  void germanLabelsNameTheModel11PartsAndTheTermsStayTheModels() {
    HtmlRenderer german = HtmlRenderer.of(RenderOptions.builder().labels(SectionLabels.german()).build());
    Document document = Jsoup.parse(german.render(SeedBriefing.editorialBriefing()));
    SectionLabels de = SectionLabels.german();

    assertThat(document.select("section.signal > dl.judgment > dt").eachText())
        .containsExactly(de.likelihood(), de.confidence(), de.horizon());
    assertThat(document.selectFirst("aside.alternative-views > h3").text()).isEqualTo(de.alternativeViews());
    Element status = document.selectFirst("table.signposts data");
    assertThat(status.attr("value")).isEqualTo("open");
    assertThat(status.text()).isEqualTo(de.statusOpen());
  }

  @Test
  void seedWithDetailsMatchesGoldenFile() {
    Golden.assertMatches("seed-details.html", DOCUMENT.render(Samples.seedWithDetails()));
  }

  @Test
  void spanishFragmentWithTableMatchesGoldenFile() {
    HtmlRenderer spanish = HtmlRenderer.of(RenderOptions.builder().labels(SectionLabels.spanish()).fragment(true)
        .headingLevel(2).figureLayout(FigureLayout.TABLE).build());
    Golden.assertMatches("seed-details.es.fragment.html", spanish.render(Samples.seedWithDetails()));
  }

  @Test
  void goldenDocumentsPassTheNuChecker() throws Exception {
    assertThat(nu.errors(DOCUMENT.render(SeedBriefing.briefing()))).isEmpty();
    assertThat(nu.errors(DOCUMENT.render(Samples.seedWithDetails()))).isEmpty();
    assertThat(nu.errors(TABLE.render(Samples.seedWithDetails()))).isEmpty();
    HtmlRenderer german = HtmlRenderer.of(RenderOptions.builder().labels(SectionLabels.german()).headingLevel(5).build());
    assertThat(nu.errors(german.render(Samples.seedWithDetails()))).isEmpty();
    assertThat(nu.errors(DOCUMENT.render(SeedBriefing.editorialBriefing()))).isEmpty();
    assertThat(nu.errors(german.render(SeedBriefing.editorialBriefing()))).isEmpty();
  }

  @Test
  void nuCheckerReportsErrorsInABrokenDocument() throws Exception {
    String broken = DOCUMENT.render(SeedBriefing.briefing()).replace("<title>The Signal</title>", "")
        .replace("<ol class=\"impacts\">", "<ol class=\"impacts\" onclick=\"x()\" bogus>");
    assertThat(nu.errors(broken)).hasSizeGreaterThanOrEqualTo(2);
  }

  static Stream<Briefing> nuSamples() {
    return Stream.of(BriefingGenerator.validBriefings(40, 21), BriefingGenerator.hostileBriefings(40, 22),
        BriefingGenerator.validEditorialBriefings(40, 25)).flatMap(s -> s);
  }

  @Tag("generated-corpus")
  @ParameterizedTest
  @MethodSource("nuSamples")
  void generatedDocumentsPassTheNuChecker(Briefing briefing) throws Exception {
    assertThat(nu.errors(DOCUMENT.render(briefing))).isEmpty();
    assertThat(nu.errors(TABLE.render(briefing))).isEmpty();
  }

  static Stream<Briefing> hostile() {
    return Stream.concat(BriefingGenerator.hostileBriefings(1_000, 23), BriefingGenerator.validBriefings(100, 24));
  }

  @Tag("generated-corpus")
  @ParameterizedTest
  @MethodSource("hostile")
  void jsoupFindsOnlyOurElementsAndEveryTextExactly(Briefing briefing) {
    Document document = Jsoup.parse(DOCUMENT.render(briefing));
    assertOnlyAllowedMarkup(document);
    assertTexts(document, briefing, SectionLabels.english());
    assertThat(document.select("title").text()).isNotBlank();
  }

  @Tag("generated-corpus")
  @ParameterizedTest
  @MethodSource("hostile")
  void tableLayoutKeepsEveryFigureCellExactly(Briefing briefing) {
    Document document = Jsoup.parseBodyFragment(HtmlRenderer.of(RenderOptions.builder().fragment(true)
        .figureLayout(FigureLayout.TABLE).build()).render(briefing));
    assertOnlyAllowedMarkup(document);
    List<String> cells = document.select("table.figures td").stream().map(Element::wholeText).toList();
    List<String> expected = new ArrayList<>();
    for (Figure f : briefing.figures()) {
      expected.addAll(List.of(f.value(), f.label(), f.source().orElse(""), f.asOf().orElse("")));
    }
    assertThat(cells).containsExactlyElementsOf(expected.stream().map(ExpectedHtmlText::of).toList());
  }

  @Test
  void fragmentIsOnlyTheArticle() {
    String html = HtmlRenderer.of(RenderOptions.builder().fragment(true).build()).render(SeedBriefing.briefing());
    assertThat(html).startsWith("<article class=\"briefing\">\n").endsWith("</article>\n");
  }

  @Test
  void onlyHttpHttpsAndMailtoAddressesBecomeLinks() {
    Briefing briefing = SeedBriefing.briefing().withMetadata(Metadata.builder()
        .addSources(Source.of("js", URI.create("JaVaScRiPt:alert(1)")))
        .addSources(Source.of("data", URI.create("data:text/html,x")))
        .addSources(Source.of("relative", URI.create("/relative/path")))
        .addSources(Source.of("mail", URI.create("MAILTO:desk@example.com")))
        .addSources(Source.of("web", URI.create("HTTPS://Example.COM/a/../b?q=1&r=2")))
        .build());
    Document document = Jsoup.parse(DOCUMENT.render(briefing));
    assertThat(document.select("a").eachAttr("href"))
        .containsExactly("mailto:desk@example.com", "https://example.com/b?q=1&r=2");
    assertThat(document.select("dl.details dd").eachText()).containsExactly("js", "data", "relative", "mail", "web");
  }

  @Test
  void bidiControlsAreIsolated() {
    Briefing briefing = SeedBriefing.briefing().withFigures(Figure.builder().value("1")
        .label("\u202Eevil").source("src").build());
    String html = HtmlRenderer.of(RenderOptions.builder().fragment(true).build()).render(briefing);
    assertThat(html).contains("<dd><bdi>\u202Eevil</bdi> (<cite>src</cite>)</dd>");
  }

  @Test
  void excludedSectionsAreNotWritten() {
    HtmlRenderer signalOnly = HtmlRenderer.of(RenderOptions.builder().fragment(true).sections(EnumSet.of(Section.SIGNAL)).build());
    Document document = Jsoup.parseBodyFragment(signalOnly.render(Samples.seedWithDetails()));
    assertThat(document.select("section").eachAttr("class")).containsExactly("signal");
    assertThat(document.select("h1")).isEmpty();
  }

  private static void assertOnlyAllowedMarkup(Document document) {
    for (Element element : document.getAllElements()) {
      if (element == document) {
        continue;
      }
      assertThat(ALLOWED).as("element <%s>", element.tagName()).containsKey(element.tagName());
      for (Attribute attribute : element.attributes()) {
        assertThat(ALLOWED.get(element.tagName())).as("attribute of <%s>", element.tagName())
            .contains(attribute.getKey());
      }
    }
    for (String href : document.select("a").eachAttr("href")) {
      assertThat(href).matches("(https?|mailto):.*");
    }
  }

  private static void assertTexts(Document document, Briefing b, SectionLabels labels) {
    b.title().ifPresent(t -> assertThat(document.selectFirst("article > h1").wholeText()).isEqualTo(clean(t)));
    assertThat(paragraphs(document.selectFirst("section.signal"))).isEqualTo(cleanParagraphs(b.signal()));
    assertThat(paragraphs(document.selectFirst("section.what-happened")))
        .isEqualTo(cleanParagraphs(b.whatHappened()));
    List<String> impacts = document.select("ol.impacts > li").stream()
        .map(li -> li.children().stream().map(Element::wholeText).collect(Collectors.toList()).toString())
        .toList();
    List<String> expectedImpacts = new ArrayList<>();
    for (Impact impact : b.impacts()) {
      List<String> ps = new ArrayList<>(cleanParagraphs(impact.text()));
      ps.set(0, labels.impactOrder(impact.order()) + ": " + ps.get(0));
      expectedImpacts.add(ps.toString());
    }
    assertThat(impacts).containsExactlyElementsOf(expectedImpacts);
    List<String> figures = document.select("dl.figures > *").stream().map(Element::wholeText).toList();
    List<String> expectedFigures = new ArrayList<>();
    for (Figure f : b.figures()) {
      expectedFigures.add(clean(f.value()));
      String details = f.source().map(HtmlRendererTest::clean).orElse("");
      if (f.asOf().isPresent()) {
        details += (details.isEmpty() ? "" : ", ") + labels.asOf() + " " + clean(f.asOf().get());
      }
      expectedFigures.add(clean(f.label()) + (details.isEmpty() ? "" : " (" + details + ")"));
    }
    assertThat(figures).containsExactlyElementsOf(expectedFigures);
    assertThat(document.select("dl.figures cite").stream().map(Element::wholeText).toList())
        .containsExactlyElementsOf(b.figures().stream().flatMap(f -> f.source().stream()).map(HtmlRendererTest::clean).toList());
    List<String> watch = document.select("dl.watch-items > *").stream()
        .map(e -> e.tagName().equals("dt") ? e.wholeText() : paragraphs(e).toString()).toList();
    List<String> expectedWatch = new ArrayList<>();
    for (WatchItem item : b.watchItems()) {
      expectedWatch.add(clean(item.title()));
      expectedWatch.add(cleanParagraphs(item.description()).toString());
    }
    assertThat(watch).containsExactlyElementsOf(expectedWatch);
    assertDetails(document, b.metadata(), labels);
  }

  private static void assertDetails(Document document, Metadata m, SectionLabels labels) {
    List<String> details = document.select("dl.details > *").stream().map(Element::wholeText).toList();
    List<String> expected = new ArrayList<>();
    m.id().ifPresent(id -> expected.addAll(List.of(labels.id(), clean(id))));
    m.published().ifPresent(p -> expected.addAll(List.of(labels.published(), DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(p))));
    m.language().ifPresent(l -> expected.addAll(List.of(labels.languageLabel(), l.toLanguageTag())));
    if (!m.authors().isEmpty()) {
      expected.add(labels.author());
      m.authors().forEach(a -> expected.add(clean(a)));
    }
    if (!m.tags().isEmpty()) {
      expected.add(labels.tag());
      m.tags().forEach(t -> expected.add(clean(t)));
    }
    if (!m.sources().isEmpty()) {
      expected.add(labels.source());
      m.sources().forEach(s -> expected.add(clean(s.title())));
    }
    assertThat(details).containsExactlyElementsOf(expected);
    assertThat(document.select("dl.details a").eachAttr("href"))
        .containsExactlyElementsOf(m.sources().stream().map(s -> s.url().toASCIIString()).toList());
  }

  private static List<String> paragraphs(Element parent) {
    return parent.select("> p").stream().map(Element::wholeText).toList();
  }

  private static List<String> cleanParagraphs(String text) {
    return Paragraphs.of(text).stream().map(HtmlRendererTest::clean).toList();
  }

  private static String clean(String text) {
    return ExpectedHtmlText.of(text);
  }
}
