package dev.briefing.flink.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.apache.flink.connector.file.src.reader.StreamFormat;

/**
 * Splits a stream at line feeds, as the NDJSON reader does (a carriage return before the line
 * feed stays in the line, where JSON reads it as whitespace), counting lines from 1. A line
 * longer than the limit is skipped to its end and handed on without bytes, so it cannot hold
 * memory.
 */
final class LineReader implements StreamFormat.Reader<NdjsonLine> {
  private static final int START = 1024;

  private final InputStream in;
  private final int maxLength;
  private final byte[] buffer = new byte[64 * 1024];
  private int position;
  private int end;
  private boolean endOfInput;
  private long lineNumber;
  private byte[] line = new byte[START];
  private int length;
  private boolean tooLong;

  LineReader(InputStream in, int maxLength) {
    this.in = in;
    this.maxLength = maxLength;
  }

  @Override
  public NdjsonLine read() throws IOException {
    length = 0;
    tooLong = false;
    boolean any = false;
    while (true) {
      if (position == end) {
        int read = endOfInput ? -1 : in.read(buffer, 0, buffer.length);
        if (read < 0) {
          endOfInput = true;
          return any ? finish() : null;
        }
        position = 0;
        end = read;
      }
      any = true;
      int start = position;
      while (position < end && buffer[position] != '\n') {
        position++;
      }
      append(start, position);
      if (position < end) {
        position++;
        return finish();
      }
    }
  }

  private NdjsonLine finish() {
    lineNumber++;
    return new NdjsonLine("", lineNumber, tooLong ? null : Arrays.copyOf(line, length));
  }

  private void append(int from, int to) {
    if (tooLong) {
      return;
    }
    if ((long) length + (to - from) > maxLength) {
      tooLong = true;
      line = new byte[START];
      return;
    }
    if (length + (to - from) > line.length) {
      line = Arrays.copyOf(line, (int) Math.min(Math.max(length + (to - from), 2L * line.length), maxLength));
    }
    System.arraycopy(buffer, from, line, length, to - from);
    length += to - from;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
