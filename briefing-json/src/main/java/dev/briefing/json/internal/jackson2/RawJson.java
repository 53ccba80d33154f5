package dev.briefing.json.internal.jackson2;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.Location;
import dev.briefing.json.internal.JsonPathText;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Checks and normalises the raw JSON of kept unknown properties. */
public final class RawJson {

  private static final JsonFactory FACTORY = Factories.create(8_000_000L, 100_000, 32, 1_000, 100, 1_000_000L);

  private RawJson() {}

  /**
   * @param pointer where the value goes, for the error
   * @param raw the value's JSON text
   * @return the same value as compact JSON
   * @throws BriefingFormatException when {@code raw} is not exactly one JSON value
   */
  public static String compact(String pointer, String raw) {
    String path;
    try {
      path = JsonPathText.fromPointer(pointer);
    } catch (IllegalArgumentException e) {
      path = JsonPathText.ROOT;
    }
    try (JsonParser p = FACTORY.createParser(raw)) {
      if (p.nextToken() == null) {
        throw new BriefingFormatException(Location.unknown().withPath(path), "expected a JSON value but was nothing");
      }
      SegmentedStringWriter out = new SegmentedStringWriter(FACTORY._getBufferRecycler());
      try (JsonGenerator g = FACTORY.createGenerator(out)) {
        g.copyCurrentStructure(p);
      }
      if (p.nextToken() != null) {
        throw new BriefingFormatException(Location.unknown().withPath(path),
            "expected one JSON value but more follows it");
      }
      return out.getAndClear();
    } catch (JsonProcessingException e) {
      throw new BriefingFormatException(Location.unknown().withPath(path),
          "not a JSON value: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      // Reading a String does no I/O.
      throw new UncheckedIOException(e);
    }
  }
}
