package dev.briefing.json.internal;

/**
 * JSON paths as error messages show them ({@code $.figures[2].value}, {@code $['odd name']})
 * and their conversion from JSON Pointers ({@code /figures/2/value}), which is how kept unknown
 * properties are addressed.
 */
public final class JsonPathText {

  public static final String ROOT = "$";

  private JsonPathText() {}

  /** Appends a property step: {@code .name} for plain names, {@code ['...']} otherwise. */
  public static StringBuilder appendName(StringBuilder path, String name) {
    if (isPlain(name)) {
      return path.append('.').append(name);
    }
    path.append("['");
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '\'' || c == '\\') {
        path.append('\\');
      }
      if (c < 0x20) {
        path.append(String.format("\\u%04x", (int) c));
      } else {
        path.append(c);
      }
    }
    return path.append("']");
  }

  /** Appends an array step: {@code [index]}. */
  public static StringBuilder appendIndex(StringBuilder path, int index) {
    return path.append('[').append(index).append(']');
  }

  /**
   * @param pointer a JSON Pointer into a briefing document, such as {@code /figures/2/note}
   * @return the same place as a JSON path, such as {@code $.figures[2].note}; tokens of digits
   *     under an array of the format read as indexes
   */
  public static String fromPointer(String pointer) {
    StringBuilder path = new StringBuilder(ROOT);
    String previous = null;
    for (String token : JsonPointers.tokens(pointer)) {
      if (previous != null && isArrayName(previous) && token.matches("0|[1-9][0-9]{0,8}")) {
        appendIndex(path, Integer.parseInt(token));
      } else {
        appendName(path, token);
      }
      previous = token;
    }
    return path.toString();
  }

  private static boolean isArrayName(String name) {
    switch (name) {
      case WireNames.IMPACTS:
      case WireNames.FIGURES:
      case WireNames.WATCH_ITEMS:
      case WireNames.SOURCES:
      case WireNames.AUTHORS:
      case WireNames.TAGS:
        return true;
      default:
        return false;
    }
  }

  private static boolean isPlain(String name) {
    if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0)) || name.charAt(0) > 0x7F) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c > 0x7F || !Character.isJavaIdentifierPart(c)) {
        return false;
      }
    }
    return true;
  }
}
