package dev.briefing.editorial.internal.lint;

import dev.briefing.editorial.Finding;
import dev.briefing.editorial.Severity;
import java.util.List;
import java.util.OptionalInt;

/** Where one rule's findings go, with the rule's id and severity and the lint's settings. */
public final class Report {

  private final String rule;
  private final Severity severity;
  private final int signalWordLimit;
  private final List<Finding> into;

  public Report(String rule, Severity severity, int signalWordLimit, List<Finding> into) {
    this.rule = rule;
    this.severity = severity;
    this.signalWordLimit = signalWordLimit;
    this.into = into;
  }

  int signalWordLimit() {
    return signalWordLimit;
  }

  void add(String path, String message) {
    into.add(new Finding(rule, severity, path, message, OptionalInt.empty(), OptionalInt.empty()));
  }
}
