package dev.briefing.benchmarks.batch;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An input stream of {@code count} lines taken in turn from a small pool, so that a million
 * briefings of NDJSON can be read without a file of gigabytes and without disk speed in the
 * measurement. Holds only the pool.
 *
 * <pre>{@code
 * InputStream in = new RepeatingLines(List.of("{\"a\":1}", "{\"a\":2}"), 1_000_000);
 * }</pre>
 */
public final class RepeatingLines extends InputStream {
  private final byte[][] lines;
  private final long count;
  private final long totalBytes;
  private long emitted;
  private int position;

  /**
   * @param pool lines without their line break; each gets one {@code '\n'}
   * @param count how many lines in all
   */
  public RepeatingLines(List<String> pool, long count) {
    if (pool.isEmpty()) {
      throw new IllegalArgumentException("the pool of lines is empty");
    }
    this.lines = new byte[pool.size()][];
    for (int i = 0; i < lines.length; i++) {
      lines[i] = (pool.get(i) + "\n").getBytes(StandardCharsets.UTF_8);
    }
    this.count = count;
    long cycle = 0;
    for (byte[] line : lines) {
      cycle += line.length;
    }
    long total = cycle * (count / lines.length);
    for (int i = 0; i < count % lines.length; i++) {
      total += lines[i].length;
    }
    this.totalBytes = total;
  }

  /** @return how many bytes the whole stream holds */
  public long totalBytes() {
    return totalBytes;
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] into, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    int written = 0;
    while (written < length && emitted < count) {
      byte[] line = lines[(int) (emitted % lines.length)];
      int n = Math.min(length - written, line.length - position);
      System.arraycopy(line, position, into, offset + written, n);
      written += n;
      position += n;
      if (position == line.length) {
        position = 0;
        emitted++;
      }
    }
    return written == 0 ? -1 : written;
  }
}
