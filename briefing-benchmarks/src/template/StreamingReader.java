package dev.briefing.benchmarks.baseline;

import @core@.JsonParser;
import @core@.JsonToken;
import @factoryPackage@.JsonFactory;
import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingValidator;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Metadata;
import dev.briefing.core.Quantity;
import dev.briefing.core.Source;
import dev.briefing.core.WatchItem;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Hand-written Jackson @line@ streaming code that reads the wire format's shape into a core briefing:
 * the practical limit for a Jackson-based reader. It trusts its input: unknown properties are
 * skipped, the derived quantity is skipped (the model derives it again), and nothing is
 * validated or located for error messages.
 *
 * <p>{@link #keepingPromises()} makes the one that keeps the two promises of our reader that
 * cost the most, still by hand and still without locations: each figure's written quantity is
 * read and checked against the one its value gives, and the briefing is validated. It is the
 * floor for any reader that keeps them.
 *
 * <pre>{@code
 * Briefing briefing = new @reader@().read(json);
 * }</pre>
 */
public final class @reader@ {
  private final JsonFactory factory;
  private final boolean promises;

  /** Uses a factory of its own with Jackson's defaults. */
  public @reader@() {
    this(new JsonFactory());
  }

  /** @param factory the factory to create parsers with */
  public @reader@(JsonFactory factory) {
    this(factory, false);
  }

  private @reader@(JsonFactory factory, boolean promises) {
    this.factory = factory;
    this.promises = promises;
  }

  /** @return a reader that checks each written quantity against the value and validates */
  public static @reader@ keepingPromises() {
    return new @reader@(new JsonFactory(), true);
  }

  /**
   * @param json one JSON document
   * @return the briefing it holds
   */
  public Briefing read(String json) {
    try (JsonParser p = factory.createParser(json)) {
      p.nextToken();
      Briefing briefing = briefing(p, promises);
      if (promises) {
        BriefingValidator.standard().requireValid(briefing);
      }
      return briefing;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads JSON Lines, handing each briefing on before reading the next.
   *
   * @param in one JSON object per line
   * @param sink receives each briefing
   * @return how many briefings were read
   */
  public long readAll(Reader in, Consumer<Briefing> sink) {
    long count = 0;
    try (JsonParser p = factory.createParser(in)) {
      while (p.nextToken() == JsonToken.START_OBJECT) {
        sink.accept(briefing(p, false));
        count++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return count;
  }

  private static Briefing briefing(JsonParser p, boolean promises) throws IOException {
    expect(p, JsonToken.START_OBJECT);
    Briefing.Builder b = Briefing.builder();
    String name;
    while ((name = p.@nextName@()) != null) {
      JsonToken value = p.nextToken();
      switch (name) {
        case "title" -> b.title(p.@getText@());
        case "signal" -> b.signal(p.@getText@());
        case "whatHappened" -> b.whatHappened(p.@getText@());
        case "impacts" -> {
          while (p.nextToken() == JsonToken.START_OBJECT) {
            b.addImpacts(impact(p));
          }
        }
        case "figures" -> {
          while (p.nextToken() == JsonToken.START_OBJECT) {
            b.addFigures(figure(p, promises));
          }
        }
        case "watchItems" -> {
          while (p.nextToken() == JsonToken.START_OBJECT) {
            b.addWatchItems(watchItem(p));
          }
        }
        case "metadata" -> b.metadata(metadata(p));
        default -> {
          if (value.isStructStart()) {
            p.skipChildren();
          }
        }
      }
    }
    return b.build();
  }

  private static Impact impact(JsonParser p) throws IOException {
    int order = 0;
    String text = null;
    String name;
    while ((name = p.@nextName@()) != null) {
      JsonToken value = p.nextToken();
      switch (name) {
        case "order" -> order = p.getIntValue();
        case "text" -> text = p.@getText@();
        default -> skip(p, value);
      }
    }
    return Impact.of(order, text);
  }

  private static Figure figure(JsonParser p, boolean promises) throws IOException {
    Figure.Builder f = Figure.builder();
    Quantity written = null;
    String name;
    while ((name = p.@nextName@()) != null) {
      JsonToken value = p.nextToken();
      switch (name) {
        case "value" -> f.value(p.@getText@());
        case "label" -> f.label(p.@getText@());
        case "source" -> f.source(p.@getText@());
        case "asOf" -> f.asOf(p.@getText@());
        case "quantity" -> {
          if (promises) {
            written = quantity(p);
          } else {
            skip(p, value);
          }
        }
        default -> skip(p, value);
      }
    }
    Figure figure = f.build();
    if (written != null && !agrees(written, figure.quantity())) {
      throw new IOException("the quantity disagrees with the value " + figure.value());
    }
    return figure;
  }

  private static Quantity quantity(JsonParser p) throws IOException {
    Quantity.Builder q = Quantity.builder();
    String name;
    while ((name = p.@nextName@()) != null) {
      JsonToken value = p.nextToken();
      switch (name) {
        case "low" -> q.low(new BigDecimal(p.@getText@()));
        case "high" -> q.high(new BigDecimal(p.@getText@()));
        case "currency" -> q.currency(p.@getText@());
        case "unit" -> q.unit(p.@getText@());
        case "approximate" -> q.approximate(p.getBooleanValue());
        default -> skip(p, value);
      }
    }
    return q.build();
  }

  private static boolean agrees(Quantity written, Optional<Quantity> derived) {
    if (derived.isEmpty()) {
      return false;
    }
    Quantity q = derived.get();
    return written.low().compareTo(q.low()) == 0 && written.high().compareTo(q.high()) == 0
        && Objects.equals(written.currency(), q.currency()) && Objects.equals(written.unit(), q.unit())
        && written.approximate() == q.approximate();
  }

  private static WatchItem watchItem(JsonParser p) throws IOException {
    String title = null;
    String description = null;
    String name;
    while ((name = p.@nextName@()) != null) {
      JsonToken value = p.nextToken();
      switch (name) {
        case "title" -> title = p.@getText@();
        case "description" -> description = p.@getText@();
        default -> skip(p, value);
      }
    }
    return WatchItem.of(title, description);
  }

  private static Metadata metadata(JsonParser p) throws IOException {
    expect(p, JsonToken.START_OBJECT);
    Metadata.Builder m = Metadata.builder();
    String name;
    while ((name = p.@nextName@()) != null) {
      JsonToken value = p.nextToken();
      switch (name) {
        case "id" -> m.id(p.@getText@());
        case "published" -> m.published(OffsetDateTime.parse(p.@getText@()));
        case "language" -> m.language(Locale.forLanguageTag(p.@getText@()));
        case "authors" -> {
          while (p.nextToken() == JsonToken.VALUE_STRING) {
            m.addAuthors(p.@getText@());
          }
        }
        case "tags" -> {
          while (p.nextToken() == JsonToken.VALUE_STRING) {
            m.addTags(p.@getText@());
          }
        }
        case "sources" -> {
          while (p.nextToken() == JsonToken.START_OBJECT) {
            m.addSources(source(p));
          }
        }
        default -> skip(p, value);
      }
    }
    return m.build();
  }

  private static Source source(JsonParser p) throws IOException {
    String title = null;
    String url = null;
    String name;
    while ((name = p.@nextName@()) != null) {
      JsonToken value = p.nextToken();
      switch (name) {
        case "title" -> title = p.@getText@();
        case "url" -> url = p.@getText@();
        default -> skip(p, value);
      }
    }
    return Source.of(title, URI.create(url));
  }

  private static void skip(JsonParser p, JsonToken value) throws IOException {
    if (value.isStructStart()) {
      p.skipChildren();
    }
  }

  private static void expect(JsonParser p, JsonToken token) throws IOException {
    if (p.currentToken() != token) {
      throw new IOException("expected " + token + " but was " + p.currentToken() + " at " + p.currentLocation());
    }
  }
}
