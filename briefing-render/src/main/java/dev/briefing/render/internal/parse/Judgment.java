package dev.briefing.render.internal.parse;

import dev.briefing.core.Confidence;
import dev.briefing.core.Likelihood;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The likelihood, confidence and horizon of a judgment (The Signal, an impact or an
 * alternative view) while a parser reads it, each set from its word as the layouts write it.
 */
public final class Judgment {
  private Likelihood likelihood;
  private Confidence confidence;
  private Period horizon;

  /**
   * @param field {@link JudgmentField#LIKELIHOOD}, {@link JudgmentField#CONFIDENCE} or {@link
   *     JudgmentField#HORIZON}
   * @param word the value as written: a term of the scale, a confidence level, an ISO 8601 period
   * @return null when set, else what is wrong with the word
   */
  public String set(JudgmentField field, String word) {
    switch (field) {
      case LIKELIHOOD:
        likelihood = Likelihood.ofTerm(word).orElse(null);
        return likelihood != null ? null
            : "expected a likelihood of the scale (almost no chance, very unlikely, unlikely, roughly even chance, "
                + "likely, very likely, almost certain), but found '" + word + "'";
      case CONFIDENCE:
        confidence = Confidence.ofTerm(word).orElse(null);
        return confidence != null ? null : "expected a confidence of low, moderate or high, but found '" + word + "'";
      default:
        try {
          horizon = Period.parse(word);
          return null;
        } catch (DateTimeParseException e) {
          return "expected a horizon as an ISO 8601 period such as P18M or P1Y6M, but found '" + word + "'";
        }
    }
  }

  /** @return the likelihood read, if any */
  public Optional<Likelihood> likelihood() {
    return Optional.ofNullable(likelihood);
  }

  /** @return the confidence read, if any */
  public Optional<Confidence> confidence() {
    return Optional.ofNullable(confidence);
  }

  /** @return the horizon read, if any */
  public Optional<Period> horizon() {
    return Optional.ofNullable(horizon);
  }
}
