package dev.briefing.json.internal.wire;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;

/**
 * A push writer of JSON tokens, the one thing the wire shape needs to write: the Jackson 2 and
 * Jackson 3 generators and the compact writer are its backends, and must give the same
 * characters for the same calls (a differential test holds them to it). Escapes are JSON's
 * minimum: {@code \"}, {@code \\}, {@code \b \t \n \f \r} and <code>&#92;u00XX</code> (upper-case
 * hex) for the other controls; everything else is written as itself.
 *
 * <pre>{@code
 * writer.beginObject();
 * writer.name("order");
 * writer.number(1);
 * writer.endObject();
 * }</pre>
 */
public interface WireWriter extends Closeable, Flushable {

  void beginObject() throws IOException;

  void endObject() throws IOException;

  void beginArray() throws IOException;

  void endArray() throws IOException;

  void name(String name) throws IOException;

  void string(String value) throws IOException;

  void string(char[] chars, int offset, int length) throws IOException;

  void number(int value) throws IOException;

  /** Writes a number exactly as {@code text} has it: kept numbers come back byte for byte. */
  void rawNumber(String text) throws IOException;

  void bool(boolean value) throws IOException;

  void nullValue() throws IOException;

  /** Writes a line feed outside any value: the end of an NDJSON line, a pretty document's last character. */
  void lineEnd() throws IOException;
}
