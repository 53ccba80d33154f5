package dev.briefing.core.internal.lines;

import dev.briefing.core.BriefingFormatException;
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
 * so are its errors, once each line is decoded: both split with {@link LineSplitter}. Holds one
 * line at a time; does not close its input. Not thread-safe.
 *
 * <pre>{@code
 * ByteLineReader lines = new ByteLineReader(stream, 10_000_000);
 * while (lines.next()) {
 *   byte[] line = lines.bytes();                  // hand it to another thread
 *   String text = ByteLineReader.decode(line, lines.lineNumber());
 * }
 * }</pre>
 *
 * <p>A batch of lines for another thread is best copied with {@link #copyTo(LineBatch)}: one
 * array for many lines.
 */
public final class ByteLineReader extends LineSplitter {
  private static final int LINE_START = 256;
  private static final char REPLACEMENT = '\uFFFD';

  private final InputStream in;
  private final long maxLength;
  private final byte[] buffer = new byte[1 << 16];
  private byte[] line = new byte[LINE_START];
  private int length;
  /** The current line's characters, counted only once its bytes could exceed the limit. */
  private long characters = -1;

  /**
   * @param in the input, UTF-8
   * @param maxLength the longest line accepted, in characters; a longer one is refused as soon
   *     as it is, and the input ends there
   */
  public ByteLineReader(InputStream in, long maxLength) {
    this(in, maxLength, false);
  }

  /**
   * @param in the input, UTF-8
   * @param maxLength the longest line accepted, in characters
   * @param passOverLong whether a line too long is refused after its line end, so that reading
   *     can go on with the next, rather than at once, ending the input
   */
  public ByteLineReader(InputStream in, long maxLength, boolean passOverLong) {
    super(passOverLong);
    this.in = in;
    this.maxLength = maxLength;
  }

  /** @return a copy of the current line's bytes, without its line end */
  public byte[] bytes() {
    return Arrays.copyOf(line, length);
  }

  /** @return the current line's length in bytes */
  public int length() {
    return length;
  }

  /**
   * Adds the current line to a batch, with its number.
   *
   * @param batch where the line goes
   */
  public void copyTo(LineBatch batch) {
    batch.add(line, length, lineNumber());
  }

  /**
   * @return the current line decoded, as {@link #decode(byte[], long)} decodes it
   * @throws BriefingFormatException when it is not UTF-8
   */
  public String text() {
    return decode(line, 0, length, lineNumber());
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
    return decode(line, 0, line.length, lineNumber);
  }

  /**
   * Decodes one line, refusing bytes that are not UTF-8 as {@link LineReader} does.
   *
   * @param bytes where the line's bytes are
   * @param from where they start
   * @param length how many there are
   * @param lineNumber its number, for the error
   * @return its text
   * @throws BriefingFormatException when it is not UTF-8
   */
  public static String decode(byte[] bytes, int from, int length, long lineNumber) {
    String text = new String(bytes, from, length, StandardCharsets.UTF_8);
    // The lenient decoder is the fast one. What it replaced shows as one more U+FFFD than the
    // bytes encode: every EF BF BD decodes to one, as EF cannot continue another character.
    int replacement = text.indexOf(REPLACEMENT);
    if (replacement >= 0 && count(text, replacement) != encodedReplacements(bytes, from, from + length)) {
      try {
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes, from, length));
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

  private static int encodedReplacements(byte[] bytes, int from, int to) {
    int count = 0;
    for (int i = from; i + 2 < to; i++) {
      if (bytes[i] == (byte) 0xEF && bytes[i + 1] == (byte) 0xBF && bytes[i + 2] == (byte) 0xBD) {
        count++;
        i += 2;
      }
    }
    return count;
  }

  @Override
  int fill() throws IOException {
    return in.read(buffer, 0, buffer.length);
  }

  /** A read may end inside the mark's three bytes: read on while what there is could be its start. */
  @Override
  int fillAfter(int end) throws IOException {
    int filled = end;
    while (filled < 3 && (buffer[0] & 0xFF) == 0xEF && (filled < 2 || (buffer[1] & 0xFF) == 0xBB)) {
      int read = in.read(buffer, filled, buffer.length - filled);
      if (read < 0) {
        break;
      }
      filled += read;
    }
    return filled;
  }

  @Override
  int byteOrderMark(int end) {
    return end >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB && (buffer[2] & 0xFF) == 0xBF ? 3 : 0;
  }

  @Override
  int lineEnd(int from, int to) {
    int at = from;
    while (at < to && buffer[at] != '\n') {
      at++;
    }
    return at;
  }

  /** A character is one to four bytes: they are counted once the bytes alone could pass the limit. */
  @Override
  String overLimit(int from, int to) {
    long grown = (long) length + (to - from);
    if (grown > maxLength || characters >= 0) {
      if (characters < 0) {
        characters = characters(line, 0, length);
      }
      characters += characters(buffer, from, to);
      if (characters > maxLength) {
        return maxLength + " characters";
      }
    }
    return grown > LINE_MAX ? LINE_MAX + " bytes" : null;
  }

  @Override
  void append(int from, int to) {
    int grown = length + (to - from);
    if (grown > line.length) {
      line = Arrays.copyOf(line, (int) Math.min(Math.max(grown, 2L * line.length), LINE_MAX));
    }
    System.arraycopy(buffer, from, line, length, to - from);
    length = grown;
  }

  @Override
  void clearLine(boolean release) {
    length = 0;
    characters = -1;
    if (release) {
      line = new byte[LINE_START];
    }
  }

  /** As {@link LineReader}'s: only when a byte above ASCII comes before any other is the line decoded to tell. */
  @Override
  boolean isBlank() {
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
}
