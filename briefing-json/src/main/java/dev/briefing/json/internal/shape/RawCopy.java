package dev.briefing.json.internal.shape;

import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.Location;
import dev.briefing.json.internal.JsonPathText;
import dev.briefing.json.internal.compact.CompactWriter;
import dev.briefing.json.internal.wire.JsonEngine;
import dev.briefing.json.internal.wire.Token;
import dev.briefing.json.internal.wire.WireReader;
import dev.briefing.json.internal.wire.WireWriter;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Copies one JSON value token by token, numbers as their text: a kept unknown value comes back
 * byte for byte ({@code 1e400} stays {@code 1e400}, {@code -0.0} stays {@code -0.0}), whatever
 * the backend would make of it as a number.
 */
public final class RawCopy {

  private RawCopy() {}

  /**
   * @param from on the value's first token; left on its last
   * @param to where the value goes
   */
  public static void copy(WireReader from, WireWriter to) throws IOException {
    int depth = 0;
    Token token = from.current();
    while (true) {
      switch (token) {
        case BEGIN_OBJECT:
          to.beginObject();
          depth++;
          break;
        case BEGIN_ARRAY:
          to.beginArray();
          depth++;
          break;
        case END_OBJECT:
          to.endObject();
          depth--;
          break;
        case END_ARRAY:
          to.endArray();
          depth--;
          break;
        case NAME:
          to.name(from.currentName());
          break;
        case STRING:
          to.string(from.text());
          break;
        case INTEGER:
        case DECIMAL:
          to.rawNumber(from.text());
          break;
        case TRUE:
          to.bool(true);
          break;
        case FALSE:
          to.bool(false);
          break;
        default:
          to.nullValue();
          break;
      }
      if (depth == 0) {
        return;
      }
      token = from.next();
    }
  }

  /**
   * @param pointer where the value goes, for the error
   * @param raw the value's JSON text
   * @param engine reads it
   * @return the same value as compact JSON
   * @throws BriefingFormatException when {@code raw} is not exactly one JSON value
   */
  public static String normalize(String pointer, String raw, JsonEngine engine) {
    String path;
    try {
      path = JsonPathText.fromPointer(pointer);
    } catch (IllegalArgumentException e) {
      path = JsonPathText.ROOT;
    }
    try (WireReader r = engine.reader(raw, true)) {
      if (r.next() == null) {
        throw new BriefingFormatException(Location.unknown().withPath(path), "expected a JSON value but was nothing");
      }
      String compact = toCompact(r);
      if (r.next() != null) {
        throw new BriefingFormatException(Location.unknown().withPath(path), "expected one JSON value but more follows it");
      }
      return compact;
    } catch (BriefingFormatException e) {
      if (e.location().path().orElse("").equals(path)) {
        throw e;
      }
      throw new BriefingFormatException(Location.unknown().withPath(path), "not a JSON value: " + e.problem(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("a string cannot fail", e);
    }
  }

  /**
   * @param from on the value's first token; left on its last
   * @return the value as compact JSON
   */
  public static String toCompact(WireReader from) throws IOException {
    CompactWriter out = new CompactWriter();
    copy(from, out);
    return out.toString();
  }
}
