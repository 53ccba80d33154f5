package dev.briefing.json.internal.shape;

import dev.briefing.json.internal.Problems;
import dev.briefing.json.internal.WireNames;
import java.io.IOException;
import java.util.List;

/**
 * The properties of one wire object, in write order, and which of them are required: the
 * rules every object of the format reads by, stated once. A {@link Walk} goes through an
 * object's names, refuses repeats, hands each known one to the shape by its index, leaves the
 * unknown ones to the read's policy, and names the first missing required property:
 *
 * <pre>{@code
 * Properties.Walk walk = PROPERTIES.walk(in, "a figure object");
 * for (int index = walk.next(); index >= 0; index = walk.next()) {
 *   switch (index) { ... } // reads the value of the property at index
 * }
 * }</pre>
 *
 * <p>The shape runs the loop, rather than handing a body to a loop here, so that each shape
 * keeps what it reads in plain locals: no holder arrays, no lambda or body object per object
 * read, and no call site that every shape's body goes through.
 */
final class Properties {

  private final String[] names;
  /** Each name's index in {@link WireNames#ALL}, which the reader is told to expect. */
  private final int[] ids;
  private final List<String> known;
  private final int required;

  private Properties(List<String> known, int required) {
    this.names = known.toArray(new String[0]);
    this.ids = new int[names.length];
    for (int i = 0; i < names.length; i++) {
      ids[i] = WireNames.ALL.indexOf(names[i]);
      if (ids[i] < 0) {
        throw new IllegalArgumentException(names[i] + " is not one of WireNames.ALL");
      }
    }
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
   * Starts the walk over the object the reader is on (or, inside databind, whose first name it
   * is on).
   *
   * @param what the object expected, for the message: "an impact object"
   * @return the walk, before its first property
   */
  Walk walk(WireInput in, String what) throws IOException {
    return new Walk(this, in, in.objectStart(what, ids[0]));
  }

  /**
   * Documents the format wrote list their properties in write order, so a walk tells the reader
   * to expect the name after the last one read (which it then matches on its buffer), and our
   * own parsers hand out interned names, the very instances of {@link #names}: that name is then
   * found by one reference compare. Any other name, order or parser falls back to equals.
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

  /** One object's properties, in the order the document has them. */
  static final class Walk {
    private final Properties properties;
    private final WireInput in;
    /** The name the reader is on before the first {@link #next()}: null for an empty object. */
    private final String first;
    private boolean started;
    private int seen;
    /** The index of the property most likely next: the one after the last read. */
    private int expected;

    private Walk(Properties properties, WireInput in, String first) {
      this.properties = properties;
      this.in = in;
      this.first = first;
    }

    /**
     * @return the index of the next known property, the reader on its name (its value is the
     *     shape's to read); or -1 after the last, once every required property was seen
     */
    int next() throws IOException {
      String name;
      if (started) {
        name = nextName();
      } else {
        started = true;
        name = first;
      }
      while (name != null) {
        int index = properties.indexOf(name, expected);
        if (index >= 0) {
          int bit = 1 << index;
          if ((seen & bit) != 0) {
            throw in.reader().error(Problems.duplicateProperty(name));
          }
          seen |= bit;
          expected = index + 1;
          return index;
        }
        in.unknown(name, properties.known);
        name = nextName();
      }
      int missing = properties.required & ~seen;
      if (missing != 0) {
        throw in.reader().error(Problems.missingProperty(
            properties.names[Integer.numberOfTrailingZeros(missing)]));
      }
      return -1;
    }

    private String nextName() throws IOException {
      int[] ids = properties.ids;
      return in.reader().nextName(expected < ids.length ? ids[expected] : -1);
    }
  }
}
