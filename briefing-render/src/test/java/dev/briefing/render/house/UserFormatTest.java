package dev.briefing.render.house;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.format.FormatRegistry;
import dev.briefing.core.testing.SeedBriefing;
import dev.briefing.kit.SectionLabels;
import org.junit.jupiter.api.Test;

class UserFormatTest {

  static final String SEED_IN_HOUSE_STYLE = "THE SIGNAL: " + SeedBriefing.briefing().signal() + "\n"
      + "1. [First-order] " + SeedBriefing.briefing().impacts().get(0).text() + "\n"
      + "2. [Second-order] " + SeedBriefing.briefing().impacts().get(1).text() + "\n"
      + "3. [Third-order] " + SeedBriefing.briefing().impacts().get(2).text() + "\n"
      + "* $72.3B (72.3 billion USD) Total capital raised by Anthropic to date\n"
      + "* $380B (380 billion USD) Anthropic’s valuation as of February 2026\n"
      + "* 2,300–5,000 (2.3 thousand–5 thousand) Estimated employee count at Anthropic\n";

  @Test
  void formatRegisteredInCodeIsFoundBesideTheBuiltInOnes() {
    FormatRegistry formats = FormatRegistry.loadDefault().with(new HouseStyleFormat());
    assertThat(formats.names()).contains("house", "html", "markdown", "text");
    assertThat(formats.byMediaType("text/x-house").renderer().orElseThrow().render(SeedBriefing.briefing()))
        .isEqualTo(SEED_IN_HOUSE_STYLE);
    assertThat(formats.forFileName("weekly.house").name()).isEqualTo("house");
  }

  @Test
  void houseRendererReusesTheLabelsOfAnotherLanguage() {
    String german = new HouseStyleRenderer(SectionLabels.german()).render(SeedBriefing.briefing());
    assertThat(german).startsWith("DAS SIGNAL: ").contains("2. [Zweite Ordnung] ")
        .contains("* $72.3B (72,3 Milliarden USD) ");
  }
}
