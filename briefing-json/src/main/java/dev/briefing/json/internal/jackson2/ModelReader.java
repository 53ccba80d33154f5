package dev.briefing.json.internal.jackson2;

import static com.fasterxml.jackson.core.JsonToken.END_ARRAY;
import static com.fasterxml.jackson.core.JsonToken.FIELD_NAME;
import static com.fasterxml.jackson.core.JsonToken.START_ARRAY;
import static com.fasterxml.jackson.core.JsonToken.START_OBJECT;
import static com.fasterxml.jackson.core.JsonToken.VALUE_NULL;
import static com.fasterxml.jackson.core.JsonToken.VALUE_STRING;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.json.ReaderBasedJsonParser;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Metadata;
import dev.briefing.core.Quantity;
import dev.briefing.core.Source;
import dev.briefing.core.WatchItem;
import dev.briefing.json.internal.JsonPathText;
import dev.briefing.json.internal.Problems;
import dev.briefing.json.internal.SchemaVersion;
import dev.briefing.json.internal.WireDate;
import dev.briefing.json.internal.WireDecimal;
import dev.briefing.json.internal.WireLanguage;
import dev.briefing.json.internal.WireNames;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the wire format from a {@link JsonParser}, one read per instance. Any property order is
 * accepted; unknown properties are errors unless a map to keep them in is given (lenient);
 * duplicates, wrong types, nulls and missing required properties are always errors.
 *
 * <p>An unknown property met before {@code schemaVersion} is held back until the version is
 * known, so a document of a newer major version is reported as such rather than as the first
 * property this reader does not know.
 */
public final class ModelReader {

  private final JsonParser p;
  private final Map<String, String> unknown;
  private final JsonFactory rawFactory;
  private BriefingFormatException heldBack;
  private boolean versionKnown;

  /**
   * @param p the parser, positioned before the value to read (or on it, inside databind)
   * @param unknown where to keep unknown properties by JSON Pointer (lenient), or null (strict)
   * @param rawFactory writes kept values as compact JSON; may be null when {@code unknown} is
   */
  public ModelReader(JsonParser p, Map<String, String> unknown, JsonFactory rawFactory) {
    this.p = p;
    this.unknown = unknown;
    this.rawFactory = rawFactory;
  }

  /** Reads a whole document: one briefing object and then nothing but whitespace. */
  public Briefing document() throws IOException {
    JsonToken first = p.nextToken();
    if (first != START_OBJECT) {
      throw Failures.at(p, Problems.expected("a briefing object", Tokens.describe(first)));
    }
    Briefing briefing = briefingObject(p.nextFieldName());
    JsonToken after = p.nextToken();
    if (after != null) {
      throw Failures.at(p, Problems.trailingContent(Tokens.describe(after)));
    }
    return briefing;
  }

  /** Reads a briefing whose start the parser is on (databind). */
  public Briefing briefing() throws IOException {
    return briefingObject(objectStart("a briefing object"));
  }

  /** Reads an impact whose start the parser is on (databind). */
  public Impact impact() throws IOException {
    versionKnown = true;
    return impactObject(objectStart("an impact object"));
  }

  /** Reads a figure whose start the parser is on (databind). */
  public Figure figure() throws IOException {
    versionKnown = true;
    return figureObject(objectStart("a figure object"));
  }

  /** Reads a watch item whose start the parser is on (databind). */
  public WatchItem watchItem() throws IOException {
    versionKnown = true;
    return watchItemObject(objectStart("a watch item object"));
  }

  /** Reads metadata whose start the parser is on (databind). */
  public Metadata metadata() throws IOException {
    versionKnown = true;
    return metadataObject(objectStart("a metadata object"));
  }

  /** Reads a source whose start the parser is on (databind). */
  public Source source() throws IOException {
    versionKnown = true;
    return sourceObject(objectStart("a source object"));
  }

  // ---- objects

