package dev.briefing.kafka;

import dev.briefing.core.Briefing;
import dev.briefing.core.Impact;

/** Briefings the tests need by kind. */
final class Briefings {

  private Briefings() {
  }

  /** Well formed, but the signal is longer than the 5,000 characters the rules allow. */
  static Briefing invalid() {
    return Briefing.builder()
        .signal("x".repeat(5_001))
        .whatHappened("Something happened.")
        .addImpacts(Impact.of(1, "It matters."))
        .build();
  }
}
