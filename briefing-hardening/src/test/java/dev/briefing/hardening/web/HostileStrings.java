package dev.briefing.hardening.web;

import dev.briefing.core.Briefing;
import dev.briefing.hardening.corpus.NaughtyStrings;
import dev.briefing.hardening.corpus.XssVectors;
import dev.briefing.hardening.support.BenignBriefing;
import dev.briefing.hardening.support.TextField;
import java.util.stream.Stream;

/** The hostile corpora, each string put into every text field of one briefing at once. */
final class HostileStrings {

  private HostileStrings() {}

  static Stream<Briefing> everywhere() {
    return Stream.concat(NaughtyStrings.load().stream(), XssVectors.text().stream())
        .filter(s -> !s.isBlank())
        .map(HostileStrings::inEveryField);
  }

  static Briefing inEveryField(String text) {
    Briefing briefing = BenignBriefing.create();
    for (TextField field : TextField.values()) {
      briefing = field.put(briefing, text);
    }
    return briefing;
  }
}
