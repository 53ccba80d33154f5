package dev.briefing.web.internal;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerationException;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * A JSON-P generator that writes compact JSON exactly as Parsson's default generator does (the
 * same escapes, numbers and separators), without looking a provider up. {@code
 * jakarta.json.spi.JsonProvider} starts {@code java.util.logging} as it loads, which cost a
 * one-briefing run of the command line more than writing the whole HTML page. Not thread-safe,
 * as no generator is.
 *
 * <pre>{@code
 * try (JsonGenerator json = new CompactJsonGenerator(writer)) {
 *   json.writeStartObject().write("@type", "Person").write("name", "Ada").writeEnd();
 * }   // {"@type":"Person","name":"Ada"}
 * }</pre>
 */
public final class CompactJsonGenerator implements JsonGenerator {

  /** Written to the writer when this much is buffered, as Parsson's buffer is. */
  private static final int BUFFER = 4096;

  private enum Scope { NONE, OBJECT, FIELD, ARRAY }

  /** Where the generator is: a scope, and whether anything was written in it yet. */
  private static final class Context {
    final Scope scope;
    boolean first = true;

    Context(Scope scope) {
      this.scope = scope;
    }
  }

  private final Writer writer;
  private final StringBuilder buffer = new StringBuilder(256);
  private final Deque<Context> stack = new ArrayDeque<>();
  private Context context = new Context(Scope.NONE);
  private boolean closed;

  /** @param writer where the JSON goes; {@link #close()} closes it */
  public CompactJsonGenerator(Writer writer) {
    this.writer = writer;
  }

  @Override
  public JsonGenerator writeStartObject() {
    return start(Scope.OBJECT, '{');
  }

  @Override
  public JsonGenerator writeStartObject(String name) {
    return startNamed(name, Scope.OBJECT, '{');
  }

  @Override
  public JsonGenerator writeStartArray() {
    return start(Scope.ARRAY, '[');
  }

  @Override
  public JsonGenerator writeStartArray(String name) {
    return startNamed(name, Scope.ARRAY, '[');
  }

  @Override
  public JsonGenerator writeKey(String name) {
    inObject();
    name(name);
    stack.push(context);
    context = new Context(Scope.FIELD);
    context.first = false;
    return this;
  }

  @Override
  public JsonGenerator write(String name, JsonValue value) {
    inObject();
    switch (value.getValueType()) {
      case ARRAY:
        writeStartArray(name);
        for (JsonValue child : (JsonArray) value) {
          write(child);
        }
        writeEnd();
        break;
      case OBJECT:
        writeStartObject(name);
        for (Map.Entry<String, JsonValue> member : ((JsonObject) value).entrySet()) {
          write(member.getKey(), member.getValue());
        }
        writeEnd();
        break;
      case STRING:
        write(name, ((JsonString) value).getString());
        break;
      case NUMBER:
        named(name, value.toString());
        break;
      case TRUE:
        named(name, "true");
        break;
      case FALSE:
        named(name, "false");
        break;
      default:
        named(name, "null");
        break;
    }
    return this;
  }

  @Override
  public JsonGenerator write(String name, String value) {
    inObject();
    name(name);
    escaped(value);
    return this;
  }

  @Override
  public JsonGenerator write(String name, BigInteger value) {
    return named(name, String.valueOf(value));
  }

  @Override
  public JsonGenerator write(String name, BigDecimal value) {
    return named(name, String.valueOf(value));
  }

  @Override
  public JsonGenerator write(String name, int value) {
    return named(name, Integer.toString(value));
  }

  @Override
  public JsonGenerator write(String name, long value) {
    return named(name, Long.toString(value));
  }

  @Override
  public JsonGenerator write(String name, double value) {
    inObject();
    return named(name, finite(value));
  }

  @Override
  public JsonGenerator write(String name, boolean value) {
    return named(name, value ? "true" : "false");
  }

  @Override
  public JsonGenerator writeNull(String name) {
    return named(name, "null");
  }

  @Override
  public JsonGenerator writeEnd() {
    if (context.scope == Scope.NONE) {
      throw new JsonGenerationException("writeEnd() cannot be called in no context");
    }
    buffer.append(context.scope == Scope.ARRAY ? ']' : '}');
    context = stack.pop();
    endField();
    return spill();
  }

  @Override
  public JsonGenerator write(JsonValue value) {
    valueAllowed();
    switch (value.getValueType()) {
      case ARRAY:
        writeStartArray();
        for (JsonValue child : (JsonArray) value) {
          write(child);
        }
        writeEnd();
        break;
      case OBJECT:
        writeStartObject();
        for (Map.Entry<String, JsonValue> member : ((JsonObject) value).entrySet()) {
          write(member.getKey(), member.getValue());
        }
        writeEnd();
        break;
      case STRING:
        write(((JsonString) value).getString());
        break;
      case NUMBER:
        value(((JsonNumber) value).toString());
        break;
      case TRUE:
        value("true");
        break;
      case FALSE:
        value("false");
        break;
      default:
        value("null");
        break;
    }
    return this;
  }

