package dev.briefing.editorial.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.briefing.editorial.BriefingDiff;
import dev.briefing.editorial.Change;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * A diff as JSON on one line: {@code {"equal": false, "changes": [{"kind": "changed",
 * "path": "$.signalLikelihood", "subject": ..., "before"?: ..., "after"?: ..., "note"?: ...}]}},
 * written by Jackson's streaming generator.
 */
public final class DiffJson {

  private static final JsonFactory FACTORY = new JsonFactory();

  private DiffJson() {}

  public static String render(BriefingDiff diff) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.writeStartObject();
      json.writeBooleanField("equal", diff.isEmpty());
      json.writeArrayFieldStart("changes");
      for (Change change : diff.changes()) {
        json.writeStartObject();
        json.writeStringField("kind", change.kind().word());
        json.writeStringField("path", change.path());
        json.writeStringField("subject", change.subject());
        optional(json, "before", change.before());
        optional(json, "after", change.after());
        optional(json, "note", change.note());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.append('\n').toString();
  }

  static void optional(JsonGenerator json, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      json.writeStringField(name, value.get());
    }
  }
}
