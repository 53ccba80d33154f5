package dev.briefing.benchmarks.baseline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
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
 * Hand-written Jackson streaming code that writes a core briefing as compact JSON of the wire
 * format's shape: the practical limit for a Jackson-based writer, with no abstraction between
 * the model and {@link JsonGenerator}.
 *
 * <pre>{@code
 * String json = new StreamingJsonWriter().write(SeedBriefing.briefing());
 * }</pre>
 */
public final class StreamingJsonWriter {
  private final JsonFactory factory;

  /** Uses a factory of its own with Jackson's defaults. */
  public StreamingJsonWriter() {
    this(new JsonFactory());
  }

  /** @param factory the factory to create generators with */
  public StreamingJsonWriter(JsonFactory factory) {
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
    g.writeStringField("schemaVersion", "1.0");
    if (b.title().isPresent()) {
      g.writeStringField("title", b.title().get());
    }
    g.writeStringField("signal", b.signal());
    g.writeStringField("whatHappened", b.whatHappened());
    g.writeArrayFieldStart("impacts");
    for (Impact impact : b.impacts()) {
      g.writeStartObject();
      g.writeNumberField("order", impact.order());
      g.writeStringField("text", impact.text());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("figures");
    for (Figure figure : b.figures()) {
      figure(figure, g);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("watchItems");
    for (WatchItem item : b.watchItems()) {
      g.writeStartObject();
      g.writeStringField("title", item.title());
      g.writeStringField("description", item.description());
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
    g.writeStringField("value", figure.value());
    g.writeStringField("label", figure.label());
    if (figure.source().isPresent()) {
      g.writeStringField("source", figure.source().get());
    }
    if (figure.asOf().isPresent()) {
      g.writeStringField("asOf", figure.asOf().get());
    }
    if (figure.quantity().isPresent()) {
      Quantity q = figure.quantity().get();
      g.writeObjectFieldStart("quantity");
      g.writeStringField("low", q.low().toPlainString());
      g.writeStringField("high", q.high().toPlainString());
      if (q.currency().isPresent()) {
        g.writeStringField("currency", q.currency().get());
      }
      if (q.unit().isPresent()) {
        g.writeStringField("unit", q.unit().get());
      }
      g.writeBooleanField("approximate", q.approximate());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void metadata(Metadata m, JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("metadata");
    if (m.id().isPresent()) {
      g.writeStringField("id", m.id().get());
    }
    if (m.published().isPresent()) {
      g.writeStringField("published", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(m.published().get()));
    }
    if (m.language().isPresent()) {
      g.writeStringField("language", m.language().get().toLanguageTag());
    }
    // Like the wire format, empty lists are left out of the metadata.
    if (!m.authors().isEmpty()) {
      g.writeArrayFieldStart("authors");
      for (String author : m.authors()) {
        g.writeString(author);
      }
      g.writeEndArray();
    }
    if (!m.tags().isEmpty()) {
      g.writeArrayFieldStart("tags");
      for (String tag : m.tags()) {
        g.writeString(tag);
      }
      g.writeEndArray();
    }
    if (!m.sources().isEmpty()) {
      g.writeArrayFieldStart("sources");
      for (Source source : m.sources()) {
        g.writeStartObject();
        g.writeStringField("title", source.title());
        g.writeStringField("url", source.url().toString());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }
}
