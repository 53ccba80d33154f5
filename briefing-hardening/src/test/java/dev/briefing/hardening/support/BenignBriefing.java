package dev.briefing.hardening.support;

import dev.briefing.core.Briefing;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Metadata;
import dev.briefing.core.Source;
import dev.briefing.core.WatchItem;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * A valid briefing with every part present once and only plain words in it: the background into
 * which the hostile-text tests place one string at a time, and the page whose markup defines what
 * the HTML renderer may emit at all.
 *
 * <pre>{@code
 * Briefing b = BenignBriefing.create();
 * }</pre>
 */
public final class BenignBriefing {

  private BenignBriefing() {}

  /** @return the benign briefing */
  public static Briefing create() {
    return Briefing.builder()
        .title("Plain title")
        .signal("Plain signal paragraph.")
        .whatHappened("Plain narrative paragraph.\n\nA second plain paragraph.")
        .addImpacts(Impact.of(1, "Plain first impact."))
        .addImpacts(Impact.of(2, "Plain second impact."))
        .addFigures(Figure.builder().value("$72.3B").label("Plain label").source("Plain source").asOf("2026").build())
        .addFigures(Figure.of("2,300–5,000", "Another plain label"))
        .addWatchItems(WatchItem.of("Plain watch", "Plain watch description."))
        .metadata(Metadata.builder()
            .id("plain-id")
            .published(OffsetDateTime.parse("2026-02-01T09:30:00+01:00"))
            .language(Locale.ENGLISH)
            .addAuthors("Plain Author")
            .addTags("plain")
            .addSources(Source.of("Plain source title", URI.create("https://example.com/a?b=c&d=e")))
            .build())
        .build();
  }
}
