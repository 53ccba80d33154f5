package dev.briefing.chat.internal.card;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes the Adaptive Card 1.5 elements this format uses, each as compact JSON through
 * Jackson's generator; larger elements take smaller ones as already written values, so the
 * size of a card is known from the sizes of its parts.
 */
public final class CardJson {

  /** The version written; the newest Microsoft Teams renders. */
  public static final String VERSION = "1.5";
  static final String SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json";

  private static final JsonFactory JSON = new JsonFactory();

  private CardJson() {}

  /** How a text block looks. */
  public enum Look { TITLE, HEADING, BODY, NOTE }

  @FunctionalInterface
  private interface Body {
    void write(JsonGenerator json) throws IOException;
  }

  private static String write(Body body) {
    StringWriter out = new StringWriter(256);
    try (JsonGenerator json = JSON.createGenerator(out)) {
      body.write(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * @param markdown the text, already escaped
   * @param look how it looks
   * @return a {@code TextBlock} that wraps
   */
  public static String textBlock(String markdown, Look look) {
    return write(json -> {
      json.writeStartObject();
      json.writeStringField("type", "TextBlock");
      json.writeStringField("text", markdown);
      json.writeBooleanField("wrap", true);
      switch (look) {
        case TITLE -> {
          json.writeStringField("size", "Large");
          json.writeStringField("weight", "Bolder");
          json.writeStringField("style", "heading");
        }
        case HEADING -> {
          json.writeStringField("weight", "Bolder");
          json.writeStringField("style", "heading");
        }
        case NOTE -> json.writeBooleanField("isSubtle", true);
        default -> { }
      }
      json.writeEndObject();
    });
  }

  /**
   * @param title the fact's title, already escaped
   * @param value its value, already escaped
   * @return one fact of a {@code FactSet}
   */
  public static String fact(String title, String value) {
    return write(json -> {
      json.writeStartObject();
      json.writeStringField("title", title);
      json.writeStringField("value", value);
      json.writeEndObject();
    });
  }

  /**
   * @param facts facts from {@link #fact}
   * @return a {@code FactSet}
   */
  public static String factSet(List<String> facts) {
    return write(json -> {
      json.writeStartObject();
      json.writeStringField("type", "FactSet");
      raws("facts", facts, json);
      json.writeEndObject();
    });
  }

  /**
   * @param items written elements
   * @return a {@code Container} of them
   */
  public static String container(List<String> items) {
    return write(json -> {
      json.writeStartObject();
      json.writeStringField("type", "Container");
      raws("items", items, json);
      json.writeEndObject();
    });
  }

  /**
   * @param title the button's words, plain text (action titles are not Markdown)
   * @param url a checked address
   * @return an {@code Action.OpenUrl}
   */
  public static String openUrl(String title, String url) {
    return write(json -> {
      json.writeStartObject();
      json.writeStringField("type", "Action.OpenUrl");
      json.writeStringField("title", title);
      json.writeStringField("url", url);
      json.writeEndObject();
    });
  }

  /**
   * @param body written elements
   * @param actions written actions; none leaves out {@code actions}
   * @return the card
   */
  public static String card(List<String> body, List<String> actions) {
    return write(json -> {
      json.writeStartObject();
      json.writeStringField("type", "AdaptiveCard");
      json.writeStringField("$schema", SCHEMA);
      json.writeStringField("version", VERSION);
      raws("body", body, json);
      if (!actions.isEmpty()) {
        raws("actions", actions, json);
      }
      json.writeEndObject();
    });
  }

  private static void raws(String name, List<String> values, JsonGenerator json) throws IOException {
    json.writeArrayFieldStart(name);
    for (String value : values) {
      json.writeRawValue(value);
    }
    json.writeEndArray();
  }
}
