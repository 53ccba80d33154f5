package dev.briefing.cli.internal;

import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.Location;
import dev.briefing.core.format.BriefingFormat;
import dev.briefing.core.format.BriefingParser;
import dev.briefing.core.format.BriefingRenderer;
import dev.briefing.core.format.FormatRegistry;
import dev.briefing.core.format.MatchStrength;
import dev.briefing.core.format.ParseResult;
import dev.briefing.json.BriefingJson;
import dev.briefing.json.JsonFormat;
import dev.briefing.json.NdjsonFormat;
import dev.briefing.kit.ParseOptions;
import dev.briefing.render.markdown.MarkdownFormat;
import dev.briefing.render.markdown.MarkdownParser;
import dev.briefing.render.text.TextFormat;
import dev.briefing.render.text.TextParser;
import java.io.Reader;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * The registry the commands read with: the built-in formats' parsers made lenient for {@code
 * --lenient}, and the JSON ones made not to validate, since the converter checks every briefing
 * itself (and {@code --no-validate} must be able to write what breaks a rule). The format SPI
 * offers only each format's default parser, so these options are set here, for the built-in
 * formats; any other format reads with its own parser.
 */
final class ReadingFormats {

  private static final ParseOptions LENIENT = ParseOptions.builder().lenient(true).build();

  private ReadingFormats() {}

  /**
   * @param formats the registered formats
   * @param lenient whether parsers tolerate what they can, with warnings
   * @return the formats, the built-in ones reading as asked
   */
  static FormatRegistry of(FormatRegistry formats, boolean lenient) {
    FormatRegistry reading = formats;
    for (BriefingFormat format : formats.formats()) {
      BriefingParser parser = parser(format, lenient);
      if (parser != null) {
        reading = reading.with(new Reading(format, parser));
      }
    }
    return reading;
  }

  private static BriefingParser parser(BriefingFormat format, boolean lenient) {
    if (format instanceof TextFormat) {
      return lenient ? TextParser.of(LENIENT) : null;
    }
    if (format instanceof MarkdownFormat) {
      return lenient ? MarkdownParser.of(LENIENT) : null;
    }
    BriefingJson json = lenient ? BriefingJson.create().lenient().withoutValidation() : BriefingJson.create().withoutValidation();
    if (format instanceof JsonFormat) {
      return json.asParser();
    }
    if (format instanceof NdjsonFormat) {
      return ndjson(json);
    }
    return null;
  }

  /** JSON Lines read with {@code json}, numbered from 1, a bad line failing when reached. */
  private static BriefingParser ndjson(BriefingJson json) {
    return new BriefingParser() {
      @Override
      public ParseResult read(Reader in) {
        try (Stream<ParseResult> all = readAll(in)) {
          List<ParseResult> first = all.limit(2).toList();
          if (first.size() != 1) {
            throw new BriefingFormatException(Location.at(1, 1),
                "expected one briefing but the input has " + (first.isEmpty() ? "none" : "more"));
          }
          return first.get(0);
        }
      }

      @Override
      public OptionalLong linePerDocument() {
        return OptionalLong.of(json.limits().maxDocumentLength());
      }

      @Override
      public ParseResult readLine(String line) {
        return ParseResult.of(json.read(line));
      }

      @Override
      public Stream<ParseResult> readAll(Reader in) {
        // Numbered in a map step, which is safe only because this stream is never made parallel.
        long[] document = {0};
        return json.ndjsonReader(in).stream()
            .map(briefing -> ParseResult.builder().briefing(briefing).document(++document[0]).build());
      }
    };
  }

  /** A format as registered, but read with another parser. */
  private static final class Reading implements BriefingFormat {
    private final BriefingFormat format;
    private final BriefingParser parser;

    Reading(BriefingFormat format, BriefingParser parser) {
      this.format = format;
      this.parser = parser;
    }

    @Override
    public String name() {
      return format.name();
    }

    @Override
    public String mediaType() {
      return format.mediaType();
    }

    @Override
    public List<String> extensions() {
      return format.extensions();
    }

    @Override
    public Optional<BriefingRenderer> renderer() {
      return format.renderer();
    }

    @Override
    public Optional<BriefingParser> parser() {
      return Optional.of(parser);
    }

    @Override
    public boolean multiDocument() {
      return format.multiDocument();
    }

    @Override
    public MatchStrength probe(CharSequence head) {
      return format.probe(head);
    }
  }
}
