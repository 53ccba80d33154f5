package dev.briefing.json.internal.shape;

import dev.briefing.json.internal.Problems;
import java.io.IOException;
import java.util.List;

/**
 * The properties of one wire object, in write order, and which of them are required: the
 * rules every object of the format reads by, stated once. {@link #read} walks an object's
 * names, refuses repeats, hands each known one to the object's body by its index, leaves the
 * unknown ones to the read's policy, and names the first missing required property.
 */
final class Properties {

  /** Reads the value of the known property at {@code index}; the reader is on its name. */
  @FunctionalInterface
  interface Body {
    void read(int index) throws IOException;
  }

  private final String[] names;
  private final List<String> known;
  private final int required;

  private Properties(List<String> known, int required) {
    this.names = known.toArray(new String[0]);
    this.known = known;
    this.required = required;
  }

  /**
   * @param known the names in write order, as messages list them
   * @param required the names that must be present
   */
  static Properties of(List<String> known, String... required) {
    int mask = 0;
    for (String name : required) {
      int index = known.indexOf(name);
      if (index < 0) {
        throw new IllegalArgumentException(name + " is not one of " + known);
      }
      mask |= 1 << index;
    }
    return new Properties(known, mask);
  }

  /**
   * Reads the object the reader is on (or, inside databind, whose first name it is on).
   *
   * @param what the object expected, for the message: "an impact object"
   * @param body reads each known property's value
   */
  void readObject(WireInput in, String what, Body body) throws IOException {
    read(in, in.objectStart(what, names[0]), body);
  }

  /**
   * @param in the read, on the object's first name (or past its end when it is empty)
   * @param firstName what {@link WireInput#objectStart(String, String)} returned
   * @param body reads each known property's value
   */
  void read(WireInput in, String firstName, Body body) throws IOException {
    int seen = 0;
    int expected = 0;
    for (String name = firstName; name != null;
        name = in.reader().nextName(expected < names.length ? names[expected] : null)) {
      int index = indexOf(name, expected);
      if (index < 0) {
        in.unknown(name, known);
        continue;
      }
      int bit = 1 << index;
      if ((seen & bit) != 0) {
        throw in.reader().error(Problems.duplicateProperty(name));
      }
      seen |= bit;
      expected = index + 1;
      body.read(index);
    }
    int missing = required & ~seen;
    if (missing != 0) {
      throw in.reader().error(Problems.missingProperty(
          names[Integer.numberOfTrailingZeros(missing)]));
    }
  }

  /**
   * Documents the format wrote list their properties in write order, so {@link #read} tells the
   * reader to expect the name after the last one read (which it then matches on its buffer), and
   * our own parsers hand out interned names, the very instances of {@link #names}: that name is
   * then found by one reference compare. Any other name, order or parser falls back to equals.
   */
  private int indexOf(String name, int expected) {
    for (int i = expected; i < names.length; i++) {
      if (names[i] == name) {
        return i;
      }
    }
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
