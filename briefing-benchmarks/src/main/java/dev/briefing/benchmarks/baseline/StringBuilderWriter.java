package dev.briefing.benchmarks.baseline;

import java.io.Writer;

/**
 * A {@link Writer} onto a {@link StringBuilder}, without {@link java.io.StringWriter}'s
 * synchronized {@code StringBuffer}: the fastest way to get Jackson's output as a String.
 *
 * <pre>{@code
 * StringBuilderWriter out = new StringBuilderWriter(4096);
 * out.write("{}");
 * String json = out.toString();
 * }</pre>
 */
public final class StringBuilderWriter extends Writer {
  private final StringBuilder buffer;

  /** @param capacity the initial capacity */
  public StringBuilderWriter(int capacity) {
    this.buffer = new StringBuilder(capacity);
  }

  @Override
  public void write(char[] chars, int offset, int length) {
    buffer.append(chars, offset, length);
  }

  @Override
  public void write(int c) {
    buffer.append((char) c);
  }

  @Override
  public void write(String text, int offset, int length) {
    buffer.append(text, offset, offset + length);
  }

  @Override
  public Writer append(CharSequence text) {
    buffer.append(text);
    return this;
  }

  @Override
  public void flush() {
    // Nothing is buffered outside the builder.
  }

  @Override
  public void close() {
    // Nothing to release.
  }

  @Override
  public String toString() {
    return buffer.toString();
  }
}
