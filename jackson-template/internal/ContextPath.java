package dev.briefing.jackson${jackson.line}.internal;

import ${jackson.core}.${jackson.StreamContext};
import dev.briefing.json.internal.JsonPathText;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The JSON path of where a parser is, built from the context chain Jackson keeps anyway, so
 * reading pays nothing for paths until an error needs one.
 */
final class ContextPath {

  private ContextPath() {}

  static String of(${jackson.StreamContext} context) {
    Deque<${jackson.StreamContext}> chain = new ArrayDeque<>();
    for (${jackson.StreamContext} c = context; c != null; c = c.getParent()) {
      chain.push(c);
    }
    StringBuilder path = new StringBuilder(JsonPathText.ROOT);
    for (${jackson.StreamContext} c : chain) {
      if (c.inObject() && c.hasCurrentName()) {
        JsonPathText.appendName(path, c.${jackson.contextName}());
      } else if (c.inArray() && c.hasCurrentIndex()) {
        JsonPathText.appendIndex(path, c.getCurrentIndex());
      }
    }
    return path.toString();
  }
}
