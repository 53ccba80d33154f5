package dev.briefing.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.Briefing;
import dev.briefing.core.Figure;
import dev.briefing.core.testing.BriefingGenerator;
import dev.briefing.core.testing.SeedBriefing;
import dev.briefing.kit.RenderOptions;
import dev.briefing.kit.Section;
import dev.briefing.kit.SectionLabels;
import dev.briefing.kit.SectionWriter;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** One section written by a writer of one's own, every other exactly as the built-in renderer writes it. */
class HtmlSectionReplacementTest {

  private static NuChecker nu;

  @BeforeAll
  static void startTheChecker() throws Exception {
    nu = new NuChecker();
  }

  /** Figures as a list of cards, user text through the output's escaping. */
  private static final SectionWriter<HtmlOutput> CARDS = (briefing, out) -> {
    out.markup("<section class=\"the-numbers\">\n<ul class=\"cards\">\n");
    for (Figure figure : briefing.figures()) {
      out.markup("<li title=\"").attribute(figure.label()).markup("\">").text(figure.value()).markup("</li>\n");
    }
    out.markup("</ul>\n</section>\n");
  };

  static Stream<Briefing> briefings() {
    return Stream.concat(Stream.of(SeedBriefing.briefing()),
        Stream.concat(BriefingGenerator.validBriefings(30, 41), BriefingGenerator.hostileBriefings(30, 42)));
  }

  @ParameterizedTest
  @MethodSource("briefings")
  void replacingTheNumbersChangesTheNumbersAloneAndTheDocumentStaysValid(Briefing briefing) throws Exception {
    RenderOptions options = RenderOptions.builder().labels(SectionLabels.german()).build();
    HtmlRenderer cards = HtmlRenderer.builder().options(options).section(Section.THE_NUMBERS, CARDS).build();
    String page = cards.render(briefing);

    assertThat(withoutTheNumbers(page)).isEqualTo(withoutTheNumbers(HtmlRenderer.of(options).render(briefing)));
    assertThat(page.contains("<ul class=\"cards\">")).isEqualTo(!briefing.figures().isEmpty());
    assertThat(nu.errors(page)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Section.class)
  void anySectionCanBeReplacedAndIsWrittenOnlyWhenTheBriefingHasIt(Section section) {
    HtmlRenderer marked = HtmlRenderer.builder()
        .options(RenderOptions.builder().fragment(true).build())
        .section(section, (briefing, out) -> out.markup("<p>").text("replaced " + section).markup("</p>\n"))
        .build();
    Briefing seed = SeedBriefing.briefing();

    assertThat(marked.render(seed).contains("replaced " + section)).isEqualTo(section.isPresentIn(seed));
    assertThat(marked.render(seed.withTitle("T"))).contains(section == Section.TITLE ? "replaced TITLE" : "<h1>T</h1>");
  }

  private static String withoutTheNumbers(String page) {
    return page.replaceAll("(?s)<section class=\"the-numbers\">.*?</section>\n", "");
  }
}
