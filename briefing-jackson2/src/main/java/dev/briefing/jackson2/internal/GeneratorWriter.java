package dev.briefing.jackson2.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.briefing.json.internal.wire.WireWriter;
import java.io.IOException;

/** The token writer over a Jackson 2 generator: ours, or the one a user's mapper hands to a serializer. */
public final class GeneratorWriter implements WireWriter {

  private final JsonGenerator g;

  public GeneratorWriter(JsonGenerator g) {
    this.g = g;
  }

  @Override
  public void beginObject() throws IOException {
    g.writeStartObject();
  }

  @Override
  public void endObject() throws IOException {
    g.writeEndObject();
  }

  @Override
  public void beginArray() throws IOException {
    g.writeStartArray();
  }

  @Override
  public void endArray() throws IOException {
    g.writeEndArray();
  }

  @Override
  public void name(String name) throws IOException {
    g.writeFieldName(name);
  }

  @Override
  public void string(String value) throws IOException {
    g.writeString(value);
  }

  @Override
  public void string(char[] chars, int offset, int length) throws IOException {
    g.writeString(chars, offset, length);
  }

  @Override
  public void number(int value) throws IOException {
    g.writeNumber(value);
  }

  @Override
  public void rawNumber(String text) throws IOException {
    g.writeNumber(text);
  }

  @Override
  public void bool(boolean value) throws IOException {
    g.writeBoolean(value);
  }

  @Override
  public void nullValue() throws IOException {
    g.writeNull();
  }

  @Override
  public void lineEnd() throws IOException {
    g.writeRaw('\n');
  }

  @Override
  public void flush() throws IOException {
    g.flush();
  }

  @Override
  public void close() throws IOException {
    g.close();
  }
}