  private Briefing briefingObject(String firstName) throws IOException {
    Briefing.Builder briefing = Briefing.builder();
    int seen = 0;
    for (String name = firstName; name != null; name = p.nextFieldName()) {
      switch (name) {
        case WireNames.SCHEMA_VERSION:
          seen = once(seen, 1, name);
          schemaVersion();
          break;
        case WireNames.TITLE:
          seen = once(seen, 2, name);
          String title = optionalString();
          if (title != null) {
            briefing.title(title);
          }
          break;
        case WireNames.SIGNAL:
          seen = once(seen, 4, name);
          briefing.signal(string());
          break;
        case WireNames.WHAT_HAPPENED:
          seen = once(seen, 8, name);
          briefing.whatHappened(string());
          break;
        case WireNames.IMPACTS:
          seen = once(seen, 16, name);
          arrayStart();
          while (p.nextToken() != END_ARRAY) {
            briefing.addImpacts(impactObject(objectStart("an impact object")));
          }
          break;
        case WireNames.FIGURES:
          seen = once(seen, 32, name);
          arrayStart();
          while (p.nextToken() != END_ARRAY) {
            briefing.addFigures(figureObject(objectStart("a figure object")));
          }
          break;
        case WireNames.WATCH_ITEMS:
          seen = once(seen, 64, name);
          arrayStart();
          while (p.nextToken() != END_ARRAY) {
            briefing.addWatchItems(watchItemObject(objectStart("a watch item object")));
          }
          break;
        case WireNames.METADATA:
          seen = once(seen, 128, name);
          p.nextToken();
          briefing.metadata(metadataObject(objectStart("a metadata object")));
          break;
        default:
          unknown(name, WireNames.BRIEFING);
      }
    }
    if (heldBack != null) {
      throw heldBack;
    }
    require(seen, 1, WireNames.SCHEMA_VERSION);
    require(seen, 4, WireNames.SIGNAL);
    require(seen, 8, WireNames.WHAT_HAPPENED);
    require(seen, 16, WireNames.IMPACTS);
    require(seen, 32, WireNames.FIGURES);
    require(seen, 64, WireNames.WATCH_ITEMS);
    return briefing.build();
  }

  private Impact impactObject(String firstName) throws IOException {
    int seen = 0;
    int order = 0;
    String text = null;
    for (String name = firstName; name != null; name = p.nextFieldName()) {
      switch (name) {
        case WireNames.ORDER:
          seen = once(seen, 1, name);
          order = integer();
          break;
        case WireNames.TEXT:
          seen = once(seen, 2, name);
          text = string();
          break;
        default:
          unknown(name, WireNames.IMPACT);
      }
    }
    require(seen, 1, WireNames.ORDER);
    require(seen, 2, WireNames.TEXT);
    return Impact.of(order, text);
  }

  private Figure figureObject(String firstName) throws IOException {
    Figure.Builder figure = Figure.builder();
    int seen = 0;
    String value = null;
    QuantityRead quantity = null;
    for (String name = firstName; name != null; name = p.nextFieldName()) {
      switch (name) {
        case WireNames.VALUE:
          seen = once(seen, 1, name);
          value = string();
          figure.value(value);
          break;
        case WireNames.LABEL:
          seen = once(seen, 2, name);
          figure.label(string());
          break;
        case WireNames.SOURCE:
          seen = once(seen, 4, name);
          String source = optionalString();
          if (source != null) {
            figure.source(source);
          }
          break;
        case WireNames.AS_OF:
          seen = once(seen, 8, name);
          String asOf = optionalString();
          if (asOf != null) {
            figure.asOf(asOf);
          }
          break;
        case WireNames.QUANTITY:
          seen = once(seen, 16, name);
          p.nextToken();
          quantity = quantityObject();
          break;
        default:
          unknown(name, WireNames.FIGURE);
      }
    }
    require(seen, 1, WireNames.VALUE);
    require(seen, 2, WireNames.LABEL);
    Figure built = figure.build();
    if (quantity != null) {
      quantity.check(value, built.quantity());
    }
    return built;
  }

