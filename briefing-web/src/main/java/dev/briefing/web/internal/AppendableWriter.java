package dev.briefing.web.internal;

import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.nio.CharBuffer;
import java.util.Objects;

/**
 * A {@link Writer} onto the caller's {@link Appendable}, for JSON-P, which writes only to
 * writers and streams. Closing it flushes and leaves the caller's output open: the output
 * belongs to the caller, who may write more after this briefing.
 */
public final class AppendableWriter extends Writer {
  private final Appendable out;

  /** @param out where the characters go */
  public AppendableWriter(Appendable out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    // A wrapped CharBuffer is appended one charAt at a time; the usual targets take the array.
    if (out instanceof StringBuilder builder) {
      builder.append(chars, offset, length);
    } else if (out instanceof Writer writer) {
      writer.write(chars, offset, length);
    } else {
      out.append(CharBuffer.wrap(chars, offset, length));
    }
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    out.append(text, offset, offset + length);
  }

  @Override
  public void write(int c) throws IOException {
    out.append((char) c);
  }

  @Override
  public void flush() throws IOException {
    if (out instanceof Flushable flushable) {
      flushable.flush();
    }
  }

  @Override
  public void close() throws IOException {
    flush();
  }
}
