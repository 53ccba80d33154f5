package dev.briefing.render.internal.parse;

import dev.briefing.kit.SectionLabels;

/**
 * A labelled line of the model 1.1 parts in the text layout: a judgment's likelihood,
 * confidence or horizon, or a signpost's indicator, threshold, review-by date or status.
 */
public enum JudgmentField {
  LIKELIHOOD,
  CONFIDENCE,
  HORIZON,
  INDICATOR,
  THRESHOLD,
  REVIEW_BY,
  STATUS;

  /**
   * The field's label, the one place that pairs a field with its label for every layout's
   * renderer and for the parsers' {@link Vocabulary}.
   *
   * @param labels the label set
   * @return the label the field is written with, such as "Likelihood" or "Review by"
   */
  public String label(SectionLabels labels) {
    switch (this) {
      case LIKELIHOOD:
        return labels.likelihood();
      case CONFIDENCE:
        return labels.confidence();
      case HORIZON:
        return labels.horizon();
      case INDICATOR:
        return labels.indicator();
      case THRESHOLD:
        return labels.threshold();
      case REVIEW_BY:
        return labels.reviewBy();
      default:
        return labels.status();
    }
  }

  /** @return whether the field belongs to a signpost rather than to a judgment */
  public boolean ofSignpost() {
    return ordinal() >= INDICATOR.ordinal();
  }
}
