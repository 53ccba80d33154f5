package dev.briefing.jackson${jackson.line}.internal;

import ${jackson.core}.SerializableString;
import ${jackson.core}.io.SerializedString;
import dev.briefing.json.internal.WireNames;
import java.util.List;

/**
 * The format's property names as Jackson ${jackson.line} matches them on its buffer
 * ({@code ${jackson.nextName}(SerializableString)}), made once and found by the name's index in
 * {@link WireNames#ALL}, which the shapes hand over: an array load per property rather than a
 * hash of the name. (Timed against the hash map it replaces, the large briefing's read is the
 * same within error; the index is kept because it is the simpler of the two.)
 *
 * <pre>{@code
 * SerializableString key = NameKeys.of(WireNames.ALL.indexOf(WireNames.LABEL));
 * }</pre>
 */
final class NameKeys {

  /** Filled in the class's initialisation and never changed, so every thread sees it whole. */
  private static final SerializableString[] KEYS;

  static {
    List<String> names = WireNames.ALL;
    KEYS = new SerializableString[names.size()];
    for (int i = 0; i < KEYS.length; i++) {
      SerializableString key = new SerializedString(names.get(i));
      // Quoted here rather than lazily by whichever thread first reads the name: every thread
      // then sees the whole key.
      key.asQuotedChars();
      KEYS[i] = key;
    }
  }

  private NameKeys() {}

  /**
   * @param index a name's index in {@link WireNames#ALL}
   * @return its key, whose {@code getValue()} is the very instance of {@link WireNames#ALL}
   */
  static SerializableString of(int index) {
    return KEYS[index];
  }
}
