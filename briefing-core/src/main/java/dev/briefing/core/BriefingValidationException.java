package dev.briefing.core;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A briefing broke one or more rules; {@link #violations()} lists every one, in document order.
 * The message names the first {@value #NAMED} and counts the rest ("… and 12 more"), so that it
 * stays readable on a terminal or in a log whatever the briefing holds.
 *
 * <pre>{@code
 * try {
 *   BriefingValidator.standard().requireValid(briefing);
 * } catch (BriefingValidationException e) {
 *   e.violations().forEach(v -> System.err.println(v.path() + ": " + v.message()));
 * }
 * }</pre>
 */
public final class BriefingValidationException extends BriefingException {
  private static final long serialVersionUID = 1L;

  /** How many violations the message names. */
  public static final int NAMED = 20;

  private final transient List<Violation> violations;

  /**
   * @param violations every rule broken; not empty
   */
  public BriefingValidationException(List<Violation> violations) {
    super(describe(violations));
    this.violations = List.copyOf(violations);
  }

  private static String describe(List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a validation exception needs at least one violation");
    }
    return "Invalid briefing, " + violations.size()
        + (violations.size() == 1 ? " problem: " : " problems: ")
        + violations.stream().limit(NAMED).map(Violation::toString).collect(Collectors.joining("; "))
        + (violations.size() > NAMED ? "; and " + (violations.size() - NAMED) + " more" : "");
  }

  /** @return every rule broken, in document order */
  public List<Violation> violations() {
    return violations;
  }
}
