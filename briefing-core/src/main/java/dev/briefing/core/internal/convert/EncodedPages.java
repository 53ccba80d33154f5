package dev.briefing.core.internal.convert;

import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;

/**
 * Pages encoded in UTF-8 by the threads that rendered them, into byte buffers that the writing
 * thread hands back once written: a batch on several threads then encodes into the same few
 * buffers from start to end, with no string of each page and no array of its bytes to collect.
 * An unpaired surrogate becomes {@code '?'}, as {@link String#getBytes} and an {@link
 * java.io.OutputStreamWriter} make it. Holds at most {@code capacity} idle buffers, none larger
 * than a megabyte. Thread-safe.
 *
 * <pre>{@code
 * EncodedPages encoded = new EncodedPages(10);
 * EncodedPages.Page bytes = encoded.encode(page);    // on a converting thread
 * out.write(bytes.bytes(), 0, bytes.length());       // on the writing thread
 * encoded.giveBack(bytes);
 * }</pre>
 */
public final class EncodedPages {
  private static final int LARGEST_KEPT = 1 << 20;
  private static final int CHUNK = 4096;
  private static final ThreadLocal<char[]> CHUNKS = ThreadLocal.withInitial(() -> new char[CHUNK]);

  private final ArrayBlockingQueue<byte[]> idle;

  /**
   * One page's bytes.
   *
   * @param bytes a buffer holding them from its start
   * @param length how many there are
   */
  public record Page(byte[] bytes, int length) {}

  /** @param capacity how many idle buffers are kept, at least 1 */
  public EncodedPages(int capacity) {
    this.idle = new ArrayBlockingQueue<>(capacity);
  }

  /**
   * @param text what to encode
   * @return its UTF-8 bytes, in a buffer of this pool
   */
  public Page encode(StringBuilder text) {
    byte[] bytes = idle.poll();
    if (bytes == null) {
      bytes = new byte[Math.max(1024, text.length() + text.length() / 4)];
    }
    char[] chunk = CHUNKS.get();
    int length = 0;
    int start = 0;
    while (start < text.length()) {
      int end = Math.min(text.length(), start + CHUNK);
      if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
        end--; // a pair stays whole, in the next chunk
      }
      text.getChars(start, end, chunk, 0);
      int count = end - start;
      if (bytes.length - length < 3 * count) {
        bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, length + 3 * count));
      }
      length = encode(chunk, count, bytes, length);
      start = end;
    }
    return new Page(bytes, length);
  }

  /** @param page a page written and no longer used; its buffer is kept if there is room and it is not too large */
  public void giveBack(Page page) {
    if (page.bytes().length <= LARGEST_KEPT) {
      idle.offer(page.bytes());
    }
  }

  /** Room for three bytes a character is known to be there: a pair's four bytes are two characters'. */
  private static int encode(char[] chars, int count, byte[] out, int at) {
    int i = 0;
    while (i < count) {
      char c = chars[i++];
      if (c < 0x80) {
        out[at++] = (byte) c;
      } else if (c < 0x800) {
        out[at++] = (byte) (0xC0 | c >> 6);
        out[at++] = (byte) (0x80 | c & 0x3F);
      } else if (!Character.isSurrogate(c)) {
        out[at++] = (byte) (0xE0 | c >> 12);
        out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
        out[at++] = (byte) (0x80 | c & 0x3F);
      } else if (Character.isHighSurrogate(c) && i < count && Character.isLowSurrogate(chars[i])) {
        int point = Character.toCodePoint(c, chars[i++]);
        out[at++] = (byte) (0xF0 | point >> 18);
        out[at++] = (byte) (0x80 | point >> 12 & 0x3F);
        out[at++] = (byte) (0x80 | point >> 6 & 0x3F);
        out[at++] = (byte) (0x80 | point & 0x3F);
      } else {
        out[at++] = '?';
      }
    }
    return at;
  }
}
