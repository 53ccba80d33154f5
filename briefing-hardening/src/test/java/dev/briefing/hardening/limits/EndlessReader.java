package dev.briefing.hardening.limits;

import java.io.Reader;

/**
 * A reader that starts with a head and then repeats a unit without end (up to a cap), counting
 * what it hands out: a huge input that costs no memory to produce, so a test can tell a parser
 * that refuses it early from one that buffers it.
 *
 * <pre>{@code
 * EndlessReader in = new EndlessReader("{\"signal\":\"", "a", 1L << 30);
 * }</pre>
 */
public final class EndlessReader extends Reader {
  private final String head;
  private final String unit;
  private final long cap;
  private long delivered;

  /**
   * @param head the text before the repetition
   * @param unit the text repeated after it
   * @param cap the number of characters after which the reader reports the end
   */
  public EndlessReader(String head, String unit, long cap) {
    this.head = head;
    this.unit = unit;
    this.cap = cap;
  }

  /** @return the characters handed out so far */
  public long delivered() {
    return delivered;
  }

  @Override
  public int read(char[] buffer, int offset, int length) {
    if (delivered >= cap) {
      return -1;
    }
    int count = (int) Math.min(length, cap - delivered);
    for (int i = 0; i < count; i++) {
      long at = delivered + i;
      buffer[offset + i] = at < head.length()
          ? head.charAt((int) at)
          : unit.charAt((int) ((at - head.length()) % unit.length()));
    }
    delivered += count;
    return count;
  }

  @Override
  public void close() {
    // Nothing to release: the text is computed.
  }
}
