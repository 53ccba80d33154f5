package dev.briefing.render.internal.repair;

/**
 * UTF-8 read as Windows-1252: {@code â€™} for ’, {@code â€“} for –, {@code Ã©} for é.
 *
 * <p>Only the lead characters that such damage almost always starts with are considered:
 * {@code â} (0xE2, the lead byte of general punctuation: quotes, dashes, ellipsis, bullets, €)
 * followed by two continuation characters, and {@code Â} / {@code Ã} (0xC2, 0xC3: Latin-1
 * letters and symbols) followed by one. Other leads are left alone because ordinary text uses
 * them next to punctuation ("CAFÉ’s" must stay as it is).
 */
final class MojibakeRule {

  private static final char LEAD_PUNCTUATION = '\u00E2'; // â = 0xE2
  private static final char LEAD_SYMBOL = '\u00C2';      // Â = 0xC2
  private static final char LEAD_LETTER = '\u00C3';      // Ã = 0xC3
  private static final char EURO = '\u20AC';             // € = 0x80
  private static final char REPLACEMENT = '\uFFFD';

  private MojibakeRule() {}

  /** @return whether {@code c} may start damage this rule repairs */
  static boolean mayStart(char c) {
    return c == LEAD_PUNCTUATION || c == LEAD_SYMBOL || c == LEAD_LETTER;
  }

  /**
   * @param text a line
   * @param index where a lead character is
   * @return the fix, or null when the characters there are not damage
   */
  static Fix match(String text, int index) {
    char lead = text.charAt(index);
    if (lead == LEAD_PUNCTUATION) {
      int b1 = Windows1252.continuationAt(text, index + 1);
      int b2 = Windows1252.continuationAt(text, index + 2);
      if (b1 >= 0 && b2 >= 0) {
        int codePoint = 0x2000 | ((b1 & 0x3F) << 6) | (b2 & 0x3F);
        return new Fix(index, text.substring(index, index + 3), new String(Character.toChars(codePoint)));
      }
      if (b1 >= 0 && text.charAt(index + 1) == EURO) {
        // ” is E2 80 9D, and 0x9D is undefined in Windows-1252: decoders drop it or write U+FFFD.
        int end = index + 2 < text.length() && text.charAt(index + 2) == REPLACEMENT ? index + 3 : index + 2;
        return new Fix(index, text.substring(index, end), "\u201D");
      }
      return null;
    }
    int b1 = Windows1252.continuationAt(text, index + 1);
    if (b1 < 0) {
      return null;
    }
    int codePoint = ((lead & 0x1F) << 6) | (b1 & 0x3F);
    if (codePoint < 0xA0) {
      return null; // would be a C1 control character: not text anybody wrote
    }
    return new Fix(index, text.substring(index, index + 2), String.valueOf((char) codePoint));
  }
}
