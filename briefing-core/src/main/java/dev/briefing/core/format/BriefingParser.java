package dev.briefing.core.format;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingFormatException;
import java.io.Reader;
import java.io.StringReader;
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
   * Reads every briefing in the input, lazily when the format holds many (such as NDJSON);
   * a single-document format gives a stream of one. Close the stream when done.
   *
   * @param in the input; not closed
   * @return the briefings, in input order
   */
  default Stream<Briefing> parseAll(Reader in) {
    return Stream.of(parse(in));
  }
}
