package dev.briefing.benchmarks.baseline;

import dev.briefing.core.Briefing;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Metadata;
import dev.briefing.core.Source;
import dev.briefing.core.WatchItem;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Locale;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/**
 * Hand-written Jackson 3 streaming code (the Jackson 3 twin of {@link StreamingJsonReader}) that reads the wire format's shape into a core briefing:
 * the practical limit for a Jackson-based reader. It trusts its input: unknown properties are
 * skipped, the derived quantity is skipped (the model derives it again), and nothing is
 * validated or located for error messages.
 *
 * <pre>{@code
 * Briefing briefing = new Jackson3StreamingReader().read(json);
 * }</pre>
 */
public final class Jackson3StreamingReader {
  private final JsonFactory factory;

  /** Uses a factory of its own with Jackson's defaults. */
  public Jackson3StreamingReader() {
    this(new JsonFactory());
  }

  /** @param factory the factory to create parsers with */
  public Jackson3StreamingReader(JsonFactory factory) {
    this.factory = factory;
  }

  /**
   * @param json one JSON document
   * @return the briefing it holds
   */
  public Briefing read(String json) {
    try (JsonParser p = factory.createParser(json)) {
      p.nextToken();
      return briefing(p);
    }
  }

  private static Briefing briefing(JsonParser p) {
    expect(p, JsonToken.START_OBJECT);
    Briefing.Builder b = Briefing.builder();
    String name;
    while ((name = p.nextName()) != null) {
      JsonToken value = p.nextToken();
      switch (name) {
        case "title" -> b.title(p.getString());
        case "signal" -> b.signal(p.getString());
        case "whatHappened" -> b.whatHappened(p.getString());
        case "impacts" -> {
          while (p.nextToken() == JsonToken.START_OBJECT) {
            b.addImpacts(impact(p));
          }
        }
        case "figures" -> {
          while (p.nextToken() == JsonToken.START_OBJECT) {
            b.addFigures(figure(p));
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

  private static Impact impact(JsonParser p) {
    int order = 0;
    String text = null;
    String name;
    while ((name = p.nextName()) != null) {
      JsonToken value = p.nextToken();
      switch (name) {
        case "order" -> order = p.getIntValue();
        case "text" -> text = p.getString();
        default -> skip(p, value);
      }
    }
    return Impact.of(order, text);
  }

  private static Figure figure(JsonParser p) {
    Figure.Builder f = Figure.builder();
    String name;
    while ((name = p.nextName()) != null) {
      JsonToken value = p.nextToken();
      switch (name) {
        case "value" -> f.value(p.getString());
        case "label" -> f.label(p.getString());
        case "source" -> f.source(p.getString());
        case "asOf" -> f.asOf(p.getString());
        default -> skip(p, value);
      }
    }
    return f.build();
  }

  private static WatchItem watchItem(JsonParser p) {
    String title = null;
    String description = null;
    String name;
    while ((name = p.nextName()) != null) {
      JsonToken value = p.nextToken();
      switch (name) {
        case "title" -> title = p.getString();
        case "description" -> description = p.getString();
        default -> skip(p, value);
      }
    }
    return WatchItem.of(title, description);
  }

  private static Metadata metadata(JsonParser p) {
    expect(p, JsonToken.START_OBJECT);
    Metadata.Builder m = Metadata.builder();
    String name;
    while ((name = p.nextName()) != null) {
      JsonToken value = p.nextToken();
      switch (name) {
        case "id" -> m.id(p.getString());
        case "published" -> m.published(OffsetDateTime.parse(p.getString()));
        case "language" -> m.language(Locale.forLanguageTag(p.getString()));
        case "authors" -> {
          while (p.nextToken() == JsonToken.VALUE_STRING) {
            m.addAuthors(p.getString());
          }
        }
        case "tags" -> {
          while (p.nextToken() == JsonToken.VALUE_STRING) {
            m.addTags(p.getString());
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

  private static Source source(JsonParser p) {
    String title = null;
    String url = null;
    String name;
    while ((name = p.nextName()) != null) {
      JsonToken value = p.nextToken();
      switch (name) {
        case "title" -> title = p.getString();
        case "url" -> url = p.getString();
        default -> skip(p, value);
      }
    }
    return Source.of(title, URI.create(url));
  }

  private static void skip(JsonParser p, JsonToken value) {
    if (value.isStructStart()) {
      p.skipChildren();
    }
  }

  private static void expect(JsonParser p, JsonToken token) {
    if (p.currentToken() != token) {
      throw new IllegalStateException("expected " + token + " but was " + p.currentToken() + " at " + p.currentLocation());
    }
  }
}
