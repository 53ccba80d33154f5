package dev.briefing.core.internal.message;

/**
 * Makes text safe to print on a terminal or in a log: every character that could act instead of
 * being shown becomes {@code \u001B}-style text. That is every C0 control (tab and line feed
 * included, so a message stays one line and cannot fake another), DEL, every C1 control (U+009B
 * alone starts a terminal command), the bidirectional formatting characters that reorder what a
 * reader sees (U+061C, U+200E, U+200F, U+202A..U+202E, U+2066..U+2069), the line and paragraph
 * separators U+2028 and U+2029, and lone surrogates (which an encoder would replace, losing
 * them). Everything else, backslashes included, is kept as it is.
 */
public final class ControlEscape {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private ControlEscape() {}

  /**
   * @param text any text, or null
   * @return the text with every acting character written as {@code \}{@code uXXXX}; the same
   *     instance when there is none, and null for null
   */
  public static String escape(String text) {
    if (text == null) {
      return null;
    }
    int first = firstToEscape(text);
    if (first < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (acts(c)) {
        out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF]).append(HEX[(c >> 4) & 0xF])
            .append(HEX[c & 0xF]);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static int firstToEscape(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // Printable ASCII and most of the BMP below the bidi controls need nothing: one range test.
      if (c >= 0x20 && c < 0x7F || c >= 0xA0 && c < 0x061C) {
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (acts(c)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether {@code c}, printed raw, could do something other than show a glyph. */
  private static boolean acts(char c) {
    return c < 0x20
        || c >= 0x7F && c <= 0x9F
        || c == 0x061C
        || c == 0x200E || c == 0x200F
        || c >= 0x2028 && c <= 0x202E
        || c >= 0x2066 && c <= 0x2069
        || Character.isSurrogate(c);
  }
}
