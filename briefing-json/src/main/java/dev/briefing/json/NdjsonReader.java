package dev.briefing.json;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.BriefingIOException;
import dev.briefing.core.BriefingValidationException;
import dev.briefing.core.Location;
import dev.briefing.core.format.ParseWarning;
import dev.briefing.core.internal.lines.LineReader;
import dev.briefing.json.internal.io.StrictUtf8Reader;
import java.io.InputStream;
import java.io.Reader;
import java.util.Iterator;
import java.util.List;
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
 * skips bad lines and reports each. A {@linkplain BriefingJson#lenient() lenient} codec's reader
 * passes over unknown properties, as the model cannot hold them, and lists each as one of the
 * {@link #warnings()} of the briefing it was in, at its line and JSON path. A byte-order mark is
 * passed over at the start of the input only. Not thread-safe; does not close its input.
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

  private final BriefingJson codec;
  private final LineReader lines;
  private final Consumer<ParseWarning> onBadLine;
  private long skipped;
  private Briefing next;
  private List<ParseWarning> nextWarnings = List.of();
  private List<ParseWarning> warnings = List.of();

  NdjsonReader(BriefingJson codec, Reader in, Consumer<ParseWarning> onBadLine) {
    this.codec = codec;
    this.onBadLine = onBadLine;
    // Skipping bad lines, a line too long is one more: reading goes on after it.
    this.lines = new LineReader(in, codec.limits().maxDocumentLength(), onBadLine != null);
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
    while (next == null) {
      try {
        if (!lines.next()) {
          break;
        }
      } catch (BriefingFormatException e) {
        if (e.getCause() != null) {
          // The input itself broke (not UTF-8): nothing after it can be read.
          throw e;
        }
        bad(e);
        continue;
      }
      next = parse();
    }
    return next != null;
  }

  /** @return the next briefing */
  @Override
  public Briefing next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more briefings after line " + lineNumber());
    }
    Briefing briefing = next;
    warnings = nextWarnings;
    next = null;
    nextWarnings = List.of();
    return briefing;
  }

  /**
   * @return what a lenient read passed over in the briefing {@link #next()} returned last: each
   *     unknown property, at its line and JSON path; empty for a strict codec
   */
  public List<ParseWarning> warnings() {
    return warnings;
  }

  /** @return the remaining briefings as a sequential, lazy stream */
  public Stream<Briefing> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this,
        Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  /** @return the number of the last line read, counting from 1 */
  public long lineNumber() {
    return lines.lineNumber();
  }

  /** @return how many bad lines were skipped and reported */
  public long skippedLines() {
    return skipped;
  }

  private Briefing parse() {
    int line = toInt(lines.lineNumber());
    try {
      JsonDocument document = codec.readDocument(lines.chars(), lines.length());
      nextWarnings = BriefingJson.unknownWarnings(document, Location.at(line, 1));
      return document.briefing();
    } catch (BriefingFormatException e) {
      bad(new BriefingFormatException(e.location().withLine(line), e.problem(), e));
    } catch (BriefingValidationException e) {
      String problem = e.getMessage();
      bad(new BriefingFormatException(Location.at(line, 1),
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

  private static int toInt(long line) {
    return line > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) line;
  }
}
