package dev.briefing.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingValidationException;
import dev.briefing.core.Impact;
import dev.briefing.core.Metadata;
import dev.briefing.core.Source;
import dev.briefing.core.AlternativeView;
import dev.briefing.core.Signpost;
import dev.briefing.core.SignpostStatus;
import dev.briefing.core.testing.BriefingGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import dev.briefing.core.testing.SeedBriefing;
import dev.briefing.email.testing.EmailPages;
import dev.briefing.kit.RenderOptions;
import dev.briefing.kit.Section;
import dev.briefing.kit.SectionLabels;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The email's HTML keeps to what mail clients render alike, for the seed and generated briefings. */
class EmailRendererTest {

  private static final Briefing SEED = SeedBriefing.briefing();

  static Stream<Briefing> briefings() {
    return Stream.of(Stream.of(SEED, SeedBriefing.editorialBriefing()), BriefingGenerator.validBriefings(60, 16),
        BriefingGenerator.hostileBriefings(60, 16), BriefingGenerator.validEditorialBriefings(60, 17),
        BriefingGenerator.hostileEditorialBriefings(60, 17)).flatMap(s -> s);
  }

  @ParameterizedTest
  @MethodSource("briefings")
  void parsesWithoutErrorsAndInlinesEveryStyle(Briefing briefing) {
    EmailPages.Page page = EmailPages.parse(EmailRenderer.standard().render(briefing));
    Document document = page.document();

    assertThat(page.errors()).isEmpty();
    assertThat(document.select("style, link, script, [class], [id]")).isEmpty();
    for (Element element : document.body().getAllElements()) {
      String style = element.attr("style").replace(" ", "");
      assertThat(style).doesNotContain("display:flex", "display:grid", "position:", "float:");
      if (element.ownText().isBlank() || element.attr("dir").equals("auto")) {
        continue;
      }
      // Every element holding text names its colour, so a client's dark mode cannot leave it
      // dark on a dark background.
      assertThat(style).as("<%s> holding %s", element.normalName(), element.ownText()).contains("color:");
    }
  }

  @Test
  void laysOutInTablesWithWidthsInAttributes() {
    Document document = EmailPages.parse(EmailRenderer.standard().render(SEED)).document();

    assertThat(document.select("table")).allSatisfy(table -> {
      assertThat(table.attr("role")).isEqualTo("presentation");
      assertThat(table.attr("width")).isIn("100%", "600");
      assertThat(table.attr("cellpadding")).isEqualTo("0");
    });
    assertThat(document.select("table[width=600]")).hasSize(1);
    assertThat(document.select("div, section, article, ol, ul, dl")).hasSize(1); // the preheader only
    assertThat(document.select("td[width]")).hasSize(SEED.figures().size());
  }

  @Test
  void carriesLanguageAndDirectionOnTheDocumentAndOnTheOuterTable() {
    Briefing arabic = SEED.withMetadata(Metadata.builder().from(SEED.metadata()).language(Locale.forLanguageTag("ar")).build());

    Document english = EmailPages.parse(EmailRenderer.standard().render(SEED)).document();
    Document rtl = EmailPages.parse(EmailRenderer.standard().render(arabic)).document();

    assertThat(english.select("html").attr("dir")).isEqualTo("ltr");
    assertThat(english.select("html").attr("lang")).isEqualTo(SEED.metadata().language().map(Locale::toLanguageTag).orElse("en"));
    assertThat(rtl.select("html").attr("dir")).isEqualTo("rtl");
    assertThat(rtl.select("body > table").attr("dir")).isEqualTo("rtl");
    assertThat(rtl.select("body > table").attr("lang")).isEqualTo("ar");
  }

  @Test
  void marksTheLabelsLanguageWhenItIsNotTheBriefings() {
    Briefing german = SEED.withMetadata(Metadata.builder().from(SEED.metadata()).language(Locale.GERMAN).build());
    EmailRenderer englishLabels = EmailRenderer.standard();
    EmailRenderer germanLabels = EmailRenderer.builder()
        .options(RenderOptions.builder().labels(SectionLabels.german()).build()).build();

    Document marked = EmailPages.parse(englishLabels.render(german)).document();
    Document unmarked = EmailPages.parse(germanLabels.render(german)).document();

    assertThat(marked.select("h2")).isNotEmpty().allSatisfy(h2 -> assertThat(h2.attr("lang")).isEqualTo("en"));
    assertThat(marked.select("strong[lang=en]")).hasSizeGreaterThanOrEqualTo(SEED.impacts().size());
    assertThat(unmarked.select("[lang]")).hasSize(2); // <html> and the outer table
    assertThat(unmarked.select("h2").eachText()).contains("Das Signal");
  }

  @Test
  void hidesAPreheaderFromTheSignalBeforeTheCard() {
    Email email = EmailRenderer.standard().email(SEED);
    Element preheader = EmailPages.parse(email.html()).document().body().child(0);

    assertThat(preheader.normalName()).isEqualTo("div");
    assertThat(preheader.attr("style")).contains("display:none", "max-height:0", "overflow:hidden", "mso-hide:all");
    assertThat(preheader.text()).startsWith(email.preheader());
    assertThat(email.preheader()).hasSizeLessThanOrEqualTo(140).endsWith("\u2026");
    assertThat(SEED.signal().replace('\n', ' ')).startsWith(email.preheader().substring(0, email.preheader().length() - 1));
  }

