package dev.briefing.jackson${jackson.line}.internal;

import ${jackson.core}.SerializableString;
import ${jackson.core}.io.SerializedString;
import dev.briefing.json.internal.WireNames;

/**
 * The format's property names as Jackson ${jackson.line} matches them on its buffer
 * ({@code ${jackson.nextName}(SerializableString)}), made once: found by the name's own
 * instance, in a table open-addressed by its hash, so that a look-up costs less than the
 * symbol-table look-up it saves.
 *
 * <pre>{@code
 * SerializableString key = NameKeys.of(WireNames.LABEL); // null for any other instance
 * }</pre>
 */
final class NameKeys {

  // More than twice as many slots as names, so a probe ends after a slot or two.
  private static final int MASK = 127;
  private static final String[] NAMES = new String[MASK + 1];
  private static final SerializableString[] KEYS = new SerializableString[MASK + 1];

  static {
    if (WireNames.ALL.size() * 2 > MASK) {
      throw new IllegalStateException("too many property names for the table: " + WireNames.ALL.size());
    }
    for (String name : WireNames.ALL) {
      int i = name.hashCode() & MASK;
      while (NAMES[i] != null) {
        i = (i + 1) & MASK;
      }
      SerializableString key = new SerializedString(name);
      // Quoted here, in the class's initialisation, rather than lazily by whichever thread first
      // reads the name: every thread then sees the whole key.
      key.asQuotedChars();
      NAMES[i] = name;
      KEYS[i] = key;
    }
  }

  private NameKeys() {}

  /**
   * @param name one of {@link WireNames}' constants
   * @return its key, or null for a name that is not that very instance
   */
  static SerializableString of(String name) {
    for (int i = name.hashCode() & MASK; NAMES[i] != null; i = (i + 1) & MASK) {
      if (NAMES[i] == name) {
        return KEYS[i];
      }
    }
    return null;
  }
}
