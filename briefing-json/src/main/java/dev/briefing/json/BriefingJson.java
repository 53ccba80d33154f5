package dev.briefing.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingException;
import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.BriefingIOException;
import dev.briefing.core.BriefingValidator;
import dev.briefing.core.Location;
import dev.briefing.core.format.BriefingParser;
import dev.briefing.core.format.BriefingRenderer;
import dev.briefing.core.format.ParseResult;
import dev.briefing.core.format.ParseWarning;
import dev.briefing.json.internal.JsonPathText;
import dev.briefing.json.internal.UnknownPlacement;
import dev.briefing.json.internal.jackson2.CompactWriter;
import dev.briefing.json.internal.jackson2.Factories;
import dev.briefing.json.internal.jackson2.Failures;
import dev.briefing.json.internal.jackson2.ModelReader;
import dev.briefing.json.internal.jackson2.ModelWriter;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Writes and reads briefings in the JSON wire format. Immutable and thread-safe: make one and
 * share it; {@link #pretty()}, {@link #lenient()}, {@link #withLimits(JsonLimits)} and the
 * other options return new instances.
 *
 * <p>Reading is strict by default: unknown properties, duplicate properties, content after the
 * briefing, wrong types, nulls and missing required properties are {@link
 * BriefingFormatException}s whose message gives line, column, JSON path and what was expected,
 * such as {@code line 3, column 17 at $.figures[2].value: expected a string but was NUMBER}. A
 * document that parses but breaks the model's rules throws {@link
 * dev.briefing.core.BriefingValidationException} with every violation. Failing streams throw
 * {@link BriefingIOException}. Nothing else escapes.
 *
 * <pre>{@code
 * BriefingJson json = BriefingJson.create();
 * String wire = json.write(briefing);                // compact, one line
 * Briefing back = json.read(wire);                   // equal to briefing
 * json.pretty().write(briefing, writer);             // indented, for people and diffs
 *
 * BriefingJson lenient = json.lenient();             // keeps what it does not know
 * JsonDocument doc = lenient.readDocument(newerText);
 * lenient.write(doc);                                // unknown properties come back out
 * }</pre>
 */
public final class BriefingJson {

  /** Where the JSON Schema (draft 2020-12) of the format is, relative to this class. */
  public static final String SCHEMA_RESOURCE = "briefing.schema.json";

  private static final BriefingJson DEFAULT = new BriefingJson(JsonLimits.defaults(), false, false, true);

  private final JsonLimits limits;
  private final JsonFactory factory;
  private final boolean pretty;
  private final boolean lenient;
  private final boolean validating;

  private BriefingJson(JsonLimits limits, boolean pretty, boolean lenient, boolean validating) {
    this(limits, factory(limits), pretty, lenient, validating);
  }

  private BriefingJson(JsonLimits limits, JsonFactory factory, boolean pretty, boolean lenient, boolean validating) {
    this.limits = limits;
    this.factory = factory;
    this.pretty = pretty;
    this.lenient = lenient;
    this.validating = validating;
  }

  private static JsonFactory factory(JsonLimits l) {
    return Factories.create(l.maxDocumentLength(), l.maxStringLength(), l.maxNestingDepth(),
        l.maxNameLength(), l.maxNumberLength(), l.maxTokenCount());
  }

  /** @return the default codec: compact, strict, validating, with {@link JsonLimits#defaults()} */
  public static BriefingJson create() {
    return DEFAULT;
  }

  /** @return a codec like this one that writes indented JSON (two spaces, LF, final newline) */
  public BriefingJson pretty() {
    return new BriefingJson(limits, factory, true, lenient, validating);
  }

  /** @return a codec like this one that writes compact JSON on one line, without a final newline */
  public BriefingJson compact() {
    return new BriefingJson(limits, factory, false, lenient, validating);
  }

  /**
   * A codec like this one that accepts unknown properties and nulls for optional properties.
   * {@link #readDocument(String)} keeps the unknown properties and {@link #write(JsonDocument)}
   * puts them back; {@link #read(String)} returns only the briefing. Duplicates, wrong types and
   * missing required properties are still errors.
   *
   * @return the lenient codec
   */
  public BriefingJson lenient() {
    return new BriefingJson(limits, factory, pretty, true, validating);
  }

  /** @return a codec like this one that rejects unknown properties (the default) */
  public BriefingJson strict() {
    return new BriefingJson(limits, factory, pretty, false, validating);
  }

  /**
   * A codec like this one that does not validate what it reads: for trusted input, or to read
   * a briefing in order to repair it. Format errors are still errors.
   *
   * @return the codec
   */
  public BriefingJson withoutValidation() {
    return new BriefingJson(limits, factory, pretty, lenient, false);
  }

  /**
   * @param limits the read limits
   * @return a codec like this one with other read limits
   */
  public BriefingJson withLimits(JsonLimits limits) {
    return new BriefingJson(Objects.requireNonNull(limits, "limits"), pretty, lenient, validating);
  }

  /** @return the read limits */
  public JsonLimits limits() {
    return limits;
  }

  /** @return whether this codec writes indented JSON */
  public boolean isPretty() {
    return pretty;
  }

