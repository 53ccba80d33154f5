package dev.briefing.chat.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Slack payloads read back as trees: their mrkdwn text objects in order, for checks that
 * look at every text a briefing became.
 *
 * <pre>{@code
 * List<JsonNode> payloads = SlackPayloads.parse(SlackRenderer.standard().messages(briefing));
 * List<String> texts = SlackPayloads.mrkdwnTexts(payloads);
 * }</pre>
 */
public final class SlackPayloads {

  private static final ObjectMapper JSON = new ObjectMapper();

  private SlackPayloads() {}

  /** @return each payload parsed */
  public static List<JsonNode> parse(List<String> payloads) {
    List<JsonNode> trees = new ArrayList<>();
    for (String payload : payloads) {
      try {
        trees.add(JSON.readTree(payload));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }
    return trees;
  }

  /** @return every mrkdwn text object's text, in message and block order */
  public static List<String> mrkdwnTexts(List<JsonNode> payloads) {
    List<String> texts = new ArrayList<>();
    for (JsonNode payload : payloads) {
      for (JsonNode block : payload.get("blocks")) {
        collect(block, texts);
      }
    }
    return texts;
  }

  private static void collect(JsonNode node, List<String> texts) {
    if (node.isObject() && "mrkdwn".equals(node.path("type").asText())) {
      texts.add(node.get("text").asText());
      return;
    }
    for (JsonNode child : node) {
      collect(child, texts);
    }
  }

  /** @return every header's plain text, in order */
  public static List<String> headers(List<JsonNode> payloads) {
    List<String> headers = new ArrayList<>();
    for (JsonNode payload : payloads) {
      for (JsonNode block : payload.get("blocks")) {
        if (block.get("type").asText().equals("header")) {
          headers.add(block.get("text").get("text").asText());
        }
      }
    }
    return headers;
  }
}
