package dev.briefing.cli.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/** An input stream that tells how many bytes were read, for the progress display. */
final class CountedStream extends FilterInputStream {

  private final LongConsumer onRead;

  CountedStream(InputStream in, LongConsumer onRead) {
    super(in);
    this.onRead = onRead;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      onRead.accept(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      onRead.accept(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    onRead.accept(skipped);
    return skipped;
  }
}
