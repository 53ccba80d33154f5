package dev.briefing.jackson2.internal;

import com.fasterxml.jackson.core.JsonStreamContext;
import dev.briefing.json.internal.JsonPathText;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The JSON path of where a parser is, built from the context chain Jackson keeps anyway, so
 * reading pays nothing for paths until an error needs one.
 */
final class ContextPath {

  private ContextPath() {}

  static String of(JsonStreamContext context) {
    Deque<JsonStreamContext> chain = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null; c = c.getParent()) {
      chain.push(c);
    }
    StringBuilder path = new StringBuilder(JsonPathText.ROOT);
    for (JsonStreamContext c : chain) {
      if (c.inObject() && c.hasCurrentName()) {
        JsonPathText.appendName(path, c.getCurrentName());
      } else if (c.inArray() && c.hasCurrentIndex()) {
        JsonPathText.appendIndex(path, c.getCurrentIndex());
      }
    }
    return path.toString();
  }
}
