package dev.briefing.json.internal;

import java.util.List;

/** The wording of read errors, in one place so every binding says the same thing. */
public final class Problems {

  private static final int SHOWN = 40;

  private Problems() {}

  /** @return e.g. {@code expected a string but was NUMBER} */
  public static String expected(String what, String actual) {
    return "expected " + what + " but was " + actual;
  }

  /** @return e.g. {@code unknown property 'valu'; expected one of value, label, ...} */
  public static String unknownProperty(String name, List<String> known) {
    return "unknown property '" + shorten(name) + "'; expected one of " + String.join(", ", known);
  }

  public static String duplicateProperty(String name) {
    return "duplicate property '" + shorten(name) + "'";
  }

  public static String missingProperty(String name) {
    return "missing required property '" + name + "'";
  }

  public static String trailingContent(String actual) {
    return "expected end of input after the briefing but was " + actual;
  }

  public static String quantityDisagrees(String part, String expected, String value, String actual) {
    return "quantity does not agree with value \"" + shorten(value) + "\": expected " + part + " "
        + expected + " but was " + actual;
  }

  public static String quantityWithoutValue(String value) {
    return "quantity given, but value \"" + shorten(value) + "\" is not written as a quantity; omit quantity";
  }

  /** @return the text, cut to a length that fits in a message */
  public static String shorten(String text) {
    return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "...";
  }
}