  /**
   * The output-only quantity as read; checked against the value once both are known, that is
   * right after the figure's end, when the parser's context is the figure's container.
   */
  private final class QuantityRead {
    /** Where the object starts, as the parser's line and column: a JsonLocation is made only for an error. */
    final int line;
    final int column;
    /** Set instead of line and column by parsers that do not give the two numbers directly (databind's). */
    final JsonLocation where;
    BigDecimal low;
    BigDecimal high;
    String currency;
    String unit;
    boolean approximate;

    QuantityRead(JsonParser p) {
      // The two parsers our factories make; others (databind's token buffers) give a location.
      if ((p instanceof ReaderBasedJsonParser || p instanceof UTF8StreamJsonParser) && p.currentToken() != FIELD_NAME) {
        ParserBase base = (ParserBase) p;
        this.line = base.getTokenLineNr();
        // currentTokenLocation gives the column as kept; getTokenColumnNr adds one to it.
        int column = base.getTokenColumnNr();
        this.column = column < 0 ? column : column - 1;
        this.where = null;
      } else {
        this.line = 0;
        this.column = 0;
        this.where = p.currentTokenLocation();
      }
    }

    private JsonLocation where() {
      return where != null ? where : new JsonLocation(null, -1L, -1L, line, column);
    }

    void check(String value, Optional<Quantity> derived) {
      if (derived.isEmpty()) {
        throw Failures.at(where(), path(), Problems.quantityWithoutValue(value));
      }
      Quantity q = derived.get();
      if (low.compareTo(q.low()) != 0) {
        throw disagree(WireNames.LOW, WireDecimal.format(q.low()), WireDecimal.format(low), value);
      }
      if (high.compareTo(q.high()) != 0) {
        throw disagree(WireNames.HIGH, WireDecimal.format(q.high()), WireDecimal.format(high), value);
      }
      if (!Objects.equals(currency, q.currency().orElse(null))) {
        throw disagree(WireNames.CURRENCY, q.currency().orElse("none"), currency == null ? "none" : currency, value);
      }
      if (!Objects.equals(unit, q.unit().orElse(null))) {
        throw disagree(WireNames.UNIT, q.unit().orElse("none"), unit == null ? "none" : unit, value);
      }
      if (approximate != q.approximate()) {
        throw disagree(WireNames.APPROXIMATE, String.valueOf(q.approximate()), String.valueOf(approximate), value);
      }
    }

    private BriefingFormatException disagree(String part, String expected, String actual, String value) {
      String partPath = JsonPathText.appendName(new StringBuilder(path()), part).toString();
      return Failures.at(where(), partPath, Problems.quantityDisagrees(part, expected, value, actual));
    }

    /** Built only for an error: the figure's path, which the container's context gives, and the property. */
    private String path() {
      StringBuilder figurePath = new StringBuilder(ContextPath.of(p.getParsingContext()));
      return JsonPathText.appendName(figurePath, WireNames.QUANTITY).toString();
    }
  }

  private QuantityRead quantityObject() throws IOException {
    QuantityRead quantity = new QuantityRead(p);
    String firstName = objectStart("a quantity object");
    int seen = 0;
    for (String name = firstName; name != null; name = p.nextFieldName()) {
      switch (name) {
        case WireNames.LOW:
          seen = once(seen, 1, name);
          quantity.low = decimal();
          break;
        case WireNames.HIGH:
          seen = once(seen, 2, name);
          quantity.high = decimal();
          break;
        case WireNames.CURRENCY:
          seen = once(seen, 4, name);
          quantity.currency = optionalString();
          break;
        case WireNames.UNIT:
          seen = once(seen, 8, name);
          quantity.unit = optionalString();
          break;
        case WireNames.APPROXIMATE:
          seen = once(seen, 16, name);
          quantity.approximate = bool();
          break;
        default:
          unknown(name, WireNames.QUANTITY_OBJECT);
      }
    }
    require(seen, 1, WireNames.LOW);
    require(seen, 2, WireNames.HIGH);
    require(seen, 16, WireNames.APPROXIMATE);
    return quantity;
  }

