package dev.briefing.benchmarks.baseline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.briefing.core.Briefing;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Source;
import dev.briefing.core.WatchItem;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The same Slack message and Adaptive Card as {@link ChatObjectTree}, written by hand-written
 * {@link JsonGenerator} code: the practical floor for a Jackson-based writer of these shapes,
 * again with none of the formats' escaping, limits or fitting.
 *
 * <pre>{@code
 * String payload = ChatStreamingWriter.slack(briefing);
 * String card = ChatStreamingWriter.card(briefing);
 * }</pre>
 */
public final class ChatStreamingWriter {

  private static final JsonFactory FACTORY = new JsonFactory();

  private ChatStreamingWriter() {}

  @FunctionalInterface
  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private static String write(Body body) {
    StringBuilderWriter out = new StringBuilderWriter(8192);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** @return one Slack message payload for the briefing */
  public static String slack(Briefing b) {
    return write(g -> {
      g.writeStartObject();
      g.writeStringField("text", slackText(b.title().orElse(b.signal())));
      g.writeArrayFieldStart("blocks");
      if (b.title().isPresent()) {
        g.writeStartObject();
        g.writeStringField("type", "header");
        g.writeObjectFieldStart("text");
        g.writeStringField("type", "plain_text");
        g.writeStringField("text", b.title().get());
        g.writeEndObject();
        g.writeEndObject();
      }
      section(g, "*The Signal*\n" + slackText(b.signal()));
      section(g, "*What Happened*\n" + slackText(b.whatHappened()));
      StringBuilder impacts = new StringBuilder("*Why It Matters*");
      for (Impact impact : b.impacts()) {
        impacts.append("\n\n*Order ").append(impact.order()).append(":* ").append(slackText(impact.text()));
      }
      section(g, impacts.toString());
      g.writeStartObject();
      g.writeStringField("type", "section");
      mrkdwn(g, "text", "*The Numbers*");
      g.writeArrayFieldStart("fields");
      for (Figure figure : b.figures()) {
        mrkdwn(g, null, "*" + slackText(figure.value()) + "*\n" + slackText(figure.label()));
      }
      g.writeEndArray();
      g.writeEndObject();
      StringBuilder watch = new StringBuilder("*What To Watch*");
      for (WatchItem item : b.watchItems()) {
        watch.append("\n\n*").append(slackText(item.title())).append("*\n").append(slackText(item.description()));
      }
      section(g, watch.toString());
      if (!b.metadata().sources().isEmpty()) {
        g.writeStartObject();
        g.writeStringField("type", "context");
        g.writeArrayFieldStart("elements");
        for (Source source : b.metadata().sources()) {
          mrkdwn(g, null, "<" + source.url() + "|" + slackText(source.title()) + ">");
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  /** @return one Adaptive Card 1.5 for the briefing */
  public static String card(Briefing b) {
    return write(g -> {
      g.writeStartObject();
      g.writeStringField("type", "AdaptiveCard");
      g.writeStringField("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
      g.writeStringField("version", "1.5");
      g.writeArrayFieldStart("body");
      if (b.title().isPresent()) {
        textBlock(g, b.title().get(), "Large");
      }
      startContainer(g, "The Signal");
      textBlock(g, b.signal(), null);
      endContainer(g);
      startContainer(g, "What Happened");
      textBlock(g, b.whatHappened(), null);
      endContainer(g);
      startContainer(g, "Why It Matters");
      for (Impact impact : b.impacts()) {
        textBlock(g, "**Order " + impact.order() + ":** " + impact.text(), null);
      }
      endContainer(g);
      startContainer(g, "The Numbers");
      g.writeStartObject();
      g.writeStringField("type", "FactSet");
      g.writeArrayFieldStart("facts");
      for (Figure figure : b.figures()) {
        g.writeStartObject();
        g.writeStringField("title", figure.value());
        g.writeStringField("value", figure.label());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      endContainer(g);
      startContainer(g, "What To Watch");
      for (WatchItem item : b.watchItems()) {
        textBlock(g, "**" + item.title() + "**\n\n" + item.description(), null);
      }
      endContainer(g);
      g.writeEndArray();
      if (!b.metadata().sources().isEmpty()) {
        g.writeArrayFieldStart("actions");
        for (Source source : b.metadata().sources()) {
          g.writeStartObject();
          g.writeStringField("type", "Action.OpenUrl");
          g.writeStringField("title", source.title());
          g.writeStringField("url", source.url().toString());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    });
  }

  private static void section(JsonGenerator g, String text) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", "section");
    mrkdwn(g, "text", text);
    g.writeEndObject();
  }

  private static void mrkdwn(JsonGenerator g, String field, String text) throws IOException {
    if (field != null) {
      g.writeFieldName(field);
    }
    g.writeStartObject();
    g.writeStringField("type", "mrkdwn");
    g.writeStringField("text", text);
    g.writeEndObject();
  }

  private static void startContainer(JsonGenerator g, String heading) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", "Container");
    g.writeArrayFieldStart("items");
    g.writeStartObject();
    g.writeStringField("type", "TextBlock");
    g.writeStringField("text", heading);
    g.writeBooleanField("wrap", true);
    g.writeStringField("weight", "Bolder");
    g.writeEndObject();
  }

  private static void endContainer(JsonGenerator g) throws IOException {
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void textBlock(JsonGenerator g, String text, String size) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", "TextBlock");
    g.writeStringField("text", text);
    g.writeBooleanField("wrap", true);
    if (size != null) {
      g.writeStringField("size", size);
      g.writeStringField("weight", "Bolder");
    }
    g.writeEndObject();
  }

  private static String slackText(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
