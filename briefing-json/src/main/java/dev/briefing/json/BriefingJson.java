package dev.briefing.json;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.BriefingIOException;
import dev.briefing.core.BriefingValidator;
import dev.briefing.core.Location;
import dev.briefing.core.format.BriefingParser;
import dev.briefing.core.format.BriefingRenderer;
import dev.briefing.core.format.ParseResult;
import dev.briefing.core.format.ParseWarning;
import dev.briefing.core.internal.validation.FastValidity;
import dev.briefing.json.internal.JsonPathText;
import dev.briefing.json.internal.UnknownPlacement;
import dev.briefing.json.internal.compact.CompactWriter;
import dev.briefing.json.internal.io.ByteOrderMark;
import dev.briefing.json.internal.shape.BriefingShape;
import dev.briefing.json.internal.shape.WireInput;
import dev.briefing.json.internal.shape.WireOutput;
import dev.briefing.json.internal.wire.Backends;
import dev.briefing.json.internal.wire.JsonEngine;
import dev.briefing.json.internal.wire.WireReader;
import dev.briefing.json.internal.wire.WireWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Writes and reads briefings in the JSON wire format. Immutable and thread-safe: make one and
 * share it; {@link #pretty()}, {@link #lenient()}, {@link #withLimits(JsonLimits)} and the
 * other options return new instances.
 *
 * <p>The codec runs on a JSON library that an artifact beside this one provides:
 * {@code briefing-jackson3} (Jackson 3) or {@code briefing-jackson2} (Jackson 2). With both
 * present, Jackson 3 is used unless the system property {@code dev.briefing.json.backend}
 * names {@code jackson2}, or {@link #withBackend(String)} names one; with neither, the first
 * read or write throws an {@link IllegalStateException} naming the two artifacts. Both give the
 * same characters and the same messages.
 *
 * <p>Reading is strict by default: unknown properties, duplicate properties, content after the
 * briefing, wrong types, nulls and missing required properties are {@link
 * BriefingFormatException}s whose message gives line, column, JSON path and what was expected,
 * such as {@code line 3, column 17 at $.figures[2].value: expected a string but was NUMBER}. A
 * document that parses but breaks the model's rules throws {@link
 * dev.briefing.core.BriefingValidationException} with every violation. Failing streams throw
 * {@link BriefingIOException}. Nothing else escapes. A leading UTF-8 byte-order mark is passed
 * over.
 *
 * <p>What a codec writes, it reads: by default it validates a briefing before writing it, and
 * refuses an invalid one with the same {@code BriefingValidationException} a read would give.
 * {@link #withoutValidation()} turns validation off for both directions.
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

  private static final BriefingJson DEFAULT = new BriefingJson(JsonLimits.defaults(), null, false, false, true);

  private final JsonLimits limits;
  private final String backend;
  private final boolean pretty;
  private final boolean lenient;
  private final boolean validating;
  /** Made on first use, so that a codec can be made (and DEFAULT loaded) without a backend. */
  private volatile JsonEngine engine;

  private BriefingJson(JsonLimits limits, String backend, boolean pretty, boolean lenient, boolean validating) {
    this.limits = limits;
    this.backend = backend;
    this.pretty = pretty;
    this.lenient = lenient;
    this.validating = validating;
  }

  private BriefingJson with(boolean pretty, boolean lenient, boolean validating) {
    BriefingJson codec = new BriefingJson(limits, backend, pretty, lenient, validating);
    codec.engine = engine;
    return codec;
  }

  /** @return the default codec: compact, strict, validating, with {@link JsonLimits#defaults()} */
  public static BriefingJson create() {
    return DEFAULT;
  }

  /** @return a codec like this one that writes indented JSON (two spaces, LF, final newline) */
  public BriefingJson pretty() {
    return with(true, lenient, validating);
  }

  /** @return a codec like this one that writes compact JSON on one line, without a final newline */
  public BriefingJson compact() {
    return with(false, lenient, validating);
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
    return with(pretty, true, validating);
  }

  /** @return a codec like this one that rejects unknown properties (the default) */
  public BriefingJson strict() {
    return with(pretty, false, validating);
  }

  /**
   * A codec like this one that validates neither what it reads nor what it writes: for trusted
   * input, to read a briefing in order to repair it, or to write one that is not finished.
   * Format errors are still errors.
   *
   * @return the codec
   */
  public BriefingJson withoutValidation() {
    return with(pretty, lenient, false);
  }

  /**
   * @param limits the read limits
   * @return a codec like this one with other read limits
   */
  public BriefingJson withLimits(JsonLimits limits) {
    return new BriefingJson(Objects.requireNonNull(limits, "limits"), backend, pretty, lenient, validating);
  }

  /**
   * A codec like this one on the named JSON library, whatever else is present and whatever the
   * system property {@code dev.briefing.json.backend} says.
   *
   * @param name {@code jackson3} (artifact {@code briefing-jackson3}) or {@code jackson2}
   *     ({@code briefing-jackson2})
   * @return the codec
   * @throws IllegalStateException when no backend of that name is present
   */
  public BriefingJson withBackend(String name) {
    Objects.requireNonNull(name, "name");
    BriefingJson codec = new BriefingJson(limits, name, pretty, lenient, validating);
    codec.engine();
    return codec;
  }

  /**
   * @return the name of the JSON library this codec runs on: {@code jackson3} or {@code jackson2}
   * @throws IllegalStateException when none is present
   */
  public String backend() {
    return Backends.select(backend).name();
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

  /** @return whether this codec validates what it reads and what it writes */
  public boolean isValidating() {
    return validating;
  }

  JsonEngine engine() {
    JsonEngine e = engine;
    if (e == null) {
      e = Backends.select(backend).engine(limits);
      engine = e;
    }
    return e;
  }

  // ---- write

  /**
   * @param briefing the briefing
   * @return its JSON
   * @throws dev.briefing.core.BriefingValidationException when validating and the briefing is invalid
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
    checkForWrite(briefing);
    // Compact text needs no backend, but a codec without one fails on its first use, whatever
    // it is, so that a missing artifact shows up at once rather than at the first read.
    JsonEngine backendEngine = engine();
    if (!pretty && extras.isEmpty()) {
      // The common case, written without a library's generator: the same characters.
      CompactWriter out = CompactWriter.borrow();
      try {
        BriefingShape.write(briefing, WireOutput.plain(out));
      } catch (IOException e) {
        throw new UncheckedIOException("a string cannot fail", e);
      }
      return out.release();
    }
    StringWriter out = new StringWriter(4096);
    try (WireWriter w = backendEngine.writer(out, pretty)) {
      write(briefing, extras, w);
    } catch (IOException failure) {
      throw new UncheckedIOException("a string cannot fail", failure);
    }
    return out.toString();
  }

  /**
   * @param document the briefing and the unknown properties to put back
   * @param out where to write; flushed, not closed
   */
  public void write(JsonDocument document, Writer out) {
    UnknownPlacement extras = UnknownPlacement.of(document.briefing(), document.unknown());
    checkForWrite(document.briefing());
    writeChecked(document.briefing(), extras, out);
  }

  /**
   * @param document the briefing and the unknown properties to put back
   * @param out where to write UTF-8; flushed, not closed
   */
  public void write(JsonDocument document, OutputStream out) {
    UnknownPlacement extras = UnknownPlacement.of(document.briefing(), document.unknown());
    checkForWrite(document.briefing());
    try (WireWriter w = engine().writer(out, pretty)) {
      write(document.briefing(), extras, w);
    } catch (IOException e) {
      throw new BriefingIOException("Could not write the briefing", e);
    }
  }

  private void writeChecked(Briefing briefing, UnknownPlacement extras, Writer out) {
    try (WireWriter w = engine().writer(out, pretty)) {
      write(briefing, extras, w);
    } catch (IOException e) {
      throw new BriefingIOException("Could not write the briefing", e);
    }
  }

  private void write(Briefing briefing, UnknownPlacement extras, WireWriter w) throws IOException {
    BriefingShape.write(briefing, new WireOutput(w, extras, engine()));
    if (pretty) {
      w.lineEnd();
    }
  }

  /** What this codec writes, it must read: so it refuses to write what its reads would refuse. */
  void checkForWrite(Briefing briefing) {
    if (validating) {
      BriefingValidator.standard().requireValid(briefing);
    }
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
    String text = ByteOrderMark.skip(json);
    return readDocument(() -> engine().reader(text, lenient));
  }

  /**
   * Reads one document from the start of {@code chars}, which the parser reads in place: the
   * NDJSON reader's line buffer, which would otherwise become a string, and be copied again.
   * A byte-order mark is not passed over: in a line it is not at the start of the input.
   */
  JsonDocument readDocument(char[] chars, int length) {
    requireNoMark(length > 0 ? chars[0] : 0);
    return readDocument(() -> engine().reader(chars, length, lenient));
  }

  /**
   * One line of JSON Lines, as {@link #readDocument(char[], int)} reads it.
   */
  JsonDocument readLineDocument(String line) {
    requireNoMark(line.isEmpty() ? 0 : line.charAt(0));
    return readDocument(() -> engine().reader(line, lenient));
  }

  /** A line reader passes over the mark at the start of the input: at a line's, it is one too many. */
  private static void requireNoMark(int first) {
    if (first == ByteOrderMark.MARK) {
      throw new BriefingFormatException(Location.at(1, 1),
          "a byte-order mark may only start the input; remove it from this line");
    }
  }

  /**
   * What a lenient read passed over, as the model cannot hold it: one warning per unknown
   * property, at {@code where} (a line, or nowhere for a whole document) and its JSON path.
   */
  static List<ParseWarning> unknownWarnings(JsonDocument document, Location where) {
    if (document.unknown().isEmpty()) {
      return List.of();
    }
    List<ParseWarning> warnings = new ArrayList<>(document.unknown().size());
    document.unknown().keySet().forEach(pointer -> warnings.add(ParseWarning.of(
        where.withPath(JsonPathText.fromPointer(pointer)),
        "unknown property not kept; read it with BriefingJson.readDocument to keep it")));
    return List.copyOf(warnings);
  }

  /**
   * @param in one JSON document; read to its end, not closed
   * @return the briefing and, when lenient, the unknown properties
   */
  public JsonDocument readDocument(Reader in) {
    return readDocument(() -> engine().reader(ByteOrderMark.skip(in), lenient));
  }

  /**
   * @param in one JSON document; read to its end, not closed
   * @return the briefing and, when lenient, the unknown properties
   */
  public JsonDocument readDocument(InputStream in) {
    return readDocument(() -> engine().reader(in, lenient));
  }

  @FunctionalInterface
  private interface ReaderOpener {
    WireReader open() throws IOException;
  }

  private JsonDocument readDocument(ReaderOpener opener) {
    Map<String, String> unknown = lenient ? new LinkedHashMap<>() : null;
    Briefing briefing;
    boolean textPlain;
    try (WireReader r = opener.open()) {
      WireInput in = lenient ? WireInput.lenient(r, unknown) : WireInput.strict(r);
      if (validating) {
        in.checkingText();
      }
      briefing = BriefingShape.document(in);
      textPlain = in.textIsPlain();
    } catch (IOException e) {
      throw new BriefingIOException("Could not read the briefing", e);
    }
    // The read found every text plain as it went: the other rules are left. Otherwise (or when
    // they fail) the full validation runs, and names every violation as it always does.
    if (validating && !(textPlain && FastValidity.isValidButPlainText(briefing))) {
      BriefingValidator.standard().requireValid(briefing);
    }
    return unknown == null || unknown.isEmpty() ? JsonDocument.of(briefing) : JsonDocument.ofKept(briefing, unknown);
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
      return new NdjsonWriter(this, engine().writer(out, false));
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
      return new NdjsonWriter(this, engine().writer(out, false));
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
      return ParseResult.builder().briefing(document.briefing())
          .addAllWarnings(unknownWarnings(document, Location.unknown())).build();
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
    return "BriefingJson{" + (backend == null ? "" : backend + ", ") + (pretty ? "pretty" : "compact") + ", " + (lenient ? "lenient" : "strict")
        + (validating ? "" : ", unvalidated") + ", " + limits + "}";
  }
}
