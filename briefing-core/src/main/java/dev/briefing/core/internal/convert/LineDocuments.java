package dev.briefing.core.internal.convert;

import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.BriefingIOException;
import dev.briefing.core.Location;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;

/**
 * Splits an input of one document per line (JSON Lines) into its non-blank lines, each with
 * its line number, without parsing them, so that several threads can parse them. Lines end at
 * {@code \n} (a {@code \r} before it stays in the line, where JSON reads it as space), a last
 * line needs no line end, and a line longer than the limit is refused as soon as it is, without
 * reading on to a line end that may never come. Holds one line at a time; does not close its
 * input. Not thread-safe.
 *
 * <pre>{@code
 * LineDocuments lines = new LineDocuments(reader, 10_000_000);
 * while (lines.next()) {
 *   handle(lines.lineNumber(), lines.text());
 * }
 * }</pre>
 */
public final class LineDocuments {

  private final Reader in;
  private final long maxLength;
  private final char[] buffer = new char[8192];
  private final StringBuilder line = new StringBuilder(256);
  private int position;
  private int end;
  private boolean endOfInput;
  private long lineNumber;

  /**
   * @param in the input
   * @param maxLength the longest line accepted, in characters
   */
  public LineDocuments(Reader in, long maxLength) {
    this.in = in;
    this.maxLength = maxLength;
  }

  /**
   * Moves to the next non-blank line.
   *
   * @return false at the end of the input
   * @throws BriefingFormatException at a line too long, or input that is not valid UTF-8
   * @throws BriefingIOException when the input fails
   */
  public boolean next() {
    while (readLine()) {
      if (!isBlank()) {
        return true;
      }
    }
    return false;
  }

  /** @return the current line's number, counting from 1 */
  public long lineNumber() {
    return lineNumber;
  }

  /** @return the current line, without its line end */
  public String text() {
    return line.toString();
  }

  /** As {@link String#isBlank()}: no surrogate is whitespace, so chars will do for code points. */
  private boolean isBlank() {
    for (int i = 0; i < line.length(); i++) {
      if (!Character.isWhitespace(line.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private boolean readLine() {
    line.setLength(0);
    if (endOfInput) {
      return false;
    }
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
        }
        any = true;
        int start = position;
        while (position < end && buffer[position] != '\n') {
          position++;
        }
        if ((long) line.length() + (position - start) > maxLength) {
          endOfInput = true;
          throw new BriefingFormatException(Location.at(toInt(lineNumber + 1), 1),
              "the line is longer than the limit of " + maxLength + " characters");
        }
        line.append(buffer, start, position - start);
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

  private static int toInt(long number) {
    return number > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) number;
  }
}
