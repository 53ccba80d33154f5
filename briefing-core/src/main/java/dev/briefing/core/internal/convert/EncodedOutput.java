package dev.briefing.core.internal.convert;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A UTF-8 byte output that takes both text, which it encodes, and pages already encoded on
 * other threads, which it copies as they are, in the order they come: the writing thread then
 * encodes nothing of a page rendered elsewhere. Unpaired surrogates become {@code '?'}, as
 * {@link EncodedPages} makes them on the other threads. Does not close its stream. Used by
 * one thread.
 *
 * <pre>{@code
 * EncodedOutput out = new EncodedOutput(stream);
 * out.writer().append("<!-- prologue -->");
 * out.write(encoded, length);             // encoded on another thread
 * out.flush();
 * }</pre>
 */
public final class EncodedOutput {
  private final BufferedOutputStream bytes;
  private final Writer text;

  /** @param stream where the bytes go; flushed by {@link #flush()}, never closed */
  public EncodedOutput(OutputStream stream) {
    this.bytes = new BufferedOutputStream(stream, 1 << 16);
    // The text's encoder is emptied before every encoded page; that must not push the bytes on.
    this.text = new OutputStreamWriter(new KeptBack(bytes), StandardCharsets.UTF_8);
  }

  /** @return where text goes, encoded here */
  public Writer writer() {
    return text;
  }

  /**
   * @param page bytes encoded elsewhere, written after all text written so far
   * @param length how many of them, from the start
   * @throws IOException when the stream fails
   */
  public void write(byte[] page, int length) throws IOException {
    text.flush();
    bytes.write(page, 0, length);
  }

  /** @throws IOException when the stream fails */
  public void flush() throws IOException {
    text.flush();
    bytes.flush();
  }

  /** Passes bytes on to the buffer whole, and flushes nothing: {@link #flush()} does. */
  private static final class KeptBack extends OutputStream {
    private final OutputStream out;

    KeptBack(OutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }
  }
}