  @Test
  void showsEveryTextOfTheSeedInOrder() {
    Document document = EmailPages.parse(EmailRenderer.standard().render(SEED)).document();
    String shown = document.select("body > table").text();

    List<String> texts = Stream.of(List.of(SEED.signal(), SEED.whatHappened()),
            SEED.impacts().stream().map(Impact::text).toList(),
            SEED.figures().stream().flatMap(f -> Stream.of(f.value(), f.label())).toList(),
            SEED.watchItems().stream().flatMap(w -> Stream.of(w.title(), w.description())).toList())
        .flatMap(List::stream).flatMap(t -> Stream.of(t.split("\n\n"))).toList();
    int at = 0;
    for (String text : texts) {
      int found = shown.indexOf(text, at);
      assertThat(found).as("%s after position %d", text, at).isGreaterThanOrEqualTo(0);
      at = found;
    }
  }

  @Test
  void theSeedsEditorialEditionIsItsGolden() throws IOException {
    try (InputStream in = EmailRendererTest.class.getResourceAsStream("/golden/seed-1.1.email.html")) {
      assertThat(EmailRenderer.standard().render(SeedBriefing.editorialBriefing()))
          .isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void showsTheModel11PartsOfTheSeedsEditorialEditionInOrderInTheLabelsLanguage() {
    SectionLabels german = SectionLabels.german();
    Document document = EmailPages.parse(EmailRenderer.builder().options(RenderOptions.builder().labels(german).build())
        .build().render(SeedBriefing.editorialBriefing())).document();
    String shown = document.select("body > table").text();

    List<String> texts = List.of(
        german.likelihood() + ": likely · " + german.confidence() + ": moderate · " + german.horizon() + ": P18M",
        german.whatHappened(),
        german.likelihood() + ": almost certain · " + german.confidence() + ": high",
        german.alternativeViews(), "Scale still wins", german.likelihood() + ": unlikely",
        german.indicator() + ": Anthropic publishes an inference-efficiency result · " + german.threshold()
            + ": at least 2x tokens per joule · " + german.reviewBy() + ": 31. August 2026 · " + german.status() + ": "
            + german.statusWord(SignpostStatus.OPEN),
        german.status() + ": " + german.statusWord(SignpostStatus.TRIGGERED));
    int at = 0;
    for (String text : texts) {
      int found = shown.indexOf(text, at);
      assertThat(found).as("%s after position %d in %s", text, at, shown).isGreaterThanOrEqualTo(0);
      at = found;
    }
  }

  @Test
  void hostileTextInTheModel11PartsStaysText() {
    String hostile = "<script>alert(1)</script><a href=\"https://evil.example\">x</a> &amp;";
    Briefing seed = SeedBriefing.editorialBriefing();
    Briefing briefing = seed.withAlternativeViews(AlternativeView.of(hostile))
        .withWatchItems(seed.watchItems().get(0).withSignposts(Signpost.builder().indicator(hostile).threshold(hostile)
            .build()));
    Document document = EmailPages.parse(EmailRenderer.standard().render(briefing)).document();

    assertThat(document.select("script, a[href*=evil]")).isEmpty();
    assertThat(document.select("body > table").text()).contains("Indicator: " + hostile + " · Threshold: " + hostile)
        .contains(hostile);
  }

  @Test
  void linksOnlyWhatTheLinkPolicyAllows() {
    Briefing briefing = SEED.withMetadata(Metadata.builder().from(SEED.metadata())
        .sources(List.of(Source.of("Safe", URI.create("HTTPS://Example.COM/a/../b")),
            Source.of("Script", URI.create("javascript:alert(1)")))).build());

    Document document = EmailPages.parse(EmailRenderer.standard().render(briefing)).document();

    assertThat(document.select("a[href]").eachAttr("href")).containsExactly("https://example.com/b");
    assertThat(document.select("a").first().attr("style")).contains("text-decoration:underline");
    assertThat(document.text()).contains("Script");
  }

  @Test
  void writesOnlyTheSectionsOfTheOptions() {
    EmailRenderer teaser = EmailRenderer.builder()
        .options(RenderOptions.builder().sections(EnumSet.of(Section.SIGNAL, Section.WHY_IT_MATTERS)).build()).build();

    String html = teaser.render(SEED);

    assertThat(html).contains("The Signal", "Why It Matters").doesNotContain("What Happened", "The Numbers", "Details");
  }

  @Test
  void aReplacedSectionIsWrittenInItsPlace() {
    EmailRenderer renderer = EmailRenderer.builder()
        .section(Section.THE_NUMBERS, (briefing, out) -> out.row()
            .markup("<p style=\"margin:0;color:#1f1f1f;\">").text(briefing.figures().size() + " <figures>").markup("</p>")
            .endRow())
        .build();

    String html = renderer.render(SEED);

    assertThat(html).contains("<p style=\"margin:0;color:#1f1f1f;\">" + SEED.figures().size() + " &lt;figures&gt;</p>")
        .doesNotContain(SEED.figures().get(0).label());
  }

  @Test
  void anImpactOrderWithoutAWordIsAViolationAtItsPath() {
    Briefing eleventh = SEED.withImpacts(Impact.of(11, "Too far."));

    assertThatThrownBy(() -> EmailRenderer.standard().render(eleventh))
        .isInstanceOf(BriefingValidationException.class).hasMessageContaining("impacts[0].order");
  }

  @Test
  void theSubjectIsTheTitleOnOneLineElseTheStartOfTheSignal() {
    Briefing untitled = SEED.withTitle(java.util.Optional.empty());
    Briefing twoLines = SEED.withTitle("Two\nlines");

    assertThat(EmailRenderer.standard().email(twoLines).subject()).isEqualTo("Two lines");
    assertThat(EmailRenderer.standard().email(untitled).subject()).hasSizeLessThanOrEqualTo(120)
        .isEqualTo(EmailRenderer.standard().email(untitled).subject().strip());
    assertThat(EmailPages.parse(EmailRenderer.standard().render(untitled)).document().title())
        .isEqualTo(EmailRenderer.standard().email(untitled).subject());
  }
}
