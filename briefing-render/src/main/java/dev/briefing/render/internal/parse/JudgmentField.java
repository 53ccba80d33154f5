package dev.briefing.render.internal.parse;

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

  /** @return whether the field belongs to a signpost rather than to a judgment */
  public boolean ofSignpost() {
    return ordinal() >= INDICATOR.ordinal();
  }
}
