package dev.briefing.cli.internal;

/**
 * Makes user text safe to show on a terminal: control characters become {@code \u001B}-style
 * escapes, so that a property name holding {@code ESC[2J} or an OSC title sequence is shown,
 * not obeyed. Escaped: C0 controls but the line feed and the tab, DEL, C1 controls, the line and paragraph
 * separators and the bidirectional overrides (which reorder what follows them).
 *
 * <pre>{@code
 * SafeText.escape("unknown property \u001B[2J");   // "unknown property \\u001B[2J"
 * }</pre>
 */
final class SafeText {

  private SafeText() {}

  /**
   * @param c a character
   * @return whether it must not reach a terminal raw
   */
  static boolean isUnsafe(char c) {
    return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F)
        || c == '\u2028' || c == '\u2029'
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }

  /**
   * @param text any text
   * @return the text with every unsafe character as {@code \}{@code uXXXX}
   */
  static String escape(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isUnsafe(c)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        appendEscape(c, out);
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  static void appendEscape(char c, StringBuilder out) {
    out.append("\\u").append(String.format("%04X", (int) c));
  }
}
