package dev.briefing.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.briefing.chat.testing.SlackPayloads;
import dev.briefing.core.Briefing;
import dev.briefing.core.Figure;
import dev.briefing.core.testing.BriefingGenerator;
import dev.briefing.core.testing.SeedBriefing;
import dev.briefing.kit.Section;
import dev.briefing.kit.SectionWriter;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Slack messages' sections replaced through the builder: the rest exactly the golden
 * messages, the replaced section's text escaped and within Slack's limits as the built-in ones.
 */
class SlackSectionTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The figures as lines of text, each value in bold before its label. */
  private static final SectionWriter<SlackOutput> FIGURES_AS_TEXT = (briefing, out) -> {
    out.section("Key <!channel> figures");
    for (Figure figure : briefing.figures()) {
      out.text(figure.value(), figure.label());
    }
  };

  @Test
  void theStandardMessagesAreTheGolden() {
    assertThat(SlackRenderer.standard().render(SeedBriefing.briefing()))
        .isEqualTo(AdaptiveCardSectionTest.golden("seed.slack.json"));
  }

  @Test
  void theSeedsEditorialEditionIsItsGoldenMessages() {
    assertThat(SlackRenderer.standard().render(SeedBriefing.editorialBriefing()))
        .isEqualTo(AdaptiveCardSectionTest.golden("seed-1.1.slack.json"));
  }

  @Test
  void replacingTheNumbersChangesTheirBlockAlone() throws IOException {
    JsonNode messages = JSON.readTree(SlackRenderer.builder().section(Section.THE_NUMBERS, FIGURES_AS_TEXT).build()
        .render(SeedBriefing.briefing()));
    JsonNode expected = JSON.readTree(AdaptiveCardSectionTest.golden("seed.slack.json"));
    ArrayNode blocks = (ArrayNode) expected.get(0).get("blocks");
    int numbers = blockHeaded(blocks, "*The Numbers*");
    JsonNode replaced = messages.get(0).get("blocks").get(numbers);
    blocks.set(numbers, replaced);

    assertThat(messages).isEqualTo(expected);
    assertThat(replaced.get("text").get("text").asText()).isEqualTo("*Key &lt;!channel&gt; figures*\n"
        + "*$72.3B* Total capital raised by Anthropic to date\n\n*$380B* Anthropic’s valuation as of February 2026\n\n"
        + "*2,300–5,000* Estimated employee count at Anthropic");
  }

  @Test
  void aReplacedSectionKeepsEveryLimitForTheLargestBriefings() {
    SlackRenderer slack = SlackRenderer.builder().section(Section.THE_NUMBERS, FIGURES_AS_TEXT).build();
    List<Briefing> briefings = BriefingGenerator.hostileBriefings(40, 23L).toList();
    for (Briefing briefing : briefings) {
      for (JsonNode message : SlackPayloads.parse(slack.messages(briefing))) {
        assertThat(message.get("blocks").size()).isLessThanOrEqualTo(50);
        for (JsonNode block : message.get("blocks")) {
          if (block.has("text")) {
            assertThat(block.get("text").get("text").asText().length()).isLessThanOrEqualTo(3_000);
          }
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Section.class)
  void anySectionCanBeReplacedAndIsWrittenOnlyWhenTheBriefingHasIt(Section section) {
    SlackRenderer marked = SlackRenderer.builder()
        .section(section, (briefing, out) -> out.section("Replaced").text("replaced " + section.ordinal()))
        .build();
    Briefing seed = SeedBriefing.briefing();

    assertThat(marked.render(seed).contains("replaced " + section.ordinal())).isEqualTo(section.isPresentIn(seed));
    assertThat(marked.render(seed.withTitle("T"))).contains(section == Section.TITLE ? "replaced 0" : "\"header\"");
  }

  @Test
  void aReplacedSectionLinksOnlyWhatTheLinkPolicyAllows() {
    String messages = SlackRenderer.builder()
        .section(Section.SIGNAL, (briefing, out) -> out.section("Read").link("Here", URI.create("javascript:alert(1)"))
            .link("There", URI.create("https://news.example/a?b=1&c=2")))
        .build().render(SeedBriefing.briefing());

    assertThat(messages).contains("There <https://news.example/a?b=1&amp;c=2|news.example>")
        .contains("Here: javascript:alert(1)").doesNotContain("<javascript");
  }

  private static int blockHeaded(JsonNode blocks, String heading) {
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i).has("text") && blocks.get(i).get("text").get("text").asText().startsWith(heading)) {
        return i;
      }
    }
    throw new AssertionError("no block headed " + heading);
  }
}
