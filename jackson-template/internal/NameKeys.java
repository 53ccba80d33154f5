package dev.briefing.jackson${jackson.line}.internal;

import ${jackson.core}.SerializableString;
import ${jackson.core}.io.SerializedString;
import dev.briefing.json.internal.WireNames;
import java.util.HashMap;
import java.util.Map;

/**
 * The format's property names as Jackson ${jackson.line} matches them on its buffer
 * ({@code ${jackson.nextName}(SerializableString)}), made once and found by the name's own
 * instance: the shapes ask with {@link WireNames}' constants, and any other instance is a name
 * no shape expects. Looked up by the name's cached hash and then held to the instance, rather
 * than in an identity map: with the quick compiler alone, which runs most of a short batch, a
 * batch of 10,000 briefings took 1.24 s instead of 1.26 s (three runs each); with the
 * optimising compiler the two are the same.
 *
 * <pre>{@code
 * SerializableString key = NameKeys.of(WireNames.LABEL); // null for any other instance
 * }</pre>
 */
final class NameKeys {

  /** Filled in the class's initialisation and never changed, so every thread sees it whole. */
  private static final Map<String, SerializableString> KEYS = new HashMap<>();

  static {
    for (String name : WireNames.ALL) {
      SerializableString key = new SerializedString(name);
      // Quoted here rather than lazily by whichever thread first reads the name: every thread
      // then sees the whole key.
      key.asQuotedChars();
      KEYS.put(name, key);
    }
  }

  private NameKeys() {}

  /**
   * @param name one of {@link WireNames}' constants
   * @return its key, or null for a name that is not that very instance
   */
  static SerializableString of(String name) {
    SerializableString key = KEYS.get(name);
    return key != null && key.getValue() == name ? key : null;
  }
}
