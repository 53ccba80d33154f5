package dev.briefing.benchmarks.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.benchmarks.OurFormats;
import dev.briefing.benchmarks.Workload;
import dev.briefing.core.Briefing;
import org.junit.jupiter.api.Test;

/** The jte email baseline writes what the email format writes for the seed, escaped as HTML. */
class JteEmailTest {
  private final JteEmail jte = new JteEmail();

  @Test
  void writesEveryParagraphAndFigureOfTheSeedInTheFormatsInlineStyles() {
    Briefing seed = Workload.SEED.briefing();
    String ours = OurFormats.renderer("email").render(seed);

    String baseline = jte.render(seed);

    for (String paragraph : PageText.paragraphs(seed.whatHappened())) {
      assertThat(baseline).contains(paragraph);
      assertThat(ours).contains(paragraph);
    }
    seed.figures().forEach(figure -> assertThat(baseline).contains(">" + figure.value() + "</td>"));
    String figureCell = "<td width=\"160\" valign=\"top\" style=\"";
    assertThat(baseline.substring(baseline.indexOf(figureCell), baseline.indexOf(figureCell) + 200))
        .isEqualTo(ours.substring(ours.indexOf(figureCell), ours.indexOf(figureCell) + 200));
  }

  @Test
  void escapesTextForHtml() {
    Briefing hostile = Workload.SEED.briefing().withTitle("<b>R&D</b>");

    assertThat(jte.render(hostile)).contains("&lt;b&gt;R&amp;D&lt;/b&gt;").doesNotContain("<b>R");
  }
}
