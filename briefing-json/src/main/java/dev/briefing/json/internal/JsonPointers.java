package dev.briefing.json.internal;

import java.util.ArrayList;
import java.util.List;

/** JSON Pointers (RFC 6901): splitting into tokens, escaping one token. */
public final class JsonPointers {

  private JsonPointers() {}

  /**
   * @param pointer a pointer such as {@code /figures/2/a~1b}
   * @return its unescaped tokens, such as {@code [figures, 2, a/b]}
   * @throws IllegalArgumentException when it is not a pointer
   */
  public static List<String> tokens(String pointer) {
    if (pointer.isEmpty()) {
      return List.of();
    }
    if (pointer.charAt(0) != '/') {
      throw new IllegalArgumentException("a JSON Pointer starts with '/'");
    }
    List<String> tokens = new ArrayList<>();
    StringBuilder token = new StringBuilder();
    for (int i = 1; i <= pointer.length(); i++) {
      char c = i < pointer.length() ? pointer.charAt(i) : '/';
      if (c == '/') {
        tokens.add(token.toString());
        token.setLength(0);
      } else if (c == '~') {
        char next = i + 1 < pointer.length() ? pointer.charAt(i + 1) : ' ';
        if (next != '0' && next != '1') {
          throw new IllegalArgumentException("'~' in a JSON Pointer must be followed by 0 or 1");
        }
        token.append(next == '0' ? '~' : '/');
        i++;
      } else {
        token.append(c);
      }
    }
    return tokens;
  }

  /** @return the token escaped for a pointer: {@code ~} as {@code ~0}, {@code /} as {@code ~1} */
  public static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
