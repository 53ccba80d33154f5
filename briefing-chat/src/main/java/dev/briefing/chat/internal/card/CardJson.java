package dev.briefing.chat.internal.card;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes the Adaptive Card 1.5 elements this format uses through Jackson's generator, each the
 * one way it is written: a whole card in one pass, and a shortened card from parts already
 * written, whose sizes are then known.
 */
public final class CardJson {

  /** The version written; the newest Microsoft Teams renders. */
  public static final String VERSION = "1.5";
  static final String SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json";

  private static final JsonFactory JSON = new JsonFactory();

  private CardJson() {}

  /** How a text block looks. */
  public enum Look { TITLE, HEADING, BODY, NOTE }

  /** What writes one element. */
  @FunctionalInterface
  interface Element {
    void write(JsonGenerator json) throws IOException;
  }

  /**
   * @param out where to write
   * @return a generator that writes compact JSON with nothing between root values
   * @throws IOException never for an in-memory writer
   */
  static JsonGenerator generator(Writer out) throws IOException {
    JsonGenerator json = JSON.createGenerator(out);
    json.setRootValueSeparator(null);
    return json;
  }

  /** @return the element written alone */
  static String string(Element element) {
    CardBuffer out = new CardBuffer(256);
    try (JsonGenerator json = generator(out)) {
      element.write(json);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toString();
  }

  static void textBlock(JsonGenerator json, String markdown, Look look) throws IOException {
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
  }

  static void factSet(JsonGenerator json, List<CardPart.Fact> facts) throws IOException {
    json.writeStartObject();
    json.writeStringField("type", "FactSet");
    json.writeArrayFieldStart("facts");
    for (CardPart.Fact fact : facts) {
      fact(json, fact);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  static void fact(JsonGenerator json, CardPart.Fact fact) throws IOException {
    json.writeStartObject();
    json.writeStringField("title", fact.title());
    json.writeStringField("value", fact.value());
    json.writeEndObject();
  }

  /** Writes a part's {@code Container} with its first texts and facts. */
  static void container(JsonGenerator json, CardPart part, int textCount, int factCount) throws IOException {
    json.writeStartObject();
    json.writeStringField("type", "Container");
    json.writeArrayFieldStart("items");
    if (!part.heading().isEmpty()) {
      textBlock(json, part.heading(), Look.HEADING);
    }
    for (CardPart.TextEntry entry : part.texts().subList(0, textCount)) {
      textBlock(json, entry.markdown(), entry.look());
    }
    if (factCount > 0) {
      factSet(json, part.facts().subList(0, factCount));
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  static void container(JsonGenerator json, List<String> items) throws IOException {
    json.writeStartObject();
    json.writeStringField("type", "Container");
    raws(json, "items", items);
    json.writeEndObject();
  }

  static void openUrl(JsonGenerator json, CardPart.Action action) throws IOException {
    json.writeStartObject();
    json.writeStringField("type", "Action.OpenUrl");
    json.writeStringField("title", action.title());
    json.writeStringField("url", action.url());
    json.writeEndObject();
  }

  /** Writes the card's own fields, before its body. */
  static void cardStart(JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("type", "AdaptiveCard");
    json.writeStringField("$schema", SCHEMA);
    json.writeStringField("version", VERSION);
  }

  /**
   * @param body written elements
   * @param actions written actions; none leaves out {@code actions}
   * @return the card
   */
  static String card(List<String> body, List<String> actions) {
    return string(json -> {
      cardStart(json);
      raws(json, "body", body);
      if (!actions.isEmpty()) {
        raws(json, "actions", actions);
      }
      json.writeEndObject();
    });
  }

  private static void raws(JsonGenerator json, String name, List<String> values) throws IOException {
    json.writeArrayFieldStart(name);
    for (String value : values) {
      json.writeRawValue(value);
    }
    json.writeEndArray();
  }
}
