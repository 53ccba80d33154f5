package dev.briefing.benchmarks.baseline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.briefing.core.Briefing;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Source;
import dev.briefing.core.WatchItem;
import java.io.UncheckedIOException;

/**
 * A Slack message and an Adaptive Card as a user would first write them: a Jackson
 * {@code ObjectNode} tree built by hand and serialised by an {@code ObjectMapper}, with the
 * same blocks and elements as the slack and adaptive-card formats but none of their work
 * (only {@code & < >} replaced for Slack, no formatting breakers, no Markdown escapes, no
 * limits, no splitting, no size fitting).
 *
 * <pre>{@code
 * String payload = ChatObjectTree.slack(briefing);
 * String card = ChatObjectTree.card(briefing);
 * }</pre>
 */
public final class ChatObjectTree {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ChatObjectTree() {}

  /** @return one Slack message payload for the briefing */
  public static String slack(Briefing briefing) {
    ObjectNode payload = MAPPER.createObjectNode();
    payload.put("text", slackText(briefing.title().orElse(briefing.signal())));
    ArrayNode blocks = payload.putArray("blocks");
    briefing.title().ifPresent(title -> blocks.addObject().put("type", "header")
        .putObject("text").put("type", "plain_text").put("text", title));
    section(blocks, "*The Signal*\n" + slackText(briefing.signal()));
    section(blocks, "*What Happened*\n" + slackText(briefing.whatHappened()));
    StringBuilder impacts = new StringBuilder("*Why It Matters*");
    for (Impact impact : briefing.impacts()) {
      impacts.append("\n\n*Order ").append(impact.order()).append(":* ").append(slackText(impact.text()));
    }
    section(blocks, impacts.toString());
    ObjectNode numbers = blocks.addObject().put("type", "section");
    numbers.putObject("text").put("type", "mrkdwn").put("text", "*The Numbers*");
    ArrayNode fields = numbers.putArray("fields");
    for (Figure figure : briefing.figures()) {
      fields.addObject().put("type", "mrkdwn")
          .put("text", "*" + slackText(figure.value()) + "*\n" + slackText(figure.label()));
    }
    StringBuilder watch = new StringBuilder("*What To Watch*");
    for (WatchItem item : briefing.watchItems()) {
      watch.append("\n\n*").append(slackText(item.title())).append("*\n").append(slackText(item.description()));
    }
    section(blocks, watch.toString());
    if (!briefing.metadata().sources().isEmpty()) {
      ArrayNode elements = blocks.addObject().put("type", "context").putArray("elements");
      for (Source source : briefing.metadata().sources()) {
        elements.addObject().put("type", "mrkdwn").put("text", "<" + source.url() + "|" + slackText(source.title()) + ">");
      }
    }
    return write(payload);
  }

  /** @return one Adaptive Card 1.5 for the briefing */
  public static String card(Briefing briefing) {
    ObjectNode card = MAPPER.createObjectNode().put("type", "AdaptiveCard")
        .put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json").put("version", "1.5");
    ArrayNode body = card.putArray("body");
    briefing.title().ifPresent(title -> textBlock(body, title).put("size", "Large").put("weight", "Bolder"));
    textBlock(container(body, "The Signal"), briefing.signal());
    textBlock(container(body, "What Happened"), briefing.whatHappened());
    ArrayNode impacts = container(body, "Why It Matters");
    for (Impact impact : briefing.impacts()) {
      textBlock(impacts, "**Order " + impact.order() + ":** " + impact.text());
    }
    ArrayNode facts = container(body, "The Numbers").addObject().put("type", "FactSet").putArray("facts");
    for (Figure figure : briefing.figures()) {
      facts.addObject().put("title", figure.value()).put("value", figure.label());
    }
    ArrayNode watch = container(body, "What To Watch");
    for (WatchItem item : briefing.watchItems()) {
      textBlock(watch, "**" + item.title() + "**\n\n" + item.description());
    }
    if (!briefing.metadata().sources().isEmpty()) {
      ArrayNode actions = card.putArray("actions");
      for (Source source : briefing.metadata().sources()) {
        actions.addObject().put("type", "Action.OpenUrl").put("title", source.title()).put("url", source.url().toString());
      }
    }
    return write(card);
  }

  private static void section(ArrayNode blocks, String mrkdwn) {
    blocks.addObject().put("type", "section").putObject("text").put("type", "mrkdwn").put("text", mrkdwn);
  }

  private static ArrayNode container(ArrayNode body, String heading) {
    ArrayNode items = body.addObject().put("type", "Container").putArray("items");
    textBlock(items, heading).put("weight", "Bolder");
    return items;
  }

  private static ObjectNode textBlock(ArrayNode items, String text) {
    return items.addObject().put("type", "TextBlock").put("text", text).put("wrap", true);
  }

  private static String slackText(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String write(ObjectNode tree) {
    try {
      return MAPPER.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
