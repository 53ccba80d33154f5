package dev.briefing.chat.internal.slack;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * Writes a message payload as Block Kit JSON: {@code text} for notifications (read without
 * formatting, {@code "mrkdwn": false}) and the blocks. Every mrkdwn text object is
 * {@code verbatim}, so Slack does not turn bare addresses, channel names or mentions in user
 * text into links.
 */
public final class PayloadWriter {

  private PayloadWriter() {}

  /**
   * @param message the message
   * @param json where to write it
   * @throws IOException when the output fails
   */
  public static void write(SlackMessages.Message message, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("text", message.fallbackText());
    json.writeBooleanField("mrkdwn", false);
    json.writeArrayFieldStart("blocks");
    for (Block block : message.blocks()) {
      block(block, json);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void block(Block block, JsonGenerator json) throws IOException {
    json.writeStartObject();
    if (block instanceof Block.Header header) {
      json.writeStringField("type", "header");
      json.writeFieldName("text");
      json.writeStartObject();
      json.writeStringField("type", "plain_text");
      json.writeStringField("text", header.plainText());
      json.writeBooleanField("emoji", false);
      json.writeEndObject();
    } else if (block instanceof Block.Section section) {
      json.writeStringField("type", "section");
      if (section.text().isPresent()) {
        json.writeFieldName("text");
        mrkdwn(section.text().get(), json);
      }
      if (!section.fields().isEmpty()) {
        json.writeArrayFieldStart("fields");
        for (String field : section.fields()) {
          mrkdwn(field, json);
        }
        json.writeEndArray();
      }
    } else if (block instanceof Block.Context context) {
      json.writeStringField("type", "context");
      json.writeArrayFieldStart("elements");
      for (String element : context.elements()) {
        mrkdwn(element, json);
      }
      json.writeEndArray();
    } else {
      json.writeStringField("type", "divider");
    }
    json.writeEndObject();
  }

  private static void mrkdwn(String text, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("type", "mrkdwn");
    json.writeStringField("text", text);
    json.writeBooleanField("verbatim", true);
    json.writeEndObject();
  }
}
