package dev.briefing.core.internal.lines;

import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.BriefingIOException;
import dev.briefing.core.Location;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.Arrays;

/**
 * Splits an input of one document per line (JSON Lines) into its non-blank lines, each with its
 * line number, without parsing them. Lines end at {@code \n} (a {@code \r} before it stays in
 * the line, where JSON reads it as space) and a last line needs no line end. A byte-order mark
 * is passed over at the start of the input only: anywhere else it is a character of its line,
 * for the parser to refuse. Holds one line at a time; does not close its input. Not
 * thread-safe.
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
public final class LineReader {
  /** Small: a reader of one short document should not pay for more; lines grow it once. */
  private static final int LINE_START = 256;
  /** The longest array a JVM makes, whatever the limits say. */
  private static final int LINE_MAX = Integer.MAX_VALUE - 8;
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private final Reader in;
  private final long maxLength;
  private final boolean passOverLong;
  private final char[] buffer = new char[8192];
  private char[] line = new char[LINE_START];
  private int length;
  private int position;
  private int end;
  private boolean endOfInput;
  private boolean tooLong;
  private long lineNumber;

  /**
   * @param in the input
   * @param maxLength the longest line accepted, in characters
   * @param passOverLong whether a line too long is refused after its line end, so that reading
   *     can go on with the next, rather than at once, ending the input
   */
  public LineReader(Reader in, long maxLength, boolean passOverLong) {
    this.in = in;
    this.maxLength = maxLength;
    this.passOverLong = passOverLong;
  }

  /**
   * Moves to the next non-blank line.
   *
   * @return false at the end of the input
   * @throws BriefingFormatException at a line too long, or input that is not valid UTF-8
   * @throws BriefingIOException when the input fails
   */
  public boolean next() {
    while (!endOfInput && readLine()) {
      if (tooLong) {
        throw tooLong(lineNumber);
      }
      if (!isBlank()) {
        return true;
      }
    }
    length = 0;
    return false;
  }

  /** @return the current line's number, counting from 1 */
  public long lineNumber() {
    return lineNumber;
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

  /** As {@link String#isBlank()}: no surrogate is whitespace, so chars will do for code points. */
  private boolean isBlank() {
    for (int i = 0; i < length; i++) {
      if (!Character.isWhitespace(line[i])) {
        return false;
      }
    }
    return true;
  }

  /** Reads the next line, without its line end, into {@code line}; false at the end of input. */
  private boolean readLine() {
    length = 0;
    tooLong = false;
    boolean any = false;
    try {
      while (true) {
        if (position == end) {
          int read = in.read(buffer, 0, buffer.length);
          if (read < 0) {
            endOfInput = true;
            if (any) {
              lineNumber++;
            }
            return any;
          }
          position = 0;
          end = read;
          if (lineNumber == 0 && !any && buffer[0] == BYTE_ORDER_MARK) {
            position = 1;
          }
        }
        any = true;
        int start = position;
        while (position < end && buffer[position] != '\n') {
          position++;
        }
        append(start, position);
        if (position < end) {
          position++;
          lineNumber++;
          return true;
        }
      }
    } catch (CharacterCodingException e) {
      endOfInput = true;
      throw new BriefingFormatException(Location.at(toInt(lineNumber + 1), 1), "the input is not valid UTF-8", e);
    } catch (IOException e) {
      throw new BriefingIOException("Could not read line " + (lineNumber + 1), e);
    }
  }

  private void append(int from, int to) {
    if (tooLong) {
      return;
    }
    long limit = Math.min(maxLength, LINE_MAX);
    if ((long) length + (to - from) > limit) {
      if (!passOverLong) {
        endOfInput = true;
        throw tooLong(lineNumber + 1);
      }
      // Drop what we have: the line is refused, never parsed, and must not hold memory.
      tooLong = true;
      length = 0;
      line = new char[LINE_START];
      return;
    }
    int grown = length + (to - from);
    if (grown > line.length) {
      // Doubling, capped by the limit checked above, keeps a long line's copies linear.
      line = Arrays.copyOf(line, (int) Math.min(Math.max(grown, 2L * line.length), limit));
    }
    System.arraycopy(buffer, from, line, length, to - from);
    length = grown;
  }

  private BriefingFormatException tooLong(long number) {
    return new BriefingFormatException(Location.at(toInt(number), 1),
        "the line is longer than the limit of " + maxLength + " characters");
  }

  private static int toInt(long number) {
    return number > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) number;
  }
}
