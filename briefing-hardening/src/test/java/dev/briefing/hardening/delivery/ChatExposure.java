package dev.briefing.hardening.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.briefing.chat.testing.CardText;
import dev.briefing.chat.testing.MrkdwnReader;
import dev.briefing.chat.testing.SlackPayloads;
import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingValidator;
import dev.briefing.core.format.FormatRegistry;
import dev.briefing.hardening.support.Printable;
import dev.briefing.kit.SafeLinks;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Puts one briefing through the chat formats, found by name as a user finds them, and reads
 * the output structurally: Slack text objects with {@link MrkdwnReader} (no formatting,
 * mention or link from user text; links only to the briefing's sources the kit's link policy
 * allows), card
 * texts with {@link CardText} (commonmark-java: plain text and the format's own bold leads
 * only), card actions (only {@code Action.OpenUrl} to those sources). For a valid briefing the
 * hostile text must also be shown, character for character apart from white space.
 *
 * <pre>{@code
 * ChatExposure.check(TextField.SIGNAL.put(BenignBriefing.create(), text), text);
 * }</pre>
 */
final class ChatExposure {

  private static final FormatRegistry FORMATS = FormatRegistry.loadDefault();
  private static final BriefingValidator VALIDATOR = BriefingValidator.standard();
  private static final ObjectMapper JSON = new ObjectMapper();

  private ChatExposure() {}

  static void check(Briefing briefing, String text) {
    boolean valid = VALIDATOR.validate(briefing).isEmpty();
    Set<String> sources = new HashSet<>();
    // The kit's link policy says which addresses may be links; here it only names them, the
    // assertions below check that nothing else is linked.
    briefing.metadata().sources().forEach(s -> SafeLinks.of(s.url())
        .ifPresent(url -> sources.add(url.toLowerCase(java.util.Locale.ROOT))));
    checkSlack(briefing, valid ? text : null, sources);
    checkCard(briefing, valid ? text : null, sources);
  }

  private static void checkSlack(Briefing briefing, String shownText, Set<String> sources) {
    JsonNode messages = tree(FORMATS.renderer("slack").render(briefing));
    List<JsonNode> payloads = new java.util.ArrayList<>();
    messages.forEach(payloads::add);
    StringBuilder shown = new StringBuilder(String.join("\n", SlackPayloads.headers(payloads)));
    for (String mrkdwn : SlackPayloads.mrkdwnTexts(payloads)) {
      MrkdwnReader.Reading reading = MrkdwnReader.read(mrkdwn);
      assertThat(reading.problems()).as("Slack markup for text %s in %s", printable(shownText), mrkdwn).isEmpty();
      assertThat(reading.links()).as("Slack links").allSatisfy(l -> assertThat(sources).contains(l.toLowerCase(java.util.Locale.ROOT)));
      shown.append('\n').append(reading.visible());
    }
    for (JsonNode payload : payloads) {
      String fallback = payload.get("text").asText();
      assertThat(fallback).as("notification text").doesNotContain("<", ">");
    }
    if (shownText != null) {
      assertThat(squeeze(shown.toString())).as("Slack shows %s", printable(shownText)).contains(squeeze(shownText));
    }
  }

  private static void checkCard(Briefing briefing, String shownText, Set<String> sources) {
    JsonNode card = tree(FORMATS.renderer("adaptive-card").render(briefing));
    StringBuilder shown = new StringBuilder();
    for (JsonNode block : card.findParents("type")) {
      String type = block.get("type").asText();
      if (type.equals("TextBlock")) {
        shown.append('\n').append(read(block.get("text").asText(), shownText));
      } else if (type.equals("FactSet")) {
        for (JsonNode fact : block.get("facts")) {
          shown.append('\n').append(read(fact.get("title").asText(), shownText));
          shown.append('\n').append(read(fact.get("value").asText(), shownText));
        }
      } else if (type.startsWith("Action.")) {
        assertThat(type).isEqualTo("Action.OpenUrl");
        assertThat(sources).as("card action").contains(block.get("url").asText().toLowerCase(java.util.Locale.ROOT));
        shown.append('\n').append(block.get("title").asText());
      } else {
        assertThat(type).isIn("AdaptiveCard", "Container");
      }
    }
    if (shownText != null) {
      // Markdown does not show white space at a line's start; the rest must be there.
      assertThat(squeeze(shown.toString())).as("card shows %s", printable(shownText)).contains(squeeze(shownText));
    }
  }

  private static String read(String markdown, String shownText) {
    CardText.Reading reading = CardText.read(markdown);
    assertThat(reading.problems()).as("card Markdown for text %s in %s", printable(shownText), markdown).isEmpty();
    return reading.visible();
  }

  private static JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String printable(String text) {
    return text == null ? "(invalid briefing)" : Printable.of(text);
  }

  private static String squeeze(String text) {
    return text.replaceAll("[\\s\\u2028\\u2029\\u0085]+", "");
  }
}
