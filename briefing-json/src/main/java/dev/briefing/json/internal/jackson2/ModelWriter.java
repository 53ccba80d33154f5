package dev.briefing.json.internal.jackson2;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Location;
import dev.briefing.core.Metadata;
import dev.briefing.core.Quantity;
import dev.briefing.core.Source;
import dev.briefing.core.WatchItem;
import dev.briefing.json.internal.SchemaVersion;
import dev.briefing.json.internal.UnknownPlacement;
import dev.briefing.json.internal.WireDate;
import dev.briefing.json.internal.WireDecimal;
import dev.briefing.json.internal.WireLanguage;
import dev.briefing.json.internal.WireNames;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the wire format to a {@link JsonGenerator}: properties in the documented order,
 * absent optionals and empty metadata lists left out. Everything that can fail is worked out
 * before the first token, so a briefing is written whole or not at all.
 */
public final class ModelWriter {

  private static final SerializableString SCHEMA_VERSION = name(WireNames.SCHEMA_VERSION);
  private static final SerializableString TITLE = name(WireNames.TITLE);
  private static final SerializableString SIGNAL = name(WireNames.SIGNAL);
  private static final SerializableString WHAT_HAPPENED = name(WireNames.WHAT_HAPPENED);
  private static final SerializableString IMPACTS = name(WireNames.IMPACTS);
  private static final SerializableString FIGURES = name(WireNames.FIGURES);
  private static final SerializableString WATCH_ITEMS = name(WireNames.WATCH_ITEMS);
  private static final SerializableString METADATA = name(WireNames.METADATA);
  private static final SerializableString ORDER = name(WireNames.ORDER);
  private static final SerializableString TEXT = name(WireNames.TEXT);
  private static final SerializableString VALUE = name(WireNames.VALUE);
  private static final SerializableString LABEL = name(WireNames.LABEL);
  private static final SerializableString SOURCE = name(WireNames.SOURCE);
  private static final SerializableString AS_OF = name(WireNames.AS_OF);
  private static final SerializableString QUANTITY = name(WireNames.QUANTITY);
  private static final SerializableString LOW = name(WireNames.LOW);
  private static final SerializableString HIGH = name(WireNames.HIGH);
  private static final SerializableString CURRENCY = name(WireNames.CURRENCY);
  private static final SerializableString UNIT = name(WireNames.UNIT);
  private static final SerializableString APPROXIMATE = name(WireNames.APPROXIMATE);
  private static final SerializableString DESCRIPTION = name(WireNames.DESCRIPTION);
  private static final SerializableString ID = name(WireNames.ID);
  private static final SerializableString PUBLISHED = name(WireNames.PUBLISHED);
  private static final SerializableString LANGUAGE = name(WireNames.LANGUAGE);
  private static final SerializableString AUTHORS = name(WireNames.AUTHORS);
  private static final SerializableString TAGS = name(WireNames.TAGS);
  private static final SerializableString SOURCES = name(WireNames.SOURCES);
  private static final SerializableString URL = name(WireNames.URL);
  private static final SerializableString CURRENT_VERSION = new SerializedString(SchemaVersion.CURRENT);

  private final JsonGenerator g;
  private final UnknownPlacement extras;
  private final JsonFactory rawFactory;
  private final char[] decimalBuffer = new char[WireDecimal.BUFFER_LENGTH];

  /**
   * @param g where to write
   * @param extras kept unknown properties to put back; {@link UnknownPlacement#none()} for none
   * @param rawFactory reads the kept values back; may be null when there are none
   */
  public ModelWriter(JsonGenerator g, UnknownPlacement extras, JsonFactory rawFactory) {
    this.g = g;
    this.extras = extras;
    this.rawFactory = rawFactory;
  }

  /** @return a writer that puts back no unknown properties */
  public static ModelWriter plain(JsonGenerator g) {
    return new ModelWriter(g, UnknownPlacement.none(), null);
  }

  /** Writes a briefing object. */
  public void briefing(Briefing b) throws IOException {
    Metadata metadata = b.metadata();
    String published = published(metadata);
    boolean withExtras = !extras.isEmpty();
    g.writeStartObject();
    g.writeFieldName(SCHEMA_VERSION);
    g.writeString(CURRENT_VERSION);
    Optional<String> title = b.title();
    if (title.isPresent()) {
      g.writeFieldName(TITLE);
      g.writeString(title.get());
    }
    g.writeFieldName(SIGNAL);
    g.writeString(b.signal());
    g.writeFieldName(WHAT_HAPPENED);
    g.writeString(b.whatHappened());
    g.writeFieldName(IMPACTS);
    g.writeStartArray();
    List<Impact> impacts = b.impacts();
    for (int i = 0, n = impacts.size(); i < n; i++) {
      impactObject(impacts.get(i), withExtras ? "/impacts/" + i : null);
    }
    g.writeEndArray();
    g.writeFieldName(FIGURES);
    g.writeStartArray();
    List<Figure> figures = b.figures();
    for (int i = 0, n = figures.size(); i < n; i++) {
      figureObject(figures.get(i), withExtras ? "/figures/" + i : null);
    }
    g.writeEndArray();
    g.writeFieldName(WATCH_ITEMS);
    g.writeStartArray();
    List<WatchItem> watchItems = b.watchItems();
    for (int i = 0, n = watchItems.size(); i < n; i++) {
      watchItemObject(watchItems.get(i), withExtras ? "/watchItems/" + i : null);
    }
    g.writeEndArray();
    if (!metadata.isEmpty() || (withExtras && extras.anyUnder("/metadata"))) {
      g.writeFieldName(METADATA);
      metadataObject(metadata, published, withExtras ? "/metadata" : null);
    }
    extrasAt(withExtras ? "" : null);
    g.writeEndObject();
  }

