package dev.briefing.chat.internal;

import dev.briefing.core.Confidence;
import dev.briefing.core.Likelihood;
import dev.briefing.core.Signpost;
import dev.briefing.kit.SectionLabels;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The model 1.1 parts as the chat formats show them, worded as the text layout words them
 * ({@code "Likelihood: likely"}, {@code "Horizon: P18M"}, {@code "Status: open"}) in the
 * labels' language: plain text, one string per labelled part, for a format to escape.
 */
public final class JudgmentWords {

  private final SectionLabels labels;

  /** @param labels the words in use */
  public JudgmentWords(SectionLabels labels) {
    this.labels = labels;
  }

  /**
   * @param likelihood the judgment's likelihood, if stated
   * @param confidence its confidence, if stated
   * @param horizon its horizon, if stated
   * @return a labelled part for each one stated, in that order; none for a 1.0 judgment
   */
  public List<String> judgment(Optional<Likelihood> likelihood, Optional<Confidence> confidence,
      Optional<Period> horizon) {
    List<String> parts = new ArrayList<>(3);
    likelihood.ifPresent(term -> parts.add(labels.likelihood() + ": " + term.term()));
    confidence.ifPresent(level -> parts.add(labels.confidence() + ": " + level.term()));
    horizon.ifPresent(period -> parts.add(labels.horizon() + ": " + period));
    return parts;
  }

  /**
   * @param signpost a watch item's signpost
   * @return its indicator, threshold (if set), review-by date (if set) and status, labelled
   */
  public List<String> signpost(Signpost signpost) {
    List<String> parts = new ArrayList<>(4);
    parts.add(labels.indicator() + ": " + signpost.indicator());
    signpost.threshold().ifPresent(threshold -> parts.add(labels.threshold() + ": " + threshold));
    signpost.reviewBy().ifPresent(date -> parts.add(labels.reviewBy() + ": " + date));
    parts.add(labels.status() + ": " + labels.statusWord(signpost.status()));
    return parts;
  }
}
