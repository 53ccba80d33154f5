package dev.briefing.json;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.BriefingIOException;
import dev.briefing.core.BriefingValidationException;
import dev.briefing.core.Location;
import dev.briefing.core.format.ParseWarning;
import dev.briefing.json.internal.io.ByteOrderMark;
import dev.briefing.json.internal.io.StrictUtf8Reader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads JSON Lines (NDJSON): one briefing per line, lazily, holding one line and one briefing
 * at a time, so memory does not grow with the number of lines. Blank lines are skipped.
 *
 * <p>Errors carry the line number: {@code line 7, column 12 at $.impacts[0].order: expected an
 * integer but was STRING}. A line that parses but fails validation is reported the same way
 * (a {@link BriefingFormatException} at that line whose cause is the {@link
 * BriefingValidationException} with every violation). Made by {@link
 * BriefingJson#ndjsonReader(Reader)}, which throws at the first bad line (the next call goes
 * on with the line after it), or {@link BriefingJson#ndjsonReader(Reader, Consumer)}, which
 * skips bad lines and reports each. Not thread-safe; does not close its input.
 *
 * <pre>{@code
 * List<ParseWarning> skipped = new ArrayList<>();
 * NdjsonReader lines = BriefingJson.create().ndjsonReader(reader, skipped::add);
 * try (Stream<Briefing> briefings = lines.stream()) {
 *   briefings.forEach(archive::store);
 * }
 * System.out.println(lines.skippedLines() + " bad lines of " + lines.lineNumber());
 * }</pre>
 */
public final class NdjsonReader implements Iterator<Briefing> {
  /** Small: a reader of one short document should not pay for more; lines grow it once. */
  private static final int LINE_START = 256;
  /** The longest array a JVM makes, whatever the limits say. */
  private static final int LINE_MAX = Integer.MAX_VALUE - 8;

  private final BriefingJson codec;
  private final Reader in;
  private final Consumer<ParseWarning> onBadLine;
  private final long maxLineLength;
  private final char[] buffer = new char[8192];
  /** The current line, parsed where it lies: as a string it would be one more copy per line. */
  private char[] line = new char[LINE_START];
  private int lineLength;
  private int position;
  private int end;
  private boolean endOfInput;
  private boolean lineTooLong;
  private long lineNumber;
  private long skipped;
  private Briefing next;

  NdjsonReader(BriefingJson codec, Reader in, Consumer<ParseWarning> onBadLine) {
    this.codec = codec;
    this.in = in;
    this.onBadLine = onBadLine;
    this.maxLineLength = codec.limits().maxDocumentLength();
  }

  static Reader utf8(InputStream in) {
    return new StrictUtf8Reader(in);
  }

  /**
   * @return whether another briefing follows
   * @throws BriefingFormatException for a bad line, unless bad lines are skipped
   * @throws BriefingIOException when the input fails
   */
  @Override
  public boolean hasNext() {
    while (next == null && !endOfInput) {
      if (!readLine()) {
        break;
      }
      if (lineTooLong) {
        bad(new BriefingFormatException(Location.at(toInt(lineNumber), 1),
            "the line is longer than the limit of " + maxLineLength + " characters"));
      } else if (!isBlankLine()) {
        next = parse();
      }
    }
    return next != null;
  }

  /** @return the next briefing */
  @Override
  public Briefing next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more briefings after line " + lineNumber);
    }
    Briefing briefing = next;
    next = null;
    return briefing;
  }

  /** @return the remaining briefings as a sequential, lazy stream */
  public Stream<Briefing> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this,
        Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  /** @return the number of the last line read, counting from 1 */
  public long lineNumber() {
    return lineNumber;
  }

  /** @return how many bad lines were skipped and reported */
  public long skippedLines() {
    return skipped;
  }

  private Briefing parse() {
    try {
      // A byte-order mark can only start the input, so only the first line is looked at.
      if (lineNumber == 1 && ByteOrderMark.length(line, 0, lineLength) == 1) {
        System.arraycopy(line, 1, line, 0, --lineLength);
      }
      return codec.read(line, lineLength);
    } catch (BriefingFormatException e) {
      bad(new BriefingFormatException(e.location().withLine(toInt(lineNumber)), e.problem(), e));
    } catch (BriefingValidationException e) {
      String problem = e.getMessage();
      bad(new BriefingFormatException(Location.at(toInt(lineNumber), 1),
          Character.toLowerCase(problem.charAt(0)) + problem.substring(1), e));
    }
    return null;
  }

  private void bad(BriefingFormatException problem) {
    if (onBadLine == null) {
      throw problem;
    }
    skipped++;
    onBadLine.accept(ParseWarning.of(problem.location(), problem.problem()));
  }

  /** As {@link String#isBlank()}: no surrogate is whitespace, so chars will do for code points. */
  private boolean isBlankLine() {
    for (int i = 0; i < lineLength; i++) {
      if (!Character.isWhitespace(line[i])) {
        return false;
      }
    }
    return true;
  }

  /** Reads the next line, without its line end, into {@code line}; false at the end of input. */
  private boolean readLine() {
    lineLength = 0;
    lineTooLong = false;
    boolean any = false;
    try {
      while (true) {
        if (position == end) {
          int read = in.read(buffer, 0, buffer.length);
          if (read < 0) {
            endOfInput = true;
            if (!any) {
              return false;
            }
            lineNumber++;
            return true;
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
    if (lineTooLong) {
      return;
    }
    if ((long) lineLength + (to - from) > Math.min(maxLineLength, LINE_MAX)) {
      if (onBadLine == null) {
        // Strict: refuse now, without reading on to a line end that may never come.
        endOfInput = true;
        throw new BriefingFormatException(Location.at(toInt(lineNumber + 1), 1),
            "the line is longer than the limit of " + maxLineLength + " characters");
      }
      // Drop what we have: the line is reported, never parsed, and must not hold memory.
      lineTooLong = true;
      lineLength = 0;
      line = new char[LINE_START];
      return;
    }
    int length = lineLength + (to - from);
    if (length > line.length) {
      // Doubling, capped by the limit checked above, keeps a long line's copies linear.
      line = Arrays.copyOf(line, (int) Math.min(Math.max(length, 2L * line.length), Math.min(maxLineLength, LINE_MAX)));
    }
    System.arraycopy(buffer, from, line, lineLength, to - from);
    lineLength = length;
  }

  private static int toInt(long line) {
    return line > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) line;
  }
}
