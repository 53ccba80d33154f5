package dev.briefing.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.Briefing;
import dev.briefing.core.testing.BriefingGenerator;
import dev.briefing.kit.Section;
import dev.briefing.render.testing.Samples;
import java.io.StringWriter;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A page bound for a writer is rendered into a buffer first: it must be the page a string gets. */
class HtmlWriterTargetTest {

  static Stream<Briefing> briefings() {
    // The generator's first three include a 1 MB briefing, larger than the buffer kept between pages.
    return Stream.concat(Stream.of(Samples.seedWithDetails()), BriefingGenerator.validBriefings(40, 11));
  }

  @ParameterizedTest
  @MethodSource("briefings")
  void writerGetsThePageAStringGetsPageAfterPage(Briefing briefing) {
    HtmlRenderer html = HtmlRenderer.standard();
    StringWriter out = new StringWriter();

    html.render(briefing, out);
    html.render(Samples.seedWithDetails(), out);

    assertThat(out.toString()).isEqualTo(html.render(briefing) + html.render(Samples.seedWithDetails()));
  }

  @Test
  void sectionWriterThatRendersAPageOntoAWriterOnTheSameThreadKeepsBothPagesWhole() {
    HtmlRenderer inner = HtmlRenderer.builder().jsonLd(false).build();
    HtmlRenderer outer = HtmlRenderer.builder()
        .section(Section.THE_NUMBERS, (briefing, out) -> {
          StringWriter nested = new StringWriter();
          inner.render(briefing, nested);
          out.markup("<p>").text(Integer.toString(nested.toString().length())).markup("</p>\n");
        })
        .build();
    Briefing briefing = Samples.seedWithDetails();
    StringWriter out = new StringWriter();

    outer.render(briefing, out);

    assertThat(out.toString()).isEqualTo(outer.render(briefing))
        .contains("<p>" + inner.render(briefing).length() + "</p>\n");
  }
}
