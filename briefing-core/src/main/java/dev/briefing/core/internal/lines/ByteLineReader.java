package dev.briefing.core.internal.lines;

import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.BriefingIOException;
import dev.briefing.core.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a UTF-8 input of one document per line into its non-blank lines as bytes, without
 * decoding them, so that the thread which reads does no more than find the line ends: each
 * line is decoded by whoever parses it, with {@link #decode(byte[], long)}. In UTF-8 a
 * {@code \n} byte is never part of another character, so the lines, their numbers, what is
 * blank, the byte-order mark and the limit (in characters) are those of {@link LineReader}, and
 * so are its errors, once each line is decoded. Holds one line at a time; does not close its
 * input. Not thread-safe.
 *
 * <pre>{@code
 * ByteLineReader lines = new ByteLineReader(stream, 10_000_000);
 * while (lines.next()) {
 *   byte[] line = lines.bytes();                  // hand it to another thread
 *   String text = ByteLineReader.decode(line, lines.lineNumber());
 * }
 * }</pre>
 */
public final class ByteLineReader {
  private static final int LINE_START = 256;
  private static final int LINE_MAX = Integer.MAX_VALUE - 8;
  private static final char REPLACEMENT = '\uFFFD';

  private final InputStream in;
  private final long maxLength;
  private final byte[] buffer = new byte[1 << 16];
  private byte[] line = new byte[LINE_START];
  private int length;
  /** The current line's characters, counted only once its bytes could exceed the limit. */
  private long characters = -1;
  private int position;
  private int end;
  private boolean endOfInput;
  private boolean started;
  private long lineNumber;

  /**
   * @param in the input, UTF-8
   * @param maxLength the longest line accepted, in characters; a longer one is refused as soon
   *     as it is, and the input ends there
   */
  public ByteLineReader(InputStream in, long maxLength) {
    this.in = in;
    this.maxLength = maxLength;
  }

  /**
   * Moves to the next non-blank line.
   *
   * @return false at the end of the input
   * @throws BriefingFormatException at a line too long
   * @throws BriefingIOException when the input fails
   */
  public boolean next() {
    while (!endOfInput && readLine()) {
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

  /** @return a copy of the current line's bytes, without its line end */
  public byte[] bytes() {
    return Arrays.copyOf(line, length);
  }

  /**
   * @return the current line decoded, as {@link #decode(byte[], long)} decodes it
   * @throws BriefingFormatException when it is not UTF-8
   */
  public String text() {
    return decode(line, length, lineNumber);
  }

  /**
   * Decodes one line, refusing bytes that are not UTF-8 as {@link LineReader} does.
   *
   * @param line the line's bytes
   * @param lineNumber its number, for the error
   * @return its text
   * @throws BriefingFormatException when it is not UTF-8
   */
  public static String decode(byte[] line, long lineNumber) {
    return decode(line, line.length, lineNumber);
  }

  private static String decode(byte[] line, int length, long lineNumber) {
    String text = new String(line, 0, length, StandardCharsets.UTF_8);
    // The lenient decoder is the fast one. What it replaced shows as one more U+FFFD than the
    // bytes encode: every EF BF BD decodes to one, as EF cannot continue another character.
    int replacement = text.indexOf(REPLACEMENT);
    if (replacement >= 0 && count(text, replacement) != encodedReplacements(line, length)) {
      try {
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(line, 0, length));
      } catch (CharacterCodingException e) {
        throw new BriefingFormatException(Location.at(toInt(lineNumber), 1), "the input is not valid UTF-8", e);
      }
    }
    return text;
  }

  private static int count(String text, int first) {
    int count = 0;
    for (int i = first; i < text.length(); i++) {
      if (text.charAt(i) == REPLACEMENT) {
        count++;
      }
    }
    return count;
  }

  private static int encodedReplacements(byte[] line, int length) {
    int count = 0;
    for (int i = 0; i + 2 < length; i++) {
      if (line[i] == (byte) 0xEF && line[i + 1] == (byte) 0xBF && line[i + 2] == (byte) 0xBD) {
        count++;
        i += 2;
      }
    }
    return count;
  }

  /** As {@link LineReader}'s: only when a byte above ASCII comes before any other is the line decoded to tell. */
  private boolean isBlank() {
    for (int i = 0; i < length; i++) {
      byte b = line[i];
      if (b < 0) {
        String text = new String(line, 0, length, StandardCharsets.UTF_8);
        for (int c = 0; c < text.length(); c++) {
          if (!Character.isWhitespace(text.charAt(c))) {
            return false;
          }
        }
        return true;
      }
      if (!Character.isWhitespace(b)) {
        return false;
      }
    }
    return true;
  }

  private boolean readLine() {
    length = 0;
    characters = -1;
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
          if (read == 0) {
            continue;
          }
          position = 0;
          end = read;
          if (!started) {
            started = true;
            position = byteOrderMark();
            if (position == end) {
              continue;
            }
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
    } catch (IOException e) {
      throw new BriefingIOException("Could not read line " + (lineNumber + 1), e);
    }
  }

  /**
   * Where the input's text starts: after a byte-order mark, read whole first (a read may end
   * inside it).
   */
  private int byteOrderMark() throws IOException {
    while (end < 3 && (buffer[0] & 0xFF) == 0xEF && (end < 2 || (buffer[1] & 0xFF) == 0xBB)) {
      int read = in.read(buffer, end, buffer.length - end);
      if (read < 0) {
        break;
      }
      end += read;
    }
    return end >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB && (buffer[2] & 0xFF) == 0xBF ? 3 : 0;
  }

  private void append(int from, int to) {
    int count = to - from;
    long grown = (long) length + count;
    if (grown > maxLength || characters >= 0) {
      // A character is one to four bytes: count them once the bytes alone could pass the limit.
      if (characters < 0) {
        characters = characters(line, 0, length);
      }
      characters += characters(buffer, from, to);
      if (characters > maxLength) {
        endOfInput = true;
        throw new BriefingFormatException(Location.at(toInt(lineNumber + 1), 1),
            "the line is longer than the limit of " + maxLength + " characters");
      }
    }
    if (grown > LINE_MAX) {
      endOfInput = true;
      throw new BriefingFormatException(Location.at(toInt(lineNumber + 1), 1),
          "the line is longer than the limit of " + LINE_MAX + " bytes");
    }
    if (grown > line.length) {
      line = Arrays.copyOf(line, (int) Math.min(Math.max(grown, 2L * line.length), LINE_MAX));
    }
    System.arraycopy(buffer, from, line, length, count);
    length = (int) grown;
  }

  /** UTF-16 characters: one per byte that starts a character, two for a four-byte one. */
  private static long characters(byte[] bytes, int from, int to) {
    long count = 0;
    for (int i = from; i < to; i++) {
      int b = bytes[i] & 0xFF;
      if ((b & 0xC0) != 0x80) {
        count += b >= 0xF0 ? 2 : 1;
      }
    }
    return count;
  }

  private static int toInt(long number) {
    return number > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) number;
  }
}
