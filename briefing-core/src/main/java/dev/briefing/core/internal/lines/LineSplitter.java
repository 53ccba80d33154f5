package dev.briefing.core.internal.lines;

import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.BriefingIOException;
import dev.briefing.core.Location;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;

/**
 * The splitting that {@link LineReader} does over characters and {@link ByteLineReader} over
 * bytes, written once so that both find the same lines, numbers, blank lines and errors: lines
 * end at {@code \n}, a last line needs no line end, a byte-order mark is passed over at the
 * start of the input only, and a line longer than the limit is refused at its line, strictly
 * (at once, ending the input) or after its line end (holding none of it, going on after it).
 * A subclass holds the buffer and the line in its own unit and says what fits and what is blank.
 * Not thread-safe.
 *
 * <pre>{@code
 * while (splitter.next()) {
 *   handle(splitter.lineNumber());
 * }
 * }</pre>
 */
abstract class LineSplitter {
  /** The longest array a JVM makes, whatever the limits say. */
  static final int LINE_MAX = Integer.MAX_VALUE - 8;

  private final boolean passOverLong;
  /** Where the buffer's unread part starts and ends. */
  private int position;
  private int end;
  private boolean started;
  private boolean endOfInput;
  private boolean tooLong;
  /** The limit the current line broke, as an error tells it. */
  private String brokenLimit;
  private long lineNumber;

  /**
   * @param passOverLong whether a line too long is refused after its line end, so that reading
   *     can go on with the next, rather than at once, ending the input
   */
  LineSplitter(boolean passOverLong) {
    this.passOverLong = passOverLong;
  }

  /**
   * Moves to the next non-blank line.
   *
   * @return false at the end of the input
   * @throws BriefingFormatException at a line too long, or input that is not valid UTF-8
   * @throws BriefingIOException when the input fails
   */
  public final boolean next() {
    while (!endOfInput && readLine()) {
      if (tooLong) {
        throw tooLong(lineNumber);
      }
      if (!isBlank()) {
        return true;
      }
    }
    clearLine(false);
    return false;
  }

  /** @return the current line's number, counting from 1 */
  public final long lineNumber() {
    return lineNumber;
  }

  /**
   * Reads more of the input into the buffer, from its start.
   *
   * @return how many units were read, or -1 at the end of the input
   * @throws IOException when the input fails
   */
  abstract int fill() throws IOException;

  /**
   * Reads more of the input after the buffer's first {@code end} units, so that a byte-order
   * mark that a read ended inside is whole.
   *
   * @return the units now in the buffer
   * @throws IOException when the input fails
   */
  abstract int fillAfter(int end) throws IOException;

  /** @return how many units of a byte-order mark the buffer starts with, of the {@code end} there */
  abstract int byteOrderMark(int end);

  /** @return the first line end in the buffer from {@code from}, or {@code to} */
  abstract int lineEnd(int from, int to);

  /**
   * @return null when the buffer's units from {@code from} to {@code to} can join the current
   *     line, else the limit they would break, as "N characters"
   */
  abstract String overLimit(int from, int to);

  /** Adds the buffer's units from {@code from} to {@code to} to the current line, which has room under the limit. */
  abstract void append(int from, int to);

  /** Empties the current line; {@code release} lets go of the memory a long one held. */
  abstract void clearLine(boolean release);

  /** @return whether the current line holds only whitespace, as {@link String#isBlank()} says */
  abstract boolean isBlank();

  /** Reads the next line, without its line end; false at the end of input. */
  private boolean readLine() {
    clearLine(false);
    tooLong = false;
    boolean any = false;
    try {
      while (true) {
        if (position == end) {
          int read = fill();
          if (read < 0) {
            endOfInput = true;
            if (any) {
              lineNumber++;
            }
            return any;
          }
          position = 0;
          end = read;
          if (read == 0) {
            continue;
          }
          if (!started) {
            started = true;
            end = fillAfter(end);
            position = byteOrderMark(end);
            if (position == end) {
              continue;
            }
          }
        }
        any = true;
        int start = position;
        position = lineEnd(position, end);
        take(start, position);
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

  private void take(int from, int to) {
    if (tooLong) {
      return;
    }
    String limit = overLimit(from, to);
    if (limit == null) {
      append(from, to);
      return;
    }
    brokenLimit = limit;
    if (!passOverLong) {
      endOfInput = true;
      throw tooLong(lineNumber + 1);
    }
    // Drop what we have: the line is refused, never parsed, and must not hold memory.
    tooLong = true;
    clearLine(true);
  }

  private BriefingFormatException tooLong(long number) {
    return new BriefingFormatException(Location.at(toInt(number), 1),
        "the line is longer than the limit of " + brokenLimit);
  }

  static int toInt(long number) {
    return number > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) number;
  }
}
