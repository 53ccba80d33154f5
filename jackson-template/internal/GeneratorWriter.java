package dev.briefing.jackson${jackson.line}.internal;

import ${jackson.core}.JsonGenerator;
import ${jackson.WriteExceptionImport};
import dev.briefing.json.internal.wire.WireWriter;
import java.io.IOException;

/** The token writer over a Jackson ${jackson.line} generator: ours, or the one a user's mapper hands to a serializer. */
public final class GeneratorWriter implements WireWriter {

  private final JsonGenerator g;

  public GeneratorWriter(JsonGenerator g) {
    this.g = g;
  }

  @Override
  public void beginObject() throws IOException {
    try {
      g.writeStartObject();
    } catch (${jackson.WriteException} e) {
      throw IoFailures.unwrap(e);
    }
  }

  @Override
  public void endObject() throws IOException {
    try {
      g.writeEndObject();
    } catch (${jackson.WriteException} e) {
      throw IoFailures.unwrap(e);
    }
  }

  @Override
  public void beginArray() throws IOException {
    try {
      g.writeStartArray();
    } catch (${jackson.WriteException} e) {
      throw IoFailures.unwrap(e);
    }
  }

  @Override
  public void endArray() throws IOException {
    try {
      g.writeEndArray();
    } catch (${jackson.WriteException} e) {
      throw IoFailures.unwrap(e);
    }
  }

  @Override
  public void name(String name) throws IOException {
    try {
      g.${jackson.writeName}(name);
    } catch (${jackson.WriteException} e) {
      throw IoFailures.unwrap(e);
    }
  }

  @Override
  public void string(String value) throws IOException {
    try {
      g.writeString(value);
    } catch (${jackson.WriteException} e) {
      throw IoFailures.unwrap(e);
    }
  }

  @Override
  public void string(char[] chars, int offset, int length) throws IOException {
    try {
      g.writeString(chars, offset, length);
    } catch (${jackson.WriteException} e) {
      throw IoFailures.unwrap(e);
    }
  }

  @Override
  public void number(int value) throws IOException {
    try {
      g.writeNumber(value);
    } catch (${jackson.WriteException} e) {
      throw IoFailures.unwrap(e);
    }
  }

  @Override
  public void rawNumber(String text) throws IOException {
    try {
      g.writeNumber(text);
    } catch (${jackson.WriteException} e) {
      throw IoFailures.unwrap(e);
    }
  }

  @Override
  public void bool(boolean value) throws IOException {
    try {
      g.writeBoolean(value);
    } catch (${jackson.WriteException} e) {
      throw IoFailures.unwrap(e);
    }
  }

  @Override
  public void nullValue() throws IOException {
    try {
      g.writeNull();
    } catch (${jackson.WriteException} e) {
      throw IoFailures.unwrap(e);
    }
  }

  @Override
  public void lineEnd() throws IOException {
    try {
      g.writeRaw('\n');
    } catch (${jackson.WriteException} e) {
      throw IoFailures.unwrap(e);
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      g.flush();
    } catch (${jackson.WriteException} e) {
      throw IoFailures.unwrap(e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      g.close();
    } catch (${jackson.WriteException} e) {
      throw IoFailures.unwrap(e);
    }
  }
}
