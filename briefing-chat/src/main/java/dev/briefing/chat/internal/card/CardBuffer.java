package dev.briefing.chat.internal.card;

import java.io.IOException;
import java.io.Writer;

/**
 * A card's JSON as the generator writes it, in a {@link StringBuilder} without the locking of
 * {@link java.io.StringWriter}'s buffer, so the offsets of its parts can be taken and the whole
 * handed on without another copy into an intermediate string.
 */
final class CardBuffer extends Writer {

  private final StringBuilder chars;

  CardBuffer(int capacity) {
    this.chars = new StringBuilder(capacity);
  }

  @Override
  public void write(char[] buffer, int offset, int length) {
    chars.append(buffer, offset, length);
  }

  @Override
  public void write(String text, int offset, int length) {
    chars.append(text, offset, offset + length);
  }

  @Override
  public void write(int c) {
    chars.append((char) c);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  int length() {
    return chars.length();
  }

  String slice(int start, int end) {
    return chars.substring(start, end);
  }

  void appendTo(Appendable out) throws IOException {
    out.append(chars);
  }

  @Override
  public String toString() {
    return chars.toString();
  }
}
