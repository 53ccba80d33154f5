package dev.briefing.core.internal.lines;

import java.util.Arrays;

/**
 * A few consecutive lines of bytes, with their numbers, in one array: what one task of a
 * conversion on several threads decodes and converts, so that handing lines to another thread
 * costs one task per batch, not one per line, and one copy of their bytes. Full once it holds
 * {@code maxLines} lines or {@code targetBytes} bytes (a longer line fills a batch alone).
 * Filled by one thread, then read by another.
 *
 * <pre>{@code
 * LineBatch batch = new LineBatch(16, 1 << 16);
 * while (!batch.isFull() && lines.next()) {
 *   lines.copyTo(batch);
 * }
 * for (int i = 0; i < batch.size(); i++) {
 *   String text = batch.text(i);          // on the converting thread
 * }
 * }</pre>
 */
public final class LineBatch {
  private final int maxLines;
  private final int targetBytes;
  private byte[] bytes;
  /** Where each line starts in {@code bytes}; the one after the last is where the next would. */
  private final int[] starts;
  private final long[] numbers;
  private int size;

  /**
   * @param maxLines how many lines make the batch full, at least 1
   * @param targetBytes how many bytes make it full
   */
  public LineBatch(int maxLines, int targetBytes) {
    if (maxLines < 1) {
      throw new IllegalArgumentException("a batch holds at least 1 line, not " + maxLines);
    }
    this.maxLines = maxLines;
    this.targetBytes = targetBytes;
    this.bytes = new byte[Math.max(256, targetBytes)];
    this.starts = new int[maxLines + 1];
    this.numbers = new long[maxLines];
  }

  /**
   * @param line where the line's bytes are, from the start
   * @param length how many there are
   * @param number the line's number in its input
   * @throws IllegalStateException when the batch is full
   */
  void add(byte[] line, int length, long number) {
    if (isFull()) {
      throw new IllegalStateException("the batch is full");
    }
    int at = starts[size];
    if (bytes.length - at < length) {
      bytes = Arrays.copyOf(bytes, (int) Math.min(Math.max((long) at + length, 2L * bytes.length), Integer.MAX_VALUE - 8));
    }
    System.arraycopy(line, 0, bytes, at, length);
    numbers[size] = number;
    starts[++size] = at + length;
  }

  /** @return whether another line would make the batch more than it should hold */
  public boolean isFull() {
    return size == maxLines || starts[size] >= targetBytes;
  }

  /** @return how many lines it holds */
  public int size() {
    return size;
  }

  /** @return whether it holds no line */
  public boolean isEmpty() {
    return size == 0;
  }

  /**
   * @param index which line, from 0
   * @return its number in its input
   */
  public long lineNumber(int index) {
    return numbers[index];
  }

  /**
   * @param index which line, from 0
   * @return its text, decoded as {@link ByteLineReader#decode(byte[], long)} decodes it
   * @throws dev.briefing.core.BriefingFormatException when it is not UTF-8
   */
  public String text(int index) {
    return ByteLineReader.decode(bytes, starts[index], starts[index + 1] - starts[index], numbers[index]);
  }
}
