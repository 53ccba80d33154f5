package dev.briefing.cli.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Standard output that remembers whether a write failed, so that a reader which stopped
 * reading ({@code briefing convert ... | head -1}) ends the command quietly instead of as an
 * error: whatever failure that causes, it is this stream's.
 */
final class ClosedPipe extends FilterOutputStream {

  private volatile boolean closed;

  ClosedPipe(OutputStream out) {
    super(out);
  }

  boolean closed() {
    return closed;
  }

  @Override
  public void write(int b) throws IOException {
    try {
      out.write(b);
    } catch (IOException e) {
      closed = true;
      throw e;
    }
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    try {
      out.write(bytes, offset, length);
    } catch (IOException e) {
      closed = true;
      throw e;
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      out.flush();
    } catch (IOException e) {
      closed = true;
      throw e;
    }
  }
}
