package dev.briefing.render.internal;

import java.io.IOException;
import java.io.Writer;

/**
 * A buffer per thread that a page bound for a {@link Writer} is rendered into first, then
 * copied out in large pieces. Escaping onto a string buffer checks and escapes each text in one
 * pass and copies its runs with array copies; onto a writer it took a pass to check and one to
 * escape, and a call into the writer, which takes its lock, for every run between two entities.
 * The buffer is kept between pages (up to a megabyte), so a batch renders into the same one
 * from start to end. A page rendered while another is being rendered on the same thread (a
 * section writer that renders a page of its own) gets a buffer of its own.
 *
 * <pre>{@code
 * StringBuilder page = PageBuffer.take();
 * write(briefing, page);
 * PageBuffer.copyTo(page, writer);
 * PageBuffer.giveBack(page);
 * }</pre>
 */
public final class PageBuffer {
  private static final int LARGEST_KEPT = 1 << 20;
  private static final int CHUNK = 8192;

  /** The thread's idle buffer, or null while it is in use, and the array pieces are copied through. */
  private static final class Slot {
    private StringBuilder idle = new StringBuilder(8192);
    private final char[] chunk = new char[CHUNK];
  }

  private static final ThreadLocal<Slot> SLOTS = ThreadLocal.withInitial(Slot::new);

  private PageBuffer() {}

  /** @return an empty buffer, this thread's own unless it is in use */
  public static StringBuilder take() {
    Slot slot = SLOTS.get();
    StringBuilder buffer = slot.idle;
    slot.idle = null;
    return buffer != null ? buffer : new StringBuilder(8192);
  }

  /**
   * @param page what was rendered
   * @param out where it goes
   * @throws IOException when {@code out} fails
   */
  public static void copyTo(StringBuilder page, Appendable out) throws IOException {
    if (out instanceof Writer writer) {
      char[] chunk = SLOTS.get().chunk;
      for (int start = 0; start < page.length(); start += CHUNK) {
        int end = Math.min(page.length(), start + CHUNK);
        page.getChars(start, end, chunk, 0);
        writer.write(chunk, 0, end - start);
      }
    } else {
      out.append(page);
    }
  }

  /** @param page a buffer from {@link #take()}, no longer used; kept for the thread's next page unless too large */
  public static void giveBack(StringBuilder page) {
    if (page.capacity() <= LARGEST_KEPT) {
      page.setLength(0);
      SLOTS.get().idle = page;
    }
  }
}
