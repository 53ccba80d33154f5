package dev.briefing.examples.service;

import dev.briefing.core.Briefing;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.WatchItem;

/** The briefing the service starts with. */
final class Example {

  static final Briefing BRIEFING = Briefing.builder()
      .title("Talent, not scale")
      .signal("Talent, not scale, is the new frontier.")
      .whatHappened("A founding researcher joined a rival lab's pre-training team.")
      .addImpacts(Impact.of(1, "The lab gains a proven operator."))
      .addImpacts(Impact.of(2, "Rivals re-evaluate how they keep their own researchers."))
      .addFigures(Figure.builder().value("$72.3B").label("Capital raised to date").source("various sources").build())
      .addWatchItems(WatchItem.of("Counter-moves", "Retention offers from rivals."))
      .build();

  private Example() {}
}