  /** Writes an impact object. */
  public void impact(Impact impact) throws IOException {
    impactObject(impact, null);
  }

  /** Writes a figure object. */
  public void figure(Figure figure) throws IOException {
    figureObject(figure, null);
  }

  /** Writes a watch item object. */
  public void watchItem(WatchItem item) throws IOException {
    watchItemObject(item, null);
  }

  /** Writes a metadata object. */
  public void metadata(Metadata metadata) throws IOException {
    metadataObject(metadata, published(metadata), null);
  }

  /** Writes a source object. */
  public void source(Source source) throws IOException {
    sourceObject(source, null);
  }

  private void impactObject(Impact impact, String pointer) throws IOException {
    g.writeStartObject();
    g.writeFieldName(ORDER);
    g.writeNumber(impact.order());
    g.writeFieldName(TEXT);
    g.writeString(impact.text());
    extrasAt(pointer);
    g.writeEndObject();
  }

  private void figureObject(Figure figure, String pointer) throws IOException {
    g.writeStartObject();
    g.writeFieldName(VALUE);
    g.writeString(figure.value());
    g.writeFieldName(LABEL);
    g.writeString(figure.label());
    Optional<String> source = figure.source();
    if (source.isPresent()) {
      g.writeFieldName(SOURCE);
      g.writeString(source.get());
    }
    Optional<String> asOf = figure.asOf();
    if (asOf.isPresent()) {
      g.writeFieldName(AS_OF);
      g.writeString(asOf.get());
    }
    Optional<Quantity> quantity = figure.quantity();
    if (quantity.isPresent()) {
      Quantity q = quantity.get();
      g.writeFieldName(QUANTITY);
      g.writeStartObject();
      g.writeFieldName(LOW);
      decimal(q.low());
      g.writeFieldName(HIGH);
      decimal(q.high());
      Optional<String> currency = q.currency();
      if (currency.isPresent()) {
        g.writeFieldName(CURRENCY);
        g.writeString(currency.get());
      }
      Optional<String> unit = q.unit();
      if (unit.isPresent()) {
        g.writeFieldName(UNIT);
        g.writeString(unit.get());
      }
      g.writeFieldName(APPROXIMATE);
      g.writeBoolean(q.approximate());
      extrasAt(pointer == null ? null : pointer + "/quantity");
      g.writeEndObject();
    }
    extrasAt(pointer);
    g.writeEndObject();
  }

  private void watchItemObject(WatchItem item, String pointer) throws IOException {
    g.writeStartObject();
    g.writeFieldName(TITLE);
    g.writeString(item.title());
    g.writeFieldName(DESCRIPTION);
    g.writeString(item.description());
    extrasAt(pointer);
    g.writeEndObject();
  }

  private void metadataObject(Metadata m, String published, String pointer) throws IOException {
    g.writeStartObject();
    if (m.id().isPresent()) {
      g.writeFieldName(ID);
      g.writeString(m.id().get());
    }
    if (published != null) {
      g.writeFieldName(PUBLISHED);
      g.writeString(published);
    }
    if (m.language().isPresent()) {
      g.writeFieldName(LANGUAGE);
      g.writeString(WireLanguage.format(m.language().get()));
    }
    strings(AUTHORS, m.authors());
    strings(TAGS, m.tags());
    List<Source> sources = m.sources();
    if (!sources.isEmpty()) {
      g.writeFieldName(SOURCES);
      g.writeStartArray();
      for (int i = 0, n = sources.size(); i < n; i++) {
        sourceObject(sources.get(i), pointer == null ? null : pointer + "/sources/" + i);
      }
      g.writeEndArray();
    }
    extrasAt(pointer);
    g.writeEndObject();
  }

  private void sourceObject(Source source, String pointer) throws IOException {
    g.writeStartObject();
    g.writeFieldName(TITLE);
    g.writeString(source.title());
    g.writeFieldName(URL);
    g.writeString(source.url().toString());
    extrasAt(pointer);
    g.writeEndObject();
  }

  /** Writes a decimal as a string; the common ones through a buffer, without a String of their own. */
  private void decimal(BigDecimal value) throws IOException {
    int length = WireDecimal.formatTo(value, decimalBuffer);
    if (length < 0) {
      g.writeString(WireDecimal.format(value));
    } else {
      g.writeString(decimalBuffer, 0, length);
    }
  }

  private void strings(SerializableString name, List<String> values) throws IOException {
    if (values.isEmpty()) {
      return;
    }
    g.writeFieldName(name);
    g.writeStartArray();
    for (int i = 0, n = values.size(); i < n; i++) {
      g.writeString(values.get(i));
    }
    g.writeEndArray();
  }

  private void extrasAt(String pointer) throws IOException {
    if (pointer == null) {
      return;
    }
    for (Map.Entry<String, String> extra : extras.at(pointer)) {
      g.writeFieldName(extra.getKey());
      try (JsonParser raw = rawFactory.createParser(extra.getValue())) {
        raw.nextToken();
        g.copyCurrentStructure(raw);
      }
    }
  }

  /**
   * @return the publication date as RFC 3339 text, or null when there is none
   * @throws BriefingFormatException when RFC 3339 cannot hold it
   */
  static String published(Metadata metadata) {
    if (metadata.published().isEmpty()) {
      return null;
    }
    try {
      return WireDate.format(metadata.published().get());
    } catch (IllegalArgumentException e) {
      throw new BriefingFormatException(Location.unknown().withPath("$.metadata.published"),
          "cannot write " + metadata.published().get() + ": " + e.getMessage());
    }
  }

  private static SerializableString name(String name) {
    return new SerializedString(name);
  }
}
