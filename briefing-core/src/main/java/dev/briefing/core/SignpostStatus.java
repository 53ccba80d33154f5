package dev.briefing.core;

import java.util.Optional;

/**
 * Where a {@link Signpost} stands: still watched, seen, past its review-by date unseen, or no
 * longer watched.
 *
 * <pre>{@code
 * Signpost.of("Retention offers announced").withStatus(SignpostStatus.TRIGGERED);
 * SignpostStatus.ofTerm("expired"); // Optional[EXPIRED]
 * }</pre>
 */
public enum SignpostStatus {
  /** Still watched; the default. */
  OPEN("open"),
  /** The indicator was observed (past its threshold, when it has one). */
  TRIGGERED("triggered"),
  /** The review-by date passed without the indicator being observed. */
  EXPIRED("expired"),
  /** No longer watched: overtaken by events or withdrawn by the desk. */
  RETIRED("retired");

  private final String term;

  SignpostStatus(String term) {
    this.term = term;
  }

  /** @return the status's term, lower case, such as {@code "triggered"}; what every format writes */
  public String term() {
    return term;
  }

  /**
   * @param term {@code open}, {@code triggered}, {@code expired} or {@code retired}, exactly
   * @return the status it names; empty when it names none
   */
  public static Optional<SignpostStatus> ofTerm(String term) {
    for (SignpostStatus status : values()) {
      if (status.term.equals(term)) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return term;
  }
}
