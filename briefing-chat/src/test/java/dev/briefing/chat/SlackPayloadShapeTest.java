package dev.briefing.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.chat.testing.LargestBriefings;
import dev.briefing.chat.testing.NodeOracle;
import dev.briefing.core.Briefing;
import dev.briefing.core.testing.BriefingGenerator;
import dev.briefing.core.testing.SeedBriefing;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Slack payloads type-checked by the TypeScript compiler against {@code KnownBlock} of Slack's
 * own {@code @slack/types}: each payload is an object literal that must satisfy the type, so a
 * misspelt field, an unknown block or a wrong value is an error.
 */
class SlackPayloadShapeTest {

  @Test
  void payloadsOfTheSeedGeneratedAndLargestBriefingsAreKnownBlocks() {
    List<Briefing> briefings = Stream.concat(
        Stream.of(SeedBriefing.briefing(), LargestBriefings.prose()),
        BriefingGenerator.validBriefings(200, 31L)).toList();
    List<String> payloads = briefings.stream().flatMap(b -> SlackRenderer.standard().messages(b).stream()).toList();

    assertThat(NodeOracle.run("check-slack.js", payloads)).as("TypeScript diagnostics").isEmpty();
  }

  @Test
  void theTypeCheckFindsAPayloadThatIsNotBlockKit() {
    String wrong = "{\"text\":\"x\",\"mrkdwn\":false,\"blocks\":[{\"type\":\"section\",\"txt\":{\"type\":\"mrkdwn\",\"text\":\"x\"}}]}";

    assertThat(NodeOracle.run("check-slack.js", List.of(wrong))).isNotEmpty();
  }
}