  @Override
  public JsonGenerator write(String value) {
    valueAllowed();
    comma();
    escaped(value);
    endField();
    return spill();
  }

  @Override
  public JsonGenerator write(BigDecimal value) {
    valueAllowed();
    return value(value.toString());
  }

  @Override
  public JsonGenerator write(BigInteger value) {
    valueAllowed();
    return value(value.toString());
  }

  @Override
  public JsonGenerator write(int value) {
    valueAllowed();
    return value(Integer.toString(value));
  }

  @Override
  public JsonGenerator write(long value) {
    valueAllowed();
    return value(Long.toString(value));
  }

  @Override
  public JsonGenerator write(double value) {
    valueAllowed();
    return value(finite(value));
  }

  @Override
  public JsonGenerator write(boolean value) {
    valueAllowed();
    return value(value ? "true" : "false");
  }

  @Override
  public JsonGenerator writeNull() {
    valueAllowed();
    return value("null");
  }

  @Override
  public void flush() {
    drain();
    try {
      writer.flush();
    } catch (IOException e) {
      throw new JsonException("I/O error while flushing the generated JSON", e);
    }
  }

  /** @throws JsonGenerationException when the JSON is not one complete value */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    if (context.scope != Scope.NONE || context.first) {
      throw new JsonGenerationException("Generating incomplete JSON: close() before the value is complete");
    }
    drain();
    try {
      writer.close();
    } catch (IOException e) {
      throw new JsonException("I/O error while closing the generated JSON's writer", e);
    }
    closed = true;
  }

  private JsonGenerator start(Scope scope, char open) {
    if (context.scope == Scope.OBJECT) {
      throw illegal();
    }
    if (context.scope == Scope.NONE && !context.first) {
      throw new JsonGenerationException("A generator writes one JSON value, and one is written already");
    }
    comma();
    buffer.append(open);
    stack.push(context);
    context = new Context(scope);
    return this;
  }

  private JsonGenerator startNamed(String name, Scope scope, char open) {
    inObject();
    name(name);
    buffer.append(open);
    stack.push(context);
    context = new Context(scope);
    return this;
  }

  /** A member whose value is written as it is: a number, a literal. */
  private JsonGenerator named(String name, String literal) {
    inObject();
    name(name);
    buffer.append(literal);
    return spill();
  }

  /** A value in an array, after a key, or the whole JSON, written as it is. */
  private JsonGenerator value(String literal) {
    comma();
    buffer.append(literal);
    endField();
    return spill();
  }

  private void name(String name) {
    comma();
    escaped(name);
    buffer.append(':');
  }

  private void comma() {
    if (!context.first && context.scope != Scope.FIELD) {
      buffer.append(',');
    }
    context.first = false;
  }

  /** After the value of a {@link #writeKey(String)}, back in its object. */
  private void endField() {
    if (context.scope == Scope.FIELD) {
      context = stack.pop();
    }
  }

  private void inObject() {
    if (context.scope != Scope.OBJECT) {
      throw illegal();
    }
  }

  private void valueAllowed() {
    boolean afterFirst = !context.first && context.scope != Scope.ARRAY && context.scope != Scope.FIELD;
    if (afterFirst || (context.first && context.scope == Scope.OBJECT)) {
      throw illegal();
    }
  }

  private JsonGenerationException illegal() {
    return new JsonGenerationException("Illegal method in " + context.scope + " context");
  }

  private static String finite(double value) {
    if (Double.isInfinite(value) || Double.isNaN(value)) {
      throw new NumberFormatException("JSON has no infinite or NaN numbers");
    }
    return String.valueOf(value);
  }

  /** The string in quotes, escaped where JSON requires and nowhere else, as Parsson escapes. */
  private void escaped(CharSequence text) {
    buffer.append('"');
    int plain = 0;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\') {
        continue;
      }
      buffer.append(text, plain, i);
      plain = i + 1;
      switch (c) {
        case '"':
        case '\\':
          buffer.append('\\').append(c);
          break;
        case '\b':
          buffer.append("\\b");
          break;
        case '\f':
          buffer.append("\\f");
          break;
        case '\n':
          buffer.append("\\n");
          break;
        case '\r':
          buffer.append("\\r");
          break;
        case '\t':
          buffer.append("\\t");
          break;
        default:
          String hex = Integer.toHexString(c);
          buffer.append("\\u").append("0000", hex.length(), 4).append(hex);
          break;
      }
    }
    buffer.append(text, plain, length).append('"');
    spill();
  }

  private JsonGenerator spill() {
    if (buffer.length() >= BUFFER) {
      drain();
    }
    return this;
  }

  private void drain() {
    if (buffer.length() == 0) {
      return;
    }
    try {
      writer.append(buffer);
    } catch (IOException e) {
      throw new JsonException("I/O error while writing the generated JSON", e);
    }
    buffer.setLength(0);
  }
}