  private WatchItem watchItemObject(String firstName) throws IOException {
    int seen = 0;
    String title = null;
    String description = null;
    for (String name = firstName; name != null; name = p.nextFieldName()) {
      switch (name) {
        case WireNames.TITLE:
          seen = once(seen, 1, name);
          title = string();
          break;
        case WireNames.DESCRIPTION:
          seen = once(seen, 2, name);
          description = string();
          break;
        default:
          unknown(name, WireNames.WATCH_ITEM);
      }
    }
    require(seen, 1, WireNames.TITLE);
    require(seen, 2, WireNames.DESCRIPTION);
    return WatchItem.of(title, description);
  }

  private Metadata metadataObject(String firstName) throws IOException {
    Metadata.Builder metadata = Metadata.builder();
    int seen = 0;
    for (String name = firstName; name != null; name = p.nextFieldName()) {
      switch (name) {
        case WireNames.ID:
          seen = once(seen, 1, name);
          String id = optionalString();
          if (id != null) {
            metadata.id(id);
          }
          break;
        case WireNames.PUBLISHED:
          seen = once(seen, 2, name);
          String published = optionalString();
          if (published != null) {
            metadata.published(date(published));
          }
          break;
        case WireNames.LANGUAGE:
          seen = once(seen, 4, name);
          String language = optionalString();
          if (language != null) {
            metadata.language(language(language));
          }
          break;
        case WireNames.AUTHORS:
          seen = once(seen, 8, name);
          arrayStart();
          while (p.nextToken() != END_ARRAY) {
            metadata.addAuthors(currentString());
          }
          break;
        case WireNames.TAGS:
          seen = once(seen, 16, name);
          arrayStart();
          while (p.nextToken() != END_ARRAY) {
            metadata.addTags(currentString());
          }
          break;
        case WireNames.SOURCES:
          seen = once(seen, 32, name);
          arrayStart();
          while (p.nextToken() != END_ARRAY) {
            metadata.addSources(sourceObject(objectStart("a source object")));
          }
          break;
        default:
          unknown(name, WireNames.METADATA_OBJECT);
      }
    }
    return metadata.build();
  }

  private Source sourceObject(String firstName) throws IOException {
    int seen = 0;
    String title = null;
    URI url = null;
    for (String name = firstName; name != null; name = p.nextFieldName()) {
      switch (name) {
        case WireNames.TITLE:
          seen = once(seen, 1, name);
          title = string();
          break;
        case WireNames.URL:
          seen = once(seen, 2, name);
          url = uri(string());
          break;
        default:
          unknown(name, WireNames.SOURCE_OBJECT);
      }
    }
    require(seen, 1, WireNames.TITLE);
    require(seen, 2, WireNames.URL);
    return Source.of(title, url);
  }

  // ---- values

  private void schemaVersion() throws IOException {
    JsonToken token = p.nextToken();
    if (token != VALUE_STRING) {
      throw Failures.at(p, Problems.expected("a schemaVersion string such as \"" + SchemaVersion.CURRENT + "\"",
          Tokens.describe(token)));
    }
    Optional<String> problem = SchemaVersion.problem(p.getText());
    if (problem.isPresent()) {
      throw Failures.at(p, problem.get());
    }
    versionKnown = true;
    if (heldBack != null) {
      throw heldBack;
    }
  }

  private String string() throws IOException {
    p.nextToken();
    return currentString();
  }

  private String currentString() throws IOException {
    JsonToken token = p.currentToken();
    if (token != VALUE_STRING) {
      throw Failures.at(p, Problems.expected("a string", Tokens.describe(token)));
    }
    return p.getText();
  }

  /** @return the string, or null for a lenient null */
  private String optionalString() throws IOException {
    JsonToken token = p.nextToken();
    if (token == VALUE_STRING) {
      return p.getText();
    }
    if (token == VALUE_NULL) {
      if (unknown != null) {
        return null;
      }
      throw Failures.at(p, Problems.expected("a string (leave the property out when there is none)", "NULL"));
    }
    throw Failures.at(p, Problems.expected("a string", Tokens.describe(token)));
  }

