package dev.briefing.hardening.corpus;

/**
 * A cursor over JSON text that reads string literals (every RFC 8259 escape), single
 * punctuation and bare words; just enough to read the corpus files and to decode the string
 * inside a JSONTestSuite document as an independent oracle.
 *
 * <pre>{@code
 * new JsonStrings("\"a\\u00e9\"").string(); // "aé"
 * }</pre>
 */
public final class JsonStrings {
  private final String text;
  private int at;

  /** @param text the JSON text to read from its start */
  public JsonStrings(String text) {
    this.text = text;
  }

  /** @return the offset of the next character */
  public int position() {
    return at;
  }

  /** @return whether only whitespace is left */
  public boolean atEnd() {
    skipSpace();
    return at == text.length();
  }

  /** @return the next non-space character, not consumed; 0 at the end */
  public char peekSkippingSpace() {
    skipSpace();
    return at < text.length() ? text.charAt(at) : 0;
  }

  /** Consumes {@code c} after optional whitespace. */
  public void expect(char c) {
    if (peekSkippingSpace() != c) {
      throw new IllegalArgumentException("expected '" + c + "' at offset " + at);
    }
    at++;
  }

  /** @return a bare word such as {@code true} or {@code 12} */
  public String word() {
    skipSpace();
    int start = at;
    while (at < text.length() && "{}[],: \t\r\n\"".indexOf(text.charAt(at)) < 0) {
      at++;
    }
    return text.substring(start, at);
  }

  /** @return the decoded string literal at the cursor */
  public String string() {
    expect('"');
    StringBuilder out = new StringBuilder();
    while (true) {
      if (at >= text.length()) {
        throw new IllegalArgumentException("unterminated string");
      }
      char c = text.charAt(at++);
      if (c == '"') {
        return out.toString();
      }
      if (c < 0x20) {
        throw new IllegalArgumentException("raw control character in a string at offset " + (at - 1));
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = text.charAt(at++);
      switch (e) {
        case '"': case '\\': case '/':
          out.append(e);
          break;
        case 'b': out.append('\b'); break;
        case 'f': out.append('\f'); break;
        case 'n': out.append('\n'); break;
        case 'r': out.append('\r'); break;
        case 't': out.append('\t'); break;
        case 'u':
          out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
          at += 4;
          break;
        default:
          throw new IllegalArgumentException("bad escape \\" + e + " at offset " + (at - 2));
      }
    }
  }

  private void skipSpace() {
    while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
  }
}
