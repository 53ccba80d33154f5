package dev.briefing.render.internal.repair;

/**
 * The bytes behind characters that a Windows-1252 (or ISO-8859-1) decoder produced. Only the
 * upper half matters here: the lead and continuation bytes of multi-byte UTF-8.
 */
final class Windows1252 {

  private Windows1252() {}

  /**
   * @param c a character a single-byte decoder produced
   * @return the byte it decoded from, 0x80..0xFF, or -1 when no upper-half byte decodes to it
   */
  static int byteOf(char c) {
    if (c >= 0x80 && c <= 0xFF) {
      // 0xA0..0xFF are the same in both code pages; a Latin-1 decoder also keeps 0x80..0x9F as C1 controls.
      return c;
    }
    switch (c) {
      case '\u20AC': return 0x80;
      case '\u201A': return 0x82;
      case '\u0192': return 0x83;
      case '\u201E': return 0x84;
      case '\u2026': return 0x85;
      case '\u2020': return 0x86;
      case '\u2021': return 0x87;
      case '\u02C6': return 0x88;
      case '\u2030': return 0x89;
      case '\u0160': return 0x8A;
      case '\u2039': return 0x8B;
      case '\u0152': return 0x8C;
      case '\u017D': return 0x8E;
      case '\u2018': return 0x91;
      case '\u2019': return 0x92;
      case '\u201C': return 0x93;
      case '\u201D': return 0x94;
      case '\u2022': return 0x95;
      case '\u2013': return 0x96;
      case '\u2014': return 0x97;
      case '\u02DC': return 0x98;
      case '\u2122': return 0x99;
      case '\u0161': return 0x9A;
      case '\u203A': return 0x9B;
      case '\u0153': return 0x9C;
      case '\u017E': return 0x9E;
      case '\u0178': return 0x9F;
      default: return -1;
    }
  }

  /**
   * @param text the text
   * @param index a position, possibly past the end
   * @return the UTF-8 continuation byte (0x80..0xBF) behind the character there, or -1
   */
  static int continuationAt(CharSequence text, int index) {
    if (index >= text.length()) {
      return -1;
    }
    int b = byteOf(text.charAt(index));
    return b >= 0x80 && b <= 0xBF ? b : -1;
  }
}
