package dev.briefing.json;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.Location;
import dev.briefing.core.format.BriefingFormat;
import dev.briefing.core.format.BriefingParser;
import dev.briefing.core.format.BriefingRenderer;
import dev.briefing.core.format.InputHead;
import dev.briefing.core.format.MatchStrength;
import dev.briefing.core.format.ParseResult;
import java.io.Reader;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The {@code ndjson} format of the format registry: {@code application/x-ndjson},
 * {@code .ndjson} and {@code .jsonl}. It is a {@linkplain #multiDocument() many-document}
 * format: its renderer writes one briefing as one compact line ended by {@code \n}, so
 * rendering many into one {@code Appendable} makes JSON Lines; its parser's {@link
 * BriefingParser#readAll(Reader)} (and so {@link BriefingParser#parseAll(Reader)}) streams
 * lazily, one line at a time, numbering the briefings from 1 and failing at a bad line with
 * that line's number only when the stream reaches it; {@link BriefingParser#parse(Reader)}
 * wants exactly one briefing.
 *
 * <pre>{@code
 * BriefingParser lines = FormatRegistry.loadDefault().parser("ndjson");
 * try (Stream<ParseResult> all = lines.readAll(reader)) {
 *   all.forEachOrdered(result -> archive.store(result.document(), result.briefing()));
 * }
 * }</pre>
 */
public final class NdjsonFormat implements BriefingFormat {

  private static final BriefingJson CODEC = BriefingJson.create();
  /** Renders what it is given, as every renderer of the registry does; reading still validates. */
  private static final BriefingJson RENDERING = CODEC.withoutValidation();

  private static final BriefingRenderer RENDERER = (briefing, out) -> {
    out.append(RENDERING.write(briefing)).append('\n');
  };

  private static final BriefingParser PARSER = new BriefingParser() {
    @Override
    public ParseResult read(Reader in) {
      NdjsonReader lines = CODEC.ndjsonReader(in);
      if (!lines.hasNext()) {
        throw new BriefingFormatException(Location.at(1, 1), "expected a briefing but the input has no lines");
      }
      Briefing briefing = lines.next();
      long first = lines.lineNumber();
      if (lines.hasNext()) {
        throw new BriefingFormatException(Location.at((int) Math.min(Integer.MAX_VALUE, lines.lineNumber()), 1),
            "expected one briefing but line " + lines.lineNumber() + " holds another after line " + first
                + "; read them all with parseAll");
      }
      return ParseResult.of(briefing);
    }

    /** Each line is read alone as it would be in place, so a converter may split the lines among threads. */
    @Override
    public OptionalLong linePerDocument() {
      return OptionalLong.of(CODEC.limits().maxDocumentLength());
    }

    /** The line is parsed where it lies, without a line reader's buffers. */
    @Override
    public ParseResult readLine(String line) {
      return ParseResult.of(CODEC.read(line));
    }

    @Override
    public Stream<ParseResult> readAll(Reader in) {
      // Numbered by the iterator, which the stream pulls in input order even when made parallel;
      // a counter in a map step would number in whatever order the threads run.
      NdjsonReader lines = CODEC.ndjsonReader(in);
      Iterator<ParseResult> results = new Iterator<>() {
        private long document;

        @Override
        public boolean hasNext() {
          return lines.hasNext();
        }

        @Override
        public ParseResult next() {
          return ParseResult.builder().briefing(lines.next()).document(++document).build();
        }
      };
      return StreamSupport.stream(
          Spliterators.spliteratorUnknownSize(results, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }
  };

  /** Creates the format; it holds no state. */
  public NdjsonFormat() {}

  @Override
  public String name() {
    return "ndjson";
  }

  @Override
  public String mediaType() {
    return "application/x-ndjson";
  }

  @Override
  public List<String> extensions() {
    return List.of(".ndjson", ".jsonl");
  }

  /** @return true: an input holds any number of briefings, one per line */
  @Override
  public boolean multiDocument() {
    return true;
  }

  /**
   * Two lines that each start an object: only NDJSON has that, so it beats JSON's one. A first
   * record longer than the head reads as JSON.
   */
  @Override
  public MatchStrength probe(CharSequence head) {
    List<String> lines = InputHead.nonBlankLines(head, 2);
    return lines.size() == 2 && lines.get(0).startsWith("{") && lines.get(1).startsWith("{")
        ? MatchStrength.FULL_MATCH : MatchStrength.NO_MATCH;
  }

  @Override
  public Optional<BriefingRenderer> renderer() {
    return Optional.of(RENDERER);
  }

  @Override
  public Optional<BriefingParser> parser() {
    return Optional.of(PARSER);
  }
}
