package dev.briefing.core.format;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingFormatException;
import java.io.Reader;
import java.io.StringReader;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Reads a briefing from one format. Implementations are immutable and thread-safe.
 *
 * <p>Bad input throws {@link BriefingFormatException} with the location of the problem;
 * {@link #read(Reader)} also returns the repairs and warnings a lenient parser made.
 *
 * <pre>{@code
 * BriefingParser parser = FormatRegistry.loadDefault().parser("json");
 * Briefing briefing = parser.parse(json);
 * }</pre>
 */
public interface BriefingParser {

  /**
   * Reads one briefing with the repairs and warnings made on the way.
   *
   * @param in the input; read to its end, not closed
   * @return the briefing, its repairs and warnings
   * @throws BriefingFormatException when the input is not a briefing in this format
   * @throws dev.briefing.core.BriefingIOException when reading {@code in} fails
   */
  ParseResult read(Reader in);

  /**
   * Reads one briefing.
   *
   * @param in the input; read to its end, not closed
   * @return the briefing
   * @throws BriefingFormatException when the input is not a briefing in this format
   */
  default Briefing parse(Reader in) {
    return read(in).briefing();
  }

  /**
   * Reads one briefing from a string.
   *
   * @param text the input
   * @return the briefing
   * @throws BriefingFormatException when the input is not a briefing in this format
   */
  default Briefing parse(String text) {
    return parse(new StringReader(text));
  }

  /**
   * Reads every briefing in the input, each with its own repairs and warnings and its number in
   * the input. A many-document format (one whose {@link BriefingFormat#multiDocument()} is
   * true, such as NDJSON) overrides this to read lazily, one briefing at a time, and to throw
   * a format error with the line of a bad document only when the stream reaches it; the
   * default reads a single-document format with {@link #read(Reader)} and gives a stream of
   * that one result. Close the stream when done.
   *
   * <pre>{@code
   * BriefingParser parser = FormatRegistry.loadDefault().parser("ndjson");
   * try (Stream<ParseResult> all = parser.readAll(reader)) {
   *   all.forEachOrdered(result -> {
   *     result.warnings().forEach(w -> log.warn("briefing {}: {}", result.document(), w));
   *     archive.store(result.briefing());
   *   });
   * }
   * }</pre>
   *
   * @param in the input; not closed
   * @return the results in input order, numbered from 1 by {@link ParseResult#document()}
   * @throws BriefingFormatException when a document is not a briefing in this format, raised
   *     by this call for a single-document format and while the stream is consumed otherwise
   */
  default Stream<ParseResult> readAll(Reader in) {
    return Stream.of(read(in));
  }

  /**
   * Whether this parser reads its input one line per document, as JSON Lines does, and the
   * longest line it accepts. When present, every non-blank line (ended by {@code \n}) is one
   * document that {@link #read(Reader)} reads alone exactly as {@link #readAll(Reader)} reads it
   * in place, blank lines hold none, and a line longer than the limit is refused: a {@link
   * Converter} on several threads then splits the input into lines itself and parses them in
   * parallel. Empty, the default, for any other format.
   *
   * <pre>{@code
   * @Override
   * public OptionalLong linePerDocument() {
   *   return OptionalLong.of(10_000_000);   // lines of at most ten million characters
   * }
   * }</pre>
   *
   * @return the longest line, when each line is one document
   */
  default OptionalLong linePerDocument() {
    return OptionalLong.empty();
  }

  /**
   * Reads one line of an input of {@linkplain #linePerDocument() one line per document}, as
   * {@link #read(Reader)} reads it; a parser that can read a string in place overrides this to
   * spare the reader's buffers. Its errors and warnings are placed on line 1, which a converter moves to the
   * line's number in the whole input.
   *
   * <pre>{@code
   * ParseResult result = FormatRegistry.loadDefault().parser("ndjson").readLine("{\"signal\": ...}");
   * }</pre>
   *
   * @param line the line, without its line end
   * @return the briefing, its repairs and warnings
   * @throws BriefingFormatException when the line is not a briefing in this format
   */
  default ParseResult readLine(String line) {
    return read(new StringReader(line));
  }

  /**
   * Reads every briefing in the input: the briefings of {@link #readAll(Reader)}, lazily when
   * the format holds many (such as NDJSON); a single-document format gives a stream of one.
   * Close the stream when done.
   *
   * @param in the input; not closed
   * @return the briefings, in input order
   */
  default Stream<Briefing> parseAll(Reader in) {
    return readAll(in).map(ParseResult::briefing);
  }
}
