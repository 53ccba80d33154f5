package dev.briefing.email.internal;

/** Counts UTF-8 bytes without encoding: what Gmail's clipping limit is measured in. */
public final class Utf8 {

  private Utf8() {}

  /**
   * @param text text, possibly with lone surrogates (which an encoder writes as one byte, {@code ?})
   * @param from first index
   * @param to end index (exclusive)
   * @return its length in UTF-8
   */
  public static int length(CharSequence text, int from, int to) {
    int bytes = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes++;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else if (Character.isSurrogate(c)) {
        bytes++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  /**
   * @param text text
   * @return its length in UTF-8
   */
  public static int length(CharSequence text) {
    return length(text, 0, text.length());
  }
}
