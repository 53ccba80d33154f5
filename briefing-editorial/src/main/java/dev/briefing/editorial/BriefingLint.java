package dev.briefing.editorial;

import dev.briefing.core.Briefing;
import dev.briefing.editorial.internal.lint.FindingOrder;
import dev.briefing.editorial.internal.lint.Report;
import dev.briefing.editorial.internal.lint.SourceLocator;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks a briefing against editorial rules ({@link LintRule}): sourcing of figures, ICD 203's
 * rules for likelihood and confidence, signposts on watch items, a short Signal, duplicates.
 * Immutable and thread-safe; the {@code with*} methods return changed copies.
 *
 * <pre>{@code
 * BriefingLint lint = BriefingLint.standard()
 *     .withSeverity(LintRule.SIGNAL_TOO_LONG, Severity.OFF)
 *     .withSignalWordLimit(60);
 * for (Finding finding : lint.check(briefing)) {
 *   System.out.println(finding.severity() + " " + finding.rule() + " " + finding.path() + ": " + finding.message());
 * }
 * }</pre>
 */
public final class BriefingLint {

  /** The Signal's word limit unless set: Smart Brevity's one short paragraph. */
  public static final int DEFAULT_SIGNAL_WORD_LIMIT = 40;

  private static final BriefingLint STANDARD = new BriefingLint(defaults(), DEFAULT_SIGNAL_WORD_LIMIT);

  private final Map<LintRule, Severity> severities;
  private final int signalWordLimit;

  private BriefingLint(Map<LintRule, Severity> severities, int signalWordLimit) {
    this.severities = severities;
    this.signalWordLimit = signalWordLimit;
  }

  /** @return every rule at its default severity, The Signal limited to 40 words */
  public static BriefingLint standard() {
    return STANDARD;
  }

  /**
   * @param rule a rule
   * @param severity its severity; {@link Severity#OFF} turns it off
   * @return a copy with the rule at that severity
   */
  public BriefingLint withSeverity(LintRule rule, Severity severity) {
    Map<LintRule, Severity> changed = new EnumMap<>(severities);
    changed.put(Objects.requireNonNull(rule, "rule"), Objects.requireNonNull(severity, "severity"));
    return new BriefingLint(changed, signalWordLimit);
  }

  /**
   * @param words the most words The Signal may have, at least 1
   * @return a copy with that limit
   */
  public BriefingLint withSignalWordLimit(int words) {
    if (words < 1) {
      throw new IllegalArgumentException("The Signal's word limit must be at least 1 but was " + words);
    }
    return new BriefingLint(severities, words);
  }

  /** @return the severity of the rule in this lint */
  public Severity severity(LintRule rule) {
    return severities.get(rule);
  }

  /** @return the most words The Signal may have */
  public int signalWordLimit() {
    return signalWordLimit;
  }

  /**
   * @param briefing the briefing
   * @return its findings, in document order
   */
  public List<Finding> check(Briefing briefing) {
    List<Finding> findings = new ArrayList<>();
    for (LintRule rule : LintRule.values()) {
      Severity severity = severities.get(rule);
      if (severity != Severity.OFF) {
        rule.rule().check(briefing, new Report(rule.id(), severity, signalWordLimit, findings));
      }
    }
    findings.sort(FindingOrder.INSTANCE);
    return List.copyOf(findings);
  }

  /**
   * The findings of a briefing read from text (plain text or Markdown), each at the line and
   * column of its part in that text when the part's words can be found there.
   *
   * @param briefing the briefing as read from {@code text}
   * @param text the text it was read from
   * @return its findings, in document order
   */
  public List<Finding> check(Briefing briefing, String text) {
    SourceLocator locator = new SourceLocator(briefing, text);
    return check(briefing).stream().map(locator::locate).toList();
  }

  private static Map<LintRule, Severity> defaults() {
    Map<LintRule, Severity> defaults = new EnumMap<>(LintRule.class);
    for (LintRule rule : LintRule.values()) {
      defaults.put(rule, rule.defaultSeverity());
    }
    return defaults;
  }
}
