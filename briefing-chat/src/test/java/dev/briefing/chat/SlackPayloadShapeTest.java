package dev.briefing.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.briefing.chat.testing.LargestBriefings;
import dev.briefing.chat.testing.NodeOracle;
import dev.briefing.core.Briefing;
import dev.briefing.core.testing.BriefingGenerator;
import dev.briefing.core.testing.SeedBriefing;
import java.util.ArrayList;
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
  void payloadsOfTheSeedGeneratedAndLargestBriefingsAreKnownBlocksAndAWrongOneIsNot() {
    List<Briefing> briefings = Stream.concat(
        Stream.of(SeedBriefing.briefing(), SeedBriefing.editorialBriefing(), LargestBriefings.prose()),
        Stream.concat(BriefingGenerator.validBriefings(200, 31L), BriefingGenerator.validEditorialBriefings(200, 32L))).toList();
    List<String> payloads = new ArrayList<>(briefings.stream().flatMap(b -> SlackRenderer.standard().messages(b).stream()).toList());
    // One payload that is not Block Kit, last, proves the check can fail.
    payloads.add("{\"text\":\"x\",\"mrkdwn\":false,\"blocks\":[{\"type\":\"section\",\"txt\":{\"type\":\"mrkdwn\",\"text\":\"x\"}}]}");

    JsonNode diagnostics = NodeOracle.run("check-slack.js", payloads);

    assertThat(diagnostics).as("TypeScript diagnostics").isNotEmpty()
        .allSatisfy(d -> assertThat(d.get("payload").asInt()).as(d.get("message").asText()).isEqualTo(payloads.size() - 1));
  }
}
