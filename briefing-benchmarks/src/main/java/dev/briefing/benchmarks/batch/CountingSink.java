package dev.briefing.benchmarks.batch;

import java.io.OutputStream;

/**
 * An output stream that counts bytes and keeps none, standing in for a fast disk or socket.
 *
 * <pre>{@code
 * CountingSink sink = new CountingSink();
 * sink.write(new byte[10], 0, 10);   // sink.count() == 10
 * }</pre>
 */
public final class CountingSink extends OutputStream {
  private long count;

  @Override
  public void write(int b) {
    count++;
  }

  @Override
  public void write(byte[] bytes, int offset, int length) {
    count += length;
  }

  /** @return how many bytes were written */
  public long count() {
    return count;
  }
}
