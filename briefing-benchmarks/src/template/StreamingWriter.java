package dev.briefing.benchmarks.baseline;

import @core@.JsonGenerator;
import @core@.json.JsonWriteFeature;
import @factoryPackage@.JsonFactory;
import @factoryPackage@.JsonFactoryBuilder;
import dev.briefing.core.Briefing;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Metadata;
import dev.briefing.core.Quantity;
import dev.briefing.core.Source;
import dev.briefing.core.WatchItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;

/**
 * Hand-written Jackson @line@ streaming code that writes a core briefing as compact JSON of the wire
 * format's shape: the practical limit for a Jackson-based writer, with no abstraction between
 * the model and {@link JsonGenerator}.
 *
 * <pre>{@code
 * String json = new @writer@().write(SeedBriefing.briefing());
 * }</pre>
 */
public final class @writer@ {
  private final JsonFactory factory;

  /**
   * Uses a factory of its own with Jackson's defaults but for '/', which the wire format writes
   * as itself (Jackson 3 escapes it by default).
   */
  public @writer@() {
    this(new JsonFactoryBuilder().disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES).build());
  }

  /** @param factory the factory to create generators with */
  public @writer@(JsonFactory factory) {
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
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Briefing b, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeString@Field@("schemaVersion", "1.0");
    if (b.title().isPresent()) {
      g.writeString@Field@("title", b.title().get());
    }
    g.writeString@Field@("signal", b.signal());
    g.writeString@Field@("whatHappened", b.whatHappened());
    g.writeArray@Field@Start("impacts");
    for (Impact impact : b.impacts()) {
      g.writeStartObject();
      g.writeNumber@Field@("order", impact.order());
      g.writeString@Field@("text", impact.text());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArray@Field@Start("figures");
    for (Figure figure : b.figures()) {
      figure(figure, g);
    }
    g.writeEndArray();
    g.writeArray@Field@Start("watchItems");
    for (WatchItem item : b.watchItems()) {
      g.writeStartObject();
      g.writeString@Field@("title", item.title());
      g.writeString@Field@("description", item.description());
      g.writeEndObject();
    }
    g.writeEndArray();
    if (!b.metadata().isEmpty()) {
      metadata(b.metadata(), g);
    }
    g.writeEndObject();
  }

  private static void figure(Figure figure, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeString@Field@("value", figure.value());
    g.writeString@Field@("label", figure.label());
    if (figure.source().isPresent()) {
      g.writeString@Field@("source", figure.source().get());
    }
    if (figure.asOf().isPresent()) {
      g.writeString@Field@("asOf", figure.asOf().get());
    }
    if (figure.quantity().isPresent()) {
      Quantity q = figure.quantity().get();
      g.writeObject@Field@Start("quantity");
      g.writeString@Field@("low", q.low().toPlainString());
      g.writeString@Field@("high", q.high().toPlainString());
      if (q.currency().isPresent()) {
        g.writeString@Field@("currency", q.currency().get());
      }
      if (q.unit().isPresent()) {
        g.writeString@Field@("unit", q.unit().get());
      }
      g.writeBoolean@Field@("approximate", q.approximate());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void metadata(Metadata m, JsonGenerator g) throws IOException {
    g.writeObject@Field@Start("metadata");
    if (m.id().isPresent()) {
      g.writeString@Field@("id", m.id().get());
    }
    if (m.published().isPresent()) {
      g.writeString@Field@("published", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(m.published().get()));
    }
    if (m.language().isPresent()) {
      g.writeString@Field@("language", m.language().get().toLanguageTag());
    }
    // Like the wire format, empty lists are left out of the metadata.
    if (!m.authors().isEmpty()) {
      g.writeArray@Field@Start("authors");
      for (String author : m.authors()) {
        g.writeString(author);
      }
      g.writeEndArray();
    }
    if (!m.tags().isEmpty()) {
      g.writeArray@Field@Start("tags");
      for (String tag : m.tags()) {
        g.writeString(tag);
      }
      g.writeEndArray();
    }
    if (!m.sources().isEmpty()) {
      g.writeArray@Field@Start("sources");
      for (Source source : m.sources()) {
        g.writeStartObject();
        g.writeString@Field@("title", source.title());
        g.writeString@Field@("url", source.url().toString());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }
}
