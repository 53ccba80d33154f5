package dev.briefing.spring.internal;

import java.util.regex.Pattern;

/**
 * Writes a JSON path the way the library's own messages do: {@code $}, {@code .name} for plain
 * names, {@code ['odd name']} otherwise (quote, backslash and control characters escaped), {@code [i]} for array elements counting from 0.
 *
 * <pre>{@code
 * new JsonPathBuilder().name("figures").index(2).name("value").toString(); // $.figures[2].value
 * }</pre>
 */
public final class JsonPathBuilder {

  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

  private final StringBuilder path = new StringBuilder("$");

  /** Starts at the document's root, {@code $}. */
  public JsonPathBuilder() {}

  /**
   * @param name a property name
   * @return this builder, one property deeper
   */
  public JsonPathBuilder name(String name) {
    if (PLAIN.matcher(name).matches()) {
      path.append('.').append(name);
    } else {
      path.append("['");
      name.chars().forEach(c -> {
        if (c == '\'' || c == '\\') {
          path.append('\\').append((char) c);
        } else if (c < 0x20) {
          // A control character in a name is shown, never sent to a terminal or log as is.
          path.append(String.format("\\u%04x", c));
        } else {
          path.append((char) c);
        }
      });
      path.append("']");
    }
    return this;
  }

  /**
   * @param index an array index, from 0
   * @return this builder, one element deeper
   */
  public JsonPathBuilder index(int index) {
    path.append('[').append(index).append(']');
    return this;
  }

  @Override
  public String toString() {
    return path.toString();
  }
}
