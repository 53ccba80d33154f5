package dev.briefing.jackson3.internal;

import tools.jackson.core.TokenStreamContext;
import dev.briefing.json.internal.JsonPathText;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The JSON path of where a parser is, built from the context chain Jackson keeps anyway, so
 * reading pays nothing for paths until an error needs one.
 */
final class ContextPath {

  private ContextPath() {}

  static String of(TokenStreamContext context) {
    Deque<TokenStreamContext> chain = new ArrayDeque<>();
    for (TokenStreamContext c = context; c != null; c = c.getParent()) {
      chain.push(c);
    }
    StringBuilder path = new StringBuilder(JsonPathText.ROOT);
    for (TokenStreamContext c : chain) {
      if (c.inObject() && c.hasCurrentName()) {
        JsonPathText.appendName(path, c.currentName());
      } else if (c.inArray() && c.hasCurrentIndex()) {
        JsonPathText.appendIndex(path, c.getCurrentIndex());
      }
    }
    return path.toString();
  }
}
