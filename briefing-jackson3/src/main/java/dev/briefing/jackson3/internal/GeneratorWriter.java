package dev.briefing.jackson3.internal;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;
import dev.briefing.json.internal.wire.WireWriter;
import java.io.IOException;

/** The token writer over a Jackson 3 generator: ours, or the one a user's mapper hands to a serializer. */
public final class GeneratorWriter implements WireWriter {

  private final JsonGenerator g;

  public GeneratorWriter(JsonGenerator g) {
    this.g = g;
  }

  @Override
  public void beginObject() throws IOException {
    try {
      g.writeStartObject();
    } catch (JacksonIOException e) {
      throw IoFailures.unwrap(e);
    }
  }

  @Override
  public void endObject() throws IOException {
    try {
      g.writeEndObject();
    } catch (JacksonIOException e) {
      throw IoFailures.unwrap(e);
    }
  }

  @Override
  public void beginArray() throws IOException {
    try {
      g.writeStartArray();
    } catch (JacksonIOException e) {
      throw IoFailures.unwrap(e);
    }
  }

  @Override
  public void endArray() throws IOException {
    try {
      g.writeEndArray();
    } catch (JacksonIOException e) {
      throw IoFailures.unwrap(e);
    }
  }

  @Override
  public void name(String name) throws IOException {
    try {
      g.writeName(name);
    } catch (JacksonIOException e) {
      throw IoFailures.unwrap(e);
    }
  }

  @Override
  public void string(String value) throws IOException {
    try {
      g.writeString(value);
    } catch (JacksonIOException e) {
      throw IoFailures.unwrap(e);
    }
  }

  @Override
  public void string(char[] chars, int offset, int length) throws IOException {
    try {
      g.writeString(chars, offset, length);
    } catch (JacksonIOException e) {
      throw IoFailures.unwrap(e);
    }
  }

  @Override
  public void number(int value) throws IOException {
    try {
      g.writeNumber(value);
    } catch (JacksonIOException e) {
      throw IoFailures.unwrap(e);
    }
  }

  @Override
  public void rawNumber(String text) throws IOException {
    try {
      g.writeNumber(text);
    } catch (JacksonIOException e) {
      throw IoFailures.unwrap(e);
    }
  }

  @Override
  public void bool(boolean value) throws IOException {
    try {
      g.writeBoolean(value);
    } catch (JacksonIOException e) {
      throw IoFailures.unwrap(e);
    }
  }

  @Override
  public void nullValue() throws IOException {
    try {
      g.writeNull();
    } catch (JacksonIOException e) {
      throw IoFailures.unwrap(e);
    }
  }

  @Override
  public void lineEnd() throws IOException {
    try {
      g.writeRaw('\n');
    } catch (JacksonIOException e) {
      throw IoFailures.unwrap(e);
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      g.flush();
    } catch (JacksonIOException e) {
      throw IoFailures.unwrap(e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      g.close();
    } catch (JacksonIOException e) {
      throw IoFailures.unwrap(e);
    }
  }
}
