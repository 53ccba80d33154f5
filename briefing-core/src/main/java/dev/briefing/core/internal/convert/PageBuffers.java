package dev.briefing.core.internal.convert;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.ArrayBlockingQueue;

/**
 * The buffers that converting threads render briefings into, handed back once the writing
 * thread has written them: a batch on several threads then renders into the same few buffers
 * from start to end, instead of making a buffer and a string of every page, which on two
 * threads sharing a small heap made the collector run nearly twice as often as on one. Holds at
 * most {@code capacity} idle buffers, none larger than a megabyte. Thread-safe: any thread
 * takes and gives back; only one thread writes.
 *
 * <pre>{@code
 * PageBuffers buffers = new PageBuffers(10);
 * StringBuilder page = buffers.take(4096);          // on a converting thread
 * renderer.render(briefing, page);
 * buffers.write(page, out);                         // on the writing thread
 * buffers.giveBack(page);
 * }</pre>
 */
public final class PageBuffers {
  private static final int LARGEST_KEPT = 1 << 20;

  private final ArrayBlockingQueue<StringBuilder> idle;
  /** The writing thread's: a page goes to a writer in pieces of this, not as a string of its own. */
  private final char[] chunk = new char[8192];

  /** @param capacity how many idle buffers are kept, at least 1 */
  public PageBuffers(int capacity) {
    this.idle = new ArrayBlockingQueue<>(capacity);
  }

  /**
   * @param size the size a new buffer starts at, when none is idle
   * @return an empty buffer
   */
  public StringBuilder take(int size) {
    StringBuilder buffer = idle.poll();
    return buffer != null ? buffer : new StringBuilder(size);
  }

  /** @param buffer a buffer that is written and no longer used; kept if there is room and it is not too large */
  public void giveBack(StringBuilder buffer) {
    if (buffer.capacity() <= LARGEST_KEPT) {
      buffer.setLength(0);
      idle.offer(buffer);
    }
  }

  /**
   * Writes a page; called by the writing thread only.
   *
   * @param page what to write
   * @param out where
   * @throws IOException when {@code out} fails
   */
  public void write(CharSequence page, Appendable out) throws IOException {
    if (out instanceof Writer writer && page instanceof StringBuilder text) {
      for (int start = 0; start < text.length(); start += chunk.length) {
        int end = Math.min(text.length(), start + chunk.length);
        text.getChars(start, end, chunk, 0);
        writer.write(chunk, 0, end - start);
      }
    } else {
      out.append(page);
    }
  }
}
