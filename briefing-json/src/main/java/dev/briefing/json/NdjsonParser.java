package dev.briefing.json;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.Location;
import dev.briefing.core.format.BriefingParser;
import dev.briefing.core.format.ParseResult;
import dev.briefing.core.format.ParseWarning;
import java.io.Reader;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** The {@code ndjson} format's parser: JSON Lines read with one codec, numbered from 1, lazily. */
final class NdjsonParser implements BriefingParser {

  private final BriefingJson codec;

  NdjsonParser(BriefingJson codec) {
    this.codec = Objects.requireNonNull(codec, "codec");
  }

  @Override
  public ParseResult read(Reader in) {
    NdjsonReader lines = codec.ndjsonReader(in);
    if (!lines.hasNext()) {
      throw new BriefingFormatException(Location.at(1, 1), "expected a briefing but the input has no lines");
    }
    Briefing briefing = lines.next();
    List<ParseWarning> warnings = lines.warnings();
    long first = lines.lineNumber();
    if (lines.hasNext()) {
      throw new BriefingFormatException(Location.at((int) Math.min(Integer.MAX_VALUE, lines.lineNumber()), 1),
          "expected one briefing but line " + lines.lineNumber() + " holds another after line " + first
              + "; read them all with parseAll");
    }
    return ParseResult.builder().briefing(briefing).addAllWarnings(warnings).build();
  }

  /** Each line is read alone as it would be in place, so a converter may split the lines among threads. */
  @Override
  public OptionalLong linePerDocument() {
    return OptionalLong.of(codec.limits().maxDocumentLength());
  }

  /**
   * The line is parsed where it lies, without a line reader's buffers, as the reader parses it
   * in place: a byte-order mark in it is refused, as it is not at the start of the input.
   */
  @Override
  public ParseResult readLine(String line) {
    JsonDocument document = codec.readLineDocument(line);
    return ParseResult.builder().briefing(document.briefing())
        .addAllWarnings(BriefingJson.unknownWarnings(document, Location.at(1, 1))).build();
  }

  @Override
  public Stream<ParseResult> readAll(Reader in) {
    // Numbered by the iterator, which the stream pulls in input order even when made parallel;
    // a counter in a map step would number in whatever order the threads run.
    NdjsonReader lines = codec.ndjsonReader(in);
    Iterator<ParseResult> results = new Iterator<>() {
      private long document;

      @Override
      public boolean hasNext() {
        return lines.hasNext();
      }

      @Override
      public ParseResult next() {
        Briefing briefing = lines.next();
        return ParseResult.builder().briefing(briefing).document(++document).addAllWarnings(lines.warnings()).build();
      }
    };
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(results, Spliterator.ORDERED | Spliterator.NONNULL), false);
  }
}
