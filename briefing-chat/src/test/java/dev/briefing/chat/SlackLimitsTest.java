package dev.briefing.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.briefing.chat.testing.LargestBriefings;
import dev.briefing.chat.testing.SlackPayloads;
import dev.briefing.core.Briefing;
import dev.briefing.core.testing.BriefingGenerator;
import dev.briefing.core.testing.SeedBriefing;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every limit of Slack's Block Kit reference (https://docs.slack.dev/reference/block-kit/blocks)
 * holds for every message of the seed, of generated briefings (valid and hostile) and of the
 * largest valid briefings, in prose and in characters that escape to many.
 */
class SlackLimitsTest {

  static Stream<Arguments> briefings() {
    return Stream.of(
        Arguments.of("seed", List.of(SeedBriefing.briefing())),
        Arguments.of("generated", BriefingGenerator.validBriefings(300, 21L).toList()),
        Arguments.of("hostile", BriefingGenerator.hostileBriefings(200, 22L).toList()),
        Arguments.of("seed 1.1", List.of(SeedBriefing.editorialBriefing())),
        Arguments.of("generated 1.1", BriefingGenerator.validEditorialBriefings(300, 23L).toList()),
        Arguments.of("hostile 1.1", BriefingGenerator.hostileEditorialBriefings(200, 24L).toList()),
        Arguments.of("largest prose", List.of(LargestBriefings.prose())),
        Arguments.of("largest markup", List.of(LargestBriefings.markup())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("briefings")
  void everyMessageKeepsEveryDocumentedLimit(String name, List<Briefing> briefings) {
    for (Briefing briefing : briefings) {
      List<JsonNode> messages = SlackPayloads.parse(SlackRenderer.standard().messages(briefing));
      assertThat(messages).isNotEmpty();
      for (JsonNode message : messages) {
        assertThat(message.get("text").asText()).as("notification text").isNotBlank().hasSizeLessThanOrEqualTo(3_000);
        JsonNode blocks = message.get("blocks");
        assertThat(blocks.size()).as("blocks").isBetween(1, 50);
        for (JsonNode block : blocks) {
          checkBlock(block);
        }
      }
    }
  }

  private static void checkBlock(JsonNode block) {
    switch (block.get("type").asText()) {
      case "header" -> {
        assertThat(block.get("text").get("type").asText()).isEqualTo("plain_text");
        assertThat(block.get("text").get("text").asText()).isNotEmpty().hasSizeLessThanOrEqualTo(150);
      }
      case "section" -> {
        assertThat(block.has("text") || block.has("fields")).as("a section has text or fields").isTrue();
        if (block.has("text")) {
          assertThat(block.get("text").get("text").asText()).isNotEmpty().hasSizeLessThanOrEqualTo(3_000);
        }
        if (block.has("fields")) {
          assertThat(block.get("fields").size()).isBetween(1, 10);
          block.get("fields").forEach(f -> assertThat(f.get("text").asText()).isNotEmpty().hasSizeLessThanOrEqualTo(2_000));
        }
      }
      case "context" -> {
        assertThat(block.get("elements").size()).isBetween(1, 10);
        block.get("elements").forEach(e -> assertThat(e.get("text").asText()).isNotEmpty().hasSizeLessThanOrEqualTo(3_000));
      }
      case "divider" -> assertThat(block.size()).isEqualTo(1);
      default -> throw new AssertionError("unexpected block " + block);
    }
  }
}
