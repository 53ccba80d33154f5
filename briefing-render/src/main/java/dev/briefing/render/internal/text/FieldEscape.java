package dev.briefing.render.internal.text;

/**
 * The escaped form of a figure or watch-item line, for the rare item whose text the plain form
 * cannot carry (a {@code ": "} in a value or title, a label ending in parentheses, a source
 * that reads as a date...). The line's body starts with a backslash; inside it a backslash
 * makes the next character plain text, so only unescaped {@code :}, {@code (}, {@code ,} and
 * {@code )} separate the fields, and no whitespace is stripped:
 * {@code - \value\: with colon: label \(est\) (source, as of).}
 */
final class FieldEscape {

  private FieldEscape() {}

  /**
   * @param out where to write
   * @param text a field, already free of line breaks and control characters
   */
  static void append(StringBuilder out, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == TextEscape.MARK || c == ':' || c == '(' || c == ')' || c == ',') {
        out.append(TextEscape.MARK);
      }
      out.append(c);
    }
  }

  /** Reads the fields of an escaped body one by one. */
  static final class Reader {
    private final String body;
    private int pos;
    private boolean stopped;

    /** @param body the body after its leading backslash */
    Reader(String body) {
      this.body = body;
    }

    /**
     * @param stop the separator that ends the field
     * @return the field's text, without escapes, up to the next unescaped {@code stop} (which
     *     is consumed) or to the end; {@link #stopped()} tells which
     */
    String field(char stop) {
      StringBuilder field = new StringBuilder();
      stopped = false;
      while (pos < body.length()) {
        char c = body.charAt(pos++);
        if (c == TextEscape.MARK && pos < body.length()) {
          field.append(body.charAt(pos++));
        } else if (c == stop) {
          stopped = true;
          break;
        } else {
          field.append(c);
        }
      }
      return field.toString();
    }

    /** @return whether the last {@link #field(char)} ended at its separator */
    boolean stopped() {
      return stopped;
    }

    /**
     * @param expected text that must come next
     * @return whether it did; it is consumed
     */
    boolean skip(String expected) {
      if (body.startsWith(expected, pos)) {
        pos += expected.length();
        return true;
      }
      return false;
    }

    /** @return the unread rest of the body, as written */
    String remainder() {
      String rest = body.substring(pos);
      pos = body.length();
      return rest;
    }

    /** @return whether the whole body has been read */
    boolean atEnd() {
      return pos >= body.length();
    }
  }
}
