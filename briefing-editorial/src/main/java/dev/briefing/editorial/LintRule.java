package dev.briefing.editorial;

import dev.briefing.editorial.internal.lint.DuplicateFigure;
import dev.briefing.editorial.internal.lint.DuplicateImpact;
import dev.briefing.editorial.internal.lint.EstimativeWithoutLikelihood;
import dev.briefing.editorial.internal.lint.FigureWithoutSourceOrDate;
import dev.briefing.editorial.internal.lint.LikelihoodWithConfidence;
import dev.briefing.editorial.internal.lint.MixedLikelihoodTerms;
import dev.briefing.editorial.internal.lint.Rule;
import dev.briefing.editorial.internal.lint.SignalTooLong;
import dev.briefing.editorial.internal.lint.VagueSource;
import dev.briefing.editorial.internal.lint.WatchItemWithoutSignpost;
import java.util.Optional;

/**
 * The rules of {@link BriefingLint}, each with a stable id and a default severity. docs/editorial.md
 * gives each with an example.
 *
 * <pre>{@code
 * LintRule.VAGUE_SOURCE.id();              // "vague-source"
 * LintRule.byId("duplicate-impact");       // Optional[DUPLICATE_IMPACT]
 * }</pre>
 */
public enum LintRule {
  /** A figure with neither a source nor an as-of date. */
  FIGURE_WITHOUT_SOURCE_OR_DATE("figure-without-source-or-date", Severity.WARNING, new FigureWithoutSourceOrDate()),
  /** A figure's source that names no one ("various sources", "industry reports"). */
  VAGUE_SOURCE("vague-source", Severity.WARNING, new VagueSource()),
  /** One sentence of a judgment using terms from different rows of the likelihood scale. */
  MIXED_LIKELIHOOD_TERMS("mixed-likelihood-terms", Severity.ERROR, new MixedLikelihoodTerms()),
  /** One sentence of a judgment stating both a likelihood and a confidence level, which ICD 203 keeps apart. */
  LIKELIHOOD_WITH_CONFIDENCE("likelihood-with-confidence", Severity.ERROR, new LikelihoodWithConfidence()),
  /** A judgment using an estimative verb (could, may, might, expect) without a likelihood. */
  ESTIMATIVE_WITHOUT_LIKELIHOOD("estimative-without-likelihood", Severity.WARNING, new EstimativeWithoutLikelihood()),
  /** A watch item with no signpost, or none with a review-by date. */
  WATCH_ITEM_WITHOUT_SIGNPOST("watch-item-without-signpost", Severity.WARNING, new WatchItemWithoutSignpost()),
  /** The Signal longer than the word limit ({@link BriefingLint#withSignalWordLimit}, 40 by default). */
  SIGNAL_TOO_LONG("signal-too-long", Severity.WARNING, new SignalTooLong()),
  /** A figure with the value and label of an earlier one. */
  DUPLICATE_FIGURE("duplicate-figure", Severity.WARNING, new DuplicateFigure()),
  /** An impact with the order and text of an earlier one. */
  DUPLICATE_IMPACT("duplicate-impact", Severity.ERROR, new DuplicateImpact());

  private final String id;
  private final Severity defaultSeverity;
  private final Rule rule;

  LintRule(String id, Severity defaultSeverity, Rule rule) {
    this.id = id;
    this.defaultSeverity = defaultSeverity;
    this.rule = rule;
  }

  /** @return the stable id findings carry, such as {@code vague-source} */
  public String id() {
    return id;
  }

  /** @return the severity {@link BriefingLint#standard()} gives the rule */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  Rule rule() {
    return rule;
  }

  /**
   * @param id a rule id
   * @return the rule; empty for an id no rule has
   */
  public static Optional<LintRule> byId(String id) {
    for (LintRule rule : values()) {
      if (rule.id.equals(id)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }
}