  /** @return whether this codec accepts unknown properties */
  public boolean isLenient() {
    return lenient;
  }

  /** @return whether this codec validates what it reads */
  public boolean isValidating() {
    return validating;
  }

  // ---- write

  /**
   * @param briefing the briefing
   * @return its JSON
   */
  public String write(Briefing briefing) {
    return writeString(Objects.requireNonNull(briefing, "briefing"), UnknownPlacement.none());
  }

  /**
   * @param briefing the briefing
   * @param out where to write; flushed, not closed
   * @throws BriefingIOException when {@code out} fails
   */
  public void write(Briefing briefing, Writer out) {
    write(JsonDocument.of(briefing), out);
  }

  /**
   * @param briefing the briefing
   * @param out where to write UTF-8; flushed, not closed
   * @throws BriefingIOException when {@code out} fails
   */
  public void write(Briefing briefing, OutputStream out) {
    write(JsonDocument.of(briefing), out);
  }

  /**
   * @param document the briefing and the unknown properties to put back
   * @return its JSON
   * @throws BriefingFormatException when an unknown property has no place in the briefing
   */
  public String write(JsonDocument document) {
    return writeString(document.briefing(), UnknownPlacement.of(document.briefing(), document.unknown()));
  }

  private String writeString(Briefing briefing, UnknownPlacement extras) {
    if (!pretty && extras.isEmpty()) {
      // The common case, written without a generator: the same characters (see CompactWriter).
      return CompactWriter.write(briefing, factory._getBufferRecycler());
    }
    SegmentedStringWriter out = new SegmentedStringWriter(factory._getBufferRecycler());
    try {
      try (JsonGenerator g = factory.createGenerator(out)) {
        write(briefing, extras, g);
      }
      return out.getAndClear();
    } catch (IOException e) {
      throw writeFailure(e);
    }
  }

  /**
   * @param document the briefing and the unknown properties to put back
   * @param out where to write; flushed, not closed
   */
  public void write(JsonDocument document, Writer out) {
    UnknownPlacement extras = UnknownPlacement.of(document.briefing(), document.unknown());
    try (JsonGenerator g = factory.createGenerator(out)) {
      write(document.briefing(), extras, g);
    } catch (IOException e) {
      throw writeFailure(e);
    }
  }

