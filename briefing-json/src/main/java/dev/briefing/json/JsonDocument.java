package dev.briefing.json;

import dev.briefing.core.Briefing;
import dev.briefing.json.internal.shape.RawCopy;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A briefing together with the properties a lenient read did not know, so that they come back
 * out when the document is written again. The model has no place for them; this is it.
 *
 * <p>Each unknown property is addressed by the JSON Pointer it was read at (such as
 * {@code /figures/2/note}) and holds its value as compact JSON text. On write it goes after
 * the known properties of the object its pointer's parent names; a pointer whose object the
 * briefing no longer has (say, a figure that was removed) makes the write fail whole.
 *
 * <pre>{@code
 * BriefingJson lenient = BriefingJson.create().lenient();
 * JsonDocument doc = lenient.readDocument(text);
 * doc.unknown();                                   // {/figures/0/note="\"estimate\""}
 * JsonDocument edited = doc.withBriefing(doc.briefing().withTitle("New title"));
 * String out = lenient.write(edited);              // the note is still there
 * }</pre>
 */
public final class JsonDocument {

  private final Briefing briefing;
  private final Map<String, String> unknown;

  private JsonDocument(Briefing briefing, Map<String, String> unknown) {
    this.briefing = briefing;
    this.unknown = unknown;
  }

  /**
   * @param briefing the briefing
   * @return a document with no unknown properties
   */
  public static JsonDocument of(Briefing briefing) {
    return new JsonDocument(Objects.requireNonNull(briefing, "briefing"), Map.of());
  }

  /**
   * @param briefing the briefing
   * @param unknown raw JSON values by JSON Pointer, in the order to write them
   * @return the document
   * @throws dev.briefing.core.BriefingFormatException when a value is not exactly one JSON value
   */
  public static JsonDocument of(Briefing briefing, Map<String, String> unknown) {
    Objects.requireNonNull(briefing, "briefing");
    Map<String, String> copy = new LinkedHashMap<>();
    unknown.forEach((pointer, raw) -> copy.put(
        Objects.requireNonNull(pointer, "pointer"),
        RawCopy.normalize(pointer, Objects.requireNonNull(raw, "raw"), BriefingJson.create().engine())));
    return new JsonDocument(briefing, Collections.unmodifiableMap(copy));
  }

  /** A document of what a read kept: the values are compact JSON already. */
  static JsonDocument ofKept(Briefing briefing, Map<String, String> unknown) {
    return new JsonDocument(briefing, Collections.unmodifiableMap(unknown));
  }

  /** @return the briefing */
  public Briefing briefing() {
    return briefing;
  }

  /** @return the unknown properties: compact JSON text by JSON Pointer, in document order; unmodifiable */
  public Map<String, String> unknown() {
    return unknown;
  }

  /**
   * @param briefing the new briefing
   * @return this document's unknown properties with another briefing
   */
  public JsonDocument withBriefing(Briefing briefing) {
    return new JsonDocument(Objects.requireNonNull(briefing, "briefing"), unknown);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JsonDocument
        && briefing.equals(((JsonDocument) other).briefing)
        && unknown.equals(((JsonDocument) other).unknown);
  }

  @Override
  public int hashCode() {
    return briefing.hashCode() * 31 + unknown.hashCode();
  }

  @Override
  public String toString() {
    return "JsonDocument{briefing=" + briefing + ", unknown=" + unknown + "}";
  }
}
