package dev.briefing.spring.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body that fails with {@link InputTooLargeException} once more than its limit has
 * been read, so a parser never holds more of a hostile body than the limit.
 */
public final class LimitedInputStream extends FilterInputStream {

  private final long limit;
  private long read;

  /**
   * @param in the body
   * @param limit the most bytes it may have
   */
  public LimitedInputStream(InputStream in, long limit) {
    super(in);
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    count(skipped);
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void count(long n) throws InputTooLargeException {
    read += n;
    if (read > limit) {
      throw new InputTooLargeException(limit);
    }
  }
}
