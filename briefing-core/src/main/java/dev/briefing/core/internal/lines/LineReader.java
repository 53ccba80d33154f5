package dev.briefing.core.internal.lines;

import dev.briefing.core.BriefingFormatException;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Splits an input of one document per line (JSON Lines) into its non-blank lines, each with its
 * line number, without parsing them. Lines end at {@code \n} (a {@code \r} before it stays in
 * the line, where JSON reads it as space) and a last line needs no line end. A byte-order mark
 * is passed over at the start of the input only: anywhere else it is a character of its line,
 * for the parser to refuse. Holds one line at a time; does not close its input. Not
 * thread-safe. The splitting is {@link LineSplitter}'s, which {@link ByteLineReader} shares.
 *
 * <p>A line longer than the limit is refused with a {@link BriefingFormatException} at its
 * line. Strictly, as soon as it is, without reading on to a line end that may never come, and
 * the input ends there; when {@linkplain #LineReader(Reader, long, boolean) passing over long
 * lines}, once its line end is read (holding none of it), and the next call goes on after it.
 *
 * <pre>{@code
 * LineReader lines = new LineReader(reader, 10_000_000, false);
 * while (lines.next()) {
 *   handle(lines.lineNumber(), lines.text());
 * }
 * }</pre>
 */
public final class LineReader extends LineSplitter {
  /** Small: a reader of one short document should not pay for more; lines grow it once. */
  private static final int LINE_START = 256;
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private final Reader in;
  private final long maxLength;
  private final char[] buffer = new char[8192];
  private char[] line = new char[LINE_START];
  private int length;

  /**
   * @param in the input
   * @param maxLength the longest line accepted, in characters
   * @param passOverLong whether a line too long is refused after its line end, so that reading
   *     can go on with the next, rather than at once, ending the input
   */
  public LineReader(Reader in, long maxLength, boolean passOverLong) {
    super(passOverLong);
    this.in = in;
    this.maxLength = maxLength;
  }

  /** @return the current line, without its line end */
  public String text() {
    return new String(line, 0, length);
  }

  /** @return the current line's characters, from 0 to {@link #length()}; overwritten by the next line */
  public char[] chars() {
    return line;
  }

  /** @return the current line's length */
  public int length() {
    return length;
  }

  @Override
  int fill() throws IOException {
    return in.read(buffer, 0, buffer.length);
  }

  @Override
  int fillAfter(int end) {
    return end; // the mark is one character
  }

  @Override
  int byteOrderMark(int end) {
    return end > 0 && buffer[0] == BYTE_ORDER_MARK ? 1 : 0;
  }

  @Override
  int lineEnd(int from, int to) {
    int at = from;
    while (at < to && buffer[at] != '\n') {
      at++;
    }
    return at;
  }

  @Override
  String overLimit(int from, int to) {
    return (long) length + (to - from) > Math.min(maxLength, LINE_MAX) ? maxLength + " characters" : null;
  }

  @Override
  void append(int from, int to) {
    int grown = length + (to - from);
    if (grown > line.length) {
      // Doubling, capped by the limit checked before, keeps a long line's copies linear.
      line = Arrays.copyOf(line, (int) Math.min(Math.max(grown, 2L * line.length), Math.min(maxLength, LINE_MAX)));
    }
    System.arraycopy(buffer, from, line, length, to - from);
    length = grown;
  }

  @Override
  void clearLine(boolean release) {
    length = 0;
    if (release) {
      line = new char[LINE_START];
    }
  }

  /** As {@link String#isBlank()}: no surrogate is whitespace, so chars will do for code points. */
  @Override
  boolean isBlank() {
    for (int i = 0; i < length; i++) {
      if (!Character.isWhitespace(line[i])) {
        return false;
      }
    }
    return true;
  }
}
