package dev.briefing.core;

import java.util.Optional;

/**
 * How well founded a judgment is (the quality of its sources and reasoning), which ICD 203 keeps
 * apart from how likely it is: a judgment may be likely with low confidence.
 *
 * <pre>{@code
 * Impact impact = Impact.of(1, "The lab gains a proven operator.")
 *     .withLikelihood(Likelihood.LIKELY)
 *     .withConfidence(Confidence.MODERATE);
 * Confidence.ofTerm("moderate"); // Optional[MODERATE]
 * }</pre>
 */
public enum Confidence {
  /** Low confidence: thin, fragmentary or poorly corroborated information. */
  LOW("low"),
  /** Moderate confidence: credible and plausible, not corroborated enough for high. */
  MODERATE("moderate"),
  /** High confidence: high-quality information, or a solid judgment from it. */
  HIGH("high");

  private final String term;

  Confidence(String term) {
    this.term = term;
  }

  /** @return the level's term, lower case, such as {@code "moderate"}; what every format writes */
  public String term() {
    return term;
  }

  /**
   * @param term {@code low}, {@code moderate} or {@code high}, exactly
   * @return the level it names; empty when it names none
   */
  public static Optional<Confidence> ofTerm(String term) {
    for (Confidence confidence : values()) {
      if (confidence.term.equals(term)) {
        return Optional.of(confidence);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return term;
  }
}
