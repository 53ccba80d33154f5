package dev.briefing.json.internal.jackson2;

import com.fasterxml.jackson.core.util.BufferRecycler;
import java.io.Writer;
import java.util.Arrays;

/**
 * Collects what a generator writes into one char array borrowed from Jackson's buffer recycler,
 * and makes the String from it in a single copy. Jackson's {@code SegmentedStringWriter} keeps
 * segments instead and joins them into a fresh array before the String copies them again: one
 * allocation and one copy of the whole document more, which is a visible share of writing a
 * small briefing.
 *
 * <p>Not thread-safe, like the generator that writes to it; {@link #toStringAndRelease()} ends
 * its use. Implements {@link BufferRecycler.Gettable} so that the generator borrows its own
 * buffer from the same recycler instead of acquiring a second one.
 *
 * <pre>{@code
 * StringOutput out = new StringOutput(factory._getBufferRecycler());
 * try (JsonGenerator g = factory.createGenerator(out)) {
 *   g.writeString("x");
 * }
 * String json = out.toStringAndRelease(); // "\"x\""
 * }</pre>
 */
public final class StringOutput extends Writer implements BufferRecycler.Gettable {

  /** The generator flushes its own buffer of about this many characters; a seed briefing is a few of them. */
  private static final int INITIAL = 4000;
  /**
   * The largest array handed back to the recycler, as Jackson's own text buffers do: a thread
   * that once wrote a huge document should not keep its array for good.
   */
  private static final int MAX_KEPT = 0x10000;

  private final BufferRecycler recycler;
  private char[] buffer;
  private int length;

  /** @param recycler where the array is borrowed from and given back to */
  public StringOutput(BufferRecycler recycler) {
    this.recycler = recycler;
    this.buffer = recycler.allocCharBuffer(BufferRecycler.CHAR_TEXT_BUFFER, INITIAL);
  }

  @Override
  public BufferRecycler bufferRecycler() {
    return recycler;
  }

  @Override
  public void write(char[] chars, int offset, int count) {
    ensure(count);
    System.arraycopy(chars, offset, buffer, length, count);
    length += count;
  }

  @Override
  public void write(int c) {
    ensure(1);
    buffer[length++] = (char) c;
  }

  @Override
  public void write(String text, int offset, int count) {
    ensure(count);
    text.getChars(offset, offset + count, buffer, length);
    length += count;
  }

  @Override
  public Writer append(CharSequence text) {
    String string = String.valueOf(text);
    write(string, 0, string.length());
    return this;
  }

  @Override
  public Writer append(CharSequence text, int start, int end) {
    String string = String.valueOf(text).substring(start, end);
    write(string, 0, string.length());
    return this;
  }

  @Override
  public void flush() {
    // Nothing to flush: everything is in the array.
  }

  @Override
  public void close() {
    // Closing must not lose the content: toStringAndRelease ends the use.
  }

  /**
   * @return everything written; the array goes back to the recycler and this output must not
   *     be used again
   */
  public String toStringAndRelease() {
    String result = new String(buffer, 0, length);
    release(buffer);
    buffer = null;
    return result;
  }

  private void ensure(int count) {
    int needed = length + count;
    if (needed < 0) {
      throw new OutOfMemoryError("the document is longer than a Java String can be");
    }
    if (needed <= buffer.length) {
      return;
    }
    char[] larger = Arrays.copyOf(buffer, Math.max(needed, grown(buffer.length)));
    // The recycled array goes back now when the larger one will be too large to keep, so that
    // the next document starts from it rather than from a small new one.
    if (larger.length > MAX_KEPT) {
      release(buffer);
    }
    buffer = larger;
  }

  private static int grown(int length) {
    int doubled = length << 1;
    return doubled < 0 ? Integer.MAX_VALUE - 8 : doubled;
  }

  private void release(char[] array) {
    if (array.length <= MAX_KEPT) {
      recycler.releaseCharBuffer(BufferRecycler.CHAR_TEXT_BUFFER, array);
    }
  }
}
