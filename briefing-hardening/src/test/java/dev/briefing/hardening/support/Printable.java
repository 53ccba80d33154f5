package dev.briefing.hardening.support;

/**
 * Shows hostile text in failure messages without letting it act on the terminal: control,
 * format (bidi) and non-ASCII characters become {@code \\uXXXX}, and long text is cut.
 *
 * <pre>{@code
 * Printable.of("a\u202Eb"); // "a\\u202Eb"
 * }</pre>
 */
public final class Printable {
  private static final int MAX = 400;

  private Printable() {}

  /** @return {@code text} quoted, escaped and cut to a readable length */
  public static String of(String text) {
    StringBuilder out = new StringBuilder("\"");
    int end = Math.min(text.length(), MAX);
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7F && c != '\\' && c != '"') {
        out.append(c);
      } else {
        out.append(String.format("\\u%04X", (int) c));
      }
    }
    out.append('"');
    if (text.length() > MAX) {
      out.append("... (").append(text.length()).append(" chars)");
    }
    return out.toString();
  }
}
