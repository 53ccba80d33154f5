package dev.briefing.editorial.internal.lint;

import dev.briefing.core.Briefing;

/** The Signal over the word limit: a thesis is read in one breath. */
public final class SignalTooLong implements Rule {
  @Override
  public void check(Briefing briefing, Report report) {
    String signal = briefing.signal().strip();
    int words = signal.isEmpty() ? 0 : signal.split("\\s+").length;
    if (words > report.signalWordLimit()) {
      report.add("$.signal", "The Signal has " + words + " words, more than " + report.signalWordLimit()
          + ": cut it to the thesis");
    }
  }
}
