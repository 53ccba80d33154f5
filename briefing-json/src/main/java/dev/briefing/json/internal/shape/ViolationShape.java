package dev.briefing.json.internal.shape;

import dev.briefing.core.Violation;
import dev.briefing.json.internal.WireNames;
import java.io.IOException;

/**
 * A validation violation, for error responses: {@code {"path": "impacts[1].text", "message":
 * "must not be blank"}}. Not part of a briefing document.
 */
public final class ViolationShape {

  private static final Properties PROPERTIES = Properties.of(WireNames.VIOLATION, WireNames.PATH, WireNames.MESSAGE);

  private ViolationShape() {}

  /** @return the violation whose object the reader is on */
  public static Violation read(WireInput in) throws IOException {
    String[] parts = new String[2];
    Properties.Walk walk = PROPERTIES.walk(in.versionNotExpected(), "a violation object");
    for (int index = walk.next(); index >= 0; index = walk.next()) {
      parts[index] = in.string();
    }
    return Violation.of(parts[0], parts[1]);
  }

  public static void write(Violation violation, WireOutput out) throws IOException {
    out.w.beginObject();
    out.property(WireNames.PATH, violation.path());
    out.property(WireNames.MESSAGE, violation.message());
    out.w.endObject();
  }
}
