package dev.briefing.benchmarks.batch;

import java.io.OutputStream;
import java.util.zip.CRC32C;

/**
 * An output stream that counts bytes and keeps none, standing in for a fast disk or socket. It
 * also keeps a CRC-32C of them (an intrinsic, several GB/s), so that two runs can show they
 * wrote the same bytes.
 *
 * <pre>{@code
 * CountingSink sink = new CountingSink();
 * sink.write(new byte[10], 0, 10);   // sink.count() == 10
 * }</pre>
 */
public final class CountingSink extends OutputStream {
  private final CRC32C checksum = new CRC32C();
  private long count;

  @Override
  public void write(int b) {
    checksum.update(b);
    count++;
  }

  @Override
  public void write(byte[] bytes, int offset, int length) {
    checksum.update(bytes, offset, length);
    count += length;
  }

  /** @return the CRC-32C of every byte written, as 8 hex digits */
  public String checksum() {
    return String.format("%08x", checksum.getValue());
  }

  /** @return how many bytes were written */
  public long count() {
    return count;
  }
}
