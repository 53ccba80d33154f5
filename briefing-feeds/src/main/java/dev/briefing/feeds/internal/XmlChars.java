package dev.briefing.feeds.internal;

/**
 * Text that XML 1.0 can hold: characters outside its {@code Char} production (the C0 controls
 * but tab, line feed and carriage return; lone surrogates; U+FFFE and U+FFFF) become U+FFFD,
 * as JDOM refuses them and no XML reader could read them back. A valid briefing has none of
 * them, so its text is unchanged.
 */
public final class XmlChars {

  private XmlChars() {}

  /**
   * @param text any text
   * @return the text with every character XML cannot hold replaced by U+FFFD
   */
  public static String clean(String text) {
    StringBuilder out = null;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1));
      boolean legal = pair || c == '\t' || c == '\n' || c == '\r'
          || (c >= 0x20 && c <= 0xFFFD && !Character.isSurrogate(c));
      if (!legal && out == null) {
        out = new StringBuilder(length).append(text, 0, i);
      }
      if (out != null) {
        if (pair) {
          out.append(c).append(text.charAt(i + 1));
        } else {
          out.append(legal ? c : '\uFFFD');
        }
      }
      if (pair) {
        i++;
      }
    }
    return out == null ? text : out.toString();
  }
}
