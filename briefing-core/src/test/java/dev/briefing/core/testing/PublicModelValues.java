package dev.briefing.core.testing;

import dev.briefing.core.Briefing;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Location;
import dev.briefing.core.Metadata;
import dev.briefing.core.Quantity;
import dev.briefing.core.Source;
import dev.briefing.core.Violation;
import dev.briefing.core.WatchItem;
import dev.briefing.core.format.ParseWarning;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One value of every public model type, keyed by that type, for tests that must cover them all
 * (a JSON module binds each of them). Shared through this module's test-jar.
 *
 * <pre>{@code
 * for (Map.Entry<Class<?>, Object> value : PublicModelValues.each().entrySet()) { ... }
 * }</pre>
 */
public final class PublicModelValues {

  private PublicModelValues() {}

  /** @return the seed briefing with an id, a publication date and a source */
  public static Briefing seedWithMetadata() {
    return SeedBriefing.briefing().withMetadata(Metadata.builder().id("k-1")
        .published(OffsetDateTime.of(2026, 2, 10, 9, 0, 0, 0, ZoneOffset.UTC))
        .addSources(Source.of("TechCrunch", URI.create("https://techcrunch.com/"))).build());
  }

  /**
   * @return in this order: the seed with metadata, its first impact, figure, watch item, its
   *     metadata and source, the range quantity {@code 2300–5000}, a violation at {@code
   *     impacts[1].text}, and a parse warning at line 3 of The Numbers
   */
  public static Map<Class<?>, Object> each() {
    Briefing seed = seedWithMetadata();
    Map<Class<?>, Object> values = new LinkedHashMap<>();
    values.put(Briefing.class, seed);
    values.put(Impact.class, seed.impacts().get(0));
    values.put(Figure.class, seed.figures().get(0));
    values.put(WatchItem.class, seed.watchItems().get(0));
    values.put(Metadata.class, seed.metadata());
    values.put(Source.class, seed.metadata().sources().get(0));
    values.put(Quantity.class, seed.figures().get(2).quantity().orElseThrow());
    values.put(Violation.class, Violation.of("impacts[1].text", "must not be blank"));
    values.put(ParseWarning.class,
        ParseWarning.of(Location.builder().line(3).column(1).section("The Numbers").build(), "repaired"));
    return Collections.unmodifiableMap(values);
  }
}
