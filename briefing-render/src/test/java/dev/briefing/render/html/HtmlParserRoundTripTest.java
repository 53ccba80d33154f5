package dev.briefing.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.Briefing;
import dev.briefing.core.format.ParseResult;
import dev.briefing.core.testing.BriefingGenerator;
import dev.briefing.kit.FigureLayout;
import dev.briefing.kit.RenderOptions;
import dev.briefing.kit.SectionLabels;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The library's own HTML reads back as the briefing it was written from: generated valid
 * briefings, of model 1.0 and with every model 1.1 part, rendered as a document and as a
 * fragment, with figures as a list and as a table, in every label language, and parsed with
 * {@link HtmlParser}.
 */
class HtmlParserRoundTripTest {

  static Stream<Arguments> pages() {
    List<Arguments> all = new ArrayList<>();
    List<Briefing> briefings = Stream.concat(BriefingGenerator.validBriefings(200, 20_261_203L),
        BriefingGenerator.validEditorialBriefings(200, 20_261_204L)).toList();
    int i = 0;
    for (Briefing briefing : briefings) {
      SectionLabels labels = SectionLabels.builtIn().get(i % SectionLabels.builtIn().size());
      boolean fragment = i % 2 == 0;
      FigureLayout layout = (i / 2) % 2 == 0 ? FigureLayout.LIST : FigureLayout.TABLE;
      all.add(Arguments.of(labels.language().toLanguageTag() + (fragment ? " fragment " : " document ") + layout,
          RenderOptions.builder().labels(labels).fragment(fragment).figureLayout(layout).build(), briefing));
      i++;
    }
    return all.stream();
  }

  @Tag("generated-corpus")
  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void readsTheRenderersOutputBackAsTheSameBriefing(String name, RenderOptions options, Briefing briefing) {
    String html = HtmlRenderer.of(options).render(briefing);

    ParseResult result = HtmlParser.standard().read(new StringReader(html));

    assertThat(result.briefing()).as(html).isEqualTo(briefing);
    assertThat(result.warnings()).isEmpty();
    assertThat(result.notes()).singleElement().asString().contains("the library's own HTML");
  }
}
