package dev.briefing.render.internal;

/**
 * A span of a text copied into an array of the calling thread, for scans that read every
 * character: a String's {@code charAt} checks its coder and its bounds at each one, and on text
 * stored two bytes a character that was a tenth of a batch's time. The array is kept for the
 * thread's next span up to 64K characters; a longer span gets one of its own. The array is
 * overwritten by the thread's next call, so a caller reads it before it calls again.
 *
 * <pre>{@code
 * char[] chars = SpanChars.of(text, from, to); // chars[0 .. to - from) hold text[from .. to)
 * }</pre>
 */
final class SpanChars {
  private static final int KEPT = 1 << 16;
  private static final ThreadLocal<char[][]> ARRAY = ThreadLocal.withInitial(() -> new char[][] {new char[4096]});

  private SpanChars() {}

  /**
   * @param text the text
   * @param from the span's first index
   * @param to the span's end index (exclusive)
   * @return an array whose first {@code to - from} characters are the span's
   */
  static char[] of(String text, int from, int to) {
    char[][] slot = ARRAY.get();
    char[] chars = slot[0];
    if (chars.length < to - from) {
      chars = new char[Math.max(to - from, 2 * chars.length)];
      if (chars.length <= KEPT) {
        slot[0] = chars;
      }
    }
    text.getChars(from, to, chars, 0);
    return chars;
  }
}
