package dev.briefing.benchmarks.baseline;

import dev.briefing.core.Briefing;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Metadata;
import dev.briefing.core.Quantity;
import dev.briefing.core.Source;
import dev.briefing.core.WatchItem;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;

/**
 * Hand-written Jackson 3 streaming code (the Jackson 3 twin of {@link StreamingJsonWriter}) that writes a core briefing as compact JSON of the wire
 * format's shape: the practical limit for a Jackson-based writer, with no abstraction between
 * the model and {@link JsonGenerator}.
 *
 * <pre>{@code
 * String json = new Jackson3StreamingWriter().write(SeedBriefing.briefing());
 * }</pre>
 */
public final class Jackson3StreamingWriter {
  private final JsonFactory factory;

  /** Uses a factory of its own with Jackson's defaults but for '/', which the wire format writes as itself. */
  public Jackson3StreamingWriter() {
    this(JsonFactory.builder().disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES).build());
  }

  /** @param factory the factory to create generators with */
  public Jackson3StreamingWriter(JsonFactory factory) {
    this.factory = factory;
  }

  /**
   * @param briefing the briefing
   * @return its JSON
   */
  public String write(Briefing briefing) {
    StringBuilderWriter out = new StringBuilderWriter(4096);
    write(briefing, out);
    return out.toString();
  }

  /**
   * Writes one document without a trailing newline.
   *
   * @param briefing the briefing
   * @param out where to write; flushed, not closed
   */
  public void write(Briefing briefing, Writer out) {
    try (JsonGenerator g = factory.createGenerator(out)) {
      write(briefing, g);
    }
  }

  private static void write(Briefing b, JsonGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("schemaVersion", "1.0");
    if (b.title().isPresent()) {
      g.writeStringProperty("title", b.title().get());
    }
    g.writeStringProperty("signal", b.signal());
    g.writeStringProperty("whatHappened", b.whatHappened());
    g.writeArrayPropertyStart("impacts");
    for (Impact impact : b.impacts()) {
      g.writeStartObject();
      g.writeNumberProperty("order", impact.order());
      g.writeStringProperty("text", impact.text());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("figures");
    for (Figure figure : b.figures()) {
      figure(figure, g);
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("watchItems");
    for (WatchItem item : b.watchItems()) {
      g.writeStartObject();
      g.writeStringProperty("title", item.title());
      g.writeStringProperty("description", item.description());
      g.writeEndObject();
    }
    g.writeEndArray();
    if (!b.metadata().isEmpty()) {
      metadata(b.metadata(), g);
    }
    g.writeEndObject();
  }

  private static void figure(Figure figure, JsonGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("value", figure.value());
    g.writeStringProperty("label", figure.label());
    if (figure.source().isPresent()) {
      g.writeStringProperty("source", figure.source().get());
    }
    if (figure.asOf().isPresent()) {
      g.writeStringProperty("asOf", figure.asOf().get());
    }
    if (figure.quantity().isPresent()) {
      Quantity q = figure.quantity().get();
      g.writeObjectPropertyStart("quantity");
      g.writeStringProperty("low", q.low().toPlainString());
      g.writeStringProperty("high", q.high().toPlainString());
      if (q.currency().isPresent()) {
        g.writeStringProperty("currency", q.currency().get());
      }
      if (q.unit().isPresent()) {
        g.writeStringProperty("unit", q.unit().get());
      }
      g.writeBooleanProperty("approximate", q.approximate());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void metadata(Metadata m, JsonGenerator g) {
    g.writeObjectPropertyStart("metadata");
    if (m.id().isPresent()) {
      g.writeStringProperty("id", m.id().get());
    }
    if (m.published().isPresent()) {
      g.writeStringProperty("published", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(m.published().get()));
    }
    if (m.language().isPresent()) {
      g.writeStringProperty("language", m.language().get().toLanguageTag());
    }
    // Like the wire format, empty lists are left out of the metadata.
    if (!m.authors().isEmpty()) {
      g.writeArrayPropertyStart("authors");
      for (String author : m.authors()) {
        g.writeString(author);
      }
      g.writeEndArray();
    }
    if (!m.tags().isEmpty()) {
      g.writeArrayPropertyStart("tags");
      for (String tag : m.tags()) {
        g.writeString(tag);
      }
      g.writeEndArray();
    }
    if (!m.sources().isEmpty()) {
      g.writeArrayPropertyStart("sources");
      for (Source source : m.sources()) {
        g.writeStartObject();
        g.writeStringProperty("title", source.title());
        g.writeStringProperty("url", source.url().toString());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }
}