  /**
   * @param document the briefing and the unknown properties to put back
   * @param out where to write UTF-8; flushed, not closed
   */
  public void write(JsonDocument document, OutputStream out) {
    UnknownPlacement extras = UnknownPlacement.of(document.briefing(), document.unknown());
    try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
      write(document.briefing(), extras, g);
    } catch (IOException e) {
      throw writeFailure(e);
    }
  }

  private void write(Briefing briefing, UnknownPlacement extras, JsonGenerator g) throws IOException {
    if (pretty) {
      g.setPrettyPrinter(Factories.prettyPrinter());
    }
    new ModelWriter(g, extras, factory).briefing(briefing);
    if (pretty) {
      g.writeRaw('\n');
    }
  }

  private static BriefingException writeFailure(IOException e) {
    if (e instanceof JsonProcessingException) {
      return new BriefingFormatException(Location.unknown(),
          "cannot write the briefing as JSON: " + ((JsonProcessingException) e).getOriginalMessage(), e);
    }
    return new BriefingIOException("Could not write the briefing", e);
  }

  // ---- read

  /**
   * @param json one JSON document
   * @return the briefing
   * @throws BriefingFormatException when it is not a briefing document
   * @throws dev.briefing.core.BriefingValidationException when the briefing breaks the model's rules
   */
  public Briefing read(String json) {
    return readDocument(json).briefing();
  }

  /**
   * @param in one JSON document; read to its end, not closed
   * @return the briefing
   */
  public Briefing read(Reader in) {
    return readDocument(in).briefing();
  }

  /**
   * @param in one JSON document, UTF-8 (UTF-16 and UTF-32 are detected); read to its end, not closed
   * @return the briefing
   */
  public Briefing read(InputStream in) {
    return readDocument(in).briefing();
  }

  /**
   * @param json one JSON document
   * @return the briefing and, when lenient, the unknown properties
   */
  public JsonDocument readDocument(String json) {
    return readDocument(() -> factory.createParser(json));
  }

  /**
   * Reads one document from the start of {@code chars}, which Jackson reads in place: the
   * NDJSON reader's line buffer, which would otherwise become a string, and be copied again.
   */
  Briefing read(char[] chars, int length) {
    return readDocument(() -> factory.createParser(chars, 0, length)).briefing();
  }

  /**
   * @param in one JSON document; read to its end, not closed
   * @return the briefing and, when lenient, the unknown properties
   */
  public JsonDocument readDocument(Reader in) {
    return readDocument(() -> factory.createParser(in));
  }

  /**
   * @param in one JSON document; read to its end, not closed
   * @return the briefing and, when lenient, the unknown properties
   */
  public JsonDocument readDocument(InputStream in) {
    return readDocument(() -> factory.createParser(in));
  }

  @FunctionalInterface
  private interface ParserOpener {
    JsonParser open() throws IOException;
  }

  private JsonDocument readDocument(ParserOpener opener) {
    Map<String, String> unknown = lenient ? new LinkedHashMap<>() : null;
    Briefing briefing;
    JsonParser p;
    try {
      p = opener.open();
    } catch (JsonProcessingException e) {
      throw Failures.translateAtStart(e, factory.streamReadConstraints());
    } catch (CharConversionException e) {
      throw new BriefingFormatException(Location.at(1, 1), "the input is not valid text: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new BriefingIOException("Could not read the briefing", e);
    }
    if (!lenient) {
      // Strict reading refuses every property it does not know, and ModelReader finds a repeated
      // known one with a bit per property: Jackson's set of names per object would only repeat
      // that work. Lenient reading keeps it, for the unknown values it copies whole.
      p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }
    try (p) {
      briefing = new ModelReader(p, unknown, factory).document();
    } catch (JsonProcessingException e) {
      throw Failures.translate(e, p);
    } catch (CharConversionException e) {
      throw Failures.translate(e, p);
    } catch (IOException e) {
      throw new BriefingIOException("Could not read the briefing", e);
    }
    if (validating) {
      BriefingValidator.standard().requireValid(briefing);
    }
    return unknown == null || unknown.isEmpty() ? JsonDocument.of(briefing) : JsonDocument.of(briefing, unknown);
  }

  // ---- NDJSON

  /**
   * Reads one briefing per line, lazily; the first bad line throws (with its line number).
   *
   * @param in JSON Lines; not closed
   * @return the reader
   */
  public NdjsonReader ndjsonReader(Reader in) {
    return new NdjsonReader(compact(), in, null);
  }

  /**
   * Reads one briefing per line, lazily, skipping bad lines and reporting each to {@code onBadLine}.
   *
   * @param in JSON Lines; not closed
   * @param onBadLine told of each skipped line: its line number, column and path, and the problem
   * @return the reader
   */
  public NdjsonReader ndjsonReader(Reader in, Consumer<ParseWarning> onBadLine) {
    return new NdjsonReader(compact(), in, Objects.requireNonNull(onBadLine, "onBadLine"));
  }

  /**
   * @param in JSON Lines in UTF-8; not closed
   * @return a reader that throws at the first bad line
   */
  public NdjsonReader ndjsonReader(InputStream in) {
    return ndjsonReader(NdjsonReader.utf8(in));
  }

  /**
   * @param out where to write one briefing per line; not closed by {@link NdjsonWriter#close()}
   * @return the writer
   */
  public NdjsonWriter ndjsonWriter(Writer out) {
    try {
      return new NdjsonWriter(factory.createGenerator(out));
    } catch (IOException e) {
      throw new BriefingIOException("Could not start writing JSON Lines", e);
    }
  }

  /**
   * @param out where to write UTF-8, one briefing per line; not closed by {@link NdjsonWriter#close()}
   * @return the writer
   */
  public NdjsonWriter ndjsonWriter(OutputStream out) {
    try {
      return new NdjsonWriter(factory.createGenerator(out, JsonEncoding.UTF8));
    } catch (IOException e) {
      throw new BriefingIOException("Could not start writing JSON Lines", e);
    }
  }

  // ---- format SPI

  /** @return this codec as a format renderer */
  public BriefingRenderer asRenderer() {
    return (briefing, out) -> {
      if (out instanceof Writer) {
        try {
          write(briefing, (Writer) out);
        } catch (BriefingIOException e) {
          throw e.getCause();
        }
      } else {
        out.append(write(briefing));
      }
    };
  }

  /**
   * This codec as a format parser. When lenient, each unknown property it passed over is
   * listed as a warning of the result, since the model cannot hold it.
   *
   * @return the parser
   */
  public BriefingParser asParser() {
    return new AsParser();
  }

  /**
   * The codec as a format parser. {@code parse} is overridden because the defaults go through
   * {@link ParseResult} and wrap a String in a {@code StringReader}, which Jackson reads in chunks
   * instead of over the String's characters directly: both cost more than the rest of a small read.
   */
  private final class AsParser implements BriefingParser {

    @Override
    public ParseResult read(Reader in) {
      JsonDocument document = readDocument(in);
      ParseResult.Builder result = ParseResult.builder().briefing(document.briefing());
      document.unknown().keySet().forEach(pointer -> result.addWarnings(ParseWarning.of(
          Location.unknown().withPath(JsonPathText.fromPointer(pointer)),
          "unknown property not kept; read it with BriefingJson.readDocument to keep it")));
      return result.build();
    }

    @Override
    public Briefing parse(Reader in) {
      return BriefingJson.this.read(in);
    }

    @Override
    public Briefing parse(String text) {
      return BriefingJson.this.read(text);
    }
  }

  // ---- schema

  /** @return the JSON Schema (draft 2020-12) of the wire format */
  public static String schema() {
    try (InputStream in = BriefingJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the JSON Schema is missing from the jar: " + SCHEMA_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return "BriefingJson{" + (pretty ? "pretty" : "compact") + ", " + (lenient ? "lenient" : "strict")
        + (validating ? "" : ", unvalidated") + ", " + limits + "}";
  }
}
