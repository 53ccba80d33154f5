package dev.briefing.json.internal.wire;

import java.io.IOException;

/**
 * A writer that leaves out the braces of the outermost object written to it: for Jackson's
 * polymorphic typing, which writes them itself around the type id ({@code {"@class": "...",
 * ...}}) and wants only the properties in between.
 */
public final class WithoutOuterObject implements WireWriter {

  private final WireWriter w;
  private int depth;

  public WithoutOuterObject(WireWriter w) {
    this.w = w;
  }

  @Override
  public void beginObject() throws IOException {
    if (depth++ > 0) {
      w.beginObject();
    }
  }

  @Override
  public void endObject() throws IOException {
    if (--depth > 0) {
      w.endObject();
    }
  }

  @Override
  public void beginArray() throws IOException {
    depth++;
    w.beginArray();
  }

  @Override
  public void endArray() throws IOException {
    depth--;
    w.endArray();
  }

  @Override
  public void name(String name) throws IOException {
    w.name(name);
  }

  @Override
  public void string(String value) throws IOException {
    w.string(value);
  }

  @Override
  public void string(char[] chars, int offset, int length) throws IOException {
    w.string(chars, offset, length);
  }

  @Override
  public void number(int value) throws IOException {
    w.number(value);
  }

  @Override
  public void rawNumber(String text) throws IOException {
    w.rawNumber(text);
  }

  @Override
  public void bool(boolean value) throws IOException {
    w.bool(value);
  }

  @Override
  public void nullValue() throws IOException {
    w.nullValue();
  }

  @Override
  public void lineEnd() throws IOException {
    w.lineEnd();
  }

  @Override
  public void flush() throws IOException {
    w.flush();
  }

  @Override
  public void close() throws IOException {
    w.close();
  }
}