  private int integer() throws IOException {
    JsonToken token = p.nextToken();
    if (token == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
      return p.getIntValue();
    }
    if (token == JsonToken.VALUE_NUMBER_FLOAT) {
      // JSON Schema counts 2.0 as an integer; so do we, without ever expanding an exponent.
      String text = p.getText();
      if (text.indexOf('e') < 0 && text.indexOf('E') < 0) {
        try {
          return new BigDecimal(text).intValueExact();
        } catch (ArithmeticException e) {
          // not integral or out of range: reported below
        }
      }
    }
    String actual = Tokens.describe(token);
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      actual = actual + " " + p.getText();
    }
    throw Failures.at(p, Problems.expected("an integer", actual));
  }

  private boolean bool() throws IOException {
    JsonToken token = p.nextToken();
    if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
      return token == JsonToken.VALUE_TRUE;
    }
    throw Failures.at(p, Problems.expected("a boolean", Tokens.describe(token)));
  }

  private BigDecimal decimal() throws IOException {
    JsonToken token = p.nextToken();
    if (token != VALUE_STRING) {
      throw Failures.at(p, Problems.expected("a string", Tokens.describe(token)));
    }
    // Read in the parser's buffer: a quantity's bounds need no String of their own.
    BigDecimal decimal = WireDecimal.parse(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    if (decimal == null) {
      throw Failures.at(p, Problems.expected("a decimal number as a string, such as \"72300000000\"",
          "\"" + Problems.shorten(p.getText()) + "\""));
    }
    return decimal;
  }

  private OffsetDateTime date(String text) {
    OffsetDateTime date = WireDate.parse(text);
    if (date == null) {
      throw Failures.at(p, Problems.expected("an RFC 3339 date-time such as \"2026-02-10T09:00:00Z\"",
          "\"" + Problems.shorten(text) + "\""));
    }
    return date;
  }

  private Locale language(String text) {
    Locale locale = WireLanguage.parse(text);
    if (locale == null) {
      throw Failures.at(p, Problems.expected("a BCP 47 language tag such as \"en-US\"",
          "\"" + Problems.shorten(text) + "\""));
    }
    return locale;
  }

  private URI uri(String text) {
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw Failures.at(p, Problems.expected("a URI such as \"https://example.com/\"",
          "\"" + Problems.shorten(text) + "\" (" + e.getReason() + ")"));
    }
  }

  // ---- structure

  /** @return the first property name of the object the parser is on, or null when it is empty */
  private String objectStart(String what) throws IOException {
    JsonToken token = p.currentToken();
    if (token == START_OBJECT) {
      return p.nextFieldName();
    }
    if (token == FIELD_NAME) {
      return p.currentName();
    }
    if (token == JsonToken.END_OBJECT) {
      return null;
    }
    throw Failures.at(p, Problems.expected(what, Tokens.describe(token)));
  }

  private void arrayStart() throws IOException {
    JsonToken token = p.nextToken();
    if (token != START_ARRAY) {
      throw Failures.at(p, Problems.expected("an array", Tokens.describe(token)));
    }
  }

  private int once(int seen, int bit, String name) {
    if ((seen & bit) != 0) {
      throw Failures.at(p, Problems.duplicateProperty(name));
    }
    return seen | bit;
  }

  private void require(int seen, int bit, String name) {
    if ((seen & bit) == 0) {
      throw Failures.at(p, Problems.missingProperty(name));
    }
  }

  private void unknown(String name, List<String> known) throws IOException {
    if (unknown != null) {
      String pointer = p.getParsingContext().pathAsPointer().toString();
      p.nextToken();
      unknown.put(pointer, raw());
      return;
    }
    BriefingFormatException problem = Failures.at(p, Problems.unknownProperty(name, known));
    if (versionKnown) {
      throw problem;
    }
    if (heldBack == null) {
      heldBack = problem;
    }
    p.nextToken();
    p.skipChildren();
  }

  private String raw() throws IOException {
    SegmentedStringWriter out = new SegmentedStringWriter(rawFactory._getBufferRecycler());
    try (JsonGenerator g = rawFactory.createGenerator(out)) {
      g.copyCurrentStructure(p);
    }
    return out.getAndClear();
  }
}
