package dev.briefing.web;

import dev.briefing.core.Briefing;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Metadata;
import dev.briefing.core.Source;
import dev.briefing.core.WatchItem;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Locale;

/** A briefing that has every part the JSON-LD maps, for the tests that check each property. */
final class TestBriefings {

  private TestBriefings() {}

  static Briefing everyPart() {
    return Briefing.builder()
        .title("Talent, not scale")
        .signal("Talent is the new frontier.")
        .whatHappened("A researcher moved.\n\nRivals took note.")
        .addImpacts(Impact.of(1, "The lab gains an operator."), Impact.of(2, "Rivals re-price talent."))
        .addFigures(Figure.builder().value("$72.3B").label("Capital raised").source("various sources").build())
        .addFigures(Figure.builder().value("2,300–5,000").label("Employees").asOf("2026").build())
        .addFigures(Figure.builder().value("40%").label("Share").asOf("1 March 2026").build())
        .addFigures(Figure.builder().value("about 12").label("Teams").asOf("Q3 2025").build())
        .addWatchItems(WatchItem.of("Counter-moves", "Retention offers from rivals."))
        .metadata(Metadata.builder()
            .id("signal-2026-03-01")
            .published(OffsetDateTime.parse("2026-03-01T09:30:00+01:00"))
            .language(Locale.forLanguageTag("en-GB"))
            .addAuthors("A. Writer", "B. Editor")
            .addTags("AI", "talent")
            .addSources(Source.of("TechCrunch", URI.create("https://techcrunch.com/2026/03/01/move")))
            .build())
        .build();
  }
}
